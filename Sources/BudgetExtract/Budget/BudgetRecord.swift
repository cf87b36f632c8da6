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
    /// The 支出功能分类 code the row prints for the amount (2xx: `2010301`),
    /// whichever column prints it; with its `类`/`款`/`项` and the code one
    /// level up. Where the row also prints an economic code, `code` is the
    /// one nearest the amount and this keeps the function code.
    public var functionCode: String?
    public var functionLevel: String?
    public var functionParent: String?
    /// The 政府预算支出经济分类 code the row prints for the amount (5xx: `50101`).
    public var governmentEconomicCode: String?
    /// The 部门预算支出经济分类 code the row prints for the amount (3xx: `30101`, `3021101`).
    public var departmentEconomicCode: String?
    /// The row's label: the item the amount is for.
    public var item: String?
    /// The header text above the amount's column, levels joined by `/` (`收入预算/财政拨款收入`).
    public var columnName: String?
    /// `收入` or `支出` where the table prints income and expense side by side.
    public var side: String?
    /// The cell as printed, and its unit: the one its column's heading names
    /// (`單價(元)`), else the table's; `%` in a column of percentages; null
    /// where none was printed or the figures are counts (`编制人数`).
    public var printed: String
    public var unit: String?
    /// The amount as printed, an exact decimal in the table's unit.
    public var amount: String
    /// The amount in 元 of its currency, exact; null when the unit was not read (never guessed) or is not money.
    public var yuan: String?
    /// The currency of `amount` and `yuan` (`CNY`, `TWD`, …): the one its
    /// unit prints (`新臺幣千元`), `CNY` where the unit prints none; null
    /// where `yuan` is. Amounts in two currencies are never summed together.
    public var currency: String?

    enum CodingKeys: String, CodingKey {
        case table, kind, page, row, column, code, level, parent, item, side, printed, unit, amount, yuan, currency
        case columnName = "column_name"
        case functionCode = "function_code", functionLevel = "function_level", functionParent = "function_parent"
        case governmentEconomicCode = "government_economic_code", departmentEconomicCode = "department_economic_code"
    }
}

/// Turns tables into records: a pure function of the tables.
public enum BudgetRecords {
    /// Records of every table but the 绩效目标表, whose numbers are targets
    /// and scores, not money (see ``PerformanceGoals``); of those, a list of
    /// projects gives each project's amount (``ProjectList``).
    public static func records(of tables: [Table]) -> [BudgetRecord] {
        records(of: tables.map(TableReading.init))
    }

    static func records(of readings: [TableReading]) -> [BudgetRecord] {
        readings.enumerated().flatMap { index, reading in
            guard reading.kind == .performanceGoals else { return records(of: reading, index: index) }
            return ProjectList(reading).map { records(of: $0, index: index) } ?? []
        }
    }

    /// A 绩效目标表 listing its projects: one record per amount of its money
    /// column (``ProjectList``), the item the project's name (else the row's
    /// label: `合计`).
    static func records(of list: ProjectList, index: Int) -> [BudgetRecord] {
        let (reading, column) = (list.reading, list.moneyColumn)
        let unit = reading.measures[column].moneyUnit
        let itemless = TableChecker.itemlessColumns(of: reading)
        return list.rows.compactMap { row, name, amount in
            guard let cell = reading.table.rows[row].cells[column] else { return nil }
            return BudgetRecord(
                table: index, kind: reading.kind, page: reading.table.page(ofRow: row, column: column), row: row, column: column,
                item: name ?? item(row: row, column: column, of: reading, passing: itemless),
                columnName: reading.columnNames[column], printed: cell.text, unit: reading.measures[column].recordUnit,
                amount: amount.description, yuan: unit?.yuan(of: amount).description, currency: unit?.currencyOfAmounts.rawValue)
        }
    }

    static func records(of reading: TableReading, index: Int) -> [BudgetRecord] {
        let table = reading.table
        let sides = Dictionary(uniqueKeysWithValues: reading.amountColumns.map { ($0, side(ofColumn: $0, in: reading)) })
        let blockCodeGroups = reading.codeGroupsOfBlocks()
        let itemless = TableChecker.itemlessColumns(of: reading)
        var records: [BudgetRecord] = []
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, amount) in reading.figures[rowIndex].enumerated() {
                guard let amount, let cell = row.cells[column] else { continue }
                let measure = reading.measures[column]
                let unit = measure.moneyUnit
                let code = reading.code(row: rowIndex, column: column)
                let columnName = reading.columnNames[column]
                let classifications = RowClassifications(reading: reading, row: rowIndex, groups: blockCodeGroups[column])
                let functionCode = classifications.function
                records.append(BudgetRecord(
                    table: index, kind: reading.kind, page: table.page(ofRow: rowIndex, column: column), row: rowIndex, column: column,
                    code: code, level: code.flatMap(TableReading.level), parent: code.flatMap(TableReading.parent),
                    functionCode: functionCode, functionLevel: functionCode.flatMap(TableReading.level),
                    functionParent: functionCode.flatMap(TableReading.parent),
                    governmentEconomicCode: classifications.governmentEconomic,
                    departmentEconomicCode: classifications.departmentEconomic,
                    item: item(row: rowIndex, column: column, of: reading, passing: itemless),
                    columnName: columnName, side: sides[column] ?? nil,
                    printed: cell.text, unit: measure.recordUnit, amount: amount.description,
                    yuan: unit?.yuan(of: amount).description, currency: unit?.currencyOfAmounts.rawValue))
            }
        }
        return records
    }

    /// The item an amount is for, as its checks name it: a column of
    /// quantity units (`單位`: 公噸) or of explanations is passed over, as a
    /// blank in it is; a code the label column prints in front of the name is
    /// no part of it.
    static func item(row: Int, column: Int, of reading: TableReading, passing itemless: Set<Int>) -> String? {
        TableChecker.itemLabel(row: row, column: column, of: reading, passing: itemless).map(reading.item(named:))
    }

    /// The side of a side-by-side table a column is on: from its top
    /// heading (`收入`, `财政拨款支出`), else from the labels of its rows
    /// (`一、…收入` items and `本年收入合计` on the income side).
    static func side(ofColumn column: Int, in reading: TableReading) -> String? {
        guard [.incomeAndExpense, .fiscalAllocation].contains(reading.kind) else { return nil }
        if let top = reading.columnNames[column]?.split(separator: "/").first, let side = side(naming: String(top)) { return side }
        let labels = (0..<reading.rowCount).compactMap { reading.label(row: $0, column: column)?.text }
        let income = labels.filter { side(naming: $0) == "收入" }.count, expense = labels.filter { side(naming: $0) == "支出" }.count
        return income > expense ? "收入" : expense > income ? "支出" : nil
    }

    /// `收入` or `支出` when a text names one of them and not the other.
    static func side(naming text: String) -> String? {
        let (income, expense) = (text.includes("收入"), text.includes("支出"))
        return income == expense ? nil : income ? "收入" : "支出"
    }
}
