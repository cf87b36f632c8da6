/// Turns a ruled grid and the glyphs inside it into a table: merged cells
/// joined, their text put in their top-left slot, header rows set apart.
enum RuledTableBuilder {
    private static let settings = TableSettings.standard

    static func table(from grid: RuledGrid, glyphs: [Glyph], page: Int) -> PageTable {
        let rowCount = grid.rowCount, columnCount = grid.columnCount
        func index(_ row: Int, _ column: Int) -> Int { row * columnCount + column }

        // Merged cells: elementary cells joined across every missing edge.
        var parent = Array(0..<(rowCount * columnCount))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                if column + 1 < columnCount, grid.joinsRight(row: row, column: column) {
                    parent[root(index(row, column + 1))] = root(index(row, column))
                }
                if row + 1 < rowCount, grid.joinsDown(row: row, column: column) {
                    parent[root(index(row + 1, column))] = root(index(row, column))
                }
            }
        }
        // The top-left elementary cell of each merged cell carries its text:
        // the first of its cells in row-major order (-1: none seen yet). Cells
        // are numbered row by row, so arrays indexed by cell stand for
        // dictionaries keyed by it (no hashing for every glyph).
        let cellCount = rowCount * columnCount
        var anchor = Array(repeating: -1, count: cellCount)
        for cell in 0..<cellCount where anchor[root(cell)] < 0 {
            anchor[root(cell)] = cell
        }

        // Each merged cell's glyphs, and beside them the elementary cell
        // (slot) each lies in, in the same order: the slots are kept by
        // position, not looked up by glyph (hashing a glyph hashes its
        // character, a string).
        var glyphsByCell = Array(repeating: [Glyph](), count: cellCount)
        var slotsByCell = Array(repeating: [Int](), count: cellCount)
        for glyph in glyphs {
            guard var row = grid.row(at: glyph.box.midY), let column = column(of: glyph, among: glyphs, in: grid) else { continue }
            // Text that overflows its cell's bottom rule (a wrapped header
            // cell printed too tight) crosses that rule: it belongs above,
            // unless it is the first line of its own cell's wrapped text,
            // printed tight against the cell's top rule.
            if row > 0, glyph.box.y0 < grid.rows[row] - glyph.box.height * settings.overflowAboveRuleEm,
               !startsWrappedText(glyph, among: glyphs, in: grid, row: row, column: column) { row -= 1 }
            let cell = index(row, column)
            let merged = anchor[root(cell)]
            glyphsByCell[merged].append(glyph)
            slotsByCell[merged].append(cell)
        }
        // Amounts of two columns never share a cell: a cell merged across
        // columns of one row whose words are amounts, each within a column
        // of its own, lost the rules between them (left out, or too faint):
        // each word goes to its own column's slot. So does a cell of many
        // lines (a body framed without inner rules under a ruled header,
        // `Samples/framed-body.pdf`): every word within one column, no two
        // amounts of a line in one column. (A slot filled here anchors no
        // glyphs of its own: it has no slots, and is passed by.)
        for cell in glyphsByCell.indices where !glyphsByCell[cell].isEmpty {
            let cellGlyphs = glyphsByCell[cell], cellSlots = slotsByCell[cell]
            guard let firstSlot = cellSlots.first, cellSlots.contains(where: { $0 % columnCount != firstSlot % columnCount }),
                  (0..<cellCount).allSatisfy({ root($0) != root(cell) || $0 / columnCount == cell / columnCount })
            else { continue }
            let slotOf = Dictionary(zip(cellGlyphs, cellSlots)) { _, later in later }
            // Lines of one cell's words, or, in a cell of many lines, of
            // words cut at every gap wider than a space (a word there runs
            // into the next column's across the padding between them).
            var lines = TextLines.build(from: cellGlyphs)
            if lines.count > 1 { lines = TextLines.build(from: cellGlyphs, wordGap: settings.spaceGapEm) }
            let wordSlots = lines.map { $0.words.map { Set($0.glyphs.compactMap { slotOf[$0] }) } }
            let lineAmounts = zip(lines, wordSlots).map { line, slots in
                zip(line.words, slots).filter { PrintedVocabulary.isAmount($0.0.text) }.compactMap(\.1.first)
            }
            guard lineAmounts.joined().count >= 2, wordSlots.joined().allSatisfy({ $0.count == 1 }),
                  lineAmounts.allSatisfy({ Set($0).count == $0.count }) else { continue }
            glyphsByCell[cell] = []
            for (glyph, slot) in zip(cellGlyphs, cellSlots) { glyphsByCell[slot].append(glyph) }
        }
        var rows: [PrintedRow] = []
        // A ruled row under the first that holds several printed rows is
        // body from its first line on (a heading with no amounts there, such
        // as 業務活動之現金流量, is the first body row, not more header).
        var firstBodyBand: Int?
        var firstPrintedRow: [Int] = []
        // Cells of each row alone (not merged with rows below) may hold
        // several printed rows whose rules are missing or too faint.
        let ownCellsByRow = (0..<rowCount).map { row in
            (0..<columnCount).map { column -> [Glyph] in
                let cell = index(row, column)
                let spansDown = row + 1 < rowCount && root(index(row + 1, column)) == root(cell)
                return spansDown ? [] : glyphsByCell[cell]
            }
        }
        // Each cell's lines are built once: for its printed rows here,
        // and for its text below when it holds one row.
        let ownTextLinesByRow = ownCellsByRow.map { $0.map { TextLines.build(from: $0, wordGap: .infinity) } }
        let ownLinesByRow = ownTextLinesByRow.map { $0.map(RowBands.lines(of:)) }
        // Where each column's lines print, over the grid: its lines within
        // its rules (a cell merged across columns prints wider).
        let columnSpans = (0..<columnCount).map { column -> ClosedRange<Double>? in
            let (left, right) = (grid.columns[column], grid.columns[column + 1])
            let boxes = ownLinesByRow.flatMap { $0[column].map(\.box) }.filter { $0.x0 >= left && $0.x1 <= right }
            guard let start = boxes.map(\.x0).min(), let end = boxes.map(\.x1).max() else { return nil }
            return start...end
        }
        for row in 0..<rowCount {
            firstPrintedRow.append(rows.count)
            let ownCells = ownCellsByRow[row], ownTextLines = ownTextLinesByRow[row], ownLines = ownLinesByRow[row]
            let bands = RowBands.amountBands(in: ownLines, columnSpans: columnSpans)
            let rowOfLine = bands.count > 1 ? RowBands.rows(of: ownLines, columnEnds: Array(grid.columns.dropFirst())) : ownLines.map { $0.map { _ in 0 } }
            let bandCount = (rowOfLine.joined().max() ?? 0) + 1
            if row > 0, bandCount > 1, firstBodyBand == nil { firstBodyBand = rows.count }
            for band in 0..<bandCount {
                rows.append((0..<columnCount).map { column in
                    var glyphs = glyphsByCell[index(row, column)]
                    if bandCount > 1 {
                        glyphs = ownCells[column].isEmpty && band == 0 ? glyphs
                            : zip(ownLines[column], rowOfLine[column]).filter { $0.1 == band }.flatMap(\.0.glyphs)
                    }
                    guard let box = Rect.enclosing(glyphs.lazy.map(\.box)) else { return nil }
                    // One printed row: the glyphs are the cell's own, whose lines are built.
                    let text = bandCount == 1 && !ownCells[column].isEmpty
                        ? TextLines.text(ofLines: ownTextLines[column]) : TextLines.text(of: glyphs)
                    return PrintedCell(text: text, box: box, firstGlyph: PrintedCell.firstGlyph(of: glyphs),
                                       lastGlyph: PrintedCell.lastGlyph(of: glyphs))
                })
            }
        }
        let headerCount = min(HeaderSplitter.headerRowCount(rows), firstBodyBand ?? rows.count)
        let kept = Array(0..<headerCount) + rows.indices.dropFirst(headerCount).filter { !rows[$0].allSatisfy { $0 == nil } }
        var table = PageTable(page: page, title: nil, unit: nil, header: Array(rows[..<headerCount]),
                              rows: kept.dropFirst(headerCount).map { rows[$0] },
                              columnBounds: grid.columns, rowBounds: grid.rows, box: grid.box, ruled: true)

        // Merged cells the page's top or bottom rule leaves open while it
        // closes other columns: cut by the page break.
        let columns = 0..<columnCount
        let top = columns.filter { !grid.horizontalEdges[0][$0] }
        if top.count < columnCount { table.openAtTop = Set(top) }
        let bottom = columns.filter { !grid.horizontalEdges[rowCount][$0] }
        // (A grid of rules between rows may hold no row at all.)
        let lastRow = grid.verticalEdges.last ?? []
        table.frameOpenBelow = bottom.count == columnCount && columnCount >= 2 && lastRow.first == true && lastRow.last == true
            && !lastRow.dropFirst().dropLast().contains(true)
        if bottom.count < columnCount {
            for column in bottom {
                let cell = root(index(rowCount - 1, column))
                guard let start = (0..<rowCount).first(where: { root(index($0, column)) == cell }),
                      let row = kept.firstIndex(where: { $0 >= firstPrintedRow[start] }) else { continue }
                table.openAtBottom[column] = row
            }
        }
        return table
    }

    /// Whether the next line of the text a glyph starts follows right under
    /// it in the same cell, a line's pitch below: its middle between
    /// ``TableSettings/wrappedLinePitchMinEm`` and
    /// ``TableSettings/wrappedLinePitchMaxEm`` glyph heights lower (`公务`
    /// over `用车` over `购置` over `经费`, a heading wrapped inside a narrow
    /// cell). The last line of an overflowing cell above has no such line:
    /// the lower cell's own text, centred in its row, lies closer under it.
    static func startsWrappedText(_ glyph: Glyph, among glyphs: [Glyph], in grid: RuledGrid, row: Int, column: Int) -> Bool {
        let box = glyph.box
        let pitches = box.height * settings.wrappedLinePitchMinEm...box.height * settings.wrappedLinePitchMaxEm
        return glyphs.contains { other in
            pitches.contains(other.box.midY - box.midY)
                && grid.row(at: other.box.midY) == row && grid.column(at: other.box.midX) == column
        }
    }

    /// The column a glyph belongs to: where its middle lies, unless it
    /// straddles a column rule while touching a glyph across it and none on
    /// its own side (the first digit of an amount printed a hair too wide
    /// for its cell): then it goes with the word it is part of. A digit
    /// where two amounts run together across a rule (`656.49` and `1157.40`
    /// printed as `656.491157.40`, the rule between the two `1`s) goes where
    /// the decimals put it (``fusedDigitColumn(of:among:in:)``).
    static func column(of glyph: Glyph, among glyphs: [Glyph], in grid: RuledGrid) -> Int? {
        guard let column = grid.column(at: glyph.box.midX) else { return nil }
        if let fused = fusedDigitColumn(of: glyph, among: glyphs, in: grid) { return fused }
        let box = glyph.box
        guard let rule = grid.columns.first(where: { box.x0 < $0 && $0 < box.x1 }) else { return column }
        let touch = box.height * settings.touchingGlyphEm, slack = settings.touchingSlackPoints
        func touches(onRight: Bool) -> Bool {
            glyphs.contains { other in
                other.box.verticalOverlap(box) > box.height / 2
                    && (onRight ? other.box.x0 >= box.x1 - slack && other.box.x0 - box.x1 < touch
                                : other.box.x1 <= box.x0 + slack && box.x0 - other.box.x1 < touch)
            }
        }
        let middleIsLeft = box.midX < rule
        if middleIsLeft, touches(onRight: true), !touches(onRight: false) { return grid.column(at: rule + 0.5) }
        if !middleIsLeft, touches(onRight: false), !touches(onRight: true) { return grid.column(at: rule - 0.5) }
        return column
    }
}

