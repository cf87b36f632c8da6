import Foundation
import Synchronization

/// Everything extracted from one PDF.
public struct ExtractedDocument: Sendable {
    public var fileName: String
    public var sha256: String
    public var pageCount: Int
    public var producer: String?
    /// Department, year and kind, each with where it was read.
    public var facts: DocumentFacts
    public var tables: [Table]
    /// One record per amount the tables print.
    public var records: [BudgetRecord]
    /// Every sum the tables imply, checked.
    public var checks: [ArithmeticCheck]
    /// The indicators of the 绩效目标表, and the projects they are for.
    public var indicators: [PerformanceIndicator]
    public var projects: [ProjectHead]
    public var timings: StageTimings
    /// What the audit found: the prose against the tables, missing tables, years and names.
    public var findings: [AuditFinding] = []
}

/// Time spent in each stage of one conversion, for `--timings` and the benchmark.
public struct StageTimings: Sendable {
    /// Glyphs and their boxes from poppler.
    public var text: Duration = .zero
    /// Glyphs grouped into lines and words.
    public var lines: Duration = .zero
    /// The 36 dpi grey rendering, for ruling lines.
    public var render: Duration = .zero
    public var rulings: Duration = .zero
    /// Tables per page, then joined across pages.
    public var tables: Duration = .zero
    /// Numbers read, records, checks, indicators and document facts.
    public var records: Duration = .zero
    /// The JSON document encoded and written.
    public var json: Duration = .zero

    public init() {}

    /// Each stage with its name, in pipeline order.
    public var stages: [(String, Duration)] {
        [("text", text), ("lines", lines), ("render", render), ("rulings", rulings), ("tables", tables),
         ("records", records), ("json", json)]
    }

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.text = a.text + b.text
        sum.lines = a.lines + b.lines
        sum.render = a.render + b.render
        sum.rulings = a.rulings + b.rulings
        sum.tables = a.tables + b.tables
        sum.records = a.records + b.records
        sum.json = a.json + b.json
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

    /// How many threads read the pages of one document (each with its own
    /// poppler document: they are not thread-safe). 1 when many files are
    /// converted at once, since they keep the cores busy already.
    public var pageWorkers = 1

    public func convert(path: String) throws(PDFReadError) -> ExtractedDocument {
        let document = try PDFDocument(path: path)
        guard document.pageCount <= maximumPages else {
            throw PDFReadError(path: path, failure: .tooLarge(pages: document.pageCount, limit: maximumPages))
        }
        let pages = analyseAllPages(of: document)
        if !pages.contains(where: \.hasText) {
            throw PDFReadError(path: path, failure: .noTextLayer)
        }
        let clock = ContinuousClock()
        var timings = pages.map(\.timings).reduce(StageTimings(), +)
        var tables: [Table] = []
        timings.tables += clock.measure { tables = TableStitcher.stitch(pages.map(\.layout)) }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let sha256 = FileDigest.sha256(of: path) ?? ""
        var extracted: ExtractedDocument!
        timings.records += clock.measure {
            let readings = tables.map(TableReading.init)
            extracted = ExtractedDocument(
                fileName: fileName,
                sha256: sha256,
                pageCount: document.pageCount,
                producer: document.producer,
                facts: DocumentFacts.find(pageLines: pages.map(\.layout.lines), tables: tables, fileName: fileName),
                tables: tables,
                records: BudgetRecords.records(of: readings),
                checks: ArithmeticChecks.checks(of: readings),
                indicators: PerformanceGoals.indicators(of: tables),
                projects: PerformanceGoals.projects(of: tables),
                timings: StageTimings())
        }
        let prose = ProseText(pageLines: pages.map(\.prose))
        timings.records += clock.measure {
            extracted.findings = DocumentAudit.findings(in: AuditInput(facts: extracted.facts, prose: prose, tables: tables,
                                                                      records: extracted.records))
        }
        extracted.timings = timings
        return extracted
    }

    /// What the document keeps of a page once it has been read: its tables,
    /// not its glyphs (memory stays small on a document of many pages).
    private struct PageResult: Sendable {
        var layout: PageLayout
        var hasText: Bool
        var timings: StageTimings
        /// The lines printed outside the page's tables, for the audit.
        var prose: [String] = []
    }

    private func readPage(_ index: Int, of document: PDFDocument) -> PageResult {
        var timings = StageTimings()
        var analysis = analysePage(index, of: document, timings: &timings)
        analysis.layout.lines = DocumentFacts.linesWorthKeeping(analysis.layout.lines, page: index + 1)
        var result = PageResult(layout: analysis.layout, hasText: !analysis.text.glyphs.isEmpty, timings: timings)
        result.prose = ProseText.linesOutsideTables(glyphs: analysis.text.glyphs, tables: analysis.layout.tables)
        return result
    }

    /// Every page, in order, read by `pageWorkers` threads taking every n-th page.
    private func analyseAllPages(of document: PDFDocument) -> [PageResult] {
        let workers = min(pageWorkers, document.pageCount)
        guard workers > 1 else {
            return (0..<document.pageCount).map { readPage($0, of: document) }
        }
        let results = Mutex([PageResult?](repeating: nil, count: document.pageCount))
        let path = document.path
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let own = try? PDFDocument(path: path) else { return }
            for index in stride(from: worker, to: own.pageCount, by: workers) {
                let page = readPage(index, of: own)
                results.withLock { $0[index] = page }
            }
        }
        // A page no worker could read (its document failed to open again) is read here.
        var pages = results.withLock { $0 }
        for index in pages.indices where pages[index] == nil {
            pages[index] = readPage(index, of: document)
        }
        return pages.map { $0! }
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
        let page = document.page(index)
        timings.text += clock.measure { text = page.text() }
        var rulings: [Ruling] = []
        var lines: [TextLine] = []
        timings.lines += clock.measure { lines = TextLines.build(from: text.glyphs) }
        let mayHoldTable = PageTables.mayHoldTable(lines)
        if mayHoldTable {
            var image: GreyImage!
            timings.render += clock.measure { image = page.renderGrey(scale: rulingScale) }
            timings.rulings += clock.measure {
                rulings = RulingDetector().rulings(in: image, masking: text.glyphs.map(\.box))
                let printed = PrintedGlyphs.filter(text.glyphs, image: image, rulings: rulings)
                if printed.count < text.glyphs.count {
                    text.glyphs = printed
                    lines = TextLines.build(from: printed)
                }
            }
        }
        var layout: PageLayout!
        timings.tables += clock.measure {
            layout = PageTables.layout(on: text, lines: lines, rulings: rulings, mayHoldTable: mayHoldTable)
        }
        return PageAnalysis(text: text, rulings: rulings, layout: layout)
    }
}
