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
    /// Each table as read for its records and checks, its cells' numbers read once for the JSON too.
    var tableReadings: [TableReading]
    /// One record per amount the tables print.
    public var records: [BudgetRecord]
    /// Every sum the tables imply, checked.
    public var checks: [ArithmeticCheck]
    /// The indicators of the 绩效目标表, and the projects they are for.
    public var indicators: [PerformanceIndicator]
    public var projects: [ProjectHead]
    /// What was lost or repaired on the way: a damaged file, poppler's messages, glyphs without text.
    public var warnings: [String] = []
    /// Pages that could not be read, and why; the rest of the document was.
    public var skippedPages: [SkippedPage] = []
    public var timings: StageTimings
    /// Where each page's glyphs went, for pages with a table (docs/schema.md, "Pages").
    public var pageAccounts: [PageAccount] = []
    /// What the audit found: the prose against the tables, missing tables, years and names.
    public var findings: [AuditFinding] = []
}

/// A page left out of a conversion, with the reason.
public struct SkippedPage: Sendable, Equatable, Codable {
    /// 1-based.
    public var page: Int
    public var reason: String

    public init(page: Int, reason: String) {
        self.page = page
        self.reason = reason
    }

    /// `page 7: cannot be read (…)`.
    public var description: String { "page \(page): \(reason)" }
}

/// CPU time (user and system, of the thread doing the work) spent in each
/// stage of one conversion, for `--timings` and the benchmark.
public struct StageTimings: Sendable, Codable {
    /// The page's one interpretation by poppler: glyphs, their boxes and the painted paths.
    public var read: Duration = .zero
    /// Printed glyphs told apart from hidden ones, then grouped into lines and words.
    public var lines: Duration = .zero
    /// Ruling lines from the painted paths.
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
        [("read", read), ("lines", lines), ("rulings", rulings), ("tables", tables), ("records", records), ("json", json)]
    }

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.read = a.read + b.read
        sum.lines = a.lines + b.lines
        sum.rulings = a.rulings + b.rulings
        sum.tables = a.tables + b.tables
        sum.records = a.records + b.records
        sum.json = a.json + b.json
        return sum
    }
}

/// Converts one PDF: glyphs, ruling lines, tables per page, then tables joined across pages.
public struct Converter: Sendable {
    /// PDFs with more pages are refused rather than read.
    public var maximumPages = 5000

    public init() {}

    /// How many threads read the pages of one document (each with its own
    /// poppler document: they are not thread-safe). 1 when many files are
    /// converted at once, since they keep the cores busy already.
    public var pageWorkers = 1

    /// Told the number (1-based) of each page as its reading starts: a worker
    /// process reports it, so that a crash can be placed on its page.
    public var pageStarted: (@Sendable (Int) -> Void)?

