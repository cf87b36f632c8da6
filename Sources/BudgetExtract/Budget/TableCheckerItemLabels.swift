/// The item each amount is for: the label left of it, passing over the
/// columns that name no item (quantity units, explanations, words describing amounts).
extension TableChecker {
    /// The item an amount is for, passing over the columns of quantity
    /// units (`單位`: 公噸, 公頃, 人次), which name no item.
    static func itemLabel(row: Int, column: Int, of reading: TableReading, passing unitColumns: Set<Int>) -> (text: String, column: Int)? {
        if !reading.printsLabels(leftOf: column) { return labelRight(row: row, column: column, of: reading, passing: unitColumns) }
        var from = column
        while true {
            let found = reading.label(row: row, column: from)
            if let found, !unitColumns.contains(found.column) { return found }
            // Past a column passed over, or, where none was found (a blank
            // in such a column stops the search as a block of labels would),
            // left of the nearest one.
            guard let next = found?.column ?? unitColumns.filter({ $0 < from }).max() else { return nil }
            from = next
        }
    }

    /// The item of an amount printed left of every label column (a 基金用途明細表's
    /// `前年度決算數 | 業務計畫及用途別 | 本年度預算數`): the label the row prints
    /// in the first label column right of it (codes, the procurement method
    /// and the columns passed over are skipped); nil where the row prints none
    /// there: a label further right (an explanation) names no item.
    static func labelRight(row: Int, column: Int, of reading: TableReading, passing unitColumns: Set<Int>) -> (text: String, column: Int)? {
        let cells = reading.table.rows[row].cells
        for index in (column + 1)..<reading.table.columnCount where !reading.amountColumns.contains(index)
            && reading.printedColumns.contains(index) && !unitColumns.contains(index) && !reading.procurementMethodColumns.contains(index) {
            let text = cells[index]?.text.withoutWhitespace ?? ""
            if reading.isCodeColumn(index) && text.allSatisfy(\.isNumber) { continue }
            guard !text.isEmpty, case .text = reading.readings[row][index] else { return nil }
            return (text, index)
        }
        return nil
    }

    /// The columns that name no item (quantity units, explanations, words
    /// describing amounts): the checks and the records both pass over them,
    /// so a record names the item its checks name.
    static func itemlessColumns(of reading: TableReading) -> Set<Int> {
        quantityUnitColumns(of: reading).union(explanationColumns(of: reading)).union(describingColumns(of: reading))
    }

    /// Columns headed `單位` (`计量单位`) that print only short words: the
    /// unit of each row's quantity. A `单位` column of longer names lists
    /// the units of a department.
    static func quantityUnitColumns(of reading: TableReading) -> Set<Int> {
        Set((0..<reading.table.columnCount).filter { column in
            guard let name = reading.columnNames[column], Self.quantityUnitHeadings.contains(name) else { return false }
            // What a unit names in brackets (`公噸(稻穀)`) does not count.
            return reading.table.rows.allSatisfy { row in
                (row.cells[column]?.text.prefix { !"(（".contains($0) }.count ?? 0) <= Self.longestQuantityUnit
            }
        })
    }

    /// Columns whose every text is a sentence (`依業務需求購置及報廢。`,
    /// `電腦軟體之攤銷。`): they explain a row's figures and name no item.
    static func explanationColumns(of reading: TableReading) -> Set<Int> {
        Set((0..<reading.table.columnCount).filter { column in
            let texts = (0..<reading.rowCount).compactMap { row -> String? in
                guard case .text = reading.readings[row][column] else { return nil }
                return reading.table.rows[row].cells[column]?.text
            }
            return !texts.isEmpty && texts.allSatisfy(PrintedVocabulary.hasSentencePunctuation)
        })
    }

    /// Columns of words under a heading whose first column is an amount
    /// column left of them (`增加` over `金額` | `類型`, `本年度變動` over
    /// amounts and `主要增減原因說明`): they describe those amounts and name
    /// no item. Under a heading that opens with labels (`支出` over `科目` |
    /// `预算数` | `科目` | `预算数`), words name items.
    static func describingColumns(of reading: TableReading) -> Set<Int> {
        let paths = reading.columnNames.map { $0?.split(separator: "/") ?? [] }
        let amountColumns = Set(reading.amountColumns)
        return Set(paths.indices.filter { column in
            guard !amountColumns.contains(column), paths[column].count > 1 else { return false }
            let heading = paths[column].dropLast()
            let first = (0..<column).reversed().prefix { paths[$0].starts(with: heading) }.last ?? column
            return first < column && amountColumns.contains(first)
        })
    }

    /// Headings of a column that prints the unit of each row's quantity.
    static let quantityUnitHeadings: Set<String> = ["單位", "单位", "計量單位", "计量单位"]

    /// Units of quantity are short words (`公噸`, `延人公里`); a longer text names a unit of a department.
    static let longestQuantityUnit = 4
}