extension RuledTableBuilder {
    /// Glyphs read on either side of a fused digit: more than an amount prints.
    private static let maximumRunCount = 24

    /// The column of a digit printed where two amounts run together across
    /// a column rule, the rule lying between its middle and its neighbour's
    /// (the nearest glyph on its line to each side, ending or starting within
    /// ``TableSettings/touchingGlyphEm`` of it, overlapping it or not): it
    /// starts the amount across the rule when the text before it already
    /// prints as many decimals as that amount (`656.49` | `1` | `157.40`), and
    /// ends the amount before the rule when it completes that one's decimals
    /// to as many (`656.4` | `9` | `1157.40`). Nil when the decimals do not
    /// tell, or no rule lies there.
    static func fusedDigitColumn(of glyph: Glyph, among glyphs: [Glyph], in grid: RuledGrid) -> Int? {
        let box = glyph.box
        let touch = box.height * settings.touchingGlyphEm
        guard isDigit(glyph.scalar), grid.columns.contains(where: { box.x0 - touch <= $0 && $0 <= box.x1 + touch }) else { return nil }
        /// The nearest glyph on the line to one side.
        func neighbour(of box: Rect, onRight: Bool) -> Glyph? {
            let near = glyphs.lazy.filter { other in
                other.box.verticalOverlap(box) > box.height / 2
                    && (onRight ? other.box.x0 > box.midX && other.box.x0 - box.x1 < touch
                                : other.box.x1 < box.midX && box.x0 - other.box.x1 < touch)
            }
            return onRight ? near.min { $0.box.x0 < $1.box.x0 } : near.max { $0.box.x1 < $1.box.x1 }
        }
        // The right one first: a digit nearly always has a left neighbour
        // (the amount it ends), seldom one across the rule.
        guard let right = neighbour(of: box, onRight: true), let left = neighbour(of: box, onRight: false) else { return nil }
        func run(from start: Glyph, onRight: Bool) -> String {
            var characters = [start.character]
            var current = start.box
            while characters.count < maximumRunCount, let next = neighbour(of: current, onRight: onRight) {
                characters.append(next.character)
                current = next.box
            }
            return String(onRight ? characters : characters.reversed())
        }
        guard let printed = decimals(run(from: left, onRight: false)), let wanted = decimals(run(from: right, onRight: true)),
              wanted > 0 else { return nil }
        if printed == wanted, let rule = grid.columns.first(where: { box.midX < $0 && $0 < right.box.midX }) {
            return grid.column(at: rule + 0.5)
        }
        if printed + 1 == wanted, let rule = grid.columns.first(where: { left.box.midX < $0 && $0 < box.midX }) {
            return grid.column(at: rule - 0.5)
        }
        return nil
    }

