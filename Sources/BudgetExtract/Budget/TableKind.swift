/// What a budget table reports: the standard tables of 部门预算 and 部门决算.
public enum TableKind: String, Codable, Sendable, CaseIterable {
    case incomeAndExpense = "收支总表"
    case income = "收入总表"
    case expense = "支出总表"
    case fiscalAllocation = "财政拨款收支总表"
    case generalBudgetByFunction = "一般公共预算支出(功能分类)"
    case basicExpenseByEconomicClass = "一般公共预算基本支出(经济分类)"
    /// The same two budgets by the other classification, where a title
    /// names it (`一般公共预算支出明细表（按经济分类科目分）`,
    /// `一般公共预算基本支出明细表（按功能科目分）`): kinds of their own, so
    /// that summing by kind never adds the same budget read two ways.
    case generalBudgetByEconomicClass = "一般公共预算支出(经济分类)"
    case basicExpenseByFunction = "一般公共预算基本支出(功能分类)"
    /// The 财政拨款 tables repeat the 一般公共预算 ones with the funds added:
    /// kinds of their own, so that summing by kind never counts a budget twice.
    case fiscalAllocationExpense = "财政拨款支出(功能分类)"
    case fiscalAllocationBasicExpense = "财政拨款基本支出(经济分类)"
    /// The 基本支出 of all the department's funds (`基本支出预算情况表`,
    /// `部门预算基本支出预算表`: 财政拨款, 财政专户, 单位资金 side by side): a
    /// kind of its own, never summed with the 一般公共预算 one it contains.
    case basicExpense = "基本支出"
    case project = "项目支出"
    case governmentFund = "政府性基金"
    case stateCapital = "国有资本经营"
    case threePublic = "三公经费"
    case operatingCosts = "机关运行经费"
    case procurement = "政府采购"
    case performanceGoals = "绩效目标表"
    case socialInsuranceFund = "社会保险基金"
    case other

    /// The kind a title names (`2025年部门收入预算总表`, `公开表三 支出预算总表`,
    /// `一般公共预算基本支出预算表（经济科目）`), else the kind the header
    /// suggests, else `.other`. The most specific words are tried first.
    public static func of(title: String?, header: [String]) -> TableKind {
        if let title, let kind = named(in: title.withoutWhitespace) { return kind }
        return suggested(by: header.joined().withoutWhitespace)
    }

    /// The kind a header's words suggest when no title names one: the
    /// column headings each standard table prints.
    static func suggested(by words: String) -> TableKind {
        let has = { (word: String) in words.includes(word) }
        if has("指标") { return .performanceGoals }
        if has("三公") { return .threePublic }
        if has("采购") { return .procurement }
        if has("机关运行经费") { return .operatingCosts }
        if has("财政拨款收入") && has("财政拨款支出") || has("收入") && has("支出") && has("财政拨款") { return .fiscalAllocation }
        if has("政府性基金预算支出") { return .governmentFund }
        if has("国有资本经营预算支出") { return .stateCapital }
        if has("经济分类") { return .basicExpenseByEconomicClass }
        if has("一般公共预算支出") { return .generalBudgetByFunction }
        if has("收入") && has("支出") { return .incomeAndExpense }
        if has("基本支出") || has("项目支出") { return .expense }
        if has("收入") { return .income }
        return .other
    }

    /// The kind of a table, from its title or header.
    public static func of(_ table: Table) -> TableKind {
        of(title: table.title, header: table.header.flatMap { $0.compactMap { $0?.text } })
    }

    private static func named(in title: String) -> TableKind? {
        guard let kind = titleRules.first(where: { words, _ in words.allSatisfy(title.includes) })?.1 else { return nil }
        // `收入` or `支出` alone names the summary table only where the title
        // names a summary or its detail (`收入预算总表`, `支出总体情况表`,
        // `支出预算分单位明细表`) or is the 决算's (`支出决算表`); else the word
        // belongs to another subject (`财政拨款结转资金支出表`,
        // `政府购买服务支出决算表`, `農業特別收入基金…表`).
        if [.income, .expense].contains(kind), !namesSummary(title) { return .other }
        return kind
    }

    /// Whether a title names a summary table: `总` (`总表`, `总体情况表`), its
    /// detail (`明细表`: `部门支出预算分单位明细表`), or it opens with `收入决算`
    /// or `支出决算`, as the 决算's summary tables are titled.
    static func namesSummary(_ title: String) -> Bool {
        title.includesAny(of: ["总", "明细"]) || title.hasPrefix("收入决算") || title.hasPrefix("支出决算")
    }

    /// The words a title names each kind by, the most specific first. Built
    /// once, not at every call (the kind is asked of every table several times).
    private static let titleRules: [([String], TableKind)] = [
        (["绩效"], .performanceGoals),
        (["三公"], .threePublic),
        (["机关运行"], .operatingCosts),
        (["政府采购"], .procurement),
        (["社会保险基金"], .socialInsuranceFund),
        (["政府性基金"], .governmentFund),
        (["国有资本经营"], .stateCapital),
        (["财政拨款收支"], .fiscalAllocation),
        (["财政拨款收入支出"], .fiscalAllocation),
        // 一般公共预算 narrows a 财政拨款 table to that one budget: the
        // 一般公共预算财政拨款支出表 is the 一般公共预算 table, not the 财政拨款 one.
        // A title that names the classification its rows follow (`按支出功能分类科目`,
        // `按经济分类科目分`) says which of the two readings of a budget it is.
        (["一般公共预算", "基本支出", "功能分类"], .basicExpenseByFunction),
        (["一般公共预算", "基本支出", "功能科目"], .basicExpenseByFunction),
        (["一般公共预算", "基本支出"], .basicExpenseByEconomicClass),
        (["一般公共预算", "支出", "经济分类"], .generalBudgetByEconomicClass),
        (["一般公共预算", "支出", "经济科目"], .generalBudgetByEconomicClass),
        (["一般公共预算", "支出"], .generalBudgetByFunction),
        (["财政拨款", "基本支出"], .fiscalAllocationBasicExpense),
        (["财政拨款支出"], .fiscalAllocationExpense),
        (["基本支出"], .basicExpense),
        (["经济分类"], .basicExpenseByEconomicClass),
        (["项目支出"], .project),
        // 西安's 部门综合预算 name their 项目支出 专项业务经费 (beside 人员经费
        // and 公用经费, the 基本支出): `部门综合预算专项业务经费支出表`.
        (["专项业务经费"], .project),
        (["收支"], .incomeAndExpense),
        (["收入支出"], .incomeAndExpense),
        (["收入"], .income),
        (["支出"], .expense),
    ]
}
