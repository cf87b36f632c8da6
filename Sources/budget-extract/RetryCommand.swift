import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract retry`: failed originals back into the inbox, to be converted again.
struct RetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Move failed PDFs from <inbox>/failed/ back into the inbox to be converted again.",
        discussion: """
            The running watcher takes them like any new file; its ledger knows they failed before, so \
            they are converted afresh (a file that crashed the converter gets two new attempts) and \
            the log says `converting x.pdf again: it failed before (…)`. A success replaces the \
            <name>.error.json with <name>.json.

            Examples:
              budget-extract retry --inbox /srv/budget-extract/inbox scan.pdf
              budget-extract retry --inbox /srv/budget-extract/inbox --all
            """
    )

    @Argument(help: "Names of files in <inbox>/failed/ (or their paths).", completion: .file(extensions: ["pdf"]))
    var files: [String] = []

    @Flag(help: "Retry every file in <inbox>/failed/.")
    var all = false

    @Option(help: "The watcher's inbox folder.")
    var inbox: String = "inbox"

    func validate() throws {
        guard all != !files.isEmpty else { throw ValidationError("Name the files in failed/ to retry, or give --all.") }
    }

    func run() throws {
        let folders = Inbox(folder: URL(fileURLWithPath: inbox))
        let moved: [URL]
        do {
            moved = try folders.failedFiles(named: all ? nil : files).map(folders.requeue)
        } catch {
            throw CommandFailure(error.localizedDescription)
        }
        for url in moved { print("\(url.path): back in the inbox") }
        printToStandardError("moved \(moved.count) failed \(moved.count == 1 ? "file" : "files") back into \(inbox)")
    }
}