    /// An ASCII or a full-width digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// The digits after an amount's one decimal point (`656.49`: 2), nil
    /// when it prints no point, more than one, or anything but digits after it.
    private static func decimals(_ text: String) -> Int? {
        let points = text.indices.filter { PrintedVocabulary.decimalPoints.contains(text[$0]) }
        guard points.count == 1, let point = points.first else { return nil }
        let tail = text[text.index(after: point)...]
        return tail.unicodeScalars.allSatisfy(isDigit) ? tail.unicodeScalars.count : nil
    }
}

/// Printed rows inside one grid row whose separating rules were not found:
/// a safety net for rules too faint to see, or tables ruled by column only.
enum RowBands {
    /// One line of a cell as read: an amount wrapped over two lines by a
    /// cell too narrow for it (`1682.7` over `6`) is one line, at the
    /// middle of both, so its second line is never a row of its own.
    struct CellLine {
        let text: String
        let box: Rect
        let height: Double
        let glyphs: [Glyph]
        /// What the line starts with and could not have left on the line above (``TextLines/leadWidth(of:)``).
        let leadWidth: Double
        var midY: Double { box.midY }

        /// This line and `lower`, the rest of its text printed under it, as one line.
        func joined(with lower: CellLine) -> CellLine {
            let glyphs = glyphs + lower.glyphs
            return CellLine(text: text + lower.text, box: Rect.enclosing(glyphs.lazy.map(\.box)) ?? lower.box, height: height,
                            glyphs: glyphs, leadWidth: leadWidth)
        }
    }

