@testable import BudgetExtract
import Foundation
import Testing

/// What a named file is, checked before it is read, on real files of each kind.
@Suite("input files")
final class InputFileTests {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func eachKindOfFileIsToldWithoutBlocking() throws {
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: path("good.pdf"))
        #expect(mkfifo(path("fifo.pdf"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: path("folder.pdf"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("dangling.pdf"), withDestinationPath: path("gone.pdf"))
        try FileManager.default.createSymbolicLink(atPath: path("link.pdf"), withDestinationPath: path("good.pdf"))

        #expect(InputFile.problem(atPath: path("good.pdf")) == nil)
        #expect(InputFile.problem(atPath: path("link.pdf")) == nil)
        #expect(InputFile.problem(atPath: path("fifo.pdf")) == .fifo)
        #expect(InputFile.problem(atPath: path("folder.pdf")) == .folder)
        #expect(InputFile.problem(atPath: path("dangling.pdf")) == .danglingLink)
        #expect(InputFile.problem(atPath: path("missing.pdf")) == .notFound)
        #expect(InputFile.problem(atPath: "/dev/null") == .device)
        #expect(InputProblem.fifo.explanation == "a named pipe (FIFO), not a PDF file: not read")
    }

    @Test func anOpenedFileIsReadThroughItsDescriptorWhateverItsName() throws {
        let latin1 = Array(path("caf").utf8) + [0xE9] + Array(".pdf".utf8)
        let input = InputFile(bytes: latin1)
        #expect(input.name == path("caf") + "\\xE9.pdf")
        let created = open(latin1.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
        try #require(created >= 0)
        _ = write(created, "%PDF-", 5)
        close(created)

        let opened = try input.open().get()
        #expect(opened.path == "/proc/self/fd/\(opened.descriptor)")
        #expect(try String(contentsOfFile: opened.path, encoding: .utf8) == "%PDF-")
        #expect(InputFile.escaped(Array("预算 2025.pdf".utf8)) == "预算 2025.pdf")
        #expect(InputFile.escaped([0x61, 0xFF, 0xC3]) == "a\\xFF\\xC3")
    }

    @Test func foldersStandForTheirPDFsButNotHiddenOnesNorLinkedFolders() throws {
        for name in ["b.pdf", "a.PDF", ".hidden.pdf", "notes.txt", "sub/c.pdf", ".cache/d.pdf"] {
            let url = folder.appendingPathComponent("in/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("%PDF-".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: path("in/loop"), withDestinationPath: path("in"))

        let found = InputFile.expandingFolders([InputFile(path: path("in")), InputFile(path: path("x.pdf"))], toFilesEndingIn: ".pdf")

        #expect(found.map(\.name) == [path("in/a.PDF"), path("in/b.pdf"), path("in/sub/c.pdf"), path("x.pdf")])
    }
}
