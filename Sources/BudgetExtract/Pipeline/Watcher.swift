import Foundation
import Glibc
import Logging
import Synchronization

/// How the watcher runs.
public struct WatchSettings: Sendable {
    public var inbox: URL
    public var output: URL
    public var jobs: Int
    /// A conversion that takes longer is stopped and the file failed.
    public var timeout: Duration
    /// The command that converts one file in a child process (the
    /// `budget-extract worker` subcommand): executable and leading arguments.
    public var worker: [String]

    public init(inbox: URL, output: URL, jobs: Int, timeout: Duration, worker: [String]) {
        self.inbox = inbox.standardizedFileURL
        self.output = output.standardizedFileURL
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.worker = worker
    }

    /// Why these folders cannot work, if they cannot.
    public var problem: String? {
        let inboxPath = inbox.resolvingSymlinksInPath().path + "/"
        let outputPath = output.resolvingSymlinksInPath().path + "/"
        if outputPath.hasPrefix(inboxPath) {
            return "the output folder \(output.path) is inside the inbox \(inbox.path): keep them apart"
        }
        return nil
    }
}

/// Watches an inbox folder and converts each PDF that arrives, one child
/// process per file (docs/daemon.md describes the states and why they are crash-safe).
public final class Watcher: Sendable {
    public let settings: WatchSettings
    private let inbox: Inbox
    private let ledger: Ledger
    private let logger: Logger
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let state = Mutex(State())

    private struct State {
        var stopping = false
        var running = 0
        /// Process groups of the workers under way (each led by its worker).
        var children: Set<Int32> = []
        /// What each waiting file looked like when first seen, and when.
        var seen: [URL: (FileSignature, ContinuousClock.Instant)] = [:]
        /// Names closed after writing or moved into the inbox (inotify).
        var finished: Set<String> = []
        /// Whole files waiting for a free worker.
        var queued: Set<URL> = []
    }