    /// Reads the PDF at `path`; `fileName` is the name the document gives as
    /// its source (default: the path's last component); `sha256`, the file's
    /// digest when the caller has computed it already (the watcher has), so
    /// that it is not read a second time for it.
    public func convert(path: String, fileName: String? = nil, sha256 known: String? = nil) throws(PDFReadError) -> ExtractedDocument {
        let document = try PDFDocument(path: path)
        guard document.pageCount <= maximumPages else {
            throw PDFReadError(path: path, failure: .tooLarge(pages: document.pageCount, limit: maximumPages))
        }
        var (pages, damage) = analyseAllPages(of: document)
        // A page before one opening with a form without rules, untitled, is read again with the
        // form's columns: its last lines may be the form's opening (UnruledForms.opening), unless
        // it ends with a form without rules itself, which the next page's form goes on with, and
        // no title under it names a table to come (a form ending at its 总分 over the next form's
        // title and opening: 西安 卫健委 p. 30 under wkhtmltopdf). The
        // form is then read again with its opening, which prints in its columns too, and the
        // opening with the columns so read.
        var openings: [Int: [Double]] = [:]
        var openedBy: [Int: [TextLine]] = [:]
        for index in pages.indices.dropLast()
        where pages[index].skipped == nil && (pages[index].layout.endingForm == nil || pages[index].layout.footCaption != nil) {
            guard let form = pages[index + 1].layout.formOpening else { continue }
            let continuing = index > 0 ? pages[index - 1].layout.endingForm : nil
            var again = readPage(index, of: document, neighbours: PageNeighbours(continuingForm: continuing, openingForm: form,
                                                                             openedBy: openedBy[index] ?? []))
            guard let opening = again.layout.tables.last, opening.opensForm else { continue }
            var next = readPage(index + 1, of: document, neighbours: PageNeighbours(openedBy: opening.openingLines))
            if let columns = next.layout.formOpening, columns != form {
                let read = readPage(index, of: document, neighbours: PageNeighbours(continuingForm: continuing, openingForm: columns,
                                                                                    openedBy: openedBy[index] ?? []))
                if read.layout.tables.last?.opensForm == true {
                    again = read
                    next.timings = next.timings + pages[index + 1].timings
                    pages[index + 1] = next
                    openedBy[index + 1] = opening.openingLines
                }
            }
            openings[index] = pages[index + 1].layout.formOpening
            again.timings = again.timings + pages[index].timings
            pages[index] = again
        }
        // A page after one ending in a form without rules is read again with the form's
        // columns: it may go on with the form, printing no heading (UnruledForms).
        // So is a page after one ending in a body framed only on the outside, with the frame's columns:
        // it may print only the frame's side lines and the rows (PageTables.frameContinued).
        // So is a page after one ending in a table ruled between rows only, with its columns: it may
        // go on with it, printing no header (RowRuledGrids).
        for index in pages.indices.dropFirst() where pages[index].skipped == nil {
            let form = pages[index - 1].layout.endingForm, frame = pages[index - 1].layout.endingFrame
            let rows = pages[index - 1].layout.endingRows
            guard form != nil || frame != nil || rows != nil else { continue }
            var again = readPage(index, of: document, neighbours: PageNeighbours(continuingForm: form, continuingFrame: frame,
                                                                         continuingRows: rows, openingForm: openings[index],
                                                                         openedBy: openedBy[index] ?? []))
            if let first = again.layout.tables.first, first.continuesForm || first.continuesFrame || first.continuesRows {
                again.timings = again.timings + pages[index].timings
                pages[index] = again
            }
        }
        let skipped = pages.compactMap(\.skipped)
        if skipped.count == pages.count {
            throw PDFReadError(path: path, failure: .damaged("no page can be read"))
        }
        if !pages.contains(where: \.hasText) {
            throw PDFReadError(path: path, failure: .noTextLayer)
        }
        var timings = pages.map(\.timings).reduce(StageTimings(), +)
        var tables: [Table] = []
        timings.tables += ThreadCPUTime.measure { tables = TableStitcher.stitch(pages.map(\.layout)) }
        let fileName = fileName ?? URL(fileURLWithPath: path).lastPathComponent
        let sha256 = known ?? FileDigest.sha256(of: path) ?? ""
        let recordsStart = ThreadCPUTime.now
        let readings = tables.map(TableReading.init)
        var extracted = ExtractedDocument(
            fileName: fileName,
            sha256: sha256,
            pageCount: document.pageCount,
            producer: document.producer,
            facts: DocumentFacts.find(pageLines: pages.map(\.layout.lines), tables: tables, fileName: fileName),
            tables: tables,
            tableReadings: readings,
            records: BudgetRecords.records(of: readings),
            checks: ArithmeticChecks.checks(of: readings),
            indicators: PerformanceGoals.indicators(of: tables),
            projects: PerformanceGoals.projects(of: readings),
            timings: StageTimings())
        timings.records += ThreadCPUTime.now - recordsStart
        timings.records += ThreadCPUTime.measure {
            let prose = ProseText(pageLines: pages.map(\.prose))
            extracted.findings = DocumentAudit.findings(in: AuditInput(facts: extracted.facts, prose: prose, tables: tables,
                                                                      records: extracted.records))
        }
        extracted.timings = timings
        extracted.skippedPages = skipped
        extracted.warnings = Self.warnings(pages: pages, damage: damage) + tables.flatMap(\.warnings)
        // A page whose one-column grid was joined to a table as its overflow columns is accounted for with it.
        let joinedGrids = Set(tables.flatMap(\.joinedColumnGridPages))
        let accounts = pages.compactMap { page in
            page.layout.columnGridAccount.flatMap { joinedGrids.contains($0.page) ? $0 : nil } ?? page.layout.account
        }
        extracted.pageAccounts = PageAccount.withNotesJoinedAcrossTheGutter(of: tables, in: accounts)
        return extracted
    }

