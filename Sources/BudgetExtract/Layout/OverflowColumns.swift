/// Joins the columns of a sheet too wide for its page that a spreadsheet
/// printed "down, then over" (Excel's, WPS's and LibreOffice Calc's default
/// page order): first every row of the left-hand columns, page after page,
/// then every row of the remaining columns on the pages after, each page
/// of them printing the rows of one page of the first run at the same
/// heights, without their labels. A run of pages that prints only further
/// columns of the rows of the run before it, one page for each page of
/// that run, the same rows at the same heights, is joined to the right of
/// the table, row for row, page by page, with its header and unit; a sheet
/// wider still prints a second such run after the first. Where the rows do
/// not correspond one to one, nothing is joined.
enum OverflowColumns {
    private static let settings = TableSettings.standard

    /// What the page layer offers on `page` as a page of overflow columns:
    /// its one table, or, where it has none, its one grid of a single column.
    static func candidate(on page: PageLayout) -> (table: PageTable, isColumnGrid: Bool)? {
        if page.tables.count == 1 { return (page.tables[0], false) }
        guard page.tables.isEmpty, let grid = page.columnGrid else { return nil }
        return (grid, true)
    }

    /// A page of a run of overflow columns: its table, whether it is the
    /// page's one-column grid, and, for each body row of the page of the
    /// first run it follows, the row it prints at that row's height (blanks
    /// where it prints none: a grid drops a row that prints nothing).
    struct Page {
        var table: PageTable
        var isColumnGrid: Bool
        /// Its header rows: those above the body of the page it follows.
        var header: [PrintedRow]
        var rows: [PrintedRow]
    }

    /// The tables of `pages` (the pages right after those `sources` print,
    /// `sources.count` of them, in order, the first right after `table`'s
    /// last page) when they print further columns of `table`'s rows: each
    /// prints only amounts and blanks, its body's row rules (blank rows'
    /// too) at the heights of the page of `sources` it follows (within
    /// ``TableSettings/facingHalvesRowTolerancePoints``), each of its rows
    /// beside a row of that page (``rowSlots(of:in:)``), the same columns on
    /// every page, no title of another table and no other unit. `sources`
    /// are the pages' tables `table` was read from, one a page (and `table`
    /// kept each page's rows, as many), the first printing labels. Nil
    /// otherwise.
    static func run(of table: Table, from sources: [PageTable], in pages: ArraySlice<PageLayout>) -> [Page]? {
        guard !sources.isEmpty, pages.count >= sources.count, table.facingFromColumn == nil,
              Array(table.pages.prefix(sources.count)) == sources.map(\.page), let first = sources.first,
              FacingHalves.printsLabels(first), let lastPage = table.pages.last
        else { return nil }
        var run: [Page] = []
        for (source, page) in zip(sources, pages) {
            guard let candidate = candidate(on: page) else { return nil }
            let over = candidate.table
            // The body starts where the page it follows starts its body: header rows of `over` below that print nothing
            // (a blank row at the top of the last page, taken for header) are blank rows of the body.
            let sourceBody = Array(source.rowBounds.dropFirst(source.header.count))
            guard let top = sourceBody.first,
                  let start = over.rowBounds.firstIndex(where: { abs($0 - top) <= settings.facingHalvesRowTolerancePoints }),
                  start <= over.header.count, over.header.dropFirst(start).allSatisfy({ $0.allSatisfy { $0 == nil } })
            else { return nil }
            let overBody = Array(over.rowBounds[start...])
            guard over.page == lastPage + 1 + run.count, FacingHalves.printsOnlyAmounts(over),
                  table.rows.lazy.filter({ $0.page == source.page }).count == source.rows.count,
                  sourceBody.count == overBody.count,
                  zip(sourceBody, overBody).allSatisfy({ abs($0 - $1) <= settings.facingHalvesRowTolerancePoints }),
                  let sourceSlots = rowSlots(of: source.rows, in: sourceBody), let overSlots = rowSlots(of: over.rows, in: overBody),
                  Set(overSlots).isSubset(of: sourceSlots),
                  over.title.map({ $0 == table.title || TableStitcher.continues($0) }) ?? true,
                  over.unit == nil || table.unit == nil || over.unit == table.unit
            else { return nil }
            if let opening = run.first?.table {
                guard over.columnCount == opening.columnCount,
                      over.columnCount == 1 || TableStitcher.alignedMapping(over, after: opening) == Array(0..<opening.columnCount)
                else { return nil }
            }
            let bySlot = Dictionary(uniqueKeysWithValues: zip(overSlots, over.rows))
            let blanks = PrintedRow(repeating: nil, count: over.columnCount)
            run.append(Page(table: over, isColumnGrid: candidate.isColumnGrid, header: Array(over.header.prefix(start)),
                            rows: sourceSlots.map { bySlot[$0] ?? blanks }))
        }
        return run
    }

    /// For each of `rows`, the band of `body` (between two of its rules,
    /// top to bottom) its cells lie in, one row a band, top to bottom; nil
    /// where a row lies in none or shares one.
    static func rowSlots(of rows: [PrintedRow], in body: [Double]) -> [Int]? {
        var slots: [Int] = []
        for row in rows {
            guard let box = Rect.enclosing(row.compactMap { $0?.box }),
                  let slot = body.indices.dropLast().first(where: { body[$0] <= box.midY && box.midY < body[$0 + 1] }),
                  slot > (slots.last ?? -1)
            else { return nil }
            slots.append(slot)
        }
        return slots
    }

    /// `table` widened by the columns `run` prints (``run(of:from:in:)``):
    /// each row gets the row printed at its height on the page of `run`
    /// that follows its own page's (blanks where that page prints none),
    /// the header rows pair from the bottom (both end where the body
    /// starts), the unit is `table`'s or else the run's, the run's notes are
    /// kept with their pages, and the table remembers where the run's
    /// columns start and how many pages after its rows' they are printed.
    static func join(_ run: [Page], beside sources: [PageTable], into table: Table) -> Table {
        var result = table
        let width = run[0].table.columnCount
        var beside: [Int: IndexingIterator<[PrintedRow]>] = [:]
        for (source, over) in zip(sources, run) { beside[source.page] = over.rows.makeIterator() }
        let blanks = PrintedRow(repeating: nil, count: width)
        result.rows = table.rows.map { row in (row.page, row.cells + (beside[row.page]?.next() ?? blanks)) }
        let header = run[0].header
        let count = max(table.header.count, header.count)
        let left = Array(repeating: PrintedRow(repeating: nil, count: table.columnCount), count: count - table.header.count) + table.header
        let right = Array(repeating: blanks, count: count - header.count) + header
        result.header = zip(left, right).map { $0 + $1 }
        result.overflowColumns.append(OverflowColumnRun(fromColumn: table.columnCount, pagesAfter: run[0].table.page - sources[0].page))
        result.columnCount += width
        result.pages += run.map(\.table.page)
        result.unit = table.unit ?? run[0].table.unit
        for over in run.map(\.table) {
            result.printedNotes += over.notes.filter { !result.alreadyPrints($0) }.map { (over.page, $0) }
        }
        result.joinedColumnGridPages += run.filter(\.isColumnGrid).map(\.table.page)
        return result
    }
}
