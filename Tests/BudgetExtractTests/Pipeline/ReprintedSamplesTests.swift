import Foundation
import Testing
@testable import BudgetExtract

/// Every Sample printed again by another producer: poppler's cairo backend
/// (`pdftocairo -pdf`) rewrites its fonts, text and paths its own way and,
/// onto 700 × 1000 pt pages, scales and moves every page. The print is the
/// same, so every body row must still come back as the truth has it
/// (scripts/rerender-audit measures the same on any folder of PDFs).
@Suite("Samples reprinted by cairo")
struct ReprintedSamplesTests {
    static let pdftocairo = "/usr/bin/pdftocairo"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: pdftocairo), "needs pdftocairo (poppler-utils, scripts/install-deps)"),
          arguments: SamplesTests.names)
    func everyRowAsDrawnOnceReprinted(name: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reprint = folder.appendingPathComponent("\(name).pdf").path
        let run = try CommandRun.program([Self.pdftocairo, "-pdf", "-paperw", "700", "-paperh", "1000", Fixtures.sample("\(name).pdf"), reprint])
        try #require(run.status == 0, "pdftocairo failed on \(name): \(run.output)")
        let truth = try TruthDocument(Fixtures.samples.appendingPathComponent("truth/\(name).truth.json"))
        let document = try Converter().convert(path: reprint)
        let score = truth.exactRows(in: document)
        #expect(score.total > 0)
        #expect(score.exact == score.total, "\(name) reprinted: \(score.exact) of \(score.total) rows exact")
        #expect(document.tables.count == truth.tables.count)
    }
}
