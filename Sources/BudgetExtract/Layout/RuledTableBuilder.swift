/// Turns a ruled grid and the glyphs inside it into a table: merged cells
/// joined, their text put in their top-left slot, header rows set apart.
enum RuledTableBuilder {
    /// The table, with the columns its rules really print: a vertical rule
    /// that runs through glyphs (a stroke of a bold glyph, an artefact) is
    /// no boundary there, and a boundary no row prints is not a column.
    static func table(from grid: RuledGrid, glyphs: [Glyph], page: Int) -> PageTable {
        var grid = grid
        for glyph in glyphs {
            guard let row = grid.row(at: glyph.box.midY) else { continue }
            let inset = glyph.box.width * 0.2
            for index in grid.columns.indices.dropFirst().dropLast()
            where grid.columns[index] > glyph.box.x0 + inset && grid.columns[index] < glyph.box.x1 - inset {
                grid.verticalEdges[row][index] = false
            }
        }
        let unprinted = (1..<(grid.columns.count - 1)).filter { !grid.printsColumnBoundary($0, inRows: 0..<grid.rowCount) }
        let simpler = unprinted.reversed().reduce(grid) { $0.removingColumnBoundary($1) }
        return table(fromExactGrid: simpler, glyphs: glyphs, page: page)
    }

    private static func table(fromExactGrid grid: RuledGrid, glyphs: [Glyph], page: Int) -> PageTable {
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
        // The top-left elementary cell of each merged cell carries its text.
        var anchor: [Int: Int] = [:]
        for cell in 0..<(rowCount * columnCount) {
            let r = root(cell)
            if let current = anchor[r] {
                if cell / columnCount < current / columnCount
                    || (cell / columnCount == current / columnCount && cell % columnCount < current % columnCount) {
                    anchor[r] = cell
                }
            } else {
                anchor[r] = cell
            }
        }

        var glyphsByCell: [Int: [Glyph]] = [:]
        for glyph in glyphs {
            guard var row = grid.row(at: glyph.box.midY), let column = grid.column(at: glyph.box.midX) else { continue }
            // Text that overflows its cell's bottom rule (a wrapped header
            // cell printed too tight) crosses that rule: it belongs above.
            if row > 0, glyph.box.y0 < grid.rows[row] - glyph.box.height * 0.25 { row -= 1 }
            glyphsByCell[anchor[root(index(row, column))]!, default: []].append(glyph)
        }

        var rows: [PrintedRow] = []
        for row in 0..<rowCount {
            rows.append((0..<columnCount).map { column in
                guard let glyphs = glyphsByCell[index(row, column)], !glyphs.isEmpty else { return nil }
                return PrintedCell(text: TextLines.text(of: glyphs), box: Rect.enclosing(glyphs.map(\.box))!)
            })
        }
        let headerCount = HeaderSplitter.headerRowCount(rows)
        var body = Array(rows[headerCount...])
        body.removeAll { $0.allSatisfy { $0 == nil } }
        return PageTable(page: page, title: nil, unit: nil, header: Array(rows[..<headerCount]), rows: body,
                         columnBounds: grid.columns, rowBounds: grid.rows, box: grid.box, ruled: true)
    }
}
