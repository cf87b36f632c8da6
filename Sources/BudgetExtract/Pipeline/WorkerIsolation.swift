import Foundation
import Synchronization

/// Converts one file in a worker process (`budget-extract worker`) with a
/// time limit, so that a crash or hang inside poppler fails that file with a
/// reason, and the files converting beside it are not touched.
///
/// The worker reads the file through the descriptor the parent opened and
/// checked (its descriptor 3), and prints one JSON line per event on its
/// standard output: `{"page":12}` as each page's reading starts, then
/// `{"result":{…}}` with the ``ConversionResult``. When the worker dies, the
/// last page it announced is the page it died on.
public struct WorkerIsolation: Sendable {
    /// How long one file may take by default: the daemon's limit too.
    public static let defaultTimeout = Duration.seconds(120)

    /// The command that converts one file: executable and leading arguments.
    public var worker: [String]
    /// A conversion that takes longer is stopped and the file failed.
    public var timeout: Duration

    public init(worker: [String], timeout: Duration = Self.defaultTimeout) {
        self.worker = worker
        self.timeout = timeout
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
    }

    /// Process groups of the workers under way, for ``stopAll()``.
    private static let running = Mutex(Set<pid_t>())

    /// Stops every worker under way and whatever it started (the command
    /// was interrupted: workers lead process groups of their own, so a
    /// terminal's Ctrl-C does not reach them).
    public static func stopAll() {
        for pid in running.withLock({ $0 }) { kill(-pid, SIGKILL) }
    }

    /// The path a worker reads its input at.
    public static var inheritedInputPath: String { "/proc/self/fd/\(ChildProcess.inheritedDescriptor)" }

    /// Runs the worker on `file` and waits for it, at most ``timeout``.
    func convert(_ file: OpenedInputFile, writingTo target: URL) async -> ConversionResult {
        var failed = ConversionResult(input: file.name)
        let child: ChildProcess
        do {
            child = try ChildProcess(worker + [Self.inheritedInputPath, "--output", target.deletingLastPathComponent().path,
                                               "--name", target.lastPathComponent, "--file-name", file.name],
                                     input: file.descriptor)
        } catch {
            failed.error = "the converter could not be started: \(error.localizedDescription)"
            failed.errorCode = "crashed"
            return failed
        }
        let pid = child.pid
        Self.running.withLock { _ = $0.insert(pid) }
        let (output, _, ending, timedOut) = await child.finish(within: timeout)
        Self.running.withLock { _ = $0.remove(pid) }

        var page: Int?
        for line in output.split(separator: UInt8(ascii: "\n")) {
            switch try? JSONDecoder().decode(Event.self, from: Data(line)) {
            case .page(let number): page = number
            case .result(let result): return result
            case nil: continue
            }
        }
        let onPage = page.map { " on page \($0)" } ?? " while opening the file"
        switch ending {
        case .signalled where timedOut:
            failed.error = "the conversion took longer than \(Self.seconds(timeout)) seconds and was stopped\(onPage)"
            failed.errorCode = "timeout"
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

    /// Signals a Swift runtime check raises (a trap: SIGILL or SIGTRAP),
    /// as opposed to a fault in C code (SIGSEGV, SIGBUS, SIGABRT, SIGFPE).
    private static func isTrap(_ signal: Int32) -> Bool {
        signal == SIGILL || signal == SIGTRAP
    }

    private static func seconds(_ duration: Duration) -> Int64 {
        duration.components.seconds
    }
}
