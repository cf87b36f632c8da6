import Foundation
import Logging

/// How the watcher's log lines look. On a terminal or in a file, swift-log's
/// lines with a timestamp and a level name. Under systemd (which sets
/// `JOURNAL_STREAM` when stderr goes to the journal) one line per event that
/// starts with its syslog priority, `<3>` for errors, `<4>` for warnings,
/// `<6>` for information: journald reads the prefix as the line's priority
/// (so `journalctl -p err` finds the failures) and adds the time and the
/// unit's name itself.
enum LogFormat {
    static func bootstrap(level: Logger.Level = .info) {
        let journal = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil
        LoggingSystem.bootstrap { label in
            if journal { return JournalLogHandler(logLevel: level) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// One `<N>message` line on stderr per event, for journald.
struct JournalLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The syslog priority journald gives a line that starts `<N>`.
    static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .critical: 2
        case .error: 3
        case .warning: 4
        case .notice: 5
        case .info: 6
        case .debug, .trace: 7
        }
    }

    func log(event: LogEvent) {
        // A line break would start a new journal entry at the default priority.
        let text = event.message.description.split(whereSeparator: \.isNewline).joined(separator: " | ")
        FileHandle.standardError.write(Data("<\(Self.priority(of: event.level))>\(text)\n".utf8))
    }
}
