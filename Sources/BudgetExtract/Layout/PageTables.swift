/// What one page contributes to the document's tables.
public struct PageLayout: Sendable {
    public var tables: [PageTable]
    /// A title printed at the foot of the page, below its last table: it
    /// belongs to a table that starts on the next page.
    var footCaption: Caption?
    /// The text of every line on the page, top to bottom: where the
    /// department and year are read from (the converter keeps only the
    /// lines ``DocumentFacts/linesWorthKeeping(_:page:)`` names).
    public var lines: [String]
    /// Where the page's glyphs went, for a page with a table or a block of
    /// amounts (docs/schema.md, "Pages").
    public var account: PageAccount?
    /// The lines of the running header the page prints at its top
    /// (``PageAccount/runningHeader(in:pageWidth:margin:)``), white space
    /// removed, top to bottom: a title read from them names the part of the
    /// book every page of it prints, not a table (``TableStitcher``).
    var runningHeader: [String] = []
    /// On a page that holds no table, the one ruled grid of a single column
    /// that prints something, with its caption: no table by itself, it may
    /// print the right-hand column of an earlier run of pages' table, a
    /// sheet too wide for its page printed "down, then over" (``OverflowColumns``).
    var columnGrid: PageTable?
    /// The page's account with `columnGrid` counted as a table: its account
    /// once the grid is joined to the table whose column it prints.
    var columnGridAccount: PageAccount?

    /// The column bounds of the page's last table when it is a form without
    /// rules (``UnruledForms``): the next page may go on with it, printing no heading.
    var endingForm: [Double]? {
        tables.last.flatMap { $0.unruledForm && !$0.opensForm ? $0.columnBounds : nil }
    }

    /// The column bounds of the page's last table when it is ruled between
    /// rows only (``RowRuledGrids``), each as the gap around it that no text
    /// of the page reaches (``PageTable/columnGaps``): the next page may go
    /// on with it, printing no header (``RowRuledGrids/grids(from:glyphs:taken:continuing:)``).
    var endingRows: [ClosedRange<Double>]? {
        tables.last.flatMap { $0.rowRuled ? $0.columnGaps ?? $0.columnBounds.map { $0...$0 } : nil }
    }

    /// The column bounds of the page's last table when it is ruled and its
    /// body is framed only on the outside, the frame open at the page's
    /// foot (``PageTable/frameOpenBelow``): the next page may go on with it,
    /// printing only the frame's two side lines.
    var endingFrame: [Double]? {
        tables.last.flatMap { $0.ruled && $0.frameOpenBelow ? $0.columnBounds : nil }
    }

    /// The column bounds of the page's first table when it is a form without
    /// rules opening the page untitled, no line above it: its opening (title,
    /// fields) may stand at the foot of the page before (``UnruledForms/opening(of:in:below:page:)``).
    var formOpening: [Double]?

    /// The title printed at the foot of the page, if any.
    public var footTitle: String? { footCaption?.title }
}

/// Finds the tables one page prints, from its glyphs and ruling lines.
/// What the pages beside a page say about its tables, when it is read again
/// in their light (``Converter``'s second reading): a table ending at the
/// foot of the page before may go on at its head, and a form may open at
/// its foot and go on at the next page's head. ``none`` for a page read on
/// its own.
public struct PageNeighbours: Sendable {
    /// The columns of a form without rules ending the page before (``PageLayout/endingForm``).
    public var continuingForm: [Double]?
    /// The columns of a body framed only on the outside ending the page before (``PageLayout/endingFrame``).
    public var continuingFrame: [Double]?
    /// The column gaps of a table ruled between rows only ending the page before (``PageLayout/endingRows``).
    public var continuingRows: [ClosedRange<Double>]?
    /// The columns of a form without rules opening the next page untitled (``PageLayout/formOpening``):
    /// its opening may stand at this page's foot.
    public var openingForm: [Double]?
    /// The lines of the opening, printed at the foot of the page before, of
    /// the form opening this page (``PageTable/openingLines``): the form's
    /// columns are read with them too.
    public var openedBy: [TextLine]

    public init(continuingForm: [Double]? = nil, continuingFrame: [Double]? = nil, continuingRows: [ClosedRange<Double>]? = nil,
                openingForm: [Double]? = nil, openedBy: [TextLine] = []) {
        self.continuingForm = continuingForm
        self.continuingFrame = continuingFrame
        self.continuingRows = continuingRows
        self.openingForm = openingForm
        self.openedBy = openedBy
    }

    /// A page read on its own.
    public static let none = PageNeighbours()

    /// Whether the page is read on its own.
    var isNone: Bool {
        continuingForm == nil && continuingFrame == nil && continuingRows == nil && openingForm == nil && openedBy.isEmpty
    }
}

public enum PageTables {
    private static let settings = TableSettings.standard

