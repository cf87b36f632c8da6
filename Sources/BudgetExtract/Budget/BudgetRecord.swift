/// One amount a table prints, with what it means.
public struct BudgetRecord: Codable, Sendable, Equatable {
    /// 0-based index of the table in the document.
    public var table: Int
    public var kind: TableKind
    public var page: Int
    /// 0-based body row and column of the cell.
    public var row: Int
    public var column: Int
    /// The classification code, one string (`201 | 03 | 01` and `2010301` are both `2010301`).
    public var code: String?
    /// 类, 款 or 项, from the code's length.
    public var level: String?
    /// The code one level up (`20103` for `2010301`).
    public var parent: String?
    /// The row's label: the item the amount is for.
    public var item: String?
    /// The header text above the amount's column, levels joined by `/` (`收入预算/财政拨款收入`).
    public var columnName: String?
    /// The cell as printed, and the table's unit.
    public var printed: String
    public var unit: String?
    /// The amount as printed, an exact decimal in the table's unit.
    public var amount: String
    /// The amount in 元, exact; null when the table's unit was not read (never guessed).
    public var yuan: String?

    enum CodingKeys: String, CodingKey {
        case table, kind, page, row, column, code, level, parent, item, printed, unit, amount, yuan
        case columnName = "column_name"
    }
}

/// Turns tables into records: a pure function of the tables.
public enum BudgetRecords {
    public static func records(of tables: [Table]) -> [BudgetRecord] {
        tables.enumerated().flatMap { index, table in records(of: table, index: index) }
    }

    static func records(of table: Table, index: Int) -> [BudgetRecord] {
        let kind = TableKind.of(title: table.title, header: table.header.flatMap { $0.compactMap { $0?.text } })
        let codeColumns = Self.codeColumns(of: table)
        let power = table.unit.flatMap { unitPowers[$0] }
        var records: [BudgetRecord] = []
        for (rowIndex, row) in table.rows.enumerated() {
            let code = codeColumns.isEmpty ? nil : Self.code(from: codeColumns.map { row.cells[$0]?.text })
            for (column, cell) in row.cells.enumerated() where !codeColumns.contains(column) {
                guard let cell, case .amount(let amount) = NumberNormalizer.read(cell.text) else { continue }
                records.append(BudgetRecord(
                    table: index, kind: kind, page: row.page, row: rowIndex, column: column,
                    code: code, level: code.flatMap(Self.level), parent: code.flatMap(Self.parent),
                    item: Self.label(in: row.cells, leftOf: column, skipping: codeColumns),
                    columnName: Self.columnName(of: table, column: column),
                    printed: cell.text, unit: table.unit, amount: amount.description,
                    yuan: power.map { amount.timesPowerOfTen($0).description }))
            }
        }
        return records
    }

    /// Powers of ten from each unit to 元.
    static let unitPowers: [String: Int] = ["元": 0, "千元": 3, "万元": 4, "亿元": 8]

    /// Leading columns that print only classification codes (digits, or
    /// nothing): the 类 | 款 | 项 columns, or one code column.
    static func codeColumns(of table: Table) -> [Int] {
        var columns: [Int] = []
        for column in 0..<table.columnCount {
            let texts = table.rows.compactMap { $0.cells[column]?.text.filter { !$0.isWhitespace } }
            guard !texts.isEmpty, texts.allSatisfy({ $0.count <= 7 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { break }
            columns.append(column)
        }
        return columns.count < table.columnCount ? columns : []
    }

    /// The code the code columns print together, or nil when they print none.
    static func code(from parts: [String?]) -> String? {
        let digits = parts.compactMap { $0?.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        return digits.isEmpty ? nil : digits.joined()
    }

    static func level(of code: String) -> String? {
        switch code.count {
        case 3: "类"
        case 5: "款"
        case 7: "项"
        default: nil
        }
    }

    static func parent(of code: String) -> String? {
        code.count > 3 ? String(code.prefix(code.count - 2)) : nil
    }

    /// The nearest text to the left of the amount that is not a code or a number: the item's name.
    static func label(in cells: PrintedRow, leftOf column: Int, skipping codes: [Int]) -> String? {
        for index in stride(from: column - 1, through: 0, by: -1) where !codes.contains(index) {
            guard let text = cells[index]?.text else { continue }
            if case .text = NumberNormalizer.read(text) { return text.filter { !$0.isWhitespace } }
        }
        return nil
    }

    /// The header texts above a column, top to bottom; a slot covered by a
    /// merged header cell takes the text of the cell to its left.
    static func columnName(of table: Table, column: Int) -> String? {
        var parts: [String] = []
        for row in table.header {
            let text = row[column]?.text ?? (column > 0 ? row[..<column].last { $0 != nil }??.text : nil)
            if let text = text?.filter({ !$0.isWhitespace }), !text.isEmpty, parts.last != text { parts.append(text) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
