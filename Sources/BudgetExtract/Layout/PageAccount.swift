/// Where every glyph of a page went: into a table's cells, its caption,
/// the page's furniture, prose, or dropped for a stated reason. A page whose
/// amounts are not all in a table says so (`amountsOutsideTables`), so a
/// reader can tell a complete table from a damaged one without the PDF.
///
/// The counts add up to every glyph poppler gave for the page, after fake-bold
/// doubles (one glyph printed twice at one spot) were kept once:
/// `cells + captions + furniture + prose + unplaced + notPrinted`.
public struct PageAccount: Sendable, Codable, Equatable {
    /// 1-based physical page.
    public var page: Int
    /// Glyphs on the page (the sum of the counts below).
    public var glyphs: Int
    /// In a cell of a table (header or body) as the page prints it; a header
    /// a continuation page repeats is counted here, and dropped as a repeat
    /// when the table is joined.
    public var cells: Int
    /// In a table's title, unit line or notes (lines above or below it, or
    /// one-cell rows of the grid lifted out of it).
    public var captions: Int
    /// Page numbers, and lines in the page's top or bottom margin that are
    /// no caption (running headers and footers), with the lines a running
    /// header wraps onto below the margin, and notices that the page is
    /// left blank (`本頁空白`, ``PrintedVocabulary/blankPageNotices``).
    public var furniture: Int
    /// Lines outside every table that are none of the above: running text.
    public var prose: Int
    /// Inside a table's outline, but in none of its cells: text the table
    /// reading left out (a note after a table without rules, a line between
    /// its rows that fits no cell).
    public var unplaced: Int
    /// Left out because they leave no ink (text a cell clips, invisible text,
    /// text under an opaque image drawn after it).
    public var notPrinted: Int
    /// Of `notPrinted`, those that would show but for an opaque image drawn
    /// over them (not added again to the sum).
    public var coveredByImages: Int
    /// Amounts printed outside every table, on lines that are not sentences
    /// (`1,234.00`, `-`), as printed: each is a number the tables lost.
    public var amountsOutsideTables: [String]

    enum CodingKeys: String, CodingKey {
        case page, glyphs, cells, captions, furniture, prose, unplaced
        case notPrinted = "not_printed"
        case coveredByImages = "covered_by_images"
        case amountsOutsideTables = "amounts_outside_tables"
    }

    /// Whether the page prints amounts that no table holds.
    public var losesAmounts: Bool { !amountsOutsideTables.isEmpty }
}

