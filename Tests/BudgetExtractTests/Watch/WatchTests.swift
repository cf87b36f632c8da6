import Foundation
import Testing

/// The built `budget-extract watch` as a real process on real folders.
@Suite("watch daemon", .serialized)
final class WatchTests {
    let root: URL
    var inbox: URL { root.appendingPathComponent("inbox") }
    var output: URL { root.appendingPathComponent("output") }
    var log: URL { root.appendingPathComponent("watch.log") }

    init() throws {
        root = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    // MARK: helpers

    func start(jobs: Int = 2) throws -> Process {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["watch", "--inbox", inbox.path, "--output", output.path, "--jobs", String(jobs)]
        if !FileManager.default.fileExists(atPath: log.path) { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Stops the daemon with SIGTERM; returns its exit status and how long it took.
    func stop(_ process: Process) -> (status: Int32, seconds: Double) {
        let start = Date()
        process.terminate()
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }

    func files(in folder: URL, ending suffix: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0.hasSuffix(suffix) }.sorted()
    }

    /// Polls until the condition holds, for at most `seconds`.
    func waitUntil(_ seconds: Double = 30, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }

    /// A copy of a Sample with a comment appended, so that each copy has its own SHA-256.
    func drop(_ sample: String, as name: String, variant: Int, into folder: URL? = nil) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample(sample)))
        data.append(Data("%variant \(variant)\n".utf8))
        try data.write(to: (folder ?? inbox).appendingPathComponent(name))
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    // MARK: tests

