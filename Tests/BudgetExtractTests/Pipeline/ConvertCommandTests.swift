import Foundation
import Testing

/// The built `budget-extract` run as a process against real folders.
@Suite("convert command")
struct ConvertCommandTests {
    struct Run { var status: Int32; var stderr: String }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    @Test func badFileIsNamedWithItsReasonAndTheGoodOneStillConverts() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notPDF = folder.appendingPathComponent("notes.pdf")
        try Data("这不是PDF".utf8).write(to: notPDF)
        let good = try #require(goodPDF())
        let output = folder.appendingPathComponent("out")

        let run = try Self.run(["convert", notPDF.path, good, "--output", output.path])

        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(notPDF.path): not a PDF"))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(written == [URL(fileURLWithPath: good).deletingPathExtension().lastPathComponent + ".json"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(written[0]))) as! [String: Any]
        let tables = try #require(json["tables"] as? [[String: Any]])
        #expect(!tables.isEmpty)
        #expect(tables.allSatisfy { $0["pages"] is [Int] && $0["rows"] is [[Any]] })
    }

    @Test func progressSaysHowTheChecksWent() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["convert", Fixtures.sample("wansheng-2023.pdf"), "--output", folder.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("wansheng-2023.pdf: 1 table, 20 rows, 1 page, "))
        #expect(run.stderr.contains("; checks: 47 pass, 2 within rounding, 1 fail\n"))
    }

    @Test func aFolderStandsForThePDFsInsideItAndNameClashesAreRefused() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("in/2025", isDirectory: true)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["two-tables", "side-by-side"] {
            try FileManager.default.copyItem(atPath: Fixtures.sample("\(name).pdf"), toPath: inbox.appendingPathComponent("\(name).pdf").path)
        }
        try Data("notes".utf8).write(to: inbox.appendingPathComponent("readme.txt"))
        let output = folder.appendingPathComponent("out")

        let run = try Self.run(["convert", folder.appendingPathComponent("in").path, "--output", output.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["side-by-side.json", "two-tables.json"])

        let other = folder.appendingPathComponent("other", isDirectory: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: other.appendingPathComponent("two-tables.pdf").path)
        let clash = try Self.run(["convert", inbox.path, other.path, "--output", output.path])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("would all be written to two-tables.json"))
    }

    @Test func missingArgumentsAreAUsageError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let run = try Self.run(["convert"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing expected argument"))
    }

    /// A small PDF with tables: a Sample when drawn, else a corpus file.
    private func goodPDF() -> String? {
        let candidates = [Fixtures.sample("ruled-income.pdf"),
                          Fixtures.corpusPDF("江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf")]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// `budget-extract inspect` run as a process: a picture and the tables in text.
@Suite("inspect command")
struct InspectCommandTests {
    @Test func drawsThePageAndPrintsItsTables() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("page.png")
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["inspect", Fixtures.sample("ruled-income.pdf"), "--page", "1", "--png", png.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        let signature = try Data(contentsOf: png).prefix(8)
        #expect(signature == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(printed.contains("table 1: 2025年部门收入预算总表, unit 元, 8 columns, ruled"))
        #expect(printed.contains("| 201 | 03 | 01 | 行政运行 | 12,029,501.84 | 12,029,501.84 |  | "))
        #expect(printed.contains("18 sums checked, 0 not exact"))
    }

    @Test func namesTheSumsThatDoNotAddUp() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["inspect", Fixtures.sample("wansheng-2023.pdf"), "--png", folder.appendingPathComponent("p.png").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(printed.contains("50 sums checked, 3 not exact"))
        #expect(printed.contains("printed 193.86, parts add up to 148.86; 5.61 may be 50.61 (digit_lost)"))
    }
}
