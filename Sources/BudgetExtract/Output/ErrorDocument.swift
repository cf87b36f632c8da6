import Foundation

/// The `<name>.error.json` the watcher writes for a file it could not
/// convert (docs/daemon.md): which file, why, and when.
public struct ErrorDocument: Codable, Sendable, Equatable {
    public var file: String
    /// Absent when the file could not even be read.
    public var sha256: String?
    /// A short stable name for the kind of failure (`damaged`, `timeout`, `unreadable` …).
    public var error: String
    public var reason: String
    public var time: String
    /// The last lines the converter printed on stderr, where it printed any.
    public var stderr: String?

    public init(file: String, sha256: String?, error: String, reason: String, stderr: String? = nil, time: Date = Date()) {
        self.file = file
        self.sha256 = sha256
        self.error = error
        self.reason = reason
        self.stderr = stderr
        self.time = ISO8601DateFormatter().string(from: time)
    }

    /// The name an error document has beside the JSON it stands for: `x.json` -> `x.error.json`.
    public static func name(for output: String) -> String {
        (output.hasSuffix(".json") ? String(output.dropLast(".json".count)) : output) + suffix
    }

    public static let suffix = ".error.json"

    /// Pretty, key-sorted UTF-8 JSON, as the documents are.
    public func encoded() throws -> Data {
        try DocumentJSON.encoder().encode(self)
    }
}
