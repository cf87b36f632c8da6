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

    /// Starts the daemon; `as` runs it through a wrapper (`setpriv` to drop to another user).
    func start(jobs: Int = 2, options: [String] = [], environment: [String: String] = [:], as wrapper: [String] = []) throws -> Process {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let process = Process()
        let command = wrapper + [Fixtures.binary.path, "watch", "--inbox", inbox.path, "--output", output.path, "--jobs", String(jobs)] + options
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if !FileManager.default.fileExists(atPath: log.path) { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Stops the daemon with SIGTERM; returns its exit status and how long it
    /// took. One still running a minute later is killed and the test fails.
    func stop(_ process: Process) -> (status: Int32, seconds: Double) {
        let start = Date()
        process.terminate()
        let ended = CommandRun.waitForExit(process, within: .seconds(60))
        #expect(ended, "the daemon did not stop within a minute of SIGTERM; its log:\n\(logText.suffix(3000))")
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

    /// A file that does not read as a PDF, last written an hour ago (no writer is still at it).
    func dropBad(as name: String, text: String = "not a pdf at all\n") throws {
        let url = inbox.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: url.path)
    }

    var folderOptions: [String] { ["--inbox", inbox.path, "--output", output.path] }

    var ledgerEvents: [[String: String]] {
        let text = (try? String(contentsOf: output.appendingPathComponent(".budget-extract-ledger.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
    }

    var done: URL { inbox.appendingPathComponent("done") }
    var failed: URL { inbox.appendingPathComponent("failed") }

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
        // The digest the watcher computed for its ledger, handed to the worker: the file's.
        let digest = try FileDigestTests.sha256sum(inbox.appendingPathComponent("done/slow.pdf").path)
        #expect((slowJSON["source"] as? [String: Any])?["sha256"] as? String == digest)
        #expect(daemon.isRunning)
    }

    @Test func badFilesGetTheirReasonAndTheGoodOnesStillConvert() throws {
        let bad = ["not-a-pdf": "not-a-pdf", "empty": "empty", "truncated": "damaged", "encrypted": "encrypted",
                   "image-only": "no-text-layer"]
        for name in bad.keys {
            try FileManager.default.copyItem(atPath: Fixtures.samples.appendingPathComponent("bad/\(name).pdf").path,
                                             toPath: inbox.appendingPathComponent("\(name).pdf").path)
            // Written an hour ago: a file that does not read as a PDF and changed just now would be waited for.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: inbox.appendingPathComponent("\(name).pdf").path)
        }
        try drop("two-tables.pdf", as: "good.pdf", variant: 1)
        try drop("wansheng-2023.pdf", as: "slip.pdf", variant: 1)
        let daemon = try start()
        defer { _ = stop(daemon) }

        #expect(waitUntil { files(in: inbox.appendingPathComponent("failed")).count == bad.count })
        #expect(waitUntil { files(in: output, ending: ".json").contains("good.json") })
        // Converted, and the log says a check failed (the sample's lost digit).
        #expect(waitUntil { logText.contains("converted slip.pdf: 1 page, 1 table, 20 rows, 1 check failed") })
        for (name, code) in bad {
            let report = try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent("\(name).error.json"))) as? [String: String]
            #expect(report?["error"] == code, "\(name)")
            #expect(report?["file"] == "\(name).pdf")
        }
        #expect(daemon.isRunning)
    }

    /// The inputs the fuzzer once crashed the converter on, and one that runs
    /// past the time limit, among good files: the daemon stays up, converts
    /// the good ones, files every failure with its reason, and leaves nothing
    /// in `.processing/`.
    @Test func damagedAndHangingInputsAmongGoodOnesAreEachFiledWithAReason() throws {
        let bad = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.appendingPathComponent("bad").path)
            .filter { $0.hasPrefix("fuzz-") || $0 == "many-pages.pdf" }
        try #require(bad.count >= 9)
        for name in bad {
            let copy = inbox.appendingPathComponent(name)
            try FileManager.default.copyItem(atPath: Fixtures.samples.appendingPathComponent("bad/\(name)").path, toPath: copy.path)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: copy.path)
        }
        try drop("two-tables.pdf", as: "good-1.pdf", variant: 2)
        try drop("ruled-income.pdf", as: "good-2.pdf", variant: 2)
        let daemon = try start(options: ["--timeout", "2"])
        defer { _ = stop(daemon) }

        #expect(waitUntil(180) { files(in: done).count + files(in: failed).count == bad.count + 2 })
        #expect(files(in: inbox.appendingPathComponent(".processing")).isEmpty)
        #expect(files(in: inbox, ending: ".pdf").isEmpty)
        #expect(Set(["good-1.pdf", "good-2.pdf"]).isSubset(of: files(in: done)))
        for name in files(in: done) {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(name.dropLast(4)).json").path), "\(name)")
        }
        for name in files(in: failed) {
            let report = try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent("\(name.dropLast(4)).error.json"))) as? [String: Any]
            let reason = report?["reason"] as? String ?? ""
            #expect(reason.count > 10, "\(name)")
            if name == "many-pages.pdf" { #expect(report?["error"] as? String == "timeout") }
        }
        #expect(files(in: failed).contains("many-pages.pdf"))
        #expect(daemon.isRunning)
    }

    @Test func theLogLineCountsFailedChecksAndFindings() throws {
        try drop("audit-final-planted.pdf", as: "planted.pdf", variant: 1)
        let daemon = try start()
        defer { _ = stop(daemon) }
        #expect(waitUntil { logText.contains("converted planted.pdf: ") })
        let line = logText.split(separator: "\n").first { $0.contains("converted planted.pdf: ") } ?? ""
        #expect(line.contains(", 10 findings, "), "\(line)")
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

    @Test func anOutputFolderInsideTheInboxIsAnErrorNotAUsageError() throws {
        let run = try CommandRun.run(["watch", "--inbox", inbox.path, "--output", inbox.appendingPathComponent("json").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is inside the inbox"))
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    /// A writer that pauses for 10 s with the file open is waited for (its
    /// descriptor is open for writing); one that closed a file that is not yet
    /// a PDF and writes the rest a moment later gets it converted, not failed.
    @Test func aWriterThatPausesIsWaitedFor() throws {
        let daemon = try start()
        defer { _ = stop(daemon) }
        var pdf = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("two-tables.pdf")))
        pdf.append(Data("%variant 61\n".utf8))
        let paused = inbox.appendingPathComponent("paused.pdf")
        _ = FileManager.default.createFile(atPath: paused.path, contents: nil)
        let writer = try FileHandle(forWritingTo: paused)
        try writer.write(contentsOf: pdf.prefix(pdf.count / 2))
        try writer.synchronize()
        Thread.sleep(forTimeInterval: 10)
        #expect(files(in: inbox) == ["done", "failed", "paused.pdf"], "taken while its writer had it open")
        try writer.write(contentsOf: pdf.dropFirst(pdf.count / 2))
        try writer.close()

        // Closed after its first bytes, the rest written two seconds later.
        var second = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("ruled-income.pdf")))
        second.append(Data("%variant 62\n".utf8))
        let reopened = inbox.appendingPathComponent("reopened.pdf")
        try second.prefix(200).write(to: reopened)
        Thread.sleep(forTimeInterval: 2)
        let rest = try FileHandle(forWritingTo: reopened)
        try rest.seekToEnd()
        try rest.write(contentsOf: second.dropFirst(200))
        try rest.close()

        #expect(waitUntil { files(in: done) == ["paused.pdf", "reopened.pdf"] })
        #expect(files(in: failed).isEmpty)
        #expect(files(in: output, ending: ".json") == ["paused.json", "reopened.json"])
        #expect(logText.contains("waiting for reopened.pdf: it does not read as a PDF yet and changed"))
        #expect(!logText.contains("paused.pdf: it does not read"))
    }

    /// What the watcher cannot or must not read: a FIFO is left alone (never
    /// blocks it), a file its user may not read fails with its reason, a name
    /// that is not UTF-8 is renamed with its bytes escaped and converted.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run the daemon as another user"))
    func fifosUnreadableFilesAndUndecodableNames() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: inbox.path)
        #expect(mkfifo(inbox.appendingPathComponent("pipe.pdf").path, 0o666) == 0)
        try drop("two-tables.pdf", as: "secret.pdf", variant: 71)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: inbox.appendingPathComponent("secret.pdf").path)
        try drop("two-tables.pdf", as: "gbk.tmp", variant: 72)
        // 预算.pdf in GBK: bytes that are not UTF-8.
        let gbk = Array((inbox.path + "/").utf8) + [0xD4, 0xA4, 0xCB, 0xE3] + Array(".pdf".utf8)
        #expect(rename(inbox.appendingPathComponent("gbk.tmp").path, gbk.map { CChar(bitPattern: $0) } + [0]) == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: inbox.appendingPathComponent("pipe.pdf").path)

        let daemon = try start(as: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
        defer { _ = stop(daemon) }
        #expect(waitUntil { files(in: failed) == ["secret.pdf"] && files(in: done) == ["\\xD4\\xA4\\xCB\\xE3.pdf"] })
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("secret.error.json"))) as? [String: String]
        #expect(report?["error"] == "unreadable")
        #expect(report?["reason"]?.contains("permission denied") == true)
        #expect(logText.contains("renamed a file whose name is not UTF-8 to \\xD4\\xA4\\xCB\\xE3.pdf"))
        #expect(files(in: output, ending: ".json").contains("\\xD4\\xA4\\xCB\\xE3.json"))
        #expect(files(in: inbox).contains("pipe.pdf"))
        #expect(daemon.isRunning)
    }

    /// Under systemd (JOURNAL_STREAM set) each line carries its syslog priority
    /// for journald, which adds the time and the unit's name itself.
    @Test func underJournaldEachLineStartsWithItsPriority() throws {
        let daemon = try start(environment: ["JOURNAL_STREAM": "8:123456"])
        try dropBad(as: "bad.pdf")
        try drop("two-tables.pdf", as: "good.pdf", variant: 51)
        #expect(waitUntil { files(in: failed) == ["bad.pdf"] && files(in: done) == ["good.pdf"] })
        #expect(stop(daemon).status == 0)
        let lines = logText.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("<3>failed bad.pdf: not a PDF") })
        #expect(lines.contains { $0.hasPrefix("<6>converted good.pdf: 1 page, 2 tables") })
        #expect(lines.contains { $0.hasPrefix("<6>watching ") })
        #expect(lines.allSatisfy { $0.first == "<" && !$0.contains("budget-extract:") && $0.firstMatch(of: #/\d{4}-\d\d-\d\dT\d\d:/#) == nil })
    }

    @Test func reDroppedAfterItsJSONWasDeletedOrAfterAFailureItIsConvertedAgain() throws {
        let daemon = try start()
        defer { _ = stop(daemon) }
        try drop("two-tables.pdf", as: "a.pdf", variant: 21)
        #expect(waitUntil { files(in: done) == ["a.pdf"] })
        try FileManager.default.removeItem(at: output.appendingPathComponent("a.json"))
        // The same content under the same name: its JSON is gone, so it is converted again, to the same name.
        try drop("two-tables.pdf", as: "a.pdf", variant: 21)
        #expect(waitUntil { files(in: done).count == 2 })
        #expect(files(in: output, ending: ".json") == ["a.json"])
        #expect(logText.contains("converting a.pdf again: its JSON a.json is gone"))

        // A failure, then the same content again under another name: tried again and filed as failed, never as done.
        try dropBad(as: "bad.pdf")
        #expect(waitUntil { files(in: failed) == ["bad.pdf"] })
        try dropBad(as: "bad-again.pdf")
        #expect(waitUntil { files(in: failed).count == 2 })
        #expect(files(in: done) == ["a (2).pdf", "a.pdf"])
        #expect(logText.contains("converting bad-again.pdf again: it failed before (not a PDF"))
        #expect(ledgerEvents.filter { $0["event"] == "requeued" }.map { $0["file"] } == ["a.pdf", "bad-again.pdf"])
        #expect(daemon.isRunning)
    }

    @Test func aDuplicateIsRefusedLoudlyAndStatusCountsIt() throws {
        let daemon = try start()
        try drop("two-tables.pdf", as: "first.pdf", variant: 31)
        #expect(waitUntil { files(in: done) == ["first.pdf"] })
        try drop("two-tables.pdf", as: "second.pdf", variant: 31)
        #expect(waitUntil { files(in: done).count == 2 })
        #expect(files(in: output, ending: ".json") == ["first.json"])
        #expect(logText.contains("duplicate second.pdf: same content as first.pdf, already converted to first.json; not converted again"))
        let duplicate = try #require(ledgerEvents.first { $0["event"] == "duplicate" })
        #expect(duplicate["file"] == "second.pdf")
        #expect(duplicate["output"] == "first.json")
        #expect(stop(daemon).status == 0)
        // status reads the folders and the ledger, with the watcher stopped too.
        try drop("two-tables.pdf", as: "late.pdf", variant: 32)
        let status = try CommandRun.run(["status"] + folderOptions)
        #expect(status.status == 0)
        #expect(status.stdout.contains("waiting      1  late.pdf\n"))
        #expect(status.stdout.contains("duplicates   1 refused"))
        #expect(status.stdout.contains("done         1"))
    }

    @Test func retryStatusAndReconvertDoWhatTheySay() throws {
        let daemon = try start()
        defer { _ = stop(daemon) }
        try drop("two-tables.pdf", as: "old.pdf", variant: 41)
        try drop("ruled-income.pdf", as: "new.pdf", variant: 42)
        try dropBad(as: "bad.pdf")
        #expect(waitUntil { files(in: done).count == 2 && files(in: failed) == ["bad.pdf"] })

        let status = try CommandRun.run(["status"] + folderOptions)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("waiting      0"))
        #expect(status.stdout.contains("in progress  0"))
        #expect(status.stdout.contains("done         2"))
        #expect(status.stdout.contains("failed       1\n  bad.pdf: not a PDF"))
        #expect(status.stdout.contains("last hour    2 converted, 1 failed"))

        // retry: back through the inbox, tried afresh (and failed again: the content is still not a PDF).
        #expect(try CommandRun.run(["retry", "--inbox", inbox.path]).status == 64)
        #expect(try CommandRun.run(["retry", "--inbox", inbox.path, "nonexistent.pdf"]).status == 1)
        let retry = try CommandRun.run(["retry", "--inbox", inbox.path, "--all"])
        #expect(retry.status == 0)
        #expect(retry.stderr.contains("moved 1 failed file back"))
        #expect(waitUntil { logText.contains("converting bad.pdf again: it failed before") })
        #expect(waitUntil { files(in: failed) == ["bad.pdf"] && ledgerEvents.filter { $0["event"] == "failed" }.count == 2 })

        // reconvert: only the document an older version wrote goes through again, and is replaced.
        let oldJSON = output.appendingPathComponent("old.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: oldJSON)) as? [String: Any])
        document["generator"] = ["program": "budget-extract", "version": "0.1.9"]
        try JSONSerialization.data(withJSONObject: document).write(to: oldJSON)
        let reconvert = try CommandRun.run(["reconvert"] + folderOptions)
        #expect(reconvert.status == 0, "\(reconvert.stderr)")
        #expect(reconvert.stderr.contains("moved 1 of 2 originals"))
        #expect(reconvert.stdout.contains("old.pdf: back in the inbox"))
        #expect(waitUntil { logText.contains("converting old.pdf again: its JSON old.json was written by an older version") && files(in: done).count == 2 })
        #expect(waitUntil {
            let made = (try? JSONSerialization.jsonObject(with: Data(contentsOf: oldJSON))) as? [String: Any]
            return (made?["generator"] as? [String: String])?["version"] != "0.1.9"
        })
        #expect(files(in: output, ending: ".json") == ["bad.error.json", "new.json", "old.json"])
        #expect(try CommandRun.run(["reconvert"] + folderOptions).stderr.contains("moved 0 of 2 originals"))
    }
}