    public init(settings: WatchSettings, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        inbox = Inbox(folder: settings.inbox)
        try inbox.createFolders()
        try FileManager.default.createDirectory(at: settings.output, withIntermediateDirectories: true)
        ledger = try Ledger(url: settings.output.appendingPathComponent(".budget-extract-ledger.jsonl"))
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Stops taking files; conversions under way are stopped within seconds
    /// and their files converted again at the next start.
    public func stop() {
        let children = state.withLock { state -> Set<Int32> in
            state.stopping = true
            return state.children
        }
        for pid in children { kill(-pid, SIGTERM) }
        wake.yield()
    }

    /// Runs until ``stop()``.
    public func run() async {
        removeTemporaryOutputs()
        let backlog = inbox.claimed()
        logger.info("watching \(settings.inbox.path) (\(inbox.waiting().count) PDFs waiting, \(backlog.count) to resume); JSON goes to \(settings.output.path); \(settings.jobs) at a time")
        let notifier = InboxNotifier(folder: settings.inbox) { [weak self] name in self?.noteFinished(name) }
        let ticker = Task { [wake] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(250))
                wake.yield()
            }
        }
        // A discarding group frees each conversion's task as it ends (a plain
        // group keeps them until they are awaited: memory growing per file).
        await withDiscardingTaskGroup { group in
            var queue = backlog
            for await _ in wakeups {
                if state.withLock({ $0.stopping }) { break }
                queue += stableArrivals()
                while !queue.isEmpty, state.withLock({ $0.running < settings.jobs }) {
                    let next = queue.removeFirst()
                    state.withLock { _ = $0.queued.remove(next) }
                    let inProcessing = next.deletingLastPathComponent().standardizedFileURL == inbox.processing.standardizedFileURL
                    guard let claimed = inProcessing ? next : try? inbox.claim(next) else { continue }
                    state.withLock { $0.running += 1 }
                    group.addTask {
                        await self.process(claimed)
                        self.state.withLock { $0.running -= 1 }
                        self.wake.yield()
                    }
                }
            }
        }
        ticker.cancel()
        notifier.close()
        logger.info("stopped")
    }

    /// A file in the inbox was closed after writing, or moved in.
    private func noteFinished(_ name: String) {
        state.withLock { _ = $0.finished.insert(name) }
        wake.yield()
    }

    /// PDFs in the inbox that are whole: unchanged for half a second since
    /// their writer closed them or they were moved in, or (seen without such
    /// an event: present at start, or an event missed) not modified for five
    /// seconds. A slow copy is never read half-way.
    private func stableArrivals() -> [URL] {
        let now = ContinuousClock.now
        return state.withLock { state in
            var stable: [URL] = []
            var seen: [URL: (FileSignature, ContinuousClock.Instant)] = [:]
            for (url, signature) in inbox.waiting() where !state.queued.contains(url) {
                guard let (before, since) = state.seen[url], before == signature else {
                    seen[url] = (signature, now)
                    continue
                }
                let closed = state.finished.contains(url.lastPathComponent)
                let quiet = Date().timeIntervalSince(signature.modified) >= 5
                if (closed || quiet) && now - since >= .milliseconds(500) {
                    stable.append(url)
                    state.queued.insert(url)
                    state.finished.remove(url.lastPathComponent)
                } else {
                    seen[url] = (before, since)
                }
            }
            state.seen = seen
            return stable
        }
    }

    /// Leftovers of atomic writes cut short by a crash.
    private func removeTemporaryOutputs() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: settings.output.path)) ?? []
        for name in names where AtomicFile.isTemporaryName(name) {
            try? FileManager.default.removeItem(at: settings.output.appendingPathComponent(name))
        }
    }

    /// Converts one claimed file and files the original in done/ or failed/.
    private func process(_ claimed: URL) async {
        let name = claimed.lastPathComponent
        guard let sha256 = FileDigest.sha256(of: claimed.path) else { return }
        let history = ledger.history(of: sha256)
        do {
            if let outcome = history.outcome {
                if outcome.file == name {
                    // Converted before a restart, not yet filed away.
                    try inbox.file(claimed, into: outcome.event == .converted ? inbox.done : inbox.failed)
                } else {
                    try ledger.record(.duplicate, sha256: sha256, file: name, reason: "same content as \(outcome.file)")
                    try inbox.file(claimed, into: inbox.done)
                    logger.notice("duplicate \(name): same content as \(outcome.file), not converted again")
                }
                return
            }
            let output = history.output ?? Inbox.freeName(
                for: BatchConverter.outputName(for: name), in: settings.output, taken: ledger.isOutputInUse).lastPathComponent
            if history.attempts >= 2 {
                try fail(claimed, sha256: sha256, output: output, code: "crashed",
                         reason: "the converter crashed or hung on this file in \(history.attempts) attempts")
                return
            }
            try ledger.record(.attempt, sha256: sha256, file: name, output: output)
            let outcome = await convert(claimed, to: output)
            if state.withLock({ $0.stopping }), outcome.error != nil {
                try ledger.record(.abandoned, sha256: sha256, file: name)
                return
            }
            if let error = outcome.error {
                try fail(claimed, sha256: sha256, output: output, code: outcome.errorCode ?? "failed", reason: error)
            } else {
                try ledger.record(.converted, sha256: sha256, file: name, output: output)
                try inbox.file(claimed, into: inbox.done)
                let failedChecks = switch outcome.failedChecks {
                case 0: ""
                case 1: ", 1 check failed"
                case let count: ", \(count) checks failed"
                }
                logger.info("converted \(name): \(outcome.pages) pages, \(outcome.tables) tables, \(outcome.rows) rows\(failedChecks), \(outcome.milliseconds) ms -> \(output)")
            }
        } catch {
            logger.error("\(name): \(error.localizedDescription)")
        }
    }

    /// Writes `<name>.error.json`, records the failure and files the original in failed/.
    private func fail(_ claimed: URL, sha256: String, output: String, code: String, reason: String) throws {
        let name = claimed.lastPathComponent
        let errorName = String(output.dropLast(".json".count)) + ".error.json"
        let report: [String: String] = ["file": name, "sha256": sha256, "error": code, "reason": reason,
                                        "time": ISO8601DateFormatter().string(from: Date())]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(report), to: settings.output.appendingPathComponent(errorName))
        try ledger.record(.failed, sha256: sha256, file: name, output: errorName, reason: reason)
        try inbox.file(claimed, into: inbox.failed)
        logger.error("failed \(name): \(reason) -> \(errorName)")
    }

    /// Runs the worker in a child process with a time limit and reads its one-line report.
    private func convert(_ claimed: URL, to output: String) async -> WorkerReport {
        let child: ChildProcess
        do {
            child = try ChildProcess(settings.worker + [claimed.path, "--output", settings.output.path, "--name", output])
        } catch {
            return WorkerReport(error: "the converter could not be started: \(error.localizedDescription)", errorCode: "crashed")
        }
        let pid = child.pid
        state.withLock { _ = $0.children.insert(pid) }
        if state.withLock({ $0.stopping }) { child.signal(SIGTERM) }
        let timedOut = Mutex(false)
        let deadline = Task { [timeout = settings.timeout] in
            try await Task.sleep(for: timeout)
            timedOut.withLock { $0 = true }
            child.signal(SIGKILL)
        }
        let (data, ending) = await child.finish()
        deadline.cancel()
        state.withLock { _ = $0.children.remove(pid) }

        if case .signalled(let signal) = ending {
            let timedOut = timedOut.withLock { $0 }
            return WorkerReport(error: timedOut ? "the conversion took longer than \(settings.timeout) and was stopped"
                                                : "the converter crashed (signal \(signal))",
                                errorCode: timedOut ? "timeout" : "crashed")
        }
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
              let report = try? JSONDecoder().decode(WorkerReport.self, from: Data(line.utf8)) else {
            let status: Int32 = if case .exited(let status) = ending { status } else { -1 }
            return WorkerReport(error: "the converter ended (status \(status)) without a report", errorCode: "crashed")
        }
        return report
    }
}