    /// The page's tables and any title at its foot, from its glyphs, their
    /// lines (`TextLines.build(from: page.glyphs)`) and the ruling lines.
    /// `mayHoldTable` (see ``mayHoldTable(_:)``) false skips the search for
    /// tables without rules; `notPrinted` glyphs were left out of `page` for
    /// leaving no ink (`coveredByImages` of them hidden under an image), and
    /// are counted in its account. `neighbours`, what the pages beside it say
    /// when it is read again (``PageNeighbours``).
    public static func layout(on page: PageText, lines: [TextLine], rulings: [Ruling], mayHoldTable: Bool = true,
                              notPrinted: Int = 0, coveredByImages: Int = 0,
                              neighbours: PageNeighbours = .none) -> PageLayout {
        var tables: [PageTable] = []
        // The last part of a unit wrapped in its cell above a grid (`元` under
        // `单位：万`) is the caption's, never a heading's, though it lies in the
        // grid's top row; a caption row inside the grid keeps its unit whole.
        let wrappedUnits = lines.compactMap { line in
            Caption.wrappedUnit(endingLine: line, among: lines).map { (line: line.box, tail: $0.rest) }
        }
        var columnGrids: [PageTable] = []
        for grid in RuledGridFinder.grids(from: rulings, glyphs: page.glyphs) {
            let tails = wrappedUnits.filter { !grid.box.contains(x: $0.line.midX, y: $0.line.midY) }.map(\.tail)
            let inside = page.glyphs.filter { glyph in
                grid.box.contains(x: glyph.box.midX, y: glyph.box.midY)
                    && !tails.contains { $0.contains(x: glyph.box.midX, y: glyph.box.midY) }
            }
            let table = RuledTableBuilder.table(from: grid, glyphs: inside, page: page.number)
            let overlapsAnother = tables.contains {
                $0.box.verticalOverlap(table.box) > 0 && $0.box.horizontalOverlap(table.box) > 0
            }
            if isTable(table) && !overlapsAnother {
                tables.append(withRowUnderGrid(table, lines: lines))
            } else if table.columnCount == 1 && printsSomething(table) {
                columnGrids.append(table)
            }
        }
        if let columns = neighbours.continuingFrame,
           let frame = frameContinued(columns: columns, rulings: rulings, glyphs: page.glyphs, taken: tables.map(\.box),
                                      page: page.number) {
            tables.append(frame)
        }
        if mayHoldTable {
            // Rules between rows only: the rows from the rules, the columns from the text's alignment.
            let outsideRuled = page.glyphs.filter { glyph in
                !tables.contains { $0.box.contains(x: glyph.box.midX, y: glyph.box.midY) }
            }
            for reading in RowRuledGrids.grids(from: rulings, glyphs: outsideRuled, taken: tables.map(\.box),
                                               continuing: neighbours.continuingRows) {
                let grid = reading.grid
                let inside = outsideRuled.filter { grid.box.contains(x: $0.box.midX, y: $0.box.midY) }
                var table = RuledTableBuilder.table(from: grid, glyphs: inside, page: page.number)
                // Its columns are the text's, as in a table without rules: so it is continued and named.
                table.ruled = false
                table.rowRuled = true
                table.continuesRows = reading.continues
                table.columnGaps = reading.gaps
                // A form in the columns of a form without rules goes on, and opens, as one does; so
                // does a form's continuation read in its columns: the page after it may go on with
                // the form where its rules make no table (its last rows, then the next form's title).
                table.unruledForm = reading.readAsForm || (reading.continues && neighbours.continuingForm != nil)
                let overlapsAnother = tables.contains {
                    $0.box.verticalOverlap(table.box) > 0 && $0.box.horizontalOverlap(table.box) > 0
                }
                if isTable(table) && !overlapsAnother { tables.append(table) }
            }
            let outsideGrids = page.glyphs.filter { glyph in
                !tables.contains { $0.box.contains(x: glyph.box.midX, y: glyph.box.midY) }
            }
            // Performance forms without rules: their indicator headings and the cells' alignment.
            let forms = UnruledForms.tables(in: outsideGrids, page: page.number, continuing: neighbours.continuingForm,
                                            above: tables.map(\.box.y0).min() ?? page.height, openedBy: neighbours.openedBy)
            tables += forms
            let outsideForms = outsideGrids.filter { glyph in !forms.contains { $0.box.contains(x: glyph.box.midX, y: glyph.box.midY) } }
            // The opening of a form whose indicator block opens the next page, read before the
            // tables from alignment when it opens with a field (``fieldedOpening(of:in:below:page:)``).
            let fielded = neighbours.openingForm.flatMap { columns in
                fieldedOpening(of: columns, in: outsideForms, below: tables.map(\.box.y1).max() ?? 0, page: page.number)
            }
            let unread = fielded.map { opening in
                outsideForms.filter { !opening.box.contains(x: $0.box.midX, y: $0.box.midY) }
            } ?? outsideForms
            tables += AlignedTableFinder.tables(in: unread, page: page.number)
            // The opening of a form whose indicator block opens the next page: the lines under the last table.
            if let fielded {
                tables.append(fielded)
            } else if let openingForm = neighbours.openingForm, let opening = UnruledForms.opening(of: openingForm, in: outsideForms.filter { glyph in
                !tables.contains { $0.box.contains(x: glyph.box.midX, y: glyph.box.midY) }
            }, below: tables.map(\.box.y1).max() ?? 0, page: page.number) {
                tables.append(opening)
            }
        } else if let continuing = neighbours.continuingForm {
            // A page of one-word lines after a form may print the rest of one of its cells, cut by the page break.
            let untaken = page.glyphs.filter { glyph in !tables.contains { $0.box.contains(x: glyph.box.midX, y: glyph.box.midY) } }
            tables += UnruledForms.tables(in: untaken, page: page.number, continuing: continuing, cutCellOnly: true)
        }
        tables.sort { $0.box.y0 < $1.box.y0 }
        let placed = tables.map(PageAccount.printedCharacters)
        // A notice that the page is left blank (`本頁空白`) is page furniture: no caption or note reads it.
        let captionable = lines.filter { !PrintedVocabulary.isBlankPageNotice($0.text) }
        var captionLines: Set<Rect> = []

        // Each table's caption lies between it and the nearest table above it.
        for index in tables.indices {
            let table = tables[index]
            let above = tables.filter { $0.box.y1 <= table.box.y0 + settings.tableAboveSlackPoints }.map(\.box.y1).max() ?? 0
            let caption = Caption.find(in: captionable, between: above, and: table.box.y0, within: table.box, pageWidth: page.width)
            tables[index].title = caption.title
            tables[index].notes = caption.notes
            tables[index].captionLines = caption.candidates
            captionLines.formUnion(caption.lines.map(\.box))
            tables[index].unit = caption.unit
            Caption.liftOutOfGrid(&tables[index])
            if tables[index].title == nil, let beside = Caption.titleBeside(table, among: tables, in: captionable, between: above,
                                                                              taken: captionLines, pageWidth: page.width) {
                tables[index].title = beside.map(Caption.titleText(of:)).joined().withoutWhitespace
                captionLines.formUnion(beside.map(\.box))
            }
            if tables[index].unit == nil,
               let beside = Caption.unitBeside(table, among: tables, in: captionable, between: above, taken: captionLines) {
                tables[index].unit = beside.unit
                captionLines.insert(beside.line)
            }
            tables[index].unit = tables[index].unit ?? Caption.unit(inHeader: tables[index].header)
                ?? Caption.unit(inFormFields: tables[index])
        }

        let lastTableBottom = tables.last?.box.y1 ?? 0
        let belowTables = captionable.filter { $0.box.y0 >= lastTableBottom && !isPageNumber($0.text) }
        let foot = Caption.find(in: belowTables, between: lastTableBottom, and: (belowTables.map(\.box.y1).max() ?? 0) + 1,
                                within: Rect(x0: 0, y0: 0, x1: page.width, y1: page.height), pageWidth: page.width)
        if foot.title != nil { captionLines.formUnion(foot.lines.map(\.box)) }
        for index in tables.indices {
            let candidates = Caption.linesUnder(tables[index], among: tables, in: captionable, taken: captionLines, pageHeight: page.height)
            let under = Caption.notes(in: candidates, under: tables[index].box.y1)
            tables[index].notes += under.map(\.text)
            tables[index].linesUnder = candidates
            tables[index].notesUnderCount = under.count
            captionLines.formUnion(under.map(\.box))
        }
        let account = PageAccount.of(page: page, lines: lines, tables: tables, placed: placed, captionLines: captionLines,
                                     notPrinted: notPrinted, coveredByImages: coveredByImages)
        // Measured from the page's first line, not its edge: a page set lower
        // on a larger sheet (centred unscaled by a reprint) has the same header.
        let top = lines.first?.box.y0 ?? 0
        let header = PageAccount.runningHeader(in: lines, pageWidth: page.width, margin: top + page.height * settings.furnitureMarginFraction)
        var layout = PageLayout(tables: tables, footCaption: foot.title == nil ? nil : foot, lines: lines.map(\.text),
                                account: account, runningHeader: lines.filter { header.contains($0.box) }.map(\.text.withoutWhitespace))
        if let first = tables.first, first.unruledForm, !first.continuesForm, !first.continuesRows, first.title == nil,
           !lines.contains(where: { $0.box.y1 <= first.box.y0 && !isPageNumber($0.text) && !header.contains($0.box) }) {
            layout.formOpening = first.columnBounds
        }
        if tables.isEmpty, columnGrids.count == 1, var grid = columnGrids.first {
            let placed = PageAccount.printedCharacters(in: grid)
            let caption = Caption.find(in: captionable, between: 0, and: grid.box.y0, within: grid.box, pageWidth: page.width)
            grid.title = caption.title
            grid.notes = caption.notes
            grid.captionLines = caption.candidates
            grid.unit = caption.unit
            Caption.liftOutOfGrid(&grid)
            grid.unit = grid.unit ?? Caption.unit(inHeader: grid.header)
            layout.columnGrid = grid
            layout.columnGridAccount = PageAccount.of(page: page, lines: lines, tables: [grid], placed: [placed],
                                                      captionLines: Set(caption.lines.map(\.box)), notPrinted: notPrinted,
                                                      coveredByImages: coveredByImages)
        }
        return layout
    }

