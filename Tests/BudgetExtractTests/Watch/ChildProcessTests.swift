import Foundation
import Logging
import Testing
@testable import BudgetExtract

@Suite("child processes", .serialized)
struct ChildProcessTests {
    @Test func outputAndExitStatus() async throws {
        let child = try ChildProcess(["/bin/sh", "-c", "echo report; echo noise >&2; exit 3"])
        let (output, errors, ending) = await child.finish()
        #expect(String(decoding: output, as: UTF8.self) == "report\n")
        #expect(errors == "noise")
        #expect(ending == .exited(3))
    }

    /// The daemon ignores SIGTERM (it handles it itself); its children must not.
    @Test func signalsTheDaemonIgnoresAreRestoredInTheChild() async throws {
        let previous = signal(SIGTERM, SIG_IGN)
        defer { signal(SIGTERM, previous) }
        let child = try ChildProcess(["/bin/sleep", "30"])
        kill(child.pid, SIGTERM)
        #expect(await child.finish().ending == .signalled(SIGTERM))
    }

    /// A pipe another part of the process opened without close-on-exec (as
    /// Foundation's `Pipe` does) is not open in the child: its reader would
    /// otherwise wait for the child to end as well. The child's own input, at
    /// descriptor 3, is.
    @Test func theChildHoldsNoDescriptorButItsOwn() async throws {
        var pipeEnds: [Int32] = [-1, -1]
        try #require(pipe(&pipeEnds) == 0)
        // Moved above the child's own descriptors (0 to 3): a test running
        // beside this one may have left 3 free, and a pipe end at 3 would be
        // the child's input itself.
        let ends = pipeEnds.map { fcntl($0, F_DUPFD, 10) }
        pipeEnds.forEach { close($0) }
        try #require(ends.allSatisfy { $0 >= 10 })
        defer { ends.forEach { close($0) } }
        let script = "for fd in 3 \(ends[0]) \(ends[1]); do if [ -e /proc/$$/fd/$fd ]; then echo $fd open; else echo $fd closed; fi; done"
        let child = try ChildProcess(["/bin/sh", "-c", script], input: ends[0])
        let (output, _, ending) = await child.finish()
        #expect(ending == .exited(0))
        #expect(String(decoding: output, as: UTF8.self) == "3 open\n\(ends[0]) closed\n\(ends[1]) closed\n")
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: (any Error).self) { try ChildProcess(["/nonexistent/worker"]) }
    }

    /// A worker that hangs is stopped at the time limit and one that dies is
    /// reported: either way the file goes to failed/ with its reason, never
    /// lost, and with the last lines the worker wrote on stderr.
    @Test(arguments: [(["/bin/sh", "-c", "echo still reading page 3 >&2; sleep 30", "sh"], "timeout"),
                      (["/bin/sh", "-c", "echo first; echo 'Assertion failed: x > 0' >&2; kill -SEGV $$", "sh"], "crashed")])
    func hungOrCrashedWorkersFailTheFileWithAReason(worker: [String], code: String) async throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = root.appendingPathComponent("inbox"), output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.sample("two-tables.pdf"), toPath: inbox.appendingPathComponent("a.pdf").path)
        // Old enough to be taken at once: no writer is still at it.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: inbox.appendingPathComponent("a.pdf").path)
        let watcher = try Watcher(settings: WatchSettings(inbox: inbox, output: output, jobs: 1, timeout: .seconds(1), worker: worker),
                                  logger: Logger(label: "test"))
        let running = Task { await watcher.run() }
        let failed = inbox.appendingPathComponent("failed/a.pdf")
        // Each of two attempts fails before the file is given up.
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: failed.path) { try await Task.sleep(for: .milliseconds(100)) }
        watcher.stop()
        await running.value
        #expect(FileManager.default.fileExists(atPath: failed.path))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("a.error.json"))) as? [String: String]
        #expect(report?["error"] == code)
        #expect(report?["file"] == "a.pdf")
        #expect(report?["stderr"] == (code == "timeout" ? "still reading page 3" : "Assertion failed: x > 0"))
    }
}
