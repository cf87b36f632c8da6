/// Joins a table printed in halves on facing pages: a statement too wide
/// for one page prints its labels and first columns on the left page and
/// the remaining columns, without labels, on the right page, row for row
/// at the same heights; its title runs across the gutter (`農` + `業部`),
/// and so may a heading over columns of both halves (`本 年 度` | `預 算 數`).
enum FacingHalves {
    private static let settings = TableSettings.standard

    /// What the first table of a page is to the last table of the page before.
    enum Pairing: Equatable {
        /// Not a right half: it prints labels, does not start at the height the
        /// left half starts, or both print different titles that name a table.
        case none
        /// The right half: its body rows lie beside the left half's, one for one.
        case halves
        /// It looks like a right half (amounts only, its top at the height of
        /// the left half's) but its rows do not pair: kept apart, for this reason.
        case apart(String)
    }

    /// Whether `right`, the first table of its page, is the other half of
    /// `left`, the last table of the page before: `left` prints labels,
    /// `right` only amounts and blanks; both start at the same height, they
    /// do not print two different titles each naming a table, and their
    /// bodies have the same rows at the same heights.
    static func pairing(left: PageTable, right: PageTable) -> Pairing {
        guard right.page == left.page + 1, printsLabels(left), printsOnlyAmounts(right),
              abs(left.box.y0 - right.box.y0) <= settings.facingHalvesRowTolerancePoints,
              !(namesTable(left.title) && namesTable(right.title) && left.title != right.title)
        else { return .none }
        let pages = "p\(left.page)-\(right.page)"
        guard left.rows.count == right.rows.count else {
            return .apart("a table printed in halves on facing pages (\(pages)) is kept as two: "
                + "the left half has \(left.rows.count) rows, the right half \(right.rows.count)")
        }
        guard zip(bodyBounds(left), bodyBounds(right)).allSatisfy({ abs($0 - $1) <= settings.facingHalvesRowTolerancePoints })
        else {
            return .apart("a table printed in halves on facing pages (\(pages)) is kept as two: its rows lie at different heights")
        }
        return .halves
    }

    /// `table`, whose last page is `left`'s, widened by the columns of
    /// `right`: each row printed on `left`'s page gets the row printed beside
    /// it, rows of earlier pages get blanks; header rows pair from the
    /// bottom. A table that starts on `left`'s page reads its caption again
    /// from both halves' caption lines, joined where they share a baseline.
    /// Nil when the rows of `left`'s page are no longer `right`'s in number.
    static func join(_ right: PageTable, beside left: PageTable, into table: Table) -> Table? {
        guard table.rows.filter({ $0.page == left.page }).count == right.rows.count else { return nil }
        var result = table
        var beside = right.rows.makeIterator()
        let blanks = PrintedRow(repeating: nil, count: right.columnCount)
        result.rows = table.rows.map { row in
            (row.page, row.cells + (row.page == left.page ? beside.next() ?? blanks : blanks))
        }
        result.header = paired(table.header, width: table.columnCount, with: right.header, width: right.columnCount,
                               halves: (left, right))
        result.facingFromColumn = table.facingFromColumn ?? table.columnCount
        result.columnCount += right.columnCount
        result.pages.append(right.page)
        if table.pages == [left.page] {
            let caption = joinedCaption(left: left, right: right)
            result.title = caption.title ?? table.title
            result.unit = caption.unit ?? table.unit ?? right.unit
            result.printedNotes = caption.notes.map { (left.page, $0) }
            result.printedNotes += notesAbove(left).filter { !result.alreadyPrints($0) }.map { (left.page, $0) }
        }
        result.printedNotes += notesAbove(right).filter { !result.alreadyPrints($0) }.map { (right.page, $0) }
        return withNotesUnder(result, left: left, right: right)
    }

