import Foundation
import Synchronization

/// Converts files in worker processes (`budget-extract worker --serve`)
/// with a time limit per file, so that a crash or hang inside poppler fails
/// that file with a reason, and the files converting beside it are not
/// touched. The workers are kept for the batch (``WorkerPool``): one
/// converts file after file until one fails it, and is then replaced.
///
/// A worker gets each file as a request on its channel (``WorkerChannel``,
/// its descriptor 3): a JSON line naming where to write, with the file the
/// parent opened and checked passed along open. It answers on the same
/// channel with one JSON line per event: `{"page":12}` as each page's
/// reading starts, then `{"result":{…}}` with the ``ConversionResult``.
/// When the worker dies, the last page it announced is the page it died on.
public struct WorkerIsolation: Sendable {
    /// How long one file may take by default: the daemon's limit too.
    public static let defaultTimeout = Duration.seconds(120)

    /// The command that converts files: executable and leading arguments.
    public let worker: [String]
    /// A conversion that takes longer is stopped and the file failed.
    public let timeout: Duration
    private let pool: WorkerPool

    public init(worker: [String], timeout: Duration = Self.defaultTimeout) {
        self.worker = worker
        self.timeout = timeout
        pool = WorkerPool(command: worker)
    }

    /// What the parent asks a worker: convert the file passed with this line
    /// into `output`/`name`, calling it `fileName`.
    struct Request: Codable {
        var output: String
        var name: String
        var fileName: String
    }

    /// One line of the worker's output: `{"page":12}` or `{"result":{…}}`.
    public enum Event: Codable, Sendable {
        case page(Int)
        case result(ConversionResult)

        private enum CodingKeys: String, CodingKey { case page, result }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let page = try container.decodeIfPresent(Int.self, forKey: .page) {
                self = .page(page)
            } else {
                self = .result(try container.decode(ConversionResult.self, forKey: .result))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .page(let page): try container.encode(page, forKey: .page)
            case .result(let result): try container.encode(result, forKey: .result)
            }
        }

