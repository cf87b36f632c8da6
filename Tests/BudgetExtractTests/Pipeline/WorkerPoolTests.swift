@testable import BudgetExtract
import Foundation
import Testing

/// The workers `convert` keeps for a batch: one process converts file after
/// file; one that crashes or overruns its time fails that file alone and is
/// replaced. First with a shell standing in for the worker (its answers name
/// its process id), then the real binary.
@Suite("worker pool")
final class WorkerPoolTests {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A worker that answers each request with a result whose input is its
    /// process id; the first worker to get a request number `crashOn` dies of
    /// SIGSEGV on it (`once` is made as it does).
    private static func script(crashingOn crashOn: Int, once: URL) -> String {
        let line = String(decoding: WorkerIsolation.Event.result(ConversionResult(input: "PID", pages: 1)).line, as: UTF8.self)
        return #"n=0; while read -r request <&3; do n=$((n+1)); echo '{"page":1}' >&3; "#
            + #"if [ $n = \#(crashOn) ] && mkdir '\#(once.path)'; then kill -SEGV $$; fi; "#
            + #"r='\#(line.dropLast())'; echo "${r%%PID*}$$${r#*PID}" >&3; done"#
    }

    private func isolation(crashingOn crashOn: Int) -> WorkerIsolation {
        let script = Self.script(crashingOn: crashOn, once: folder.appendingPathComponent("crashed"))
        return WorkerIsolation(worker: ["/bin/sh", "-c", script, "worker"], timeout: .seconds(30))
    }

    private func convert(_ isolation: WorkerIsolation) async throws -> ConversionResult {
        let file = try InputFile(path: Fixtures.sample("two-tables.pdf")).open().get()
        return await isolation.convert(file, writingTo: folder.appendingPathComponent("two-tables.json"))
    }

    @Test func oneWorkerConvertsFileAfterFileAndEndsWithTheBatch() async throws {
        let isolation = isolation(crashingOn: 0)
        var answers: [String] = []
        for _ in 1...4 { answers.append(try await convert(isolation).input) }
        await isolation.finish()

        #expect(Set(answers).count == 1, "\(answers)")
        let pid = try #require(pid_t(answers[0]))
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the worker \(pid) is still there")
    }

    @Test func aWorkerThatCrashesFailsThatFileAndTheNextFileGetsANewOne() async throws {
        let isolation = isolation(crashingOn: 2)
        let first = try await convert(isolation)
        let crashed = try await convert(isolation)
        let third = try await convert(isolation)
        let fourth = try await convert(isolation)
        await isolation.finish()

        #expect(first.error == nil && third.error == nil && fourth.error == nil)
        #expect(crashed.error == "the PDF library crashed on page 1 (signal 11)")
        #expect(crashed.input == Fixtures.sample("two-tables.pdf"))
        #expect(first.input != third.input, "the crashed worker was not replaced")
        #expect(third.input == fourth.input, "the new worker was not kept")
    }

    @Test func aWorkerPastTheLimitIsReplacedForTheNextFile() async throws {
        let script = #"read -r request <&3; echo '{"page":3}' >&3; exec sleep 30"#
        let hanging = WorkerIsolation(worker: ["/bin/sh", "-c", script, "worker"], timeout: .seconds(1))
        let first = try await convert(hanging)
        let second = try await convert(hanging)
        await hanging.finish()
        #expect(first.error == "the conversion took longer than 1 seconds and was stopped on page 3")
        #expect(second.errorCode == "timeout")
    }

    // MARK: the real binary

    /// The binary `convert` runs links neither poppler-glib nor cairo (nor
    /// GLib): only `inspect`'s picture uses them, and opens them itself.
    @Test func theBinaryDoesNotLoadTheRenderingLibraries() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let libraries = try CommandRun.program(["/usr/bin/ldd", Fixtures.binary.path]).stdout

        #expect(libraries.contains("libpoppler.so"))
        for name in ["libpoppler-glib", "libcairo", "libglib-2.0", "libgobject-2.0"] {
            #expect(!libraries.contains(name), "\(name) is loaded")
        }
    }

    /// One worker (`--jobs 1`) is killed by SIGSEGV in the middle of the
    /// largest file, the first it converts: that file is reported crashed,
    /// with its name and reason, and the files after it convert in a new worker.
    @Test func aWorkerKilledInTheMiddleOfABatchFailsItsFileAndTheRestConvert() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let inputs = folder.appendingPathComponent("in", isDirectory: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let good = ["two-tables", "ruled-income", "placeholder-row"]
        for name in good {
            try FileManager.default.copyItem(atPath: Fixtures.sample("\(name).pdf"), toPath: inputs.appendingPathComponent("\(name).pdf").path)
        }
        // The largest, so the first converted; 1,500 pages, far longer than this test waits.
        let slow = inputs.appendingPathComponent("slow.pdf")
        try FileManager.default.copyItem(atPath: ConvertCommandTests.slowPDF, toPath: slow.path)
        let output = folder.appendingPathComponent("out")

        let errors = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["convert", inputs.path, "--output", output.path, "--jobs", "1", "--timeout", "120"]
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        guard let worker = Self.waitForChild(of: process.processIdentifier) else {
            _ = CommandRun.waitForExit(process, within: .zero)
            Issue.record("no worker was started")
            return
        }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(kill(worker, SIGSEGV) == 0)
        try #require(CommandRun.waitForExit(process, within: CommandRun.defaultTimeLimit), "convert did not end")
        let stderr = try String(contentsOf: errors, encoding: .utf8)

        #expect(process.terminationStatus == 1)
        let failures = stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(failures.count == 1, "\(stderr)")
        #expect(failures.first?.hasPrefix("error: \(slow.path): the PDF library crashed ") == true, "\(failures)")
        #expect(failures.first?.hasSuffix("(signal 11)") == true, "\(failures)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == good.map { "\($0).json" }.sorted())
        #expect(stderr.contains("converted 3 of 4 files"))
    }

    /// The first child process of `parent`, waited for up to 30 seconds.
    private static func waitForChild(of parent: pid_t) -> pid_t? {
        for _ in 0..<3000 {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(parent)/task")) ?? []
            for task in tasks {
                let children = (try? String(contentsOfFile: "/proc/\(parent)/task/\(task)/children", encoding: .utf8)) ?? ""
                if let first = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return first }
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }
}
