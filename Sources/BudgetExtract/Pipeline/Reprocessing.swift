import Foundation

/// Finds the originals in `done/` whose JSON an older version wrote, and
/// sends them back through the inbox (`budget-extract reconvert`). The watcher sees content it knows
/// arrive again and converts it afresh (docs/daemon.md, "Converting again").
public struct Reprocessing: Sendable {
    public let inbox: Inbox
    public let output: URL

    public init(inbox: URL, output: URL) {
        self.inbox = Inbox(folder: inbox)
        self.output = output.standardizedFileURL
    }

    /// The originals in `done/` whose JSON is gone or was written by an older
    /// version: one file per content (the one the ledger converted, where it is there).
    public func outdated() throws -> (outdated: [URL], current: Int) {
        let ledgerURL = output.appendingPathComponent(Ledger.fileName)
        guard FileManager.default.fileExists(atPath: ledgerURL.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey:
                "\(output.path) has no \(Ledger.fileName): it is not the output folder of a watcher"])
        }
        let ledger = try Ledger(url: ledgerURL)
        var byContent: [String: [URL]] = [:]
        for url in Inbox.pdfs(in: inbox.done) {
            if let sha256 = FileDigest.sha256(of: url.path) { byContent[sha256, default: []].append(url) }
        }
        var outdated: [URL] = [], current = 0
        for (sha256, files) in byContent {
            let outcome = ledger.history(of: sha256).outcome
            if let json = outcome?.output, outcome?.event == .converted,
               BudgetExtractVersion.isCurrentDocument(at: output.appendingPathComponent(json)) {
                current += 1
            } else {
                outdated.append(files.first { $0.lastPathComponent == outcome?.file } ?? files[0])
            }
        }
        return (outdated.sorted { $0.path < $1.path }, current)
    }
}