    /// The lines of one cell, top to bottom, each wrapped amount joined
    /// (``TextLines/completesDecimals(of:with:)``: the only reading in which
    /// the digits below make an amount of the cell's decimals), from the
    /// lines ``TextLines/build(from:wordGap:)`` made of its glyphs with an
    /// infinite word gap.
    static func lines(of built: [TextLine]) -> [CellLine] {
        var lines: [CellLine] = []
        for line in built {
            let cellLine = CellLine(text: line.text, box: line.box, height: line.box.height, glyphs: line.glyphs,
                                    leadWidth: TextLines.leadWidth(of: line.words))
            if let last = lines.last, TextLines.completesDecimals(of: last.text, with: line.text) {
                lines[lines.count - 1] = last.joined(with: cellLine)
            } else {
                lines.append(cellLine)
            }
        }
        return lines
    }

    /// The lines of one cell with each text wrapped inside it joined into
    /// one line, at the middle of its lines: a line goes on in the line
    /// under it when that lies a wrapped line's pitch lower
    /// (``TableSettings/wrappedLinePitchMaxEm``) and the line is full: what
    /// the line under it starts with and could not have left on it
    /// (``TextLines/leadWidth(of:)``) would have ended within
    /// ``TableSettings/wrappedCellLineSlackEm`` of the widest its column
    /// prints in the grid (`span`) or past it. Two lines that each read as a
    /// number stay two (a row's amount above the next row's); a line that
    /// reads as none goes on (`2023-01-` over `01`, `2022.` over `11.1-2`
    /// over `022.1` over `2.31`: a date or a period cut by the wrap). A year
    /// or a figure wrapped with its unit (`2022` over `年`,
    /// `229.9` over `万元`), or a serial number with the name it opens
    /// (`２０２１－２０` over `２２年东城区…`), is a text then, no amount of a
    /// row of its own beside the row's amounts set in the middle of the
    /// cells (`Samples/wrapped-cells-beside-centred-amounts.pdf`).
    static func wrappedTexts(of lines: [CellLine], within span: ClosedRange<Double>?) -> [CellLine] {
        guard let span, lines.count > 1 else { return lines }
        let settings = TableSettings.standard
        var joined: [CellLine] = []
        // The line each joined text ends with, as printed.
        var lastLine: CellLine?
        for line in lines {
            if let upper = joined.last, let above = lastLine, line.midY > above.midY,
               line.midY - above.midY <= above.height * settings.wrappedLinePitchMaxEm,
               above.box.width + line.leadWidth > span.upperBound - span.lowerBound - above.height * settings.wrappedCellLineSlackEm,
               NumberNormalizer.read(upper.text) == .text || NumberNormalizer.read(line.text) == .text {
                joined[joined.count - 1] = upper.joined(with: line)
            } else {
                joined.append(line)
            }
            lastLine = line
        }
        return joined
    }