    /// The opening of a form whose indicator block opens the next page
    /// (``UnruledForms/opening(of:in:below:page:)``, in the next page's form
    /// `columns`), looked for under the page's grids and forms before any
    /// table is read from alignment, when its first row opens with a form's
    /// field (`项目名称 | …`): its funds lines (`年度资金总额 | 461 | 461.00 |
    /// …`) align as a table of amounts would, and read as one first they
    /// left the opening only the goal lines under them, which no caption
    /// heads, so the form lost its fields and funds and the next page's
    /// block was read in its own columns (`Samples/form-opening-with-funds.pdf`).
    /// Lines that open with no field (a table of amounts at the page's
    /// foot) are left to alignment, as before.
    static func fieldedOpening(of columns: [Double], in glyphs: [Glyph], below limit: Double, page: Int) -> PageTable? {
        guard let opening = UnruledForms.opening(of: columns, in: glyphs, below: limit, page: page),
              let first = opening.rows.first, HeaderSplitter.opensWithFormField(first) else { return nil }
        return opening
    }

    /// The table with the line printed right under its bottom rule as its
    /// last row, when that line is one laid out in the table's columns: a
    /// memo row the producer left unruled (信託代理與保證資產(負債)預計期末金額 under
    /// 負債及基金餘額合計, and its amounts on the facing page). The line starts
    /// within ``TableSettings/rowUnderGridGapEm`` of the rule and stands
    /// alone (the next line ``TableSettings/rowUnderGridAloneEm`` lower or
    /// more), each of its words lies within one column, amounts in
    /// ``TableSettings/rowUnderGridAmountColumnsCount`` columns or more, and
    /// it is no sentence and no note.
    static func withRowUnderGrid(_ table: PageTable, lines: [TextLine]) -> PageTable {
        guard table.ruled, let left = table.columnBounds.first, let right = table.columnBounds.last else { return table }
        let slack = settings.touchingSlackPoints
        let below = lines.filter { $0.box.y0 >= table.box.y1 - slack && $0.box.horizontalOverlap(table.box) > 0 }
            .sorted { $0.box.y0 < $1.box.y0 }
        guard let line = below.first, line.box.y0 - table.box.y1 < line.box.height * settings.rowUnderGridGapEm,
              line.box.x0 >= left - slack, line.box.x1 <= right + slack,
              below.dropFirst().first.map({ $0.box.y0 - line.box.y1 > line.box.height * settings.rowUnderGridAloneEm }) ?? true,
              !PrintedVocabulary.hasSentencePunctuation(outsideAmounts: line.words.map(\.text)), !Caption.isNote(line.text)
        else { return table }
        func column(at x: Double) -> Int? {
            table.columnBounds.lastIndex { $0 <= x }.map { min($0, table.columnCount - 1) }
        }
        var glyphs = [[Glyph]](repeating: [], count: table.columnCount)
        var amountColumns: Set<Int> = []
        for word in line.words {
            guard let column = column(at: word.box.x0 + slack), word.box.x1 - slack < table.columnBounds[column + 1]
            else { return table }
            glyphs[column] += word.glyphs
            if PrintedVocabulary.isAmount(word.text) { amountColumns.insert(column) }
        }
        guard amountColumns.count >= settings.rowUnderGridAmountColumnsCount else { return table }
        var extended = table
        extended.rows.append(glyphs.map { cell in
            Rect.enclosing(cell.map(\.box)).map { PrintedCell(text: TextLines.text(of: cell), box: $0, firstGlyph: PrintedCell.firstGlyph(of: cell)) }
        })
        extended.rowBounds.append(line.box.y1)
        extended.box = table.box.union(line.box)
        return extended
    }

