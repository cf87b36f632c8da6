/// The levels of labels printed without codes, for the checks: by
/// indentation where a label column prints its outline that way
/// (IndentLevels), else by the names of the national classifications
/// (NamedLevels). Outline marks (`一、`, `（一）`) the checks read themselves.
struct RowLevels {
    private let indentation: IndentLevels
    private let names: NamedLevels

    init(_ reading: TableReading) {
        indentation = IndentLevels(reading)
        names = NamedLevels(reading)
    }

    /// A label's place in its column's outline: deeper is further down
    /// (compared element by element), and whether that place is known.
    /// Indentation, where printed, decides alone; a label off its steps has no known place.
    func level(row: Int, column: Int) -> (depth: [Int], known: Bool) {
        if indentation.indents(column: column) {
            return ([indentation.level(row: row, column: column) ?? 0, 0], !indentation.isOffStep(row: row, column: column))
        }
        guard let named = names.level(row: row, column: column) else { return ([0, 0], true) }
        return ([0, named.depth], named.known)
    }

    /// Whether any label column has levels of its own (a department's row
    /// over its units' rows then shows by them, not by its sums).
    var readsAny: Bool { indentation.indentsAny || names.readsAny }

    /// The cells of a column that a level is read from: the text cells of
    /// body rows that are not headings, with their rows.
    static func labels(of reading: TableReading, column: Int) -> [(row: Int, cell: PrintedCell)] {
        guard !reading.isCodeColumn(column), !reading.amountColumns.contains(column) else { return [] }
        return reading.table.rows.enumerated().compactMap { row, cells in
            guard !reading.headingRows.contains(row), let cell = cells.cells[column], case .text = reading.readings[row][column] else { return nil }
            return (row, cell)
        }
    }
}