/// The one JSON line a worker prints about the file it converted.
public struct WorkerReport: Codable, Sendable {
    public var pages = 0
    public var tables = 0
    public var rows = 0
    public var milliseconds = 0
    /// Arithmetic checks that failed (docs/schema.md, "Checks").
    public var failedChecks = 0
    public var error: String?
    public var errorCode: String?

    public init(error: String? = nil, errorCode: String? = nil) {
        self.error = error
        self.errorCode = errorCode
    }

    public init(_ result: ConversionResult) {
        pages = result.pages
        tables = result.tables
        rows = result.rows
        milliseconds = result.milliseconds
        failedChecks = result.checks[.fail] ?? 0
        error = result.error
        errorCode = result.errorCode
    }
}

/// Reports each name closed after writing or moved into the inbox (Linux
/// inotify); the watcher's periodic look is the safety net.
final class InboxNotifier: Sendable {
    private let descriptor: Int32

    init(folder: URL, onFinished: @escaping @Sendable (String) -> Void) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return }
        _ = inotify_add_watch(descriptor, folder.path, UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO))
        let descriptor = self.descriptor
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { return }
                // Events: wd, mask, cookie, name length (4 bytes each), then the NUL-padded name.
                var offset = 0
                while offset + 16 <= count {
                    let length = buffer[(offset + 12)..<(offset + 16)].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
                    let name = buffer[(offset + 16)..<min(count, offset + 16 + Int(length))].prefix { $0 != 0 }
                    if !name.isEmpty { onFinished(String(decoding: name, as: UTF8.self)) }
                    offset += 16 + Int(length)
                }
            }
        }
    }

    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }
}
