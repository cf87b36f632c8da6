import Foundation
import Testing

/// The built `budget-extract` run as a process against real folders.
@Suite("convert command")
struct ConvertCommandTests {
    @Test func badFileIsNamedWithItsReasonAndTheGoodOneStillConverts() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notPDF = folder.appendingPathComponent("notes.pdf")
        try Data("这不是PDF".utf8).write(to: notPDF)
        let good = try #require(goodPDF())
        let output = folder.appendingPathComponent("out")

        let run = try CommandRun.run(["convert", notPDF.path, good, "--output", output.path])

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
        let run = try CommandRun.run(["convert", Fixtures.sample("wansheng-2023.pdf"), "--output", folder.path])
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

        let run = try CommandRun.run(["convert", folder.appendingPathComponent("in").path, "--output", output.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["side-by-side.json", "two-tables.json"])

        let other = folder.appendingPathComponent("other", isDirectory: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: other.appendingPathComponent("two-tables.pdf").path)
        let clash = try CommandRun.run(["convert", inbox.path, other.path, "--output", output.path])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("would all be written to two-tables.json"))
    }

    @Test func missingArgumentsAreAUsageError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let run = try CommandRun.run(["convert"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing expected argument"))
    }

    /// 1,500 pages (one small table each, shared: 38 kB): far more than a
    /// 2-second limit lets a worker read, so its worker is stopped (SIGKILL).
    static let slowPDF = Fixtures.sample("bad/many-pages.pdf")

    @Test func manyFilesConvertApartSoThatOnesThatHangFailAloneAndTheOthersConvert() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in", isDirectory: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for number in 1...10 {
            try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: inputs.appendingPathComponent("good-\(number).pdf").path)
            try FileManager.default.copyItem(atPath: Self.slowPDF, toPath: inputs.appendingPathComponent("slow-\(number).pdf").path)
        }
        let output = folder.appendingPathComponent("out")

        let run = try CommandRun.run(["convert", inputs.path, "--output", output.path, "--timeout", "2", "--jobs", "2"])

        #expect(run.status == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written == (1...10).map { "good-\($0).json" }.sorted())
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 10)
        for number in 1...10 {
            let line = errors.first { $0.hasPrefix("error: \(inputs.path)/slow-\(number).pdf: ") }
            #expect(line?.contains("the conversion took longer than 2 seconds and was stopped on page ") == true, "\(line ?? "no line")")
        }
        #expect(run.stderr.contains("converted 10 of 20 files"))
    }

    @Test func onlyRegularFilesAreReadAndEachOtherKindIsNamed() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in", isDirectory: true)
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("folder.pdf"), withIntermediateDirectories: true)
        #expect(mkfifo(inputs.appendingPathComponent("fifo.pdf").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("dangling.pdf").path,
                                                   withDestinationPath: folder.appendingPathComponent("gone.pdf").path)
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: inputs.appendingPathComponent("good.pdf").path)
        // A name that is not UTF-8 (Latin-1 `café.pdf`): made from bytes, as a String cannot hold it.
        let latin1 = Array((inputs.path + "/caf").utf8) + [0xE9] + Array(".pdf".utf8)
        let source = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("two-tables.pdf")))
        let descriptor = open(latin1.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        _ = source.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let output = folder.appendingPathComponent("out")

        let run = try CommandRun.run(["convert", inputs.path, "--output", output.path])

        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(inputs.path)/fifo.pdf: a named pipe (FIFO), not a PDF file: not read\n"))
        #expect(run.stderr.contains("error: \(inputs.path)/folder.pdf: a folder, not a PDF file\n"))
        #expect(run.stderr.contains("error: \(inputs.path)/dangling.pdf: a symbolic link to a file that does not exist\n"))
        #expect(run.stderr.contains("\(inputs.path)/caf\\xE9.pdf: 2 tables, 7 rows, 1 page,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["caf\\xE9.json", "good.json"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("caf\\xE9.json"))) as? [String: Any]
        #expect((json?["source"] as? [String: Any])?["file"] as? String == "caf\\xE9.pdf")
        #expect(run.stderr.contains("converted 2 of 5 files"))
    }

    /// Run as nobody (root reads every file; `setpriv` drops to uid 65534 when the tests run as root).
    @Test func anUnreadableFileIsPermissionDenied() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let asNobody = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try #require(asNobody.isEmpty || FileManager.default.isExecutableFile(atPath: asNobody[0]), "setpriv (util-linux) is needed as root")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let locked = folder.appendingPathComponent("locked.pdf"), good = folder.appendingPathComponent("good.pdf")
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: locked.path)
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: good.path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: good.path)
        let run = try CommandRun.program(asNobody + [Fixtures.binary.path, "convert", locked.path, good.path,
                                                     "--output", folder.appendingPathComponent("out").path])
        let stderr = run.stderr

        #expect(run.status == 1)
        #expect(stderr.contains("error: \(locked.path): permission denied\n"), "\(stderr)")
        #expect(stderr.contains("converted 1 of 2 files"))
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
        let run = try CommandRun.run(["inspect", Fixtures.sample("ruled-income.pdf"), "--page", "1", "--png", png.path])
        let printed = run.stdout

        #expect(run.status == 0)
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
        let printed = try CommandRun.run(["inspect", Fixtures.sample("wansheng-2023.pdf"), "--png", folder.appendingPathComponent("p.png").path]).stdout
        #expect(printed.contains("50 sums checked, 3 not exact"))
        #expect(printed.contains("printed 193.86, parts add up to 148.86; 5.61 may be 50.61 (digit_lost)"))
    }
}
