/// Joins tables continued over several pages into one.
enum TableStitcher {
    /// Tables in document order; a table at the top of a page that has no
    /// title of its own, the same columns as the last table of the page
    /// before, continues it, and its repeated header is dropped.
    static func stitch(_ pageTables: [[PageTable]]) -> [Table] {
        var tables: [Table] = []
        var lastPage: [PageTable] = []
        for tablesOfPage in pageTables {
            for (index, table) in tablesOfPage.enumerated() {
                if index == 0, let previous = lastPage.last, var continued = tables.last,
                   continues(table, after: previous) {
                    continued.pages.append(table.page)
                    continued.rows += table.rows.map { (table.page, $0) }
                    tables[tables.count - 1] = continued
                } else {
                    tables.append(Table(table))
                }
            }
            lastPage = tablesOfPage
        }
        return tables
    }

    static func continues(_ table: PageTable, after previous: PageTable) -> Bool {
        guard table.page == previous.page + 1, table.columnCount == previous.columnCount else { return false }
        if let title = table.title, title != previous.title { return false }
        let width = previous.box.width
        return zip(table.columnBounds, previous.columnBounds).allSatisfy { abs($0 - $1) <= max(6, width * 0.02) }
    }
}
