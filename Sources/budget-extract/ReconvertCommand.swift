import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract reconvert`: after an upgrade, the originals whose JSON an older version wrote go through the inbox again.
struct ReconvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconvert",
        abstract: "Move the originals in <inbox>/done/ whose JSON an older version wrote back into the inbox.",
        discussion: """
            Run it after installing a new version: each JSON document records the version that wrote it \
            (`generator` in docs/schema.md). Every original in done/ whose document is older (or gone) \
            moves back into the inbox, one per content; the running watcher converts it again and \
            replaces the document under the same name. Documents the current version wrote are left alone.

            Examples:
              budget-extract reconvert --inbox /srv/budget-extract/inbox --output /srv/budget-extract/output
              budget-extract reconvert --dry-run     # list them only (./inbox and ./output)
            """
    )

    @OptionGroup var folders: ServiceFolders

    @Flag(help: "List the originals that would move, and move none.")
    var dryRun = false

    func run() throws {
        let reprocessing = Reprocessing(inbox: folders.inboxURL, output: folders.outputURL)
        let found: (outdated: [URL], current: Int)
        let moved: [URL]
        do {
            found = try reprocessing.outdated()
            moved = dryRun ? found.outdated : try found.outdated.map(reprocessing.inbox.requeue)
        } catch {
            throw CommandFailure(error.localizedDescription)
        }
        for url in moved { print(dryRun ? "would move \(url.path)" : "\(url.path): back in the inbox") }
        printToStandardError("\(dryRun ? "would move" : "moved") \(moved.count) of \(moved.count + found.current) originals "
                             + "back into \(folders.inbox); \(found.current) have JSON of version \(BudgetExtractVersion.current)")
    }
}
