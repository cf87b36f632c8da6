import Foundation
import Testing
@testable import BudgetExtract

/// The PDFs scripts/make-calc-samples had LibreOffice Calc print (Samples/calc/,
/// committed: CI has no LibreOffice), each against the truth written from the
/// tables it typeset: a spreadsheet's print, not cairo's, must come back
/// cell for cell.
@Suite("Samples printed by LibreOffice Calc")
struct CalcSamplesTests {
    static let folder = Fixtures.samples.appendingPathComponent("calc")

    /// Every PDF of Samples/calc with a truth file.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("truth").path)) ?? []
        return files.filter { $0.hasSuffix(".truth.json") }.map { String($0.dropLast(".truth.json".count)) }.sorted()
    }()

    @Test func everyPrintedSampleHasItsTruth() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count >= 2)
        #expect(Set(pdfs.map { String($0.dropLast(".pdf".count)) }) == Set(Self.names))
    }

    @Test(arguments: names)
    func everyRowAsPrinted(name: String) throws {
        let truth = try TruthDocument(Self.folder.appendingPathComponent("truth/\(name).truth.json"))
        let document = try Converter().convert(path: Self.folder.appendingPathComponent("\(name).pdf").path)
        let score = truth.exactRows(in: document)
        #expect(score.total > 0)
        #expect(score.exact == score.total, "\(name): \(score.exact) of \(score.total) rows exact")
        #expect(document.tables.count == truth.tables.count)
    }
}
