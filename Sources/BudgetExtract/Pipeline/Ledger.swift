import Foundation

/// The watcher's memory, kept on disk so that a restart after a crash knows
/// what happened: one JSON line per event, appended and flushed to disk
/// before the watcher acts on it. `status` and `reconvert` read it too.
public final class Ledger: @unchecked Sendable {
    /// One line of the ledger.
    public struct Entry: Codable, Sendable {
        public enum Event: String, Codable, Sendable {
            /// A conversion is about to start (written first: a crash during it is counted).
            case attempt
            case converted
            case failed
            /// The same content as a file already converted, refused.
            case duplicate
            /// A conversion stopped by a shutdown: the attempt does not count.
            case abandoned
            /// A file that is not whole yet, put back to wait for its writer:
            /// the attempt does not count, and its output name is free again
            /// (the whole file is other content).
            case postponed
            /// Content seen before taken again (it failed, its JSON is gone,
            /// or `retry`/`reconvert` moved it back): its history starts afresh.
            case requeued
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

    /// The ledger's name in the output folder.
    public static let fileName = ".budget-extract-ledger.jsonl"

    public let url: URL
    private let lock = NSLock()
    private var histories: [String: History] = [:]
    /// Each output name given out, and the content it was given to.
    private var outputOwners: [String: String] = [:]

    /// Opens (or starts) the ledger at `url`, reading what it holds.
    public init(url: URL) throws {
        self.url = url
        if !FileManager.default.fileExists(atPath: url.path), !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        for entry in try Self.entries(at: url) { apply(entry) }
    }

    /// Every entry of the ledger at `url`, oldest first (a line cut short by a crash is left out).
    public static func entries(at url: URL) throws -> [Entry] {
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            try? decoder.decode(Entry.self, from: Data(line.utf8))
        }
    }

    public func history(of sha256: String) -> History {
        lock.withLock { histories[sha256] ?? History() }
    }

    /// Whether an output name was already given to some other content.
    public func isOutputInUse(_ name: String, byOtherThan sha256: String) -> Bool {
        lock.withLock { outputOwners[name].map { $0 != sha256 } ?? false }
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
        case .attempt:
            history.attempts += 1
            history.output = history.output ?? entry.output
            if let output = entry.output { outputOwners[output] = outputOwners[output] ?? entry.sha256 }
        case .abandoned: history.attempts -= 1
        case .postponed:
            if let output = history.output, outputOwners[output] == entry.sha256 { outputOwners[output] = nil }
            history = History()
        case .converted, .failed: history.outcome = entry
        case .duplicate: break
        case .requeued: history = History(output: entry.output)
        }
        histories[entry.sha256] = history
    }
}

/// What a ledger says of all the files it saw, for `budget-extract status`.
public struct LedgerSummary: Sendable {
    /// Contents whose latest outcome is a JSON document.
    public var converted = 0
    /// The latest failure of each content (each file, where it could not be read) that has not converted since.
    public var failed: [Ledger.Entry] = []
    public var duplicates = 0
    /// Conversions and failures in the hour before `now`.
    public var convertedLastHour = 0
    public var failedLastHour = 0

    public init(_ entries: [Ledger.Entry], now: Date = Date()) {
        var latest: [String: Ledger.Entry] = [:]
        let formatter = ISO8601DateFormatter()
        let hourAgo = now.addingTimeInterval(-Self.recentSpan)
        for entry in entries {
            let key = entry.sha256.isEmpty ? "file:" + entry.file : entry.sha256
            switch entry.event {
            case .converted, .failed:
                latest[key] = entry
                // A file that could not be read, since read under the same name.
                if !entry.sha256.isEmpty { latest["file:" + entry.file] = nil }
                if let time = formatter.date(from: entry.time), time > hourAgo {
                    if entry.event == .converted { convertedLastHour += 1 } else { failedLastHour += 1 }
                }
            case .duplicate: duplicates += 1
            case .requeued: latest[key] = nil
            case .attempt, .abandoned, .postponed: break
            }
        }
        converted = latest.values.filter { $0.event == .converted }.count
        failed = latest.values.filter { $0.event == .failed }.sorted { $0.time < $1.time }
    }

    /// The span `…LastHour` counts over, in seconds.
    public static let recentSpan: TimeInterval = 3600
}