    /// The rest of a table whose body is framed only on the outside (a word
    /// processor's outer border) on the page after the one it starts on,
    /// its header not repeated: the page prints only the frame's two side
    /// lines, standing on the outer edges of `columns` (the table's column
    /// bounds on the page before, within the continuation tolerance), and
    /// the rows between them, maybe closed by the frame's bottom rule. The
    /// rows are read as the body under the ruled header was: one cell
    /// framed on the outside, its lines rows and its words in the columns
    /// the header ruled (``RuledTableBuilder``), every row body. Before, the
    /// page was read from alignment alone: a column no row of it fills was
    /// missing, a dash set apart in its cell made a column of its own, a
    /// label wrapped over two lines lost its first. Nil when the page prints
    /// no such pair of side lines free of the page's other tables (`taken`),
    /// or nothing between them.
    static func frameContinued(columns: [Double], rulings: [Ruling], glyphs: [Glyph], taken: [Rect], page: Int) -> PageTable? {
        guard let left = columns.first, let right = columns.last, columns.count >= 3 else { return nil }
        let tolerance = max(settings.continuationTolerancePoints, (right - left) * settings.continuationToleranceFraction)
        let verticals = rulings.filter { $0.orientation == .vertical }
        func side(at x: Double) -> Ruling? {
            verticals.filter { abs($0.position - x) <= tolerance }.max { $0.end - $0.start < $1.end - $1.start }
        }
        guard let leftSide = side(at: left), let rightSide = side(at: right) else { return nil }
        let top = max(leftSide.start, rightSide.start), bottom = min(leftSide.end, rightSide.end)
        guard bottom - top > settings.minimumCellPoints else { return nil }
        let box = Rect(x0: leftSide.position, y0: top, x1: rightSide.position, y1: bottom)
        guard !taken.contains(where: { $0.verticalOverlap(box) > 0 && $0.horizontalOverlap(box) > 0 }) else { return nil }
        // No rule runs inside the frame: a page of its own grid is read as that.
        let slack = settings.ruleTolerancePoints
        let inner = Rect(x0: box.x0 + slack, y0: box.y0 + slack, x1: box.x1 - slack, y1: box.y1 - slack)
        guard !rulings.contains(where: { $0.crosses(inner) }) else { return nil }
        let inside = glyphs.filter { box.contains(x: $0.box.midX, y: $0.box.midY) }
        guard !inside.isEmpty else { return nil }
        let closedBelow = rulings.contains { rule in
            rule.orientation == .horizontal && abs(rule.position - bottom) <= slack
                && rule.start <= box.x0 + slack && rule.end >= box.x1 - slack
        }
        let count = columns.count - 1
        let bounds = [box.x0] + columns.dropFirst().dropLast() + [box.x1]
        let grid = RuledGrid(columns: bounds, rows: [top, bottom],
                             horizontalEdges: [Array(repeating: false, count: count), Array(repeating: closedBelow, count: count)],
                             verticalEdges: [[true] + Array(repeating: false, count: count - 1) + [true]])
        var table = RuledTableBuilder.table(from: grid, glyphs: inside, page: page)
        guard isTable(table) else { return nil }
        // The rows go on with the body: the page repeats no header.
        table.rows = table.header + table.rows
        table.header = []
        table.continuesFrame = true
        return table
    }

    /// `12`, `- 12 -`, `第 3 页`, `3/20`, `Page 3`, `１２` (full width), `1-10`
    /// (chapter and page), `页(29)` or `（29）` (in brackets, after 页 or
    /// alone): a page number, not a title.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= settings.maximumPageNumberBytesCount,
              text.unicodeScalars.contains(where: { ("0"..."9").contains($0) || ("０"..."９").contains($0) })
        else { return false }
        var text = text.withoutWhitespace
        if text.lowercased().hasPrefix("page") { text.removeFirst(4) }
        let afterPageWord = text.hasPrefix("页") ? text.dropFirst() : Substring(text)
        if let open = afterPageWord.first, let close = afterPageWord.last, afterPageWord.count > 2,
           ["(": ")", "（": "）"][open] == close {
            text = String(afterPageWord.dropFirst().dropLast())
        }
        let core = text.drop { "-—第".contains($0) }.reversed().drop { "-—页".contains($0) }
        let parts = String(core.reversed()).split(omittingEmptySubsequences: false) { "/-".contains($0) }
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isNumber && ($0.isASCII || ("０"..."９").contains($0)) }
        }
    }

    /// A grid may be a table when it has two columns or more and prints
    /// something: a box drawn around a paragraph is not. (Whether it has a
    /// body is decided once continued tables are joined: a page may hold
    /// only the rest of the table before it.)
    static func isTable(_ table: PageTable) -> Bool {
        table.columnCount >= 2 && printsSomething(table)
    }

    private static func printsSomething(_ table: PageTable) -> Bool {
        (table.header + table.rows).contains { row in row.contains { $0 != nil } }
    }

    /// Whether a page can hold a table at all: one of its lines at least
    /// breaks into several pieces. Pages of running prose cannot, and are not rendered.
    public static func mayHoldTable(_ lines: [TextLine]) -> Bool {
        lines.contains { $0.words.count >= 2 }
    }

    /// Whether a page that cannot hold a table may hold a ruled grid of one
    /// column (``PageLayout/columnGrid``): a line of it prints one amount
    /// alone, no page number. Its rules are read then.
    public static func mayHoldColumn(_ lines: [TextLine]) -> Bool {
        lines.contains { $0.words.count == 1 && PrintedVocabulary.isAmount($0.text) && !isPageNumber($0.text) }
    }

    /// Whether a page that cannot hold a table by its lines may hold a ruled
    /// one of tight cells: a vertical rule (a thin filled shape or a stroked
    /// segment, as ``RulingDetector`` takes one) or the side of a filled cell
    /// (cells filled with white gaps between them, no rule) runs through a
    /// line between two of its glyphs. Cells closer than a word gap (a code
    /// right-aligned in its cell against a name left-aligned in the next:
    /// `31002│办公设备购置`) print each row as one piece, and a page of such
    /// rows with no amount (a table's codes and names going on with blank
    /// amounts) was never looked at for rules. Its rules are read then.
    public static func mayHoldTightCells(_ lines: [TextLine], paths: [PaintedPath],
                                         detector: RulingDetector = RulingDetector()) -> Bool {
        let rules = detector.verticalLineShapes(in: paths)
        guard !rules.isEmpty else { return false }
        return lines.contains { line in
            let glyphs = line.glyphs
            return rules.contains { rule in
                rule.y0 <= line.box.midY && line.box.midY <= rule.y1 && line.box.x0 < rule.x && rule.x < line.box.x1
                    && zip(glyphs, glyphs.dropFirst()).contains { $0.box.x1 <= rule.x && rule.x <= $1.box.x0 }
            }
        }
    }
}

/// The title and unit printed above a table.
struct Caption {
    private static let settings = TableSettings.standard
    /// `PrintedVocabulary.dateWords` as scalars, looked for in text of plain scalars without breaking it into characters.
    private static let dateWordScalars = Array(PrintedVocabulary.dateWords.flatMap(\.unicodeScalars))
    var title: String?
    var unit: String?
    /// The other lines between the title and the table (department, project
    /// name, dates), as printed.
    var notes: [String] = []
    /// The lines read as title, unit and notes.
    var lines: [TextLine] = []
    /// Every line the caption was looked for in.
    var candidates: [TextLine] = []