        /// The line as the worker prints it, newline included. A page's line,
        /// printed for every page, is written out directly: the bytes
        /// JSONEncoder writes for it, without the encoder's cost.
        public var line: Data {
            if case .page(let page) = self { return Data("{\"page\":\(page)}\n".utf8) }
            return ((try? JSONEncoder().encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
        }

        /// The event a line (without its newline) holds, nil for any other
        /// line. A page's line, read for every page, is read directly: the
        /// bytes ``line`` writes for it, without the decoder's cost.
        static func read(_ line: [UInt8]) -> Event? {
            let start = Self.pageLineStart
            if line.count > start.count + 1, line.starts(with: start), line.last == UInt8(ascii: "}"),
               let page = Int(String(decoding: line[start.count..<(line.count - 1)], as: UTF8.self)) {
                return .page(page)
            }
            return try? JSONDecoder().decode(Event.self, from: Data(line))
        }

        private static let pageLineStart = Array(#"{"page":"#.utf8)
    }

    /// Process groups of the workers alive, for ``stopAll()``.
    private static let running = Mutex(Set<pid_t>())

    static func started(_ pid: pid_t) { running.withLock { _ = $0.insert(pid) } }
    static func ended(_ pid: pid_t) { running.withLock { _ = $0.remove(pid) } }

    /// Stops every worker alive and whatever it started (the command was
    /// interrupted: workers lead process groups of their own, so a
    /// terminal's Ctrl-C does not reach them).
    public static func stopAll() {
        for pid in running.withLock({ $0 }) { kill(-pid, SIGKILL) }
    }

    /// Ends the workers kept for the batch.
    public func finish() async {
        await pool.close()
    }

    /// Converts `file` in a worker of the pool, waiting at most ``timeout``.
    func convert(_ file: OpenedInputFile, writingTo target: URL) async -> ConversionResult {
        var failed = ConversionResult(input: file.name)
        let request = Request(output: target.deletingLastPathComponent().path, name: target.lastPathComponent, fileName: file.name)
        guard let line = try? JSONEncoder().encode(request) else {
            failed.error = "the file's name cannot be sent to the converter"
            failed.errorCode = "crashed"
            return failed
        }
        let deadline = ContinuousClock.now + timeout
        var worker: WorkerPool.Worker
        var reply: Reply
        var attempts = 0
        repeat {
            attempts += 1
            do {
                worker = try pool.take()
            } catch {
                failed.error = "the converter could not be started: \(error.localizedDescription)"
                failed.errorCode = "crashed"
                return failed
            }
            reply = await Self.exchange(line + Data("\n".utf8), passing: file.descriptor, with: worker.channel, until: deadline)
            // A free worker that has ended meanwhile never saw the file: it goes to a new one.
            if case .notDelivered = reply, attempts < Self.deliveryAttempts {
                _ = await pool.discard(worker, kill: true, within: timeout)
                continue
            }
            break
        } while true
        withExtendedLifetime(file) {}

        let page: Int?
        let ending: ChildProcess.Ending
        switch reply {
        case .result(let result):
            pool.giveBack(worker)
            return result
        case .ended(let last), .notDelivered(let last):
            page = last
            ending = await pool.discard(worker, kill: false, within: timeout)
        case .timedOut(let last):
            page = last
            _ = await pool.discard(worker, kill: true, within: timeout)
            let onPage = last.map { " on page \($0)" } ?? " while opening the file"
            failed.error = "the conversion took longer than \(Self.seconds(timeout)) seconds and was stopped\(onPage)"
            failed.errorCode = "timeout"
            return failed
        }
        let onPage = page.map { " on page \($0)" } ?? " while opening the file"
        switch ending {
        case .signalled(let signal) where Self.isTrap(signal):
            failed.error = "the converter stopped on an internal error\(onPage) (signal \(signal))"
            failed.errorCode = "crashed"
        case .signalled(let signal):
            failed.error = "the PDF library crashed\(onPage) (signal \(signal))"
            failed.errorCode = "crashed"
        case .exited(let status):
            failed.error = "the converter ended (status \(status))\(onPage) without a report"
            failed.errorCode = "crashed"
        }
        return failed
    }

    /// How many workers one file is offered to when the first is found gone
    /// before it read the file: a free worker may have ended meanwhile.
    private static let deliveryAttempts = 2

    /// How a worker answered one request.
    private enum Reply {
        case result(ConversionResult)
        /// The channel closed: the worker ended, after announcing this page.
        case ended(lastPage: Int?)
        case timedOut(lastPage: Int?)
        /// The request could not be written: the worker had ended before.
        case notDelivered(lastPage: Int?)
    }

    /// Sends the request and reads the worker's events until its result, its
    /// end or the deadline, on a dispatch thread (reading blocks) so that the
    /// caller's task only suspends.
    private static func exchange(_ request: Data, passing descriptor: Int32, with channel: WorkerChannel,
                                 until deadline: ContinuousClock.Instant) async -> Reply {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                guard channel.send(request, passing: descriptor) else {
                    return continuation.resume(returning: .notDelivered(lastPage: nil))
                }
                var pending: [UInt8] = [], passed: Int32?, page: Int?
                defer { if let passed { close(passed) } }
                while true {
                    switch channel.receive(into: &pending, passed: &passed, until: deadline) {
                    case .line(let line):
                        switch Event.read(line) {
                        case .page(let number): page = number
                        case .result(let result): return continuation.resume(returning: .result(result))
                        case nil: continue
                        }
                    case .closed: return continuation.resume(returning: .ended(lastPage: page))
                    case .timedOut: return continuation.resume(returning: .timedOut(lastPage: page))
                    }
                }
            }
        }
    }

    /// The worker's side: converts each file sent on the channel at
    /// `descriptor`, announcing its pages and answering with its result,
    /// until the parent closes the channel.
    public static func serve(channel descriptor: Int32) {
        let channel = WorkerChannel(descriptor: descriptor)
        var converter = BatchConverter(jobs: 1)
        converter.converter.pageStarted = { page in _ = channel.send(Event.page(page).line) }
        var pending: [UInt8] = []
        while true {
            var passed: Int32?
            guard case .line(let line) = channel.receive(into: &pending, passed: &passed) else { return }
            let result: ConversionResult
            switch (try? JSONDecoder().decode(Request.self, from: Data(line)), passed) {
            case let (request?, file?):
                let target = URL(fileURLWithPath: request.output).appendingPathComponent(request.name)
                result = converter.convertOne(InputFile(path: "/proc/self/fd/\(file)"), named: request.fileName, writingTo: target)
            default:
                var refused = ConversionResult(input: "?")
                refused.error = "the converter was not sent a file and where to write it"
                refused.errorCode = "crashed"
                result = refused
            }
            if let passed { close(passed) }
            guard channel.send(Event.result(result).line) else { return }
        }
    }

    /// Signals a Swift runtime check raises (a trap: SIGILL or SIGTRAP),
    /// as opposed to a fault in C code (SIGSEGV, SIGBUS, SIGABRT, SIGFPE).
    private static func isTrap(_ signal: Int32) -> Bool {
        signal == SIGILL || signal == SIGTRAP
    }

    private static func seconds(_ duration: Duration) -> Int64 {
        duration.components.seconds
    }
}
