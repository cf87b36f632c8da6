/// 收入总计 = 支出总计 within a 收支 table, and the grand totals the checks
/// across tables compare.
extension TableChecker {
    /// The income and expense grand totals of a side-by-side table: the
    /// first amount right of `收入总计` (else `收入合计`), and of `支出总计`.
    /// With `bareGrandTotals`, a row that prints `总计` once on each side
    /// (收入 left, 支出 right) gives the grand totals where no label names
    /// its side (`收入总计`).
    func sideTotals(grandTotalsOnly: Bool = false, bareGrandTotals: Bool = false) -> (income: Amount?, expense: Amount?) {
        let bare = bareGrandTotals ? amountsRight { $0 == "总计" } : []
        let sides = bare.count == 2 && bare[0].reference.row == bare[1].reference.row ? bare : nil
        func total(_ side: String, bare: Amount?) -> Amount? {
            let grand = amountsRight { $0.includes(side + "总计") }
            if !grand.isEmpty { return grand.count == 1 ? grand[0] : nil }
            if let bare { return bare }
            guard !grandTotalsOnly else { return nil }
            let year = amountsRight { $0.includes(side + "合计") }
            return year.count == 1 ? year[0] : nil
        }
        return (total("收入", bare: sides?[0]), total("支出", bare: sides?[1]))
    }

    /// For each label that `names` (white space removed; `其中` lines left
    /// out), the first amount to its right in its row.
    private func amountsRight(ofLabels names: (String) -> Bool) -> [Amount] {
        var found: [Amount] = []
        for (row, cells) in table.rows.enumerated() {
            for (column, cell) in cells.cells.enumerated() {
                guard let text = cell?.text.withoutWhitespace, names(text), !text.hasPrefix("其中") else { continue }
                if let amount = ((column + 1)..<table.columnCount).lazy.compactMap({ self.amount(row: row, column: $0) }).first {
                    found.append(amount)
                }
            }
        }
        return found
    }

    func incomeEqualsExpense() -> [ArithmeticCheck] {
        guard [.incomeAndExpense, .fiscalAllocation].contains(reading.kind) else { return [] }
        // In a 决算 the year's income and expense (合计) may differ by the
        // balance carried over: only 收入总计 = 支出总计 must hold.
        let sides = sideTotals(grandTotalsOnly: table.title?.contains("决算") ?? false, bareGrandTotals: true)
        guard let income = sides.income, let expense = sides.expense else { return [] }
        return [.make(.incomeEqualsExpense, "收入总计 = 支出总计", total: income, parts: [expense])]
    }

    /// The 一般公共预算 allocation a 财政拨款收支总表 prints on its income
    /// side: the first amount right of the one label that names it.
    func generalBudgetAllocation() -> Amount? {
        let found = amountsRight { $0.includes("一般公共预算") && !$0.includes("支出") }
        return found.count == 1 ? found[0] : nil
    }

    /// The table's grand total: the highest-ranked total row in its first
    /// amount column, or the one row of a table that prints a single row.
    func grandTotal() -> Amount? {
        guard let column = amountColumns.first else { return nil }
        let totals = entries(column: column).filter { $0.rank != nil && $0.amount != nil && !$0.partial }
        if let best = totals.compactMap(\.rank).max() {
            let top = totals.filter { $0.rank == best }
            return top.count == 1 ? top[0].amount : nil
        }
        let rows = (0..<reading.rowCount).filter { row in reading.amounts[row].contains { $0 != nil } }
        return rows.count == 1 ? amount(row: rows[0], column: column) : nil
    }
}
