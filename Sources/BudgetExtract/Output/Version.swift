import Foundation

/// The version of budget-extract, written into every JSON document so that
/// `reconvert` can find the documents an older version made.
public enum BudgetExtractVersion {
    public static let current = "0.2.0"

    /// Whether `version` comes before the current one, number by number
    /// (`0.10.0` is after `0.9.1`); a document that records none is older.
    public static func isOlder(_ version: String?) -> Bool {
        guard let version else { return true }
        return version.compare(current, options: .numeric) == .orderedAscending
    }

    /// Whether the JSON document at `url` exists and the current version (or a later one) wrote it.
    public static func isCurrentDocument(at url: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: url.path),
              let made = try? JSONDecoder().decode(GeneratorOnly.self, from: data) else { return false }
        return !isOlder(made.generator?.version)
    }

    /// A document's generator alone.
    private struct GeneratorOnly: Decodable {
        var generator: DocumentJSON.Generator?
    }
}