    /// Reads the lines between `top` and the table's top edge (at most
    /// ``TableSettings/captionReachPoints`` above it): the unit from `单位：万元`; the title from the nearest block
    /// of lines (a title may wrap) that names a 表 or is centred, and is not a
    /// unit, department, note, table-number or prose line.
    /// Notes are the other lines below the title, and a table number anywhere.
    static func find(in lines: [TextLine], between top: Double, and bottom: Double, within table: Rect,
                     pageWidth: Double) -> Caption {
        let candidates = lines.filter {
            $0.box.midY > top && $0.box.midY < bottom && $0.box.midY > bottom - settings.captionReachPoints
                && $0.box.horizontalOverlap(table) > 0
        }
        var caption = Caption(candidates: candidates)
        // Each line's text without white space, and the unit it names, read once.
        let compactTexts = candidates.map(\.text.withoutWhitespace)
        // A unit wrapped in its cell (`单位：万` over `元`) is read whole; its
        // last part is no bare unit of its own.
        let wrapped = candidates.map { wrappedUnit(endingLine: $0, among: lines) }
        let continuations = Set(wrapped.compactMap { $0?.rest })
        let units = zip(candidates, zip(compactTexts, wrapped)).map { line, read in
            let (text, wrapped) = read
            return unit(in: text) ?? wrapped?.unit
                ?? (line.words.contains { continuations.contains($0.box) } ? nil : bareUnit(endingLine: line, over: table))
        }
        caption.unit = units.lazy.compactMap { $0 }.last
        // A line that prints the unit as a caption of its own at its right
        // end offers the words before it as a title line (the title and the
        // unit on one baseline); a line without a unit offers itself.
        let titleParts = zip(candidates, units).map { line, unit in
            unit == nil ? line : wordsBeforeUnit(in: line, over: table)
        }
        let titles = blocks(of: titleParts.compactMap { $0 }.filter(mayBeTitle)).filter { block in
            readsAsTitle(block, pageWidth: pageWidth) { box in
                abs(box.midX - table.midX) < table.width * settings.centredOnTableFraction
                    || abs(box.midX - pageWidth / 2) < pageWidth * settings.centredOnPageFraction
            }
        }
        // The nearest block that names a table (`…表`) beats a nearer centred
        // one that names none: headings the table was found without (`收入
        // 支出` over its columns) are no title.
        let title = titles.last { $0.map(\.text).joined().includes("表") } ?? titles.last
        caption.title = title.map { $0.map(titleText(of:)).joined().withoutWhitespace }
        let titleBottom = title.flatMap { $0.last?.box.y1 } ?? top
        // Notes: the lines below the title, and a table number printed apart
        // from it wherever it stands (`表01` or `公开表10` in a corner above).
        let noteLines = zip(candidates, zip(compactTexts, titleParts)).filter { line, read in
            let (text, part) = read
            return !(title ?? []).contains(line) && !(part.map { (title ?? []).contains($0) } ?? false)
                && (line.box.midY > titleBottom || isTableNumber(text))
        }.map(\.0)
        caption.notes = noteLines.map(\.text)
        let unitLine = units.lastIndex { $0 != nil }.map { candidates[$0] }
        caption.lines = (title ?? []) + noteLines + (unitLine.map { [$0] } ?? [])
        return caption
    }

    /// The words of a caption line before the unit caption it ends in,
    /// when that caption prints in words of its own right of the table's
    /// middle and the words before it name no unit: a spreadsheet's title
    /// row with the unit in its last cell (`2026年度支出预算总表 … 单位：万元`
    /// on one baseline) prints a title and a unit
    /// (`Samples/unit-on-title-line.pdf`). Nil when no such words stand
    /// before the unit, or they are a table number (`表二（之一） … 单位：万元`).
    static func wordsBeforeUnit(in line: TextLine, over table: Rect) -> TextLine? {
        let words = line.words
        for start in words.indices.dropFirst().reversed() where words[start].box.x0 > table.midX {
            let unitText = words[start...].map(\.text).joined().withoutWhitespace
            guard unit(in: unitText) != nil else { continue }
            let before = TextLine(words: Array(words[..<start]))
            let text = before.text.withoutWhitespace
            // A table number qualified in brackets (`表二（之一）`) is no title.
            return unit(in: text) == nil && !isTableNumber(String(withoutTrailingQualifiers(text))) ? before : nil
        }
        return nil
    }

    /// A caption line that may be (part of) a title: no table number, no
    /// department or note line unless it names a table, no date line.
    static func mayBeTitle(_ line: TextLine) -> Bool {
        let text = line.text.withoutWhitespace
        return !isTableNumber(text) && (!isCaptionPrefix(text) || namesTable(text)) && !isDateLine(text)
    }

    /// Whether a block of caption lines reads as a title: at least
    /// ``TableSettings/minimumTitleCharactersCount`` characters, no
    /// sentence, list item, line ending in a colon or part heading, and
    /// naming a 表, or `centred` (given the block's box), no wider than
    /// ``TableSettings/maximumTitleWidthFraction`` of the page and each line
    /// one word but a page number: words set apart on one line
    /// (`收入      支出`) are headings over columns, a row of the table's
    /// header left above the rows it was found from.
    static func readsAsTitle(_ block: [TextLine], pageWidth: Double, centred: (Rect) -> Bool) -> Bool {
        let text = block.map(\.text).joined().withoutWhitespace
        guard let box = Rect.enclosing(block.map(\.box)) else { return false }
        let wordsApart = block.contains { line in line.words.count { !PageTables.isPageNumber($0.text) } > 1 }
        // A comma is looked for only where the bytes print one: no character of the others is hashed.
        let prose = PrintedVocabulary.hasSentencePunctuation(text)
            || (text.utf8.contains(UInt8(ascii: ",")) && text.contains { $0 == "," })
            || text.last.map(PrintedVocabulary.colons.contains) == true
            || (ItemMarker.startsItem(text) && !(text.first?.isASCII ?? true))
        return text.count >= settings.minimumTitleCharactersCount && !prose && !isPartHeading(text)
            && (text.includes("表") || (centred(box) && box.width <= pageWidth * settings.maximumTitleWidthFraction && !wordsApart))
    }

    /// The caption lines printed right of `table`, clear of it, above its
    /// top edge and below `top` (the nearest table above), within
    /// ``TableSettings/captionReachPoints`` of it, that no other caption
    /// read (`taken`), top to bottom: where a page centres its title and
    /// sets its unit flush with its right margin over a table narrower than
    /// the page (a web page's table as wide as its columns, left-aligned; a
    /// word processor's table centred in the text width).
    private static func linesBeside(_ table: PageTable, in lines: [TextLine], between top: Double,
                                    taken: Set<Rect>) -> [TextLine] {
        lines.filter { line in
            line.box.midY > top && line.box.midY < table.box.y0 && line.box.midY > table.box.y0 - settings.captionReachPoints
                && line.box.x0 >= table.box.x1 && !taken.contains(line.box)
        }
    }

