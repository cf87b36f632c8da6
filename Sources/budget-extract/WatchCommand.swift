import ArgumentParser
import BudgetExtract
import Foundation
import Logging

/// `budget-extract watch`: the inbox daemon.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Convert every PDF dropped into an inbox folder, until stopped.",
        discussion: """
            Converts the PDFs already waiting, then each one that arrives (closed after writing or moved in; \
            a rescan four times a second is the safety net). Each file is converted in a child process with a \
            time limit, so a PDF that crashes or hangs the PDF library cannot take the watcher down. The JSON goes \
            to <output>/<name>.json, a failure to <output>/<name>.error.json; the original moves to <inbox>/done/ \
            or <inbox>/failed/, never deleted nor overwritten. Content already converted (same SHA-256) is not \
            converted again. SIGTERM or Ctrl-C stops it within seconds; files under way are converted at the next \
            start. docs/daemon.md has the details.
            """
    )

    @Option(help: "The folder PDFs are dropped into.")
    var inbox: String = "inbox"

    @Option(name: .shortAndLong, help: "The folder the JSON documents are written to (not inside the inbox).")
    var output: String = "output"

    @Option(name: .shortAndLong, help: "How many files to convert at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds one file may take before its conversion is stopped and the file failed.")
    var timeoutSeconds: Int = 120

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard timeoutSeconds >= 1 else { throw ValidationError("--timeout-seconds must be 1 or more.") }
    }

    func run() async throws {
        let settings = WatchSettings(inbox: URL(fileURLWithPath: inbox), output: URL(fileURLWithPath: output), jobs: jobs,
                                     timeout: .seconds(timeoutSeconds), worker: [Self.executablePath, "worker"])
        if let problem = settings.problem { throw ValidationError(problem) }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let watcher = try Watcher(settings: settings, logger: Logger(label: "budget-extract"))
        let stoppers = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { watcher.stop() }
            source.resume()
            return source
        }
        await watcher.run()
        stoppers.forEach { $0.cancel() }
    }

    /// This program's own path, to start workers with.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