    /// `table`'s rows printed on `left`'s page (a left half that continues
    /// the left half of a table joined before) filled in with the cells of
    /// `right` (the right half that continues that table's right half) at the
    /// columns `mapping` names, counted after the left half's `leftWidth`.
    /// Nil when the rows of `left`'s page are no longer `right`'s in number.
    static func fill(_ right: PageTable, mappedBy mapping: [Int], from leftWidth: Int, beside left: PageTable,
                     into table: Table) -> Table? {
        guard table.rows.filter({ $0.page == left.page }).count == right.rows.count else { return nil }
        var result = table
        var beside = right.rows.makeIterator()
        result.rows = table.rows.map { row in
            guard row.page == left.page, let cells = beside.next() else { return row }
            var filled = row.cells
            for (column, cell) in cells.enumerated() where cell != nil { filled[leftWidth + mapping[column]] = cell }
            return (row.page, filled)
        }
        result.pages.append(right.page)
        result.printedNotes += notesAbove(right).filter { !result.alreadyPrints($0) }.map { (right.page, $0) }
        return withNotesUnder(result, left: left, right: right)
    }

    /// A half's notes but those read under it: its caption lines.
    private static func notesAbove(_ half: PageTable) -> ArraySlice<String> {
        half.notes.dropLast(half.notesUnderCount)
    }

    /// `table` with the notes under the halves read across the spread
    /// (``notesUnder(left:right:)``) in place of those each half read alone
    /// (which appending `left` to `table` may have added), each text once.
    private static func withNotesUnder(_ table: Table, left: PageTable, right: PageTable) -> Table {
        var result = table
        let readAlone = Set(left.notes.suffix(left.notesUnderCount))
        result.printedNotes.removeAll { $0.page == left.page && readAlone.contains($0.text) }
        let under = notesUnder(left: left, right: right)
        for note in under.notes where !result.alreadyPrints(note.text) { result.printedNotes.append(note) }
        result.notesTakenFromProse.merge(under.takenFromProse, uniquingKeysWith: +)
        return result
    }

    /// One line of the notes under a spread: a line of one page, or a line
    /// the gutter cut (a piece on each page, on one baseline).
    private struct SpreadLine {
        /// The line on the left page's plane, the right piece moved to meet the left at the gutter.
        var line: TextLine
        var text: String
        var pieces: [(page: Int, line: TextLine)]
    }

    /// The notes under both halves, read as one block across the spread
    /// (``Caption/notes(in:under:)``) from both halves' lines under them: a
    /// line of the left page that ends no sentence and a line of the right
    /// page on its baseline are one line the gutter cut, its text the left
    /// piece's followed by the right piece's, on the left page; a line one
    /// page prints alone is that page's. So a right page's line that
    /// follows the left page's lines is a note though its own page leaves a
    /// blank above it. A note either half read alone stays a note. With
    /// the notes, the glyphs per page of the lines the pages alone had left to their prose.
    private static func notesUnder(left: PageTable, right: PageTable) -> (notes: [(page: Int, text: String)],
                                                                          takenFromProse: [Int: Int]) {
        let offset = gutterOffset(left: left, right: right)
        var rightLines = right.linesUnder
        var spread: [SpreadLine] = []
        for line in left.linesUnder {
            let endsSentence = line.text.last.map(PrintedVocabulary.sentenceEnds.contains) ?? true
            if !endsSentence, let partner = rightLines.firstIndex(where: { sharesBaseline($0, line) }) {
                let piece = rightLines.remove(at: partner)
                spread.append(SpreadLine(line: TextLine(words: line.words + shifted(piece, by: offset).words), text: line.text + piece.text,
                                         pieces: [(left.page, line), (right.page, piece)]))
            } else {
                spread.append(SpreadLine(line: line, text: line.text, pieces: [(left.page, line)]))
            }
        }
        spread += rightLines.map { SpreadLine(line: shifted($0, by: offset), text: $0.text, pieces: [(right.page, $0)]) }
        // Top to bottom; on one height, the left page's line first.
        spread.sort { ($0.line.box.y0, $0.pieces[0].page) < ($1.line.box.y0, $1.pieces[0].page) }
        let block = spread.prefix(Caption.notes(in: spread.map(\.line), under: max(left.box.y1, right.box.y1)).count)

        let readAlone = [(left.page, left.linesUnder.prefix(left.notesUnderCount)), (right.page, right.linesUnder.prefix(right.notesUnderCount))]
        func wasReadAlone(_ page: Int, _ line: TextLine) -> Bool {
            readAlone.contains { $0.0 == page && $0.1.contains(line) }
        }
        var notes = block.map { (y: $0.line.box.y0, page: $0.pieces[0].page, text: $0.text) }
        var takenFromProse: [Int: Int] = [:]
        for (page, line) in block.flatMap(\.pieces) where !wasReadAlone(page, line) {
            takenFromProse[page, default: 0] += line.glyphs.count
        }
        for (page, lines) in readAlone {
            for line in lines where !block.contains(where: { $0.pieces.contains { $0.page == page && $0.line == line } }) {
                notes.append((line.box.y0, page, line.text))
            }
        }
        return (notes.sorted { ($0.y, $0.page) < ($1.y, $1.page) }.map { ($0.page, $0.text) }, takenFromProse)
    }