    /// Whether another table than `table` stands under `box` beside it:
    /// then a caption printed there is that table's.
    private static func standsOverAnother(_ box: Rect, besides table: PageTable, among tables: [PageTable]) -> Bool {
        tables.contains { other in
            other.box != table.box && other.box.horizontalOverlap(box) > 0
                && other.box.y0 >= box.y1 - settings.touchingSlackPoints && other.box.y0 < table.box.y1
        }
    }

    /// The title printed right of `table`, clear of it (``linesBeside(_:in:between:taken:)``),
    /// centred on the page: the nearest block of lines that reads as a
    /// title (``readsAsTitle(_:pageWidth:centred:)``), the words before a
    /// unit caption on its line (``wordsBeforeUnit(in:over:)``), under which no
    /// other table stands. Returns its lines
    /// (`Samples/title-beside-narrow-table.pdf`).
    static func titleBeside(_ table: PageTable, among tables: [PageTable], in lines: [TextLine], between top: Double,
                            taken: Set<Rect>, pageWidth: Double) -> [TextLine]? {
        let onPageMiddle = { (box: Rect) in abs(box.midX - pageWidth / 2) < pageWidth * settings.centredOnPageFraction }
        let parts = linesBeside(table, in: lines, between: top, taken: taken).compactMap { line in
            unit(in: line.text.withoutWhitespace) == nil ? line : wordsBeforeUnit(in: line, over: table.box)
        }
        guard let block = blocks(of: parts.filter(mayBeTitle)).last(where: { block in
            Rect.enclosing(block.map(\.box)).map(onPageMiddle) == true && readsAsTitle(block, pageWidth: pageWidth, centred: onPageMiddle)
        }), let box = Rect.enclosing(block.map(\.box)), !standsOverAnother(box, besides: table, among: tables)
        else { return nil }
        return block
    }

    /// The unit caption (`单位：元`) printed right of `table`, above its top
    /// edge and below `top` (the nearest table above), within
    /// ``TableSettings/captionReachPoints`` of it, clear of it horizontally:
    /// a unit line set flush with the page's right margin over a table
    /// narrower than the page (a web page's table as wide as its columns, a
    /// word processor's table centred in the text width). The lowest such
    /// line names the unit (`单位：` and a unit), no other caption read it (`taken`), and no
    /// other table stands under it beside this one (there the line is that
    /// table's caption). Returns the unit and the line's box
    /// (`Samples/unit-beside-narrow-table.pdf`).
    static func unitBeside(_ table: PageTable, among tables: [PageTable], in lines: [TextLine], between top: Double,
                           taken: Set<Rect>) -> (unit: String, line: Rect)? {
        guard let line = linesBeside(table, in: lines, between: top, taken: taken).max(by: { $0.box.y1 < $1.box.y1 }),
              let unit = unit(in: line.text.withoutWhitespace), !standsOverAnother(line.box, besides: table, among: tables)
        else { return nil }
        return (unit, line.box)
    }

    /// The unit a caption line prints bare as its last word, right of the
    /// table's middle, without `单位：` (`507-湖州市卫生健康委员会 … 万元`).
    static func bareUnit(endingLine line: TextLine, over table: Rect) -> String? {
        guard let last = line.words.last, last.box.midX > table.midX else { return nil }
        return MoneyUnit(word: last.text)?.name
    }

    /// The unit of a caption line whose unit wraps in its cell (`单位：万`
    /// over `元`): its text read on with the word printed right under its
    /// last word, within ``TableSettings/wrappedUnitGapEm`` of the line,
    /// which may lie in the grid's top row (a spreadsheet's cell overflows).
    /// Returns the unit and the box of the word that ends it.
    static func wrappedUnit(endingLine line: TextLine, among lines: [TextLine]) -> (unit: String, rest: Rect)? {
        guard MoneyUnit.isCutCaption(line.text), let last = line.words.last else { return nil }
        let reach = line.box.height * settings.wrappedUnitGapEm
        let under = lines.lazy.flatMap(\.words).filter { word in
            word.box.y0 > line.box.midY && word.box.y0 - line.box.y1 < reach && word.box.horizontalOverlap(last.box) > 0
        }.min { $0.box.y0 < $1.box.y0 }
        guard let under, let unit = unit(in: line.text.withoutWhitespace + under.text.withoutWhitespace) else { return nil }
        return (unit, under.box)
    }

    /// A title line's text without a page number printed apart from it on
    /// the same line (北京's `１０` stands in the margin left of the title):
    /// the title stays the same on every page of the table.
    static func titleText(of line: TextLine) -> String {
        var words = line.words
        let apart = line.box.height * settings.titleMarginGapEm
        while words.count > 1, PageTables.isPageNumber(words[0].text), words[1].box.x0 - words[0].box.x1 > apart {
            words.removeFirst()
        }
        while let last = words.last, words.count > 1, PageTables.isPageNumber(last.text),
              last.box.x0 - words[words.count - 2].box.x1 > apart {
            words.removeLast()
        }
        return words.map(\.text).joined(separator: " ")
    }

    /// Lines grouped where one follows the other closely in the same size: a wrapped title.
    static func blocks(of lines: [TextLine]) -> [[TextLine]] {
        var blocks: [[TextLine]] = []
        for line in lines {
            if let last = blocks.last?.last,
               abs(last.box.height - line.box.height) < settings.titleLineHeightDifferenceFraction * last.box.height,
               line.box.y0 - last.box.y1 < settings.titleLineGapEm * last.box.height {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        return blocks
    }

    /// A table's number printed apart from its title: `公开表一`, `部门公开表 1`, `附表3`, `表十二`,
    /// `表14-1` (the first table of section 14), or the number before `表`
    /// after a prefix (`公开01表`, `预算 3 表`), as the text without white space prints it.
    static func isTableNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        var prefixed = false
        for prefix in PrintedVocabulary.tableNumberPrefixes where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            prefixed = true
        }
        func isNumber(_ part: Substring) -> Bool {
            !part.isEmpty && part.allSatisfy { ($0.isASCII && $0.isNumber) || ItemMarker.chineseNumerals.contains($0) }
        }
        if prefixed, rest.last == "表", isNumber(rest.dropLast()) { return true }
        guard rest.first == "表" else { return false }
        let parts = rest.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy(isNumber)
    }

