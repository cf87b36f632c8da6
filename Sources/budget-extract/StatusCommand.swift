import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract status`: what the watcher has waiting, under way, done and failed, from its folders and ledger.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the watcher has waiting, in progress, done and failed, and its last hour's throughput.",
        discussion: """
            Reads the inbox and the ledger the watcher keeps in the output folder \
            (<output>/.budget-extract-ledger.jsonl); it works whether or not the watcher is running. \
            Failures are listed with their reason; `budget-extract retry` sends them through again.

            Examples:
              budget-extract status --inbox /srv/budget-extract/inbox --output /srv/budget-extract/output
              budget-extract status        # ./inbox and ./output
            """
    )

    @OptionGroup var folders: ServiceFolders

    func run() throws {
        let inbox = Inbox(folder: folders.inboxURL)
        let ledgerURL = folders.outputURL.appendingPathComponent(Ledger.fileName)
        guard FileManager.default.fileExists(atPath: ledgerURL.path) else {
            throw CommandFailure("\(folders.output) has no \(Ledger.fileName): no watcher has used it as its output folder")
        }
        let summary: LedgerSummary
        do {
            summary = LedgerSummary(try Ledger.entries(at: ledgerURL))
        } catch {
            throw CommandFailure("cannot read \(ledgerURL.path): \(error.localizedDescription)")
        }
        let waiting = inbox.waiting().map(\.url.lastPathComponent)
        let underWay = inbox.claimed().map(\.lastPathComponent)
        func names(_ list: [String]) -> String { list.isEmpty ? "" : "  " + list.prefix(Self.listedNames).joined(separator: ", ") + (list.count > Self.listedNames ? ", …" : "") }
        print("waiting      \(waiting.count)\(names(waiting))")
        print("in progress  \(underWay.count)\(names(underWay))")
        print("done         \(summary.converted)")
        print("duplicates   \(summary.duplicates) refused")
        print("failed       \(summary.failed.count)")
        for entry in summary.failed {
            print("  \(entry.file): \(entry.reason ?? "no reason recorded")" + (entry.output.map { " (\($0))" } ?? ""))
        }
        print("last hour    \(summary.convertedLastHour) converted, \(summary.failedLastHour) failed")
    }

    /// How many names of waiting or claimed files one line lists.
    static let listedNames = 5
}
