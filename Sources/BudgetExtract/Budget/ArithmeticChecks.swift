/// Runs every check the tables imply, the way an auditor would: a pure
/// function of the tables. A blank cell adds nothing to a sum and a blank
/// total is not checked: a blank is never read as zero.
public enum ArithmeticChecks {
    public static func checks(of tables: [Table]) -> [ArithmeticCheck] {
        checks(of: tables.map(TableReading.init))
    }

    static func checks(of readings: [TableReading]) -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        // A 绩效目标表's numbers are targets and scores: they imply no sums.
        let tables = readings.enumerated().filter { $0.element.kind != .performanceGoals }
            .map { TableChecker(reading: $0.element, index: $0.offset) }
        for table in tables {
            checks += table.codeHierarchy() + table.totalRows() + table.outline() + table.totalColumns()
                + table.incomeEqualsExpense()
        }
        checks += acrossTables(tables)
        return checks.map(RepairFinder.withRepair)
    }

    /// 收支总表's 收入总计 and 支出总计 against the totals of 收入总表 and 支出总表,
    /// and the 一般公共预算 of the 财政拨款收支总表 against the total of the
    /// 一般公共预算支出 table, where the document holds exactly one of each
    /// (the tables as read for their own checks, so none is read again).
    static func acrossTables(_ tables: [TableChecker]) -> [ArithmeticCheck] {
        func only(_ kind: TableKind) -> TableChecker? {
            let matches = tables.filter { $0.reading.kind == kind }
            return matches.count == 1 ? matches[0] : nil
        }
        var checks: [ArithmeticCheck] = []
        if let summary = only(.incomeAndExpense) {
            let sides = summary.sideTotals()
            for (kind, side, name) in [(TableKind.income, sides.income, "收入"), (.expense, sides.expense, "支出")] {
                guard let side, let total = only(kind)?.grandTotal() else { continue }
                checks.append(.make(.acrossTables, "\(kind.rawValue)的总额 = 收支总表的\(name)总计", total: total, parts: [side]))
            }
        }
        if let allocation = only(.fiscalAllocation)?.generalBudgetAllocation(),
           let total = only(.generalBudgetByFunction)?.grandTotal() {
            checks.append(.make(.acrossTables, "一般公共预算支出表的总额 = 财政拨款收支总表的一般公共预算",
                                total: total, parts: [allocation]))
        }
        return checks
    }
}