    /// A line that names a table (`部门专项业务经费绩效目标表`), maybe
    /// qualified in brackets after `表`
    /// (`部门综合预算一般公共预算支出明细表（按支出功能分类科目）`,
    /// `…预算表（不含上年结转）`), without the colon of a department or note
    /// line (`部门：…`, `说明：本表…`): a title even where it starts as those
    /// lines do (`Samples/qualified-titles.pdf`).
    static func namesTable(_ text: String) -> Bool {
        !text.contains(where: PrintedVocabulary.colons.contains) && withoutTrailingQualifiers(text).hasSuffix("表")
    }

    /// `text` without the bracketed qualifiers it ends in: `明细表（按功能科目分）` -> `明细表`.
    private static func withoutTrailingQualifiers(_ text: String) -> Substring {
        var rest = Substring(text)
        while let closing = rest.last, let opening = PrintedVocabulary.closingBrackets[closing],
              let start = rest.lastIndex(of: opening) {
            rest = rest[..<start]
        }
        return rest
    }

    /// `中華民國 115 年度`, `2025年12月31日`, `1月1日至6月30日止`: a line
    /// that dates the table (a subtitle, kept in the notes), never its title.
    static func isDateLine(_ text: String) -> Bool {
        let text = text.withoutWhitespace
        // Text of plain scalars (each a character of its own) without 年, 月 or 日 is no date line.
        let plain = text.isPlainText
        guard !plain || text.unicodeScalars.contains(where: { dateWordScalars.contains($0) }) else { return false }
        var rest = Substring(text)
        if let era = PrintedVocabulary.eraPrefixes.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(era.count) }
        return rest.contains { PrintedVocabulary.dateWords.contains($0) }
            && rest.allSatisfy { ($0.isASCII && $0.isNumber) || ("０"..."９").contains($0) || PrintedVocabulary.dateCharacters.contains($0) }
    }

    /// `第一部分`, `第二部分 部门预算表`, `第3篇`: a heading of the document's
    /// outline, alone or before the part's name (a cover page prints it
    /// above nothing else): it names a part of the book, never a table
    /// (`Samples/part-heading.pdf`).
    static func isPartHeading(_ text: String) -> Bool {
        let text = text.withoutWhitespace
        guard text.first == "第" else { return false }
        let afterOrdinal = text.dropFirst().drop { ($0.isASCII && $0.isNumber) || ItemMarker.chineseNumerals.contains($0) }
        return afterOrdinal.count < text.count - 1 && outlineParts.contains { afterOrdinal.hasPrefix($0) }
    }
    /// What an ordinal of the document's outline counts: `第一部分`, `第二篇`, `第三章`.
    private static let outlineParts = ["部分", "篇", "章"]

    /// Lines that caption a table or annotate it: department, unit, notes.
    static func isCaptionPrefix(_ text: String) -> Bool {
        let text = text.withoutWhitespace
        return PrintedVocabulary.captionPrefixes.contains { text.hasPrefix($0) }
    }

    /// A spreadsheet ruled all over prints its title, unit line and notes
    /// inside the grid: the title and unit are lifted out of the header's
    /// first rows, notes (`注：…`) out of the body's last rows, into `title`,
    /// `unit` and `notes`. A caption row is a row of one cell (the title, a
    /// unit, department or note line, a table number), or a caption line the
    /// grid cuts into cells (`预算单位：长春市信访局 | 单位：万元`: each cell a
    /// unit, a department or note line with its colon, a table number or a
    /// date); blank rows between caption rows go with them. The title the
    /// grid prints in its own first row names this table, where a line above
    /// the grid may name a part of the document (`第二部分 2026年度部门预算表`,
    /// `1.项目支出绩效目标表`): that line is kept as a note. A period line
    /// in a row of its own under a title (`（2023年度）`, `中華民國115年度`)
    /// is caption too, also where it opens the body (a form's fields start
    /// right under it). A note in a row of its own below the body's last
    /// row of amounts (`注：本部门无…故本表为空表。` between an empty table's
    /// `合计` and its blank rows) is lifted wherever it stands there.
    static func liftOutOfGrid(_ table: inout PageTable) {
        func soleText(_ row: PrintedRow) -> String? {
            let cells = row.compactMap { $0 }
            return cells.count == 1 ? cells[0].text : nil
        }
        var titleLifted = false
        while let index = table.header.firstIndex(where: { row in row.contains { $0 != nil } }) {
            let texts = table.header[index].compactMap { $0?.text }
            if let text = soleText(table.header[index]) {
                let compact = text.withoutWhitespace
                if let unit = unit(in: compact) {
                    table.unit = table.unit ?? unit
                    table.notes.append(text)
                } else if !titleLifted, compact.contains("表"), !isTableNumber(compact), !isCaptionPrefix(compact) || namesTable(compact) {
                    if let above = table.title { table.notes.insert(above, at: 0) }
                    table.title = compact
                    titleLifted = true
                } else if isCaptionPrefix(compact) || isTableNumber(compact) || (table.title != nil && isPeriodLine(compact)) {
                    table.notes.append(text)
                } else {
                    break
                }
            } else if texts.allSatisfy(isCaptionCell) {
                table.unit = table.unit ?? texts.lazy.compactMap { unit(in: $0.withoutWhitespace) }.first
                table.notes += texts
            } else {
                break
            }
            for _ in 0...index { removeRow(at: 0, of: &table) }
        }
        let headerBlank = !table.header.contains { row in row.contains { $0 != nil } }
        while headerBlank, table.title != nil, let first = table.rows.first, let text = soleText(first),
              isPeriodLine(text.withoutWhitespace) {
            table.notes.append(text)
            removeRow(at: table.header.count, of: &table)
        }
        let lastWithAmounts = table.rows.lastIndex(where: HeaderSplitter.isDataRow) ?? -1
        let noteRows = table.rows.indices.filter { $0 > lastWithAmounts && soleText(table.rows[$0]).map(isNote) == true }
        table.notes += noteRows.compactMap { soleText(table.rows[$0]) }
        for index in noteRows.reversed() { removeRow(at: table.header.count + index, of: &table, edgeBelow: true) }
    }

    /// A line that names the period a table covers: a date line
    /// (``isDateLine(_:)``: `2023年度`, `中華民國115年度`), maybe in
    /// brackets (`（2023年度）`).
    static func isPeriodLine(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, PrintedVocabulary.closingBrackets[last] == first else {
            return isDateLine(text)
        }
        return isDateLine(String(text.dropFirst().dropLast()))
    }

    /// The table without its row `index` (counted over `header + rows`) and
    /// that row's top edge (its bottom edge with `edgeBelow`: a row lifted
    /// from the bottom leaves the row above it its bottom); a merged cell the
    /// page's bottom rule leaves open keeps the row it starts at, and one
    /// that starts at the row removed is no longer open.
    private static func removeRow(at index: Int, of table: inout PageTable, edgeBelow: Bool = false) {
        let rowsBelow = table.header.count + table.rows.count - 1 - index
        if index < table.header.count {
            table.header.remove(at: index)
        } else {
            table.rows.remove(at: index - table.header.count)
        }
        table.rowBounds.remove(at: edgeBelow ? table.rowBounds.count - 1 - rowsBelow : index)
        table.openAtBottom = table.openAtBottom.compactMapValues { start in
            start == index ? nil : (start > index ? start - 1 : start)
        }
    }

    /// A cell of a caption line the grid cuts into cells: a unit
    /// (`单位：万元`), a department or note line with its colon
    /// (`预算单位：长春市信访局`; a heading `单位名称` has none), a table
    /// number or a date line.
    static func isCaptionCell(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return unit(in: compact) != nil || isTableNumber(compact) || isDateLine(compact)
            || (isCaptionPrefix(compact) && compact.contains(where: PrintedVocabulary.colons.contains))
    }

    /// The lines printed right under `table` (`注：…`, `说明：…`, a source
    /// line), its notes: the first starts within
    /// ``TableSettings/noteUnderTableGapEm`` of the table's bottom edge and
    /// each next within ``TableSettings/noteLineGapEm`` of the line above,
    /// or farther down when it starts the next item of a numbering the
    /// notes started (`二、林務發展及造林基金…` after `一、農業發展基金` and its
    /// lines, set apart by a blank line under `註：`);
    /// a block whose first line starts an item (`三、部门主要工作任务`,
    /// `2.有关情况说明`) is a section of the document's prose. The block
    /// ends at another table, a line another caption reads
    /// (`taken`: the next table's title, a title at the page's foot), a page
    /// number, the page's foot margin, or a line laid out as a row of
    /// amounts (a row the table lost stays outside it, counted as lost).
    /// Text farther down is the document's prose. `lines` are those under
    /// the table (``linesUnder(_:among:in:taken:pageHeight:)``), top to
    /// bottom, and `bottom` its bottom edge.
    static func notes(in lines: [TextLine], under bottom: Double) -> [TextLine] {
        var notes: [TextLine] = []
        var bottom = bottom
        var itemsStarted: Set<Int> = []
        for line in lines {
            let compact = line.text.withoutWhitespace
            if notes.isEmpty && ItemMarker.startsItem(compact) { break }
            let reach = line.box.height * (notes.isEmpty ? settings.noteUnderTableGapEm : settings.noteLineGapEm)
            let ordinal = ItemMarker.chineseOrdinal(compact)
            let startsNextItem = ordinal.map { itemsStarted.contains($0 - 1) } ?? false
            guard line.box.y0 - bottom < reach || startsNextItem, !isRowOfAmounts(line) else { break }
            if let ordinal { itemsStarted.insert(ordinal) }
            notes.append(line)
            bottom = max(bottom, line.box.y1)
        }
        return notes
    }

    /// The lines under `table` that its notes may be read from, top to
    /// bottom: those beside it, down to the first in another table, in
    /// another caption (`taken`), a page number or a line in the page's foot margin.
    static func linesUnder(_ table: PageTable, among tables: [PageTable], in lines: [TextLine], taken: Set<Rect>,
                           pageHeight: Double) -> [TextLine] {
        let foot = pageHeight * (1 - settings.furnitureMarginFraction)
        let below = lines.filter { $0.box.y0 >= table.box.y1 - settings.touchingSlackPoints && $0.box.horizontalOverlap(table.box) > 0 }
            .sorted { $0.box.y0 < $1.box.y0 }
        return Array(below.prefix { line in
            line.box.y1 <= foot && !taken.contains(line.box) && !PageTables.isPageNumber(line.text)
                && !tables.contains(where: { $0.box.contains(x: line.box.midX, y: line.box.midY) })
        })
    }

    /// A line of ``TableSettings/rowUnderGridAmountColumnsCount`` amounts or
    /// more apart, no sentence: a table's row, never a note.
    private static func isRowOfAmounts(_ line: TextLine) -> Bool {
        !PrintedVocabulary.hasSentencePunctuation(outsideAmounts: line.words.map(\.text))
            && line.words.filter { PrintedVocabulary.isAmount($0.text) }.count >= settings.rowUnderGridAmountColumnsCount
    }

    /// `注：…`, `注1：…`, `说明：…`: a note under a table.
    static func isNote(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        guard let rest = PrintedVocabulary.notePrefixes.lazy.compactMap({ compact.hasPrefix($0) ? compact.dropFirst($0.count) : nil }).first else {
            return false
        }
        return rest.drop { $0.isNumber }.first.map { "：:".contains($0) } ?? false
    }

    /// The unit the header's headings name (`金额（万元）`, `預算數(新臺幣千元)`),
    /// when they all name the same one.
    static func unit(inHeader header: [PrintedRow]) -> String? {
        let units = Set(header.joined().compactMap { $0.flatMap { MoneyUnit.heading(in: $0.text) } })
        return units.count == 1 ? units.first?.name : nil
    }

    /// The unit a project form's headings name: those of its rows before
    /// its first row of amounts (`预算金额（万元）`), else its field labels
    /// (`项目资金（万元）`), when they all name the same one: a form has no
    /// header, its labels are its headings. Of the later rows only the
    /// labels' column is read; a target value such as `≤40000.00（元）` names
    /// the unit of that target alone. A form that prints no field row (its
    /// title names the project) opens with its funds, `专项资金情况（万元） |
    /// 资金总额： | 57.00`, under no header: a first label naming a unit
    /// makes it a form too.
    static func unit(inFormFields table: PageTable) -> String? {
        guard let first = table.rows.first,
              HeaderSplitter.opensWithFormField(first) || (table.header.isEmpty && opensWithUnitLabel(first)) else { return nil }
        return unit(inHeader: Array(table.rows.prefix(HeaderSplitter.firstBodyRow(table.rows))))
            ?? unit(inHeader: table.rows.map { [$0.first ?? nil] })
    }

    /// Whether a row's first cell is a label naming a unit (`专项资金情况（万元）`).
    private static func opensWithUnitLabel(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return MoneyUnit.heading(in: text) != nil
    }

    /// The unit a caption names: `单位：万元`, `單位︰新臺幣千元` (see
    /// ``MoneyUnit/caption(in:)``), as the unit's name (千元, 新臺幣千元).
    static func unit(in text: String) -> String? {
        MoneyUnit.caption(in: text)?.name
    }
}