    /// What the document keeps of a page once it has been read: its tables,
    /// not its glyphs (memory stays small on a document of many pages).
    private struct PageResult: Sendable {
        var layout: PageLayout
        var hasText: Bool
        var unmappedGlyphs: Int
        var truncated: Bool
        /// All its text is invisible (render mode 3): a scan's OCR layer, not read.
        var invisibleOnly: Bool
        var skipped: SkippedPage?
        var timings: StageTimings
        /// The lines printed outside the page's tables, for the audit.
        var prose: [String] = []
    }

    /// Reads one page (0-based); `neighbours`, what the pages beside it say,
    /// when it is read again in their light (``PageNeighbours``).
    private func readPage(_ index: Int, of document: PDFDocument, neighbours: PageNeighbours = .none) -> PageResult {
        var timings = StageTimings()
        if neighbours.isNone { pageStarted?(index + 1) }
        switch analysePage(index, of: document, timings: &timings, neighbours: neighbours) {
        case .success(var analysis):
            // The page's share of the audit's and the facts' reading: the records stage.
            var prose: [String] = []
            timings.records += ThreadCPUTime.measure {
                prose = ProseText.linesOutsideTables(glyphs: analysis.text.glyphs, pageLines: analysis.layout.lines,
                                                     tables: analysis.layout.tables)
                analysis.layout.lines = DocumentFacts.linesWorthKeeping(analysis.layout.lines, page: index + 1)
            }
            let glyphs = analysis.content.glyphs
            return PageResult(layout: analysis.layout, hasText: analysis.content.hasText,
                              unmappedGlyphs: analysis.content.unmappedGlyphs, truncated: analysis.content.truncated,
                              invisibleOnly: !glyphs.isEmpty && glyphs.allSatisfy(\.isInvisible),
                              skipped: nil, timings: timings, prose: prose)
        case .failure(let failure):
            return PageResult(layout: PageLayout(tables: [], lines: []), hasText: false, unmappedGlyphs: 0, truncated: false,
                              invisibleOnly: false, skipped: SkippedPage(page: index + 1, reason: failure.explanation), timings: timings)
        }
    }

    /// `page 3` or `pages 3, 4`, from 0-based indices.
    private static func pageList(_ indices: [Int]) -> String {
        (indices.count == 1 ? "page " : "pages ") + indices.map { String($0 + 1) }.joined(separator: ", ")
    }

    /// The document's warnings: pages skipped, glyphs without text, pages cut
    /// short, then what poppler repaired or reported.
    private static func warnings(pages: [PageResult], damage: DocumentDamage) -> [String] {
        var warnings = pages.compactMap(\.skipped).map(\.description)
        let unmapped = pages.map(\.unmappedGlyphs).reduce(0, +)
        if unmapped > 0 {
            let on = pages.filter { $0.unmappedGlyphs > 0 }.count
            warnings.append("\(DocumentDamage.counted(unmapped)) glyphs on \(on) pages have no Unicode text and are left out")
        }
        let truncated = pages.indices.filter { pages[$0].truncated }
        if !truncated.isEmpty {
            warnings.append("more painted than is kept on \(pageList(truncated)): the rest is left out")
        }
        let invisible = pages.indices.filter { pages[$0].invisibleOnly }
        if !invisible.isEmpty {
            warnings.append("only invisible text on \(pageList(invisible)) (a scan's OCR layer?): not printed, not read")
        }
        return warnings + damage.warnings
    }