    /// The heights (centre y) of the printed rows of a grid row when it
    /// holds several, else an empty list. It does when two columns or more
    /// print several lines each, and two heights or more carry an amount,
    /// or numbers side by side in ``TableSettings/countRowColumnsCount``
    /// cells or more (a table of counts: `1 | 1` persons, too small to be an
    /// amount, on each of a column-ruled row's lines, never `1 1 1` read as 111).
    /// Then every line that prints a number is a row's (a small amount,
    /// `91` in 千元, is a row like the `1,060` below it), and ``rows(of:columnEnds:)``
    /// puts the other lines into them. An amount wrapped inside its cell is
    /// one line, and so is a text wrapped inside it (``wrappedTexts(of:within:)``,
    /// each column's lines printing within `columnSpans`): it prints no number.
    static func amountBands(in linesPerCell: [[CellLine]], columnSpans: [ClosedRange<Double>?]) -> [Double] {
        guard linesPerCell.filter({ $0.count >= 2 }).count >= 2 else { return [] }
        let wrapped = zip(linesPerCell, columnSpans).map { wrappedTexts(of: $0, within: $1) }
        let lines = wrapped.flatMap { $0 }
        let numbers = lines.filter { PrintedVocabulary.isAmount($0.text) || PrintedVocabulary.looksLikeNumber($0.text) }
        guard heights(of: lines.filter { PrintedVocabulary.isAmount($0.text) }).count >= 2
            || countRowHeights(in: wrapped, among: heights(of: numbers)) >= 2
        else { return [] }
        return heights(of: numbers)
    }

    /// How many of `heights` print a number in ``TableSettings/countRowColumnsCount``
    /// cells or more of the row.
    private static func countRowHeights(in linesPerCell: [[CellLine]], among heights: [Double]) -> Int {
        let columnsCount = TableSettings.standard.countRowColumnsCount
        return heights.filter { height in
            linesPerCell.filter { cell in
                cell.contains { line in
                    abs(line.midY - height) < line.height * TableSettings.standard.sameBandEm
                        && PrintedVocabulary.looksLikeNumber(line.text)
                }
            }.count >= columnsCount
        }.count
    }

    /// The distinct middles of the lines, top to bottom: lines closer than
    /// ``TableSettings/sameBandEm`` are one.
    private static func heights(of lines: [CellLine]) -> [Double] {
        var bands: [Double] = []
        for line in lines.sorted(by: { $0.midY < $1.midY }) {
            if let last = bands.last, line.midY - last < line.height * TableSettings.standard.sameBandEm { continue }
            bands.append(line.midY)
        }
        return bands
    }

    /// The printed row of each line of each cell (``RowAssembly``), per
    /// column in the cells' order.
    static func rows(of linesPerCell: [[CellLine]], columnEnds: [Double]) -> [[Int]] {
        let lines = linesPerCell.enumerated().flatMap { column, cell in
            cell.map { line in
                RowAssembly.Line(column: column, text: line.text, box: line.box, height: line.height,
                                 printsNumber: PrintedVocabulary.isAmount(line.text) || PrintedVocabulary.looksLikeNumber(line.text))
            }
        }
        var rows = RowAssembly.rows(of: lines, columnEnds: columnEnds)[...]
        return linesPerCell.map { cell in
            let mine = Array(rows.prefix(cell.count))
            rows = rows.dropFirst(cell.count)
            return mine
        }
    }
}