    /// The two halves as one page table (the right half moved to meet the
    /// left at the gutter), so that a table continued on the next page is
    /// matched against all of its columns.
    static func joined(_ right: PageTable, beside left: PageTable, as table: Table) -> PageTable {
        let offset = gutterOffset(left: left, right: right)
        return PageTable(page: right.page, title: table.title, unit: table.unit, notes: table.notes,
                         header: paired(left.header, width: left.columnCount, with: right.header, width: right.columnCount,
                                        halves: (left, right)),
                         rows: zip(left.rows, right.rows).map { $0 + $1 },
                         columnBounds: left.columnBounds + right.columnBounds.dropFirst().map { $0 + offset },
                         rowBounds: left.rowBounds, box: left.box.union(shifted(right.box, by: offset)), ruled: left.ruled)
    }

    /// How far the right half moves so that its left edge meets the left half's right edge.
    private static func gutterOffset(left: PageTable, right: PageTable) -> Double {
        left.box.x1 - right.box.x0
    }

    /// A title that names a table (`预算02表收入总表`): the halves of one
    /// table print one title across the gutter, its `表` on the right page,
    /// so two different such titles are two tables (a 收支总表 page facing a
    /// 收入总表 page that prints one row of amounts).
    private static func namesTable(_ title: String?) -> Bool {
        title?.contains("表") ?? false
    }

    /// The top edge of each body row, and the bottom edge of the last.
    static func bodyBounds(_ table: PageTable) -> ArraySlice<Double> {
        table.rowBounds.suffix(table.rows.count + 1)
    }

    /// Whether a body cell prints words (the labels, in whichever column the left half prints them).
    static func printsLabels(_ table: PageTable) -> Bool {
        table.rows.joined().contains { cell in cell.map { !isAmountOrBlank($0.text) } ?? false }
    }

    static func printsOnlyAmounts(_ table: PageTable) -> Bool {
        let cells = table.rows.joined().compactMap { $0 }
        return !cells.isEmpty && cells.allSatisfy { isAmountOrBlank($0.text) }
    }

    private static func isAmountOrBlank(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return compact.isEmpty || PrintedVocabulary.looksLikeNumber(compact) || PrintedVocabulary.isAmount(compact)
    }

    /// Header rows side by side, the shorter header padded with blank rows
    /// at its top (both headers end where the body starts), and each
    /// heading the gutter cuts made one again (``joinedAtGutter``).
    private static func paired(_ left: [PrintedRow], width leftWidth: Int, with right: [PrintedRow], width rightWidth: Int,
                               halves: (left: PageTable, right: PageTable)) -> [PrintedRow] {
        let count = max(left.count, right.count)
        let leftRows = Array(repeating: PrintedRow(repeating: nil, count: leftWidth), count: count - left.count) + left
        let rightRows = Array(repeating: PrintedRow(repeating: nil, count: rightWidth), count: count - right.count) + right
        return joinedAtGutter(zip(leftRows, rightRows).map { $0 + $1 }, gutter: leftWidth, left: halves.left, right: halves.right)
    }

