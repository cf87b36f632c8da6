import Foundation

/// Everything extracted from one PDF.
public struct ExtractedDocument: Sendable {
    public var fileName: String
    public var sha256: String
    public var pageCount: Int
    public var producer: String?
    public var tables: [Table]
    public var timings: StageTimings
}

/// Time spent in each stage of one conversion, for `--timings` and the benchmark.
public struct StageTimings: Sendable {
    public var text: Duration = .zero
    public var rulings: Duration = .zero
    public var tables: Duration = .zero

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        StageTimings(text: a.text + b.text, rulings: a.rulings + b.rulings, tables: a.tables + b.tables)
    }
}

/// Converts one PDF: glyphs, ruling lines, tables per page, then tables joined across pages.
public struct Converter: Sendable {
    /// Pixels per point of the bitmap that ruling lines are read from (0.5 = 36 dpi).
    public var rulingScale = 0.5
    /// PDFs with more pages are refused rather than read.
    public var maximumPages = 5000

    public init() {}

    public func convert(path: String) throws(PDFReadError) -> ExtractedDocument {
        let document = try PDFDocument(path: path)
        guard document.pageCount <= maximumPages else {
            throw PDFReadError(path: path, failure: .tooLarge(pages: document.pageCount, limit: maximumPages))
        }
        let clock = ContinuousClock()
        var timings = StageTimings()
        var pageTables: [[PageTable]] = []
        var glyphCount = 0
        for index in 0..<document.pageCount {
            var page: PageText!
            timings.text += clock.measure { page = document.text(ofPage: index) }
            glyphCount += page.glyphs.count
            var rulings: [Ruling] = []
            timings.rulings += clock.measure {
                if PageTables.mayHoldTable(page) {
                    let image = document.renderGrey(page: index, scale: rulingScale)
                    rulings = RulingDetector().rulings(in: image, masking: page.glyphs.map(\.box))
                }
            }
            timings.tables += clock.measure { pageTables.append(PageTables.tables(on: page, rulings: rulings)) }
        }
        if glyphCount == 0 { throw PDFReadError(path: path, failure: .noTextLayer) }
        return ExtractedDocument(
            fileName: URL(fileURLWithPath: path).lastPathComponent,
            sha256: FileDigest.sha256(of: path) ?? "",
            pageCount: document.pageCount,
            producer: document.producer,
            tables: TableStitcher.stitch(pageTables),
            timings: timings)
    }
}
