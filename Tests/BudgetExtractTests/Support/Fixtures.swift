import Foundation

/// Where the tests find their material.
enum Fixtures {
    /// The checkout this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Real budget PDFs beside the checkout (`../shared/corpus`), with their ground truth.
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let truth = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/truth")
    static var corpusIsPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// PDFs the project draws itself (scripts/make-samples).
    static let samples = repository.appendingPathComponent("Samples")

    /// The built command, for tests that run it as a process.
    static let binary = repository.appendingPathComponent(".build/debug/budget-extract")

    static func corpusPDF(_ name: String) -> String { corpus.appendingPathComponent(name).path }
    static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("budget-extract-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Builds glyphs for layout tests: one glyph per character, `size` points square, left to right from `x`.
func glyphs(_ text: String, x: Double, y: Double, size: Double = 10, advance: Double? = nil) -> [Glyph] {
    text.enumerated().compactMap { index, character in
        guard !character.isWhitespace else { return nil }
        let left = x + Double(index) * (advance ?? size)
        return Glyph(character: character, box: Rect(x0: left, y0: y, x1: left + size, y1: y + size))
    }
}

/// The texts of a printed row, empty string for an empty slot.
func texts(_ row: PrintedRow) -> [String] { row.map { $0?.text ?? "" } }

@testable import BudgetExtract