    /// A heading over columns of both halves, cut by the gutter, is one
    /// heading: `本 年 度` over the left page's last columns and `預 算 數`
    /// over all of the right page's, or the whole text on the right page
    /// (`本 年 度 預 算 數`) over an empty cell on the left. In a header row,
    /// a heading whose merged cell covers the whole right half (printed in
    /// its first column, the right page prints no other heading in that row,
    /// and lower header rows divide every column under it) goes on in the
    /// cell that covers the left half's last column in the same row band:
    /// a group heading to its left whose merged cell runs to the gutter
    /// (lower rows divide the columns up to it), joined with it, or, where
    /// that cell prints nothing, the empty columns up to the gutter, after
    /// the last cell of the row that covers only its own column (`科 目`,
    /// merged down). The heading then stands in the first of those columns,
    /// its merged cell running on over the right half's. Decided by where
    /// the cells lie, never by their words: a heading on the right page that
    /// closes before the page's edge (`獎 金` | `退休及卹償金`, then `資遣費`)
    /// is a heading of its own.
    static func joinedAtGutter(_ header: [PrintedRow], gutter: Int, left: PageTable, right: PageTable) -> [PrintedRow] {
        guard gutter > 0 else { return header }
        let offset = gutterOffset(left: left, right: right)
        var header = header
        for level in header.indices {
            let lower = header[(level + 1)...]
            func dividedBelow(_ column: Int) -> Bool { lower.contains { $0.indices.contains(column) && $0[column] != nil } }
            let row = header[level]
            guard row.indices.contains(gutter), let rightPiece = row[gutter],
                  row.indices.dropFirst(gutter).allSatisfy(dividedBelow), row.dropFirst(gutter + 1).allSatisfy({ $0 == nil }),
                  let rightBand = band(of: rightPiece.box, in: right.rowBounds), let leftBand = band(of: rightPiece.box, in: left.rowBounds),
                  abs(left.rowBounds[leftBand] - right.rowBounds[rightBand]) <= settings.facingHalvesRowTolerancePoints,
                  abs(left.rowBounds[leftBand + 1] - right.rowBounds[rightBand + 1]) <= settings.facingHalvesRowTolerancePoints
            else { continue }
            let printed = (0..<gutter).last { row[$0] != nil }
            let leftPiece = printed.flatMap { dividedBelow($0) ? row[$0] : nil }
            let start = leftPiece == nil ? (printed ?? -1) + 1 : printed ?? 0
            guard start < gutter, (start..<gutter).allSatisfy(dividedBelow),
                  leftPiece.map({ band(of: $0.box, in: left.rowBounds) == leftBand }) ?? true
            else { continue }
            let rightBox = shifted(rightPiece.box, by: offset)
            header[level][gutter] = nil
            header[level][start] = leftPiece.map {
                PrintedCell(text: $0.text + " " + rightPiece.text, box: $0.box.union(rightBox), firstGlyph: $0.firstGlyph)
            } ?? PrintedCell(text: rightPiece.text, box: rightBox, firstGlyph: rightPiece.firstGlyph.map { shifted($0, by: offset) })
        }
        return header
    }

    /// The row (as `rowBounds` counts them) a box's middle lies in.
    private static func band(of box: Rect, in rowBounds: [Double]) -> Int? {
        rowBounds.indices.dropLast().first { rowBounds[$0] <= box.midY && box.midY < rowBounds[$0 + 1] }
    }

    /// The caption read from both halves' caption lines, a line of the left
    /// page and a line of the right page on one baseline joined into one
    /// (`農業特別` + `收入基金`), the right page's lines moved to meet the left
    /// at the gutter; the middle of the spread is the gutter.
    private static func joinedCaption(left: PageTable, right: PageTable) -> Caption {
        let offset = gutterOffset(left: left, right: right)
        var rightLines = right.captionLines.map { shifted($0, by: offset) }
        var lines: [TextLine] = []
        for line in left.captionLines {
            if let partner = rightLines.firstIndex(where: { sharesBaseline($0, line) }) {
                lines.append(TextLine(words: line.words + rightLines[partner].words))
                rightLines.remove(at: partner)
            } else {
                lines.append(line)
            }
        }
        lines = (lines + rightLines).sorted { $0.box.midY < $1.box.midY }
        let box = left.box.union(shifted(right.box, by: offset))
        return Caption.find(in: lines, between: 0, and: box.y0, within: box, pageWidth: 2 * left.box.x1)
    }

    private static func sharesBaseline(_ one: TextLine, _ other: TextLine) -> Bool {
        one.box.verticalOverlap(other.box) >= settings.lineOverlapFraction * min(one.box.height, other.box.height)
    }

    /// A line of the right page moved onto the left page's plane.
    private static func shifted(_ line: TextLine, by offset: Double) -> TextLine {
        TextLine(words: line.words.map { word in
            Word(glyphs: word.glyphs.map { Glyph(character: $0.character, box: shifted($0.box, by: offset), em: shifted($0.em, by: offset)) })
        })
    }

    private static func shifted(_ box: Rect, by offset: Double) -> Rect {
        Rect(x0: box.x0 + offset, y0: box.y0, x1: box.x1 + offset, y1: box.y1)
    }
}
