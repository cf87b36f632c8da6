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
        /// Files put back to wait for their writer, and when to look again.
        var postponed: [URL: ContinuousClock.Instant] = [:]
    }

    public init(settings: WatchSettings, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        inbox = Inbox(folder: settings.inbox)
        try inbox.createFolders()
        try FileManager.default.createDirectory(at: settings.output, withIntermediateDirectories: true)
        ledger = try Ledger(url: settings.output.appendingPathComponent(Ledger.fileName))
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
        logger.info("watching \(settings.inbox.path) (\(counted(inbox.waiting().count, "PDF")) waiting, \(backlog.count) to resume); JSON goes to \(settings.output.path); \(settings.jobs) at a time")
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
                    let resumed = next.deletingLastPathComponent().standardizedFileURL == inbox.processing.standardizedFileURL
                    guard let claimed = resumed ? next : try? inbox.claim(next) else { continue }
                    state.withLock { $0.running += 1 }
                    group.addTask {
                        await self.process(claimed, resumed: resumed)
                        self.state.withLock { $0.running -= 1 }
                        self.wake.yield()
                    }
                }
            }
        }
        ticker.cancel()
        notifier.close()
        // A worker stopped by stop() may have been cut inside its atomic write.
        removeTemporaryOutputs()
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
    /// seconds; and in either case open for writing by no process. A slow
    /// copy is never read half-way.
    private func stableArrivals() -> [URL] {
        for name in inbox.renameUndecodableNames() {
            logger.warning("renamed a file whose name is not UTF-8 to \(name)")
        }
        let now = ContinuousClock.now
        let candidates = state.withLock { state in
            var stable: [URL] = []
            var seen: [URL: (FileSignature, ContinuousClock.Instant)] = [:]
            for (url, signature) in inbox.waiting() where !state.queued.contains(url) {
                if let until = state.postponed[url], now < until { continue }
                guard let (before, since) = state.seen[url], before == signature else {
                    seen[url] = (signature, now)
                    continue
                }
                let closed = state.finished.contains(url.lastPathComponent)
                let quiet = Date().timeIntervalSince(signature.modified) >= Self.quietSeconds
                if (closed || quiet) && now - since >= Self.unchangedSpan {
                    stable.append(url)
                } else {
                    seen[url] = (before, since)
                }
            }
            state.seen = seen
            return stable
        }
        // Looked for outside the lock: it reads every process's descriptors.
        let open = candidates.isEmpty ? [] : Inbox.pathsOpenForWriting(in: inbox.folder)
        let whole = candidates.filter { !open.contains($0.resolvingSymlinksInPath().path) }
        state.withLock { state in
            for url in whole {
                state.queued.insert(url)
                state.finished.remove(url.lastPathComponent)
                state.postponed[url] = nil
                state.seen[url] = nil
            }
        }
        return whole
    }

    /// How long a file must stay unchanged after its writer closed it.
    static let unchangedSpan = Duration.milliseconds(500)
    /// Seconds without a change after which a file seen without a close event
    /// counts as finished (a writer that has it open is waited for anyway).
    static let quietSeconds = 5.0
    /// A file that does not read as a PDF and changed less than this many
    /// seconds ago may still be written by a writer the watcher cannot see
    /// (another user's process): it is put back to wait, not failed.
    static let recentChangeSeconds = 30.0
    /// How long a file put back waits before it is looked at again.
    static let postponement = Duration.seconds(5)
    /// The failures a file cut short by its writer gives.
    static let incompleteFileErrors: Set<String> = ["damaged", "empty", "not-a-pdf"]

    /// Leftovers of atomic writes cut short by a crash or by ``stop()``.
    private func removeTemporaryOutputs() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: settings.output.path)) ?? []
        for name in names where AtomicFile.isTemporaryName(name) {
            try? FileManager.default.removeItem(at: settings.output.appendingPathComponent(name))
        }
    }

    /// Converts one claimed file and files the original in done/ or failed/.
    /// `resumed`: found in `.processing/` at start, claimed before a restart.
    private func process(_ claimed: URL, resumed: Bool) async {
        let name = claimed.lastPathComponent
        do {
            let unreadable = Inbox.unreadableReason(claimed)
            guard unreadable == nil, let sha256 = FileDigest.sha256(of: claimed.path) else {
                try fail(claimed, sha256: nil, output: freeOutputName(for: name, sha256: nil), code: "unreadable",
                         reason: "the file cannot be read: \(unreadable ?? "reading it failed")")
                return
            }
            var history = ledger.history(of: sha256)
            if let outcome = history.outcome {
                if resumed && outcome.file == name {
                    // Converted before a restart, not yet filed away.
                    try inbox.file(claimed, into: outcome.event == .converted ? inbox.done : inbox.failed)
                    return
                }
                if let current = currentOutput(of: outcome) {
                    try ledger.record(.duplicate, sha256: sha256, file: name, output: current,
                                      reason: "same content as \(outcome.file)")
                    let filed = try inbox.file(claimed, into: inbox.done)
                    logger.warning("duplicate \(name): same content as \(outcome.file), already converted to \(current); not converted again, filed as done/\(filed.lastPathComponent)")
                    return
                }
                let json = outcome.output ?? ""
                let why = outcome.event == .failed ? "it failed before (\(outcome.reason ?? "no reason recorded"))"
                    : FileManager.default.fileExists(atPath: settings.output.appendingPathComponent(json).path)
                    ? "its JSON \(json) was written by an older version" : "its JSON \(json) is gone"
                try ledger.record(.requeued, sha256: sha256, file: name, output: outcome.file == name ? history.output : nil, reason: why)
                logger.info("converting \(name) again: \(why)")
                history = ledger.history(of: sha256)
            }
            let output = history.output ?? freeOutputName(for: name, sha256: sha256)
            if history.attempts >= 2 {
                try fail(claimed, sha256: sha256, output: output, code: "crashed",
                         reason: "the converter crashed or hung on this file in \(history.attempts) attempts")
                return
            }
            try ledger.record(.attempt, sha256: sha256, file: name, output: output)
            let outcome = await convert(claimed, sha256: sha256, to: output)
            if state.withLock({ $0.stopping }), outcome.error != nil {
                try ledger.record(.abandoned, sha256: sha256, file: name)
                return
            }
            if let error = outcome.error, let changed = recentChange(claimed), Self.incompleteFileErrors.contains(outcome.errorCode ?? "") {
                try ledger.record(.postponed, sha256: sha256, file: name, reason: "not whole yet: \(error)")
                try putBack(claimed)
                logger.info("waiting for \(name): it does not read as a PDF yet and changed \(Int(changed)) s ago")
                return
            }
            if let error = outcome.error {
                try fail(claimed, sha256: sha256, output: output, code: outcome.errorCode ?? "failed", reason: error,
                         stderr: outcome.stderr)
            } else {
                try ledger.record(.converted, sha256: sha256, file: name, output: output)
                try? FileManager.default.removeItem(at: settings.output.appendingPathComponent(ErrorDocument.name(for: output)))
                try inbox.file(claimed, into: inbox.done)
                let failedChecks = switch outcome.failedChecks {
                case 0: ""
                case 1: ", 1 check failed"
                case let count: ", \(count) checks failed"
                }
                let findings = outcome.findings > 0 ? ", " + counted(outcome.findings, "finding") : ""
                let sizes = [counted(outcome.pages, "page"), counted(outcome.tables, "table"), counted(outcome.rows, "row")]
                logger.info("converted \(name): \(sizes.joined(separator: ", "))\(failedChecks)\(findings), \(outcome.milliseconds) ms -> \(output)")
            }
        } catch {
            logger.error("\(name): \(error.localizedDescription)")
        }
    }

    /// The JSON an earlier conversion of the same content wrote, if it is
    /// still there and the current version wrote it.
    private func currentOutput(of outcome: Ledger.Entry) -> String? {
        guard outcome.event == .converted, let name = outcome.output,
              BudgetExtractVersion.isCurrentDocument(at: settings.output.appendingPathComponent(name)) else { return nil }
        return name
    }

    /// A free output name for a file: `x.json`, else `x (2).json`…, never one given to other content.
    private func freeOutputName(for name: String, sha256: String?) -> String {
        Inbox.freeName(for: BatchConverter.outputName(for: name), in: settings.output) { candidate in
            ledger.isOutputInUse(candidate, byOtherThan: sha256 ?? "")
        }.lastPathComponent
    }

    /// Seconds since the file last changed, when that is recent enough that its writer may not be done.
    private func recentChange(_ url: URL) -> Double? {
        guard let signature = FileSignature(of: url) else { return nil }
        let seconds = Date().timeIntervalSince(signature.modified)
        return seconds < Self.recentChangeSeconds ? max(0, seconds) : nil
    }

    /// Moves a claimed file back into the inbox, to be looked at again after ``postponement``.
    private func putBack(_ claimed: URL) throws {
        let back = Inbox.freeName(for: claimed.lastPathComponent, in: inbox.folder)
        try FileManager.default.moveItem(at: claimed, to: back)
        state.withLock { $0.postponed[back] = ContinuousClock.now + Self.postponement }
    }

    /// Writes `<name>.error.json`, records the failure and files the original in failed/.
    private func fail(_ claimed: URL, sha256: String?, output: String, code: String, reason: String, stderr: String? = nil) throws {
        let name = claimed.lastPathComponent
        let errorName = ErrorDocument.name(for: output)
        let report = ErrorDocument(file: name, sha256: sha256, error: code, reason: reason, stderr: stderr.flatMap { $0.isEmpty ? nil : $0 })
        try AtomicFile.write(try report.encoded(), to: settings.output.appendingPathComponent(errorName))
        try ledger.record(.failed, sha256: sha256 ?? "", file: name, output: errorName, reason: reason)
        try inbox.file(claimed, into: inbox.failed)
        let said = report.stderr.map { "; the converter said: " + $0.split(separator: "\n").joined(separator: " | ") } ?? ""
        logger.error("failed \(name): \(reason) -> \(errorName)\(said)")
    }

    /// Runs the worker in a child process with a time limit and reads its
    /// result; the worker is given the digest the ledger has, not to read the file twice.
    private func convert(_ claimed: URL, sha256: String, to output: String) async -> WorkerReport {
        let child: ChildProcess
        do {
            child = try ChildProcess(settings.worker + [claimed.path, "--output", settings.output.path, "--name", output,
                                                        "--sha256", sha256])
        } catch {
            return WorkerReport(error: "the converter could not be started: \(error.localizedDescription)", errorCode: "crashed")
        }
        let pid = child.pid
        state.withLock { _ = $0.children.insert(pid) }
        if state.withLock({ $0.stopping }) { child.signal(SIGTERM) }
        let (data, errors, ending, timedOut) = await child.finish(within: settings.timeout)
        state.withLock { _ = $0.children.remove(pid) }

        if case .signalled(let signal) = ending {
            return WorkerReport(error: timedOut ? "the conversion took longer than \(settings.timeout) and was stopped"
                                                : "the converter crashed (signal \(signal))",
                                errorCode: timedOut ? "timeout" : "crashed", stderr: errors)
        }
        let result = data.split(separator: UInt8(ascii: "\n")).lazy.reversed().compactMap { line -> ConversionResult? in
            if case .result(let result) = try? JSONDecoder().decode(WorkerIsolation.Event.self, from: Data(line)) { result } else { nil }
        }.first
        guard let result else {
            let status: Int32 = if case .exited(let status) = ending { status } else { -1 }
            return WorkerReport(error: "the converter ended (status \(status)) without a report", errorCode: "crashed", stderr: errors)
        }
        var report = WorkerReport(result)
        report.stderr = errors
        return report
    }
}

/// `1 page`, `2 pages`.
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// What the watcher keeps of a worker's conversion: the counts its log line
/// gives, or why the file failed.
public struct WorkerReport: Sendable {
    public var pages = 0
    public var tables = 0
    public var rows = 0
    public var milliseconds = 0
    /// Arithmetic checks that failed (docs/schema.md, "Checks").
    public var failedChecks = 0
    /// What the audit found (docs/schema.md, "Findings").
    public var findings = 0
    public var error: String?
    public var errorCode: String?
    /// The end of what the worker printed on stderr (filled in by the watcher).
    public var stderr: String?

    public init(error: String? = nil, errorCode: String? = nil, stderr: String? = nil) {
        self.error = error
        self.errorCode = errorCode
        self.stderr = stderr
    }

    public init(_ result: ConversionResult) {
        pages = result.pages
        tables = result.tables
        rows = result.rows
        milliseconds = result.milliseconds
        failedChecks = result.checks[.fail] ?? 0
        findings = result.findings
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