    /// Every page, in order, read by `pageWorkers` threads taking every n-th
    /// page, and what poppler said about the file on all of them.
    private func analyseAllPages(of document: PDFDocument) -> (pages: [PageResult], damage: DocumentDamage) {
        let workers = min(pageWorkers, document.pageCount)
        guard workers > 1 else {
            return ((0..<document.pageCount).map { readPage($0, of: document) }, document.damage)
        }
        let results = Mutex([PageResult?](repeating: nil, count: document.pageCount))
        let damage = Mutex(document.damage)
        let path = document.path
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let own = try? PDFDocument(path: path) else { return }
            for index in stride(from: worker, to: own.pageCount, by: workers) {
                let page = readPage(index, of: own)
                results.withLock { $0[index] = page }
            }
            let said = own.damage
            damage.withLock { $0.add(said) }
        }
        // A page no worker could read (its document failed to open again) is read here.
        var pages = results.withLock { $0 }
        for index in pages.indices where pages[index] == nil {
            pages[index] = readPage(index, of: document)
        }
        return (pages.compactMap { $0 }, damage.withLock { $0 })
    }
}

/// What the pipeline saw on one page: the input to `inspect` and to each later stage.
public struct PageAnalysis: Sendable {
    /// What the page's one interpretation gave: every glyph drawn and every path painted.
    public var content: PageContent
    /// The printed glyphs, upright.
    public var text: PageText
    public var rulings: [Ruling]
    public var layout: PageLayout
    public var tables: [PageTable] { layout.tables }
}

extension Converter {
    /// Reads one page (0-based) in one interpretation: its printed glyphs,
    /// ruling lines from its paths where the page can hold a table, then the tables.
    public func analysePage(_ index: Int, of document: PDFDocument,
                            timings: inout StageTimings,
                            neighbours: PageNeighbours = .none) -> Result<PageAnalysis, PageReadFailure> {
        var read: Result<PageContent, PageReadFailure> = .failure(.interpretationFailed)
        timings.read += ThreadCPUTime.measure { read = document.read(page: index) }
        let content: PageContent
        switch read {
        case .success(let read): content = read
        case .failure(let failure): return .failure(failure)
        }
        let fills = PaintedFills(content.paths)
        var text = PageText(number: content.number, width: content.width, height: content.height, glyphs: [])
        var lines: [TextLine] = []
        var coveredByImages = 0
        timings.lines += ThreadCPUTime.measure {
            (text.glyphs, coveredByImages) = PrintedGlyphs.filter(content, fills: fills)
            lines = TextLines.build(from: text.glyphs)
        }
        let notPrinted = content.glyphs.count - text.glyphs.count
        let mayHoldTable = PageTables.mayHoldTable(lines)
        var rulings: [Ruling] = []
        if mayHoldTable || PageTables.mayHoldColumn(lines) || PageTables.mayHoldTightCells(lines, paths: content.paths) {
            timings.rulings += ThreadCPUTime.measure { rulings = RulingDetector().rulings(in: content, fills: fills) }
        }
        var layout = PageLayout(tables: [], lines: [])
        timings.tables += ThreadCPUTime.measure {
            layout = PageTables.layout(on: text, lines: lines, rulings: rulings, mayHoldTable: mayHoldTable, notPrinted: notPrinted,
                                       coveredByImages: coveredByImages, neighbours: neighbours)
        }
        return .success(PageAnalysis(content: content, text: text, rulings: rulings, layout: layout))
    }
}
