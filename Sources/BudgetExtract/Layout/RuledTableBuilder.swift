/// Turns a ruled grid and the glyphs inside it into a table: merged cells
/// joined, their text put in their top-left slot, header rows set apart.
enum RuledTableBuilder {
    static func table(from grid: RuledGrid, glyphs: [Glyph], page: Int) -> PageTable? {
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
            guard let row = grid.row(at: glyph.box.midY), let column = grid.column(at: glyph.box.midX) else { continue }
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
