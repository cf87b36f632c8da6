/// A cell's printed text and where it sits on its page.
public struct PrintedCell: Sendable, Hashable {
    /// The text as printed, lines of a wrapped cell joined, spaces where the print leaves gaps.
    public var text: String
    public var box: Rect
    /// The box of the glyph the text starts with (the leftmost of its first
    /// line): where an indented label starts, which the box does not tell
    /// when a wrapped line hangs further left. Nil where no glyph is known.
    public var firstGlyph: Rect?
    /// The box of the glyph the text ends with (the rightmost of its last
    /// line): where a wrapped label's last line stops, which tells a label
    /// that ran out of room (it goes on below, or on the next page) from one
    /// that ended. Nil where no glyph is known.
    public var lastGlyph: Rect?

    public init(text: String, box: Rect, firstGlyph: Rect? = nil, lastGlyph: Rect? = nil) {
        self.text = text
        self.box = box
        self.firstGlyph = firstGlyph
        self.lastGlyph = lastGlyph
    }

    /// The glyph a cell's text starts with: the leftmost of those sharing a
    /// line with the topmost glyph (as ``TextLines`` builds lines).
    public static func firstGlyph(of glyphs: [Glyph]) -> Rect? { endGlyph(of: glyphs, atEnd: false) }

    /// The glyph a cell's text ends with: the rightmost of those sharing a
    /// line with the bottommost glyph.
    public static func lastGlyph(of glyphs: [Glyph]) -> Rect? { endGlyph(of: glyphs, atEnd: true) }

    private static func endGlyph(of glyphs: [Glyph], atEnd: Bool) -> Rect? {
        let byHeight: (Glyph, Glyph) -> Bool = { $0.box.midY < $1.box.midY }
        guard let line = (atEnd ? glyphs.max(by: byHeight) : glyphs.min(by: byHeight))?.box else { return nil }
        let fraction = TableSettings.standard.lineOverlapFraction
        let onLine = glyphs.lazy.map(\.box).filter { $0.verticalOverlap(line) >= fraction * min($0.height, line.height) }
        return atEnd ? onLine.max { $0.x1 < $1.x1 } : onLine.min { $0.x0 < $1.x0 }
    }
}

/// A row of a table: one slot per column, nil where nothing is printed
/// (an empty cell, or a slot covered by a merged cell to its left or above).
public typealias PrintedRow = [PrintedCell?]

/// A table as one page prints it.
public struct PageTable: Sendable {
    /// 1-based physical page.
    public var page: Int
    /// The title printed above the table, white space removed.
    public var title: String?
    /// The amount unit from a `单位：万元` line, as printed (`万元`, `元`).
    public var unit: String?
    /// Lines printed between the title and the table (department, unit, a
    /// project's name and budget), then the notes printed right under it.
    public var notes: [String] = []
    /// Header rows, apart from the body.
    public var header: [PrintedRow]
    public var rows: [PrintedRow]
    /// Left edge of each column, and the right edge of the last.
    public var columnBounds: [Double]
    /// Top edge of each row (header rows first), and the bottom edge of the last.
    public var rowBounds: [Double]
    public var box: Rect
    /// Whether ruling lines drew the grid (else it came from alignment).
    public var ruled: Bool
    /// The lines above the table its caption was read from: a table printed
    /// in halves on facing pages reads its caption again from both halves'.
    var captionLines: [TextLine] = []
    /// The lines under the table its notes were read from, top to bottom,
    /// and how many of them, from the top, are its notes (the last of
    /// `notes`): a table printed in halves on facing pages reads its notes
    /// again from both halves' lines, a line the gutter cuts made one.
    var linesUnder: [TextLine] = []
    var notesUnderCount = 0
    /// Columns whose cell the page's top rule leaves open while it closes
    /// others: a merged cell continued from the page before.
    public var openAtTop: Set<Int> = []
    /// Columns whose cell the page's bottom rule leaves open while it closes
    /// others (a merged cell the page break cuts), each with the row the
    /// cell starts at, counted over `header + rows`.
    public var openAtBottom: [Int: Int] = [:]
    /// Read by ``UnruledForms``: a performance form without rules, whose
    /// continuation on the next page prints no heading (its columns read again there).
    var unruledForm = false
    /// The continuation of the form ending the page before (``UnruledForms``).
    var continuesForm = false
    /// A ruled table whose last row is a body framed only on the outside
    /// (its side rules printed, no column rule and no bottom rule inside
    /// it): the frame goes on past the page's foot, and the next page may
    /// print only its two side lines (``PageTables/frameContinued(columns:rulings:glyphs:taken:page:)``).
    var frameOpenBelow = false
    /// The continuation of the frame ending the page before, read in its columns.
    var continuesFrame = false
    /// Read by ``RowRuledGrids``: a table ruled between rows only, whose
    /// continuation on the next page may print no header (its columns read again there).
    var rowRuled = false
    /// The continuation of the table ruled between rows ending the page before, read in its columns.
    var continuesRows = false
    /// For a table ruled between rows only (``rowRuled``), the x around each
    /// column boundary that no text of its page reaches, one range a
    /// boundary (the outer ones their bound only): where the next page,
    /// printing no header, may set the boundary by its own texts
    /// (``RowRuledGrids/continuedColumns(_:left:right:lines:)``).
    var columnGaps: [ClosedRange<Double>]?
    /// The lines of the opening of a form whose indicator block opens the next page
    /// (``UnruledForms/opening(of:in:below:page:)``): that form's columns are read with them too.
    var openingLines: [TextLine] = []
    /// Whether the table is the opening of a form whose indicator block opens the next page.
    var opensForm: Bool { !openingLines.isEmpty }