extension PageAccount {
    /// Reads an account; one written before images were looked at has no
    /// `covered_by_images`, and none of its glyphs was counted as covered.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        page = try container.decode(Int.self, forKey: .page)
        glyphs = try container.decode(Int.self, forKey: .glyphs)
        cells = try container.decode(Int.self, forKey: .cells)
        captions = try container.decode(Int.self, forKey: .captions)
        furniture = try container.decode(Int.self, forKey: .furniture)
        prose = try container.decode(Int.self, forKey: .prose)
        unplaced = try container.decode(Int.self, forKey: .unplaced)
        notPrinted = try container.decode(Int.self, forKey: .notPrinted)
        coveredByImages = try container.decodeIfPresent(Int.self, forKey: .coveredByImages) ?? 0
        amountsOutsideTables = try container.decode([String].self, forKey: .amountsOutsideTables)
    }

    /// The account of a page from its printed glyphs, their lines, the tables
    /// found on it, the glyphs each table placed in its cells before its
    /// caption rows were lifted out (`placed`, per table), the lines its
    /// captions used, and the glyphs dropped as not printed (`coveredByImages`
    /// of them under an image drawn later). Nil for a page
    /// with no table and no block of amounts (prose, a cover).
    static func of(page: PageText, lines: [TextLine], tables: [PageTable], placed: [Int], captionLines: Set<Rect>,
                   notPrinted: Int, coveredByImages: Int = 0) -> PageAccount? {
        let settings = TableSettings.standard
        // A table's outline, widened to its cells: a heading of a table
        // without rules may stand out beyond the columns its body fills.
        let extents = tables.map { table in
            (table.header + table.rows).joined().compactMap { $0?.box }.reduce(table.box) { $0.union($1) }
        }
        func extent(of glyph: Glyph) -> Int? {
            extents.firstIndex { $0.contains(x: glyph.box.midX, y: glyph.box.midY) }
        }
        var inTable = [Int](repeating: 0, count: tables.count)
        for glyph in page.glyphs {
            if let index = extent(of: glyph) { inTable[index] += 1 }
        }
        let cells = tables.reduce(0) { $0 + printedCharacters(in: $1) }
        let lifted = zip(placed, tables).reduce(0) { $0 + max(0, $1.0 - printedCharacters(in: $1.1)) }
        let unplaced = zip(inTable, placed).reduce(0) { $0 + max(0, $1.0 - $1.1) }

        var captions = lifted, furniture = 0, prose = 0
        var amounts: [String] = []
        var amountLines = 0
        let margin = page.height * settings.furnitureMarginFraction
        let header = runningHeader(in: lines, pageWidth: page.width, margin: margin)
        for line in lines {
            // The lines hold the page's glyphs: those outside are in no table's extent.
            let glyphs = line.glyphs
            let count = glyphs.reduce(0) { extent(of: $1) == nil ? $0 + 1 : $0 }
            guard count > 0 else { continue }
            if captionLines.contains(line.box) {
                captions += count
            } else if PageTables.isPageNumber(line.text) || line.box.y1 < margin || line.box.y0 > page.height - margin
                        || header.contains(line.box) || PrintedVocabulary.isBlankPageNotice(line.text) {
                furniture += count
            } else {
                prose += count
                let compact = line.text.withoutWhitespace
                let sentence = PrintedVocabulary.hasSentencePunctuation(outsideAmounts: line.words.map(\.text))
                    || PrintedVocabulary.hasLeaders(compact)
                guard count == glyphs.count, !sentence else { continue }
                let printed = line.words.map(\.text).filter {
                    PrintedVocabulary.isAmount($0) && !PrintedVocabulary.placeholders.contains($0.withoutWhitespace)
                }
                amounts += printed
                if !printed.isEmpty { amountLines += 1 }
            }
        }
        // A page without a table is accounted for only when it prints a
        // block of amounts: a table was missed there.
        guard !tables.isEmpty || amountLines >= settings.minimumBodyLinesCount else { return nil }
        return PageAccount(page: page.number, glyphs: page.glyphs.count + notPrinted, cells: cells, captions: captions, furniture: furniture,
                           prose: prose, unplaced: unplaced, notPrinted: notPrinted, coveredByImages: coveredByImages,
                           amountsOutsideTables: amounts)
    }

    /// The lines of a running header that wraps below the top margin (a
    /// book's name, part and period: 農業部 / 農業特別收入基金 / 業務計畫及預算說明 /
    /// 中華民國 115 年度): the block of lines that starts in the margin, each
    /// centred on the page and no wider than a title, each within
    /// ``TableSettings/titleLineGapEm`` of the one above, as a wrapped title's lines.
    static func runningHeader(in lines: [TextLine], pageWidth: Double, margin: Double) -> Set<Rect> {
        let settings = TableSettings.standard
        var header: Set<Rect> = []
        var bottom: Double?
        // The lines come top to bottom.
        for line in lines {
            let centred = abs(line.box.midX - pageWidth / 2) < pageWidth * settings.centredOnPageFraction
                && line.box.width <= pageWidth * settings.maximumTitleWidthFraction
            let follows = bottom.map { line.box.y0 - $0 < line.box.height * settings.titleLineGapEm } ?? (line.box.y0 < margin)
            guard centred, follows else { break }
            header.insert(line.box)
            bottom = line.box.y1
        }
        return header
    }

    /// `accounts` with the glyphs of the lines that the notes of tables
    /// printed in halves on facing pages took across the gutter, where each
    /// page alone had left them to its prose (``Table/notesTakenFromProse``),
    /// counted as captions: the account says what the joined table holds.
    static func withNotesJoinedAcrossTheGutter(of tables: [Table], in accounts: [PageAccount]) -> [PageAccount] {
        var taken: [Int: Int] = [:]
        for table in tables { taken.merge(table.notesTakenFromProse, uniquingKeysWith: +) }
        guard !taken.isEmpty else { return accounts }
        return accounts.map { account in
            var account = account
            let moved = min(taken[account.page] ?? 0, account.prose)
            account.prose -= moved
            account.captions += moved
            return account
        }
    }

    /// The glyphs a table's cells hold: each prints one character, and the
    /// cell texts add only white space between them.
    static func printedCharacters(in table: PageTable) -> Int {
        (table.header + table.rows).joined().reduce(0) { count, cell in
            count + (cell?.text.nonWhitespaceCount ?? 0)
        }
    }
}
