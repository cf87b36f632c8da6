import Foundation

/// The watcher's memory, kept on disk so that a restart after a crash knows
/// what happened: one JSON line per event, appended and flushed to disk
/// before the watcher acts on it.
public final class Ledger: @unchecked Sendable {
    /// One line of the ledger.
    public struct Entry: Codable, Sendable {
        public enum Event: String, Codable, Sendable {
            /// A conversion is about to start (written first: a crash during it is counted).
            case attempt
            case converted
            case failed
            case duplicate
            /// A conversion stopped by a shutdown: the attempt does not count.
            case abandoned
        }

        public var event: Event
        public var sha256: String
        public var file: String
        /// The JSON (or error JSON) written for the file.
        public var output: String?
        public var reason: String?
        public var time: String
    }

    /// What the ledger says of one content (SHA-256).
    public struct History: Sendable {
        public var attempts = 0
        public var outcome: Entry?
        /// The output name chosen at the first attempt, reused by retries.
        public var output: String?
    }

    private let url: URL
    private let lock = NSLock()
    private var histories: [String: History] = [:]
    private var outputsInUse: Set<String> = []

    /// Opens (or starts) the ledger at `url`, reading what it holds.
    public init(url: URL) throws {
        self.url = url
        if !FileManager.default.fileExists(atPath: url.path), !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        let decoder = JSONDecoder()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            // A line cut short by a crash is ignored.
            guard let entry = try? decoder.decode(Entry.self, from: Data(line.utf8)) else { continue }
            apply(entry)
        }
    }

    public func history(of sha256: String) -> History {
        lock.withLock { histories[sha256] ?? History() }
    }

    /// Whether an output name was already given to some content.
    public func isOutputInUse(_ name: String) -> Bool {
        lock.withLock { outputsInUse.contains(name) }
    }

    /// Appends an entry and flushes it to disk before returning.
    public func record(_ event: Entry.Event, sha256: String, file: String, output: String? = nil, reason: String? = nil) throws {
        let entry = Entry(event: event, sha256: sha256, file: file, output: output, reason: reason,
                          time: ISO8601DateFormatter().string(from: Date()))
        var line = try JSONEncoder().encode(entry)
        line.append(0x0A)
        try lock.withLock {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
            try handle.synchronize()
            apply(entry)
        }
    }

    private func apply(_ entry: Entry) {
        var history = histories[entry.sha256] ?? History()
        switch entry.event {
        case .attempt: history.attempts += 1
        case .abandoned: history.attempts -= 1
        case .converted, .failed: history.outcome = entry
        case .duplicate: break
        }
        if let output = entry.output, entry.event == .attempt {
            history.output = history.output ?? output
            outputsInUse.insert(output)
        }
        histories[entry.sha256] = history
    }
}
