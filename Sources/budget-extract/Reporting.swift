import BudgetExtract
import Foundation
import Synchronization

func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Paths as given; each folder replaced by the files inside it, at any
/// depth, whose names end in `suffix` (hidden ones left out), sorted.
func expandingFolders(_ paths: [String], toFilesEndingIn suffix: String) -> [String] {
    paths.flatMap { path -> [String] in
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let walker = FileManager.default.enumerator(atPath: path) else { return [path] }
        return walker.compactMap { $0 as? String }
            .filter { $0.lowercased().hasSuffix(suffix) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
            .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    }
}

/// One line on stderr per finished file:
/// `[3/120] name.pdf: 12 tables, 240 rows, 23 pages, 85 ms; checks: 52 pass, 1 within rounding, 1 fail; 2 findings`.
final class Progress: Sendable {
    private let total: Int
    private let quiet: Bool
    private let listTables: Bool
    private let done = Mutex(0)

    init(total: Int, quiet: Bool, listTables: Bool = false) {
        self.total = total
        self.quiet = quiet
        self.listTables = listTables
    }

    func report(_ result: ConversionResult) {
        let count = done.withLock { value in
            value += 1
            return value
        }
        if let error = result.error {
            printToStandardError("error: \(result.input): \(error)")
        } else if !quiet {
            printToStandardError("[\(count)/\(total)] \(result.input): \(counted(result.tables, "table")), \(counted(result.rows, "row")), "
                + "\(counted(result.pages, "page")), \(result.milliseconds) ms" + Self.checks(result.checks)
                + Self.lostAmounts(result.pagesLosingAmounts) + Self.warnings(result.warnings)
                + (result.findings > 0 ? "; \(counted(result.findings, "finding"))" : ""))
            if listTables {
                for summary in result.summaries { printToStandardError("    \(summary)") }
            }
        }
    }
}

extension Progress {
    /// `; checks: 52 pass, 1 fail`, or nothing when no check ran.
    static func checks(_ counts: [ArithmeticCheck.Outcome: Int]) -> String {
        let parts = [(ArithmeticCheck.Outcome.pass, "pass"), (.withinRounding, "within rounding"), (.fail, "fail")]
            .compactMap { outcome, name in counts[outcome].map { "\($0) \(name)" } }
        return parts.isEmpty ? "" : "; checks: " + parts.joined(separator: ", ")
    }

    /// `; warnings: page 7: cannot be read (…); poppler reported 12,345 errors …`, or nothing.
    /// At most `shownWarnings` are spelled out, so a damaged file still gets one line.
    static func warnings(_ warnings: [String]) -> String {
        guard !warnings.isEmpty else { return "" }
        let more = warnings.count > shownWarnings ? "; and \(warnings.count - shownWarnings) more" : ""
        return "; warnings: " + warnings.prefix(shownWarnings).joined(separator: "; ") + more
    }

    static let shownWarnings = 3
}

extension Progress {
    /// `; warning: amounts outside tables on pages 3, 7`, or nothing.
    static func lostAmounts(_ pages: [Int]) -> String {
        pages.isEmpty ? "" : "; warning: amounts outside tables on page" + (pages.count == 1 ? " " : "s ")
            + pages.map(String.init).joined(separator: ", ")
    }
}

/// The `--timings` table: milliseconds of CPU per pipeline stage.
enum StageTimingsTable {
    static func print(_ timings: StageTimings) {
        printToStandardError("stage     CPU milliseconds")
        for (name, duration) in timings.stages {
            let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            printToStandardError(name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%.1f", ms))
        }
    }
}
