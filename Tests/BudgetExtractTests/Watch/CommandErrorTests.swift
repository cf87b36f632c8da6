import Foundation
import Testing

/// A file, page or path a command cannot use is an error of that command
/// (one line, exit status 1), not a usage error (the usage text, 64).
@Suite("command errors")
struct CommandErrorTests {
    @Test func aBadFilePageOrPathIsOneLineAndExitStatusOne() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notPDF = folder.appendingPathComponent("not-a-pdf.pdf")
        try Data("hello".utf8).write(to: notPDF)
        let sample = Fixtures.sample("two-tables.pdf")
        let cases: [([String], String)] = [
            (["inspect", notPDF.path, "--png", folder.appendingPathComponent("p.png").path], "not a PDF"),
            (["inspect", sample, "--page", "99", "--png", folder.appendingPathComponent("p.png").path], "there is no page 99"),
            (["inspect", sample, "--png", "/nonexistent-folder/p.png"], "could not write the picture to /nonexistent-folder/p.png"),
            (["watch", "--inbox", folder.path, "--output", folder.appendingPathComponent("out").path], "is inside the inbox"),
            (["status", "--inbox", folder.path, "--output", folder.path], "has no .budget-extract-ledger.jsonl"),
        ]
        for (arguments, message) in cases {
            let run = try CommandRun.run(arguments)
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("USAGE"))
        }
        // A mistyped option stays a usage error.
        #expect(try CommandRun.run(["inspect", sample, "--pgae", "2"]).status == 64)
    }

    /// Every command's help ends with examples; `--jobs` states its default once; one page is `1 page`.
    @Test func helpHasExamplesAndCountsAreSingularWhenOne() throws {
        for command in ["convert", "export", "show", "watch", "status", "retry", "reconvert", "inspect"] {
            let help = try CommandRun.run(["help", command])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:\n  budget-extract \(command) "), "\(command)")
        }
        #expect(try CommandRun.run(["--help"]).stdout.contains("--generate-completion-script"))
        for command in ["convert", "watch"] {
            let help = try CommandRun.run(["help", command]).stdout
            let jobs = try #require(help.components(separatedBy: "--jobs <jobs>").last?.components(separatedBy: "\n  -").first)
            #expect(jobs.components(separatedBy: "default").count == 2, "\(command): \(jobs)")
            #expect(jobs.contains("(default: \(ProcessInfo.processInfo.activeProcessorCount))"), "\(command): \(jobs)")
        }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let convert = try CommandRun.run(["convert", Fixtures.sample("two-tables.pdf"), "-o", folder.path])
        #expect(convert.stderr.contains("two-tables.pdf: 2 tables, 7 rows, 1 page, "), "\(convert.stderr)")
    }
}
