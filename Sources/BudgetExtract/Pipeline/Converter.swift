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

    public init() {}

    /// Each stage with its name, in pipeline order.
    public var stages: [(String, Duration)] { [("text", text), ("rulings", rulings), ("tables", tables)] }

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.text = a.text + b.text
        sum.rulings = a.rulings + b.rulings
        sum.tables = a.tables + b.tables
        return sum
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
        var timings = StageTimings()
        var layouts: [PageLayout] = []
        var glyphCount = 0
        for index in 0..<document.pageCount {
            let page = analysePage(index, of: document, timings: &timings)
            glyphCount += page.text.glyphs.count
            layouts.append(page.layout)
        }
        if glyphCount == 0 { throw PDFReadError(path: path, failure: .noTextLayer) }
        return ExtractedDocument(
            fileName: URL(fileURLWithPath: path).lastPathComponent,
            sha256: FileDigest.sha256(of: path) ?? "",
            pageCount: document.pageCount,
            producer: document.producer,
            tables: TableStitcher.stitch(layouts),
            timings: timings)
    }
}

/// What the pipeline saw on one page: the input to `inspect` and to each later stage.
public struct PageAnalysis: Sendable {
    public var text: PageText
    public var rulings: [Ruling]
    public var layout: PageLayout
    public var tables: [PageTable] { layout.tables }
}

extension Converter {
    /// Reads one page (0-based): glyphs, then ruling lines where the page
    /// can hold a table, then the tables.
    public func analysePage(_ index: Int, of document: PDFDocument, timings: inout StageTimings) -> PageAnalysis {
        let clock = ContinuousClock()
        var text: PageText!
        timings.text += clock.measure { text = document.text(ofPage: index) }
        var rulings: [Ruling] = []
        timings.rulings += clock.measure {
            if PageTables.mayHoldTable(text) {
                let image = document.renderGrey(page: index, scale: rulingScale)
                rulings = RulingDetector().rulings(in: image, masking: text.glyphs.map(\.box))
            }
        }
        var layout: PageLayout!
        timings.tables += clock.measure { layout = PageTables.layout(on: text, rulings: rulings) }
        return PageAnalysis(text: text, rulings: rulings, layout: layout)
    }
}
