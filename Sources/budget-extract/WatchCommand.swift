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
            or <inbox>/failed/, never deleted nor overwritten. Content seen before (same SHA-256) is \
            converted again only when it failed or its JSON is gone or older. SIGTERM or Ctrl-C stops it within seconds; files \
            under way are converted at the next start. `status`, `retry` and `reconvert` work on the same folders. \
            docs/daemon.md has the details.

            Examples:
              budget-extract watch --inbox inbox --output output
              budget-extract watch --inbox /srv/budget-extract/inbox --output /srv/budget-extract/output --jobs 4 --timeout 300
            """
    )

    @OptionGroup var folders: ServiceFolders

    @Option(name: .shortAndLong, help: "How many files to convert at once: the number of cores on this machine unless given.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: [.customLong("timeout"), .customLong("timeout-seconds")],
            help: "Seconds one file may take before its conversion is stopped and the file failed.")
    var timeoutSeconds: Int = Int(WorkerIsolation.defaultTimeout.components.seconds)

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard timeoutSeconds >= 1 else { throw ValidationError("--timeout must be 1 or more seconds.") }
    }

    func run() async throws {
        let settings = WatchSettings(inbox: folders.inboxURL, output: folders.outputURL, jobs: jobs,
                                     timeout: .seconds(timeoutSeconds), worker: [Self.executablePath, "worker"])
        if let problem = settings.problem { throw CommandFailure(problem) }
        LogFormat.bootstrap()
        let watcher: Watcher
        do {
            watcher = try Watcher(settings: settings, logger: Logger(label: "budget-extract"))
        } catch {
            throw CommandFailure("cannot use \(settings.inbox.path) and \(settings.output.path): \(error.localizedDescription)")
        }
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
