/// Cells merged over rows on both sides of a page break: the page's bottom
/// rule leaves the cell open while it closes the other columns, and the next
/// page's top rule does the same. The producer prints the cell's text once,
/// somewhere in its height (the middle, which may fall on either page), or
/// again on each page. It is one cell, whose text goes to the block's first
/// row, once: a text printed only on a later page moves up there; a text
/// the block's first row already holds, printed again, stays where it is
/// printed (the print repeats it; the evaluation's truth keeps it). A text
/// the break cuts (a label set down its cell, `年度绩效指` at the foot of
/// one page, `标` at the head of the next) is one text: the rest printed on
/// the next page joins what the block's first row holds.
enum MergedAcrossPages {
    /// Moves the text of each cell that continues an open block of
    /// `continued` up to the block's first row when that row holds none in
    /// the column, or joins it to the text there when the break cut that
    /// text (``cutsText(_:atTopOf:)``). Returns the columns (of `continued`) whose block goes on,
    /// and whether the page's first row is a row of its own: blocks go on
    /// and the top rule closes every other cell it prints (a row the page
    /// break cut would be open there).
    /// The page's first row is its first header row when it has one (a
    /// first row without amounts reads as header), unless that row repeats
    /// the table's header: then nothing continues.
    static func join(_ table: inout PageTable, mappedBy mapping: [Int], to continued: inout Table) -> (Set<Int>, opensRow: Bool) {
        var continuing: Set<Int> = []
        var first = table.header.first ?? table.rows.first ?? []
        func texts(_ row: PrintedRow) -> [String?] { row.map { $0?.text.filter { !$0.isWhitespace } } }
        let repeatsHeader = !table.header.isEmpty && continued.header.contains { texts($0) == texts(first) }
        guard !first.isEmpty, !repeatsHeader else { return (continuing, false) }
        for column in table.openAtTop.sorted() {
            let target = mapping[column]
            guard let start = continued.openBlocks[target], start < continued.rows.count else { continue }
            continuing.insert(target)
            guard let cell = first[column] else { continue }
            if let held = continued.rows[start].cells[target] {
                guard continued.cutBlockTexts.contains(target), cutsText(cell, atTopOf: table),
                      held.text.withoutWhitespace != cell.text.withoutWhitespace else { continue }
                continued.rows[start].cells[target] = TableStitcher.joined(held, cell)
            } else {
                continued.rows[start].cells[target] = cell
            }
            first[column] = nil
        }
        if table.header.isEmpty { table.rows[0] = first } else { table.header[0] = first }
        let closedAbove = first.indices.allSatisfy { first[$0] == nil || !table.openAtTop.contains($0) }
        return (continuing, !continuing.isEmpty && closedAbove)
    }

    /// The columns (of the joined table, through `mapping`) whose open
    /// block's text the page's bottom edge cuts: its last line ends less than
    /// ``TableSettings/cutTextGapEm`` of its height above the grid's bottom,
    /// so no further line fits under it on this page (a label centred in
    /// the part of its cell a page prints ends further up).
    static func textsCut(atBottomOf table: PageTable, mappedBy mapping: [Int]) -> Set<Int> {
        guard let bottom = table.rowBounds.last else { return [] }
        let rows = table.header + table.rows
        var cut: Set<Int> = []
        for (column, start) in table.openAtBottom where start < rows.count {
            guard let end = rows[start...].last(where: { $0[column] != nil })?[column]?.lastGlyph else { continue }
            if bottom - end.y1 < end.height * TableSettings.standard.cutTextGapEm { cut.insert(mapping[column]) }
        }
        return cut
    }

    /// Whether `cell`, printed in the first row of a page in a block open at
    /// its top, starts less than ``TableSettings/cutTextGapEm`` of its first
    /// line's height under the grid's top: the rest of a text the break cut,
    /// not a copy of the cell's text set in the middle of the page's part.
    static func cutsText(_ cell: PrintedCell, atTopOf table: PageTable) -> Bool {
        guard let top = table.rowBounds.first, let start = cell.firstGlyph else { return false }
        return start.y0 - top < start.height * TableSettings.standard.cutTextGapEm
    }

    /// The blocks open at the bottom of the page just appended, as rows of
    /// the joined table: a block the page continued from the top keeps its
    /// first row on an earlier page. The page's rows are the last of `joined`.
    static func openBlocks(of table: PageTable, mappedBy mapping: [Int], in joined: Table, continuing: Set<Int>) -> [Int: Int] {
        var blocks: [Int: Int] = [:]
        for (column, startRow) in table.openAtBottom {
            let target = mapping[column]
            if startRow == 0, continuing.contains(target), let start = joined.openBlocks[target] {
                blocks[target] = start
            } else {
                blocks[target] = joined.rows.count - (table.header.count + table.rows.count - startRow)
            }
        }
        return blocks
    }
}