    @Test func backlogMovedInSlowCopyAndBusyDropsAreEachConvertedOnce() throws {
        try drop("two-tables.pdf", as: "waiting-1.pdf", variant: 1)
        try drop("side-by-side.pdf", as: "waiting-2.pdf", variant: 2)
        let daemon = try start()
        defer { _ = stop(daemon) }

        // Moved in by rename, as rsync and browsers finish.
        try drop("ruled-income.pdf", as: ".partial", variant: 3, into: root)
        try FileManager.default.moveItem(at: root.appendingPathComponent(".partial"), to: inbox.appendingPathComponent("moved.pdf"))
        // Written slowly, in chunks with pauses, by one writer.
        var slow = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("three-page-a3.pdf")))
        slow.append(Data("%variant 4\n".utf8))
        _ = FileManager.default.createFile(atPath: inbox.appendingPathComponent("slow.pdf").path, contents: nil)
        let writer = try FileHandle(forWritingTo: inbox.appendingPathComponent("slow.pdf"))
        for start in stride(from: 0, to: slow.count, by: 4096) {
            try writer.write(contentsOf: slow[start..<min(slow.count, start + 4096)])
            try writer.synchronize()
            Thread.sleep(forTimeInterval: 0.15)
        }
        try writer.close()
        // Dropped while the daemon is busy.
        for n in 5...9 { try drop("two-page.pdf", as: "busy-\(n).pdf", variant: n) }

        let names = ["busy-5", "busy-6", "busy-7", "busy-8", "busy-9", "moved", "slow", "waiting-1", "waiting-2"]
        #expect(waitUntil { files(in: inbox.appendingPathComponent("done")).count == names.count })
        #expect(files(in: output, ending: ".json") == names.map { $0 + ".json" })
        #expect(files(in: inbox.appendingPathComponent("done")) == names.map { $0 + ".pdf" })
        #expect(files(in: inbox.appendingPathComponent("failed")).isEmpty)
        let slowJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("slow.json"))) as! [String: Any]
        #expect((slowJSON["tables"] as? [[String: Any]])?.first?["pages"] as? [Int] == [1, 2, 3])
        #expect(daemon.isRunning)
    }

    @Test func badFilesGetTheirReasonAndTheGoodOnesStillConvert() throws {
        let bad = ["not-a-pdf": "not-a-pdf", "empty": "empty", "truncated": "damaged", "encrypted": "encrypted",
                   "image-only": "no-text-layer"]
        for name in bad.keys {
            try FileManager.default.copyItem(atPath: Fixtures.samples.appendingPathComponent("bad/\(name).pdf").path,
                                             toPath: inbox.appendingPathComponent("\(name).pdf").path)
        }
        try drop("two-tables.pdf", as: "good.pdf", variant: 1)
        try drop("wansheng-2023.pdf", as: "slip.pdf", variant: 1)
        let daemon = try start()
        defer { _ = stop(daemon) }

        #expect(waitUntil { files(in: inbox.appendingPathComponent("failed")).count == bad.count })
        #expect(waitUntil { files(in: output, ending: ".json").contains("good.json") })
        // Converted, and the log says a check failed (the sample's lost digit).
        #expect(waitUntil { logText.contains("converted slip.pdf: 1 pages, 1 tables, 20 rows, 1 check failed") })
        for (name, code) in bad {
            let report = try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent("\(name).error.json"))) as? [String: String]
            #expect(report?["error"] == code, "\(name)")
            #expect(report?["file"] == "\(name).pdf")
        }
        #expect(daemon.isRunning)
    }

    @Test func killedDuringABurstThenRestartedEveryFileEndsUpOnce() throws {
        let count = 50
        for n in 1...count { try drop("two-tables.pdf", as: "burst-\(n).pdf", variant: n) }
        let first = try start()
        #expect(waitUntil { files(in: output, ending: ".json").count >= 5 })
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()

        let second = try start()
        defer { _ = stop(second) }
        #expect(waitUntil(60) { files(in: inbox.appendingPathComponent("done")).count == count })
        #expect(files(in: output, ending: ".json").count == count)
        #expect(files(in: inbox.appendingPathComponent("failed")).isEmpty)
        #expect(files(in: inbox.appendingPathComponent(".processing")).isEmpty)
        #expect(files(in: inbox).filter { $0.hasSuffix(".pdf") }.isEmpty)
        let hidden = (try FileManager.default.contentsOfDirectory(atPath: output.path)).filter { $0.hasSuffix(".tmp") }
        #expect(hidden.isEmpty)
    }

    @Test func sigtermStopsWithinSecondsAndLeavesNoTemporaryFiles() throws {
        for n in 1...6 { try drop("three-page-a3.pdf", as: "a3-\(n).pdf", variant: n) }
        let daemon = try start()
        #expect(waitUntil { !files(in: output, ending: ".json").isEmpty })
        let stopped = stop(daemon)
        #expect(stopped.status == 0)
        #expect(stopped.seconds < 5)
        let temporary = (try FileManager.default.contentsOfDirectory(atPath: output.path)).filter { $0.hasSuffix(".tmp") }
        #expect(temporary.isEmpty)
        #expect(logText.contains("stopped"))
        // What was under way is converted at the next start.
        let again = try start()
        defer { _ = stop(again) }
        #expect(waitUntil { files(in: inbox.appendingPathComponent("done")).count == 6 })
        #expect(files(in: output, ending: ".json").count == 6)
    }

    @Test func theSameContentTwiceIsConvertedOnce() throws {
        let daemon = try start()
        defer { _ = stop(daemon) }
        try drop("two-tables.pdf", as: "first.pdf", variant: 7)
        #expect(waitUntil { files(in: output, ending: ".json") == ["first.json"] })
        try drop("two-tables.pdf", as: "second.pdf", variant: 7)
        #expect(waitUntil { files(in: inbox.appendingPathComponent("done")).count == 2 })
        #expect(files(in: output, ending: ".json") == ["first.json"])
        #expect(logText.contains("duplicate second.pdf: same content as first.pdf"))
    }

    @Test func anOutputFolderInsideTheInboxIsRefused() throws {
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["watch", "--inbox", inbox.path, "--output", inbox.appendingPathComponent("json").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(message.contains("is inside the inbox"))
    }
}