    public var columnCount: Int { columnBounds.count - 1 }
}

/// A run of a table's columns printed on later pages than its rows' own
/// (a sheet too wide for its page, printed "down, then over"): the cells
/// of a row from `fromColumn` on (up to the next run's) are printed
/// `pagesAfter` pages after the row's page.
public struct OverflowColumnRun: Sendable, Hashable, Codable {
    public var fromColumn: Int
    public var pagesAfter: Int

    enum CodingKeys: String, CodingKey {
        case fromColumn = "from_column"
        case pagesAfter = "pages_after"
    }
}

/// A table of a document, possibly continued over several pages.
public struct Table: Sendable {
    public var pages: [Int]
    public var title: String?
    public var unit: String?
    /// Lines printed between the title and the table, and notes printed
    /// under it (`注：…`), of every page it is printed on, each text once.
    /// Setting them gives each the table's first page.
    public var notes: [String] {
        get { printedNotes.map(\.text) }
        set { printedNotes = newValue.map { (pages[0], $0) } }
    }
    /// `notes`, each with the page it is printed on.
    public var printedNotes: [(page: Int, text: String)]

    /// Whether the title, unit or notes already print `note`, whole or in
    /// part (white space apart): a caption printed again on a later page, or
    /// in pieces across the gutter of facing pages, is kept once.
    func alreadyPrints(_ note: String) -> Bool {
        let compact = note.withoutWhitespace
        return compact.isEmpty || ([title, unit].compactMap { $0 } + notes).contains { $0.withoutWhitespace.contains(compact) }
    }
    public var header: [PrintedRow]
    /// Body rows with the page each was printed on.
    public var rows: [(page: Int, cells: PrintedRow)]
    public var columnCount: Int
    public var ruled: Bool
    /// For a table printed in halves on facing pages and joined into one:
    /// the first column the right-hand page prints. A row's cells from this
    /// column on are printed on the page after the row's `page` (its left
    /// half's). Nil for every other table.
    public var facingFromColumn: Int?

    /// For a table whose right-hand columns a sheet too wide for its page
    /// printed on later pages ("down, then over") and that were joined to
    /// it, row for row: for each such run of columns, the first column and
    /// how many pages after its row's `page` its cells are printed. Empty
    /// for every other table.
    public var overflowColumns: [OverflowColumnRun] = []
    /// The pages whose one-column grid (``PageLayout/columnGrid``) was
    /// joined to this table as overflow columns: their accounts count it.
    var joinedColumnGridPages: [Int] = []

    /// The page the cell at `row`, `column` is printed on: the row's, the
    /// page after it for a column the right half of facing pages prints, or
    /// the page its run of overflow columns is printed on.
    public func page(ofRow row: Int, column: Int) -> Int {
        Self.page(ofColumn: column, rowPage: rows[row].page, facingFromColumn: facingFromColumn,
                  overflowColumns: overflowColumns)
    }

    /// The page a cell of `column` is printed on, in a row printed on
    /// `rowPage`, given where the table's facing or overflow columns start
    /// (one rule for the table and its JSON).
    public static func page(ofColumn column: Int, rowPage: Int, facingFromColumn: Int?,
                            overflowColumns: [OverflowColumnRun]) -> Int {
        if let run = overflowColumns.last(where: { column >= $0.fromColumn }) { return rowPage + run.pagesAfter }
        guard let facing = facingFromColumn, column >= facing else { return rowPage }
        return rowPage + 1
    }
    /// What the layout could not do with the table, said in the document's
    /// warnings (halves on facing pages whose rows do not pair).
    public var warnings: [String] = []
    /// Glyphs, per page, of the lines that reading the notes under both
    /// halves of a table printed on facing pages took as notes, where the
    /// page alone had left them to its prose (the page's account moves them
    /// to its captions).
    var notesTakenFromProse: [Int: Int] = [:]
    /// Merged cells the last page break cut, still open: for each column,
    /// the index in `rows` of the row the cell starts at.
    var openBlocks: [Int: Int]
    /// The columns of `openBlocks` whose text the last page break cut: it
    /// runs down to the page's bottom edge, and its rest opens the next page
    /// (``MergedAcrossPages/textsCut(atBottomOf:mappedBy:)``).
    var cutBlockTexts: Set<Int>
    /// The columns a page's rest of the last row printed in, when that rest
    /// filled its page (the row goes on over the break again): only they can go
    /// on on the next page, the row's other cells having closed pages before
    /// (a 绩效目标 wrapped over whole pages, `Samples/form-cell-over-whole-pages.pdf`).
    /// Nil when the last row is a page's own.
    var lastRowRunningColumns: Set<Int>?

    public init(_ first: PageTable) {
        pages = [first.page]
        title = first.title
        unit = first.unit
        printedNotes = first.notes.map { (first.page, $0) }
        header = first.header
        rows = first.rows.map { (first.page, $0) }
        columnCount = first.columnCount
        ruled = first.ruled
        openBlocks = first.openAtBottom.compactMapValues { $0 >= first.header.count ? $0 - first.header.count : nil }
        cutBlockTexts = MergedAcrossPages.textsCut(atBottomOf: first, mappedBy: Array(0..<first.columnCount))
            .intersection(openBlocks.keys)
    }
}
