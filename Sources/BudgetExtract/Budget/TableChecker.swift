/// The checks within one table.
struct TableChecker {
    let reading: TableReading
    let index: Int
    /// Where rows take their levels from without codes (indentation, the
    /// classifications' names): read once for the table, used by every
    /// column without codes (nil where every amount column has codes).
    let levels: RowLevels?
    /// For each row and amount column, the item the amount is for (see ``itemLabel(row:column:of:passing:)``).
    let itemLabels: [[Int: (text: String, column: Int)]]
    /// For each row, what the label in each label column an amount names says (``meaning(of:)``).
    private(set) var labelMeanings: [[Int: LabelMeaning]] = []
    /// Each amount column's rows as the row checks read them (``readEntries(column:)``),
    /// read once here for every check that walks them, indexed by column.
    private(set) var entriesOfColumns: [[Entry]] = []

    init(reading: TableReading, index: Int) {
        self.reading = reading
        self.index = index
        levels = reading.amountColumns.contains { reading.codeGroup(ofColumn: $0) == nil } ? RowLevels(reading) : nil
        let unitColumns = Self.itemlessColumns(of: reading)
        itemLabels = (0..<reading.rowCount).map { row in
            var labels: [Int: (text: String, column: Int)] = [:]
            for column in reading.amountColumns {
                labels[column] = Self.itemLabel(row: row, column: column, of: reading, passing: unitColumns)
            }
            return labels
        }
        labelMeanings = itemLabels.map { labels in
            var meanings: [Int: LabelMeaning] = [:]
            for label in labels.values where meanings[label.column] == nil { meanings[label.column] = meaning(of: label.text) }
            return meanings
        }
        entriesOfColumns = Array(repeating: [], count: reading.table.columnCount)
        for column in reading.amountColumns { entriesOfColumns[column] = readEntries(column: column) }
    }

    var table: Table { reading.table }

    /// Amounts larger than any budget prints, or with more decimals, are left
    /// out of the checks: summing them could overflow exact arithmetic.
    static let largestChecked = ExactDecimal(significand: 1_000_000_000_000_000, scale: 0)

    func amount(row: Int, column: Int) -> Amount? {
        guard let value = reading.amounts[row][column], let cell = table.rows[row].cells[column],
              value.scale <= 6, value.magnitude < Self.largestChecked else { return nil }
        return Amount(reference: CellReference(table: index, page: table.page(ofRow: row, column: column), row: row, column: column, text: cell.text),
                      value: value)
    }

    var amountColumns: [Int] { reading.amountColumns }

    /// The column's name in a check's description (` (支出/合计)`).
    func columnSuffix(_ column: Int) -> String {
        reading.columnNames[column].map { " (\($0))" } ?? ""
    }
}
