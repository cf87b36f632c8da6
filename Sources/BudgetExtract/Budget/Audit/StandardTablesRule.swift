/// completeness.standard_table: a standard table of a 部门预算 or 部门决算
/// that the document neither prints nor mentions. The national templates'
/// lists are kept below as data (the 国有资本经营预算 table of a 决算 is
/// left out: it joined the template later than many published years); a document is held to them only when it
/// prints most of them (a 预算执行报告 or a 绩效目标表 alone is not a
/// 部门预算), and a table counts as present when one of its kind is printed
/// or its name appears anywhere in the text (an empty table's title, or the
/// prose saying the department has none). Only a department's or a unit's
/// document is held to them: its cover says 部门 or 单位 (a city's 决算 is
/// not a 部门决算).
enum StandardTablesRule: AuditRule {
    struct Standard {
        var kind: TableKind
        /// How the template names it.
        var name: String
        /// Words whose mention in the text counts as the table being accounted for.
        var mentions: [String]
    }

    static let budget: [Standard] = [
        Standard(kind: .incomeAndExpense, name: "收支总表", mentions: ["收支总表", "收支预算总表"]),
        Standard(kind: .income, name: "收入总表", mentions: ["收入总表", "收入预算总表", "收入预算表"]),
        Standard(kind: .expense, name: "支出总表", mentions: ["支出总表", "支出预算总表", "支出预算表"]),
        Standard(kind: .fiscalAllocation, name: "财政拨款收支总表", mentions: ["财政拨款收支", "财政拨款收入支出"]),
        Standard(kind: .generalBudgetByFunction, name: "一般公共预算支出表", mentions: ["一般公共预算支出", "一般公共预算财政拨款支出"]),
        Standard(kind: .basicExpenseByEconomicClass, name: "一般公共预算基本支出表", mentions: ["基本支出"]),
        Standard(kind: .threePublic, name: "“三公”经费支出表", mentions: ["三公"]),
        Standard(kind: .governmentFund, name: "政府性基金预算支出表", mentions: ["政府性基金"]),
    ]

    static let finalAccounts: [Standard] = [
        Standard(kind: .incomeAndExpense, name: "收入支出决算总表", mentions: ["收入支出决算总表", "收支决算总表"]),
        Standard(kind: .income, name: "收入决算表", mentions: ["收入决算表"]),
        Standard(kind: .expense, name: "支出决算表", mentions: ["支出决算表"]),
        Standard(kind: .fiscalAllocation, name: "财政拨款收入支出决算总表", mentions: ["财政拨款收入支出", "财政拨款收支"]),
        Standard(kind: .generalBudgetByFunction, name: "一般公共预算财政拨款支出决算表", mentions: ["一般公共预算财政拨款支出"]),
        Standard(kind: .basicExpenseByEconomicClass, name: "一般公共预算财政拨款基本支出决算表", mentions: ["基本支出"]),
        Standard(kind: .governmentFund, name: "政府性基金预算财政拨款收入支出决算表", mentions: ["政府性基金"]),
        Standard(kind: .threePublic, name: "“三公”经费支出决算表", mentions: ["三公"]),
    ]

    /// A document printing fewer of its list than this is not held to the list.
    static let leastPrinted = 5

    static func findings(in document: AuditInput) -> [AuditFinding] {
        guard let kind = document.facts.kind?.value else { return [] }
        let standards = kind == "决算" ? finalAccounts : budget
        let cover = document.prose.lines.filter { $0.page == 1 }.prefix(YearRule.coverLines).map(\.text).joined()
        guard cover.contains("部门") || cover.contains("单位") else { return [] }
        let printed = Set(document.kinds)
        guard standards.filter({ printed.contains($0.kind) }).count >= leastPrinted else { return [] }
        let texts = document.prose.lines.map(\.text) + document.tables.compactMap(\.title)
        return standards.filter { standard in
            !printed.contains(standard.kind) && !texts.contains { text in standard.mentions.contains(where: text.contains) }
        }.map { standard in
            AuditFinding(rule: "completeness.standard_table", severity: .warning,
                         message: "\(kind)文件未见\(standard.name)，说明中也未提及。",
                         evidence: [], expected: standard.name)
        }
    }
}
