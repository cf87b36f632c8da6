/// One indicator of a 项目绩效目标表: what is measured and the target set for it.
public struct PerformanceIndicator: Codable, Sendable, Equatable {
    /// 0-based table and body row; 1-based page.
    public var table: Int
    public var page: Int
    public var row: Int
    /// The 一级 / 二级 (/ 三级) headings the indicator sits under, a merged cell's text carried down.
    public var levels: [String]
    public var name: String
    /// The target as printed (`≥95%`, `≤40000.00（元）`, `2月底前`), with the operator column's text where there is one.
    public var target: String
    /// `≥`, `≤`, `=`, `>` or `<`.
    public var comparator: String?
    /// The target's number, an exact decimal; null where the target is words (`良好`, `2月底前`).
    public var value: String?
    /// The target's unit (`%`, `元`, `人`, `次`).
    public var unit: String?
}

/// The project a 绩效目标表 is for, from the lines above it or its head rows.
public struct ProjectHead: Codable, Sendable, Equatable {
    public var table: Int
    public var name: String?
    /// `项目编码` as printed.
    public var code: String?
    /// The project's budget as printed, read as an exact decimal, in `unit`.
    public var amount: String?
    public var unit: String?
    /// The budget in 元, exact; null where the unit was not read.
    public var yuan: String?
    /// `计划开始日期` and `计划完成日期` as printed.
    public var start: String?
    public var end: String?
    /// The year the goals are for: from the title (`长寿区2024年…`, `(2020年度)`), else the notes, else the start date.
    public var year: String?
}

/// Reads indicators and project heads from the tables of kind 绩效目标表.
public enum PerformanceGoals {
    public static func indicators(of tables: [Table]) -> [PerformanceIndicator] {
        tables.enumerated().flatMap { index, table in
            TableKind.of(table) == .performanceGoals ? indicators(of: table, index: index) : []
        }
    }

    public static func projects(of tables: [Table]) -> [ProjectHead] {
        tables.enumerated().compactMap { index, table in
            TableKind.of(table) == .performanceGoals ? project(of: table, index: index) : nil
        }
    }

    /// What each column of an indicator table holds, from the row that names them.
    struct Columns {
        var levels: [Int] = []
        var name: Int?
        var comparator: Int?
        var value: Int?
        var unit: Int?

        init?(_ row: PrintedRow) {
            // The first column that names a role takes it (`指标值` before `指标值确定依据`).
            func take(_ role: inout Int?, _ column: Int) { if role == nil { role = column } }
            for (column, cell) in row.enumerated() {
                guard let text = cell?.text.filter({ !$0.isWhitespace }) else { continue }
                if text.contains("一级") || text.contains("二级") || text.contains("三级") { levels.append(column) }
                else if text.contains("指标名称") || text.contains("指标内容") { take(&name, column) }
                else if text.contains("指标性质") || text.contains("符号") { take(&comparator, column) }
                else if text.contains("指标值") || text.contains("目标值") { take(&value, column) }
                else if text.contains("指标单位") || text.contains("计量单位") || text == "单位" { take(&unit, column) }
            }
            // Without a name column the deepest level names the indicator.
            if name == nil, levels.count >= 2 { name = levels.removeLast() }
            guard name != nil, value != nil else { return nil }
        }
    }

    static func indicators(of table: Table, index: Int) -> [PerformanceIndicator] {
        let rows = table.header.map { (table.pages[0], $0) } + table.rows.map { ($0.page, $0.cells) }
        guard let start = rows.firstIndex(where: { Columns($0.1) != nil }), let columns = Columns(rows[start].1),
              let nameColumn = columns.name, let valueColumn = columns.value else { return [] }
        var levels = [String?](repeating: nil, count: columns.levels.count)
        var indicators: [PerformanceIndicator] = []
        for position in (start + 1)..<rows.count {
            let (page, cells) = rows[position]
            for (slot, column) in columns.levels.enumerated() {
                if let text = cells[column]?.text {
                    levels[slot] = text.filter { !$0.isWhitespace }
                    // A new heading starts its sub-headings afresh.
                    for deeper in (slot + 1)..<max(slot + 1, levels.count) { levels[deeper] = nil }
                }
            }
            // Indicators are body rows; a header row below the one naming the columns only heads them.
            guard position >= table.header.count, let name = cells[nameColumn]?.text.filter({ !$0.isWhitespace }),
                  !name.isEmpty, let printed = cells[valueColumn]?.text else { continue }
            var target = Target(printed)
            if let column = columns.comparator, let text = cells[column]?.text, let comparator = Target.comparator(text) {
                target.comparator = comparator
            }
            if let column = columns.unit, let text = cells[column]?.text.filter({ !$0.isWhitespace }), !text.isEmpty {
                target.unit = text
            }
            let shown = [columns.comparator.flatMap { cells[$0]?.text }, printed].compactMap { $0 }.joined()
            indicators.append(PerformanceIndicator(
                table: index, page: page, row: position - table.header.count, levels: levels.compactMap { $0 }, name: name,
                target: shown.filter { !$0.isWhitespace }, comparator: target.comparator, value: target.value?.description,
                unit: target.unit))
        }
        return indicators
    }

    /// A target as printed: `≥95%`, `>=200人`, `≤40000.00（元）`, `10 0`, `良好`.
    struct Target {
        var comparator: String?
        var value: ExactDecimal?
        var unit: String?

        init(_ printed: String) {
            let (comparator, rest) = NumberNormalizer.splitComparator(NumberNormalizer.halfWidth(printed).filter { !$0.isWhitespace })
            self.comparator = comparator?.rawValue
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            let after = rest.dropFirst(number.count).filter { !"()（）".contains($0) }
            // `2月底前`, `10个工作日内`: a time described in words, not a quantity.
            let words = after.contains { "前后底内间".contains($0) }
            guard !number.isEmpty, !words, let value = ExactDecimal(number.filter { $0 != "," }) else { return }
            self.value = value
            unit = after.isEmpty ? nil : after
        }

        /// The comparator a cell of its own prints (`≥`, `>=`).
        static func comparator(_ text: String) -> String? {
            let (comparator, rest) = NumberNormalizer.splitComparator(NumberNormalizer.halfWidth(text).filter { !$0.isWhitespace })
            return rest.isEmpty ? comparator?.rawValue : nil
        }
    }

    /// `项目名称：X`: a label, a colon, a value. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let labelValuePair = #/([^\s：:]+)\s*[：:]\s*(\S+)/#

    static func project(of table: Table, index: Int) -> ProjectHead? {
        // Label and value pairs: `项目名称：X` in the lines above, or a cell and the next cell in a head row.
        var pairs: [(label: String, value: String)] = []
        for note in table.notes {
            for match in note.matches(of: labelValuePair) { pairs.append((String(match.output.1), String(match.output.2))) }
        }
        // A header row naming a list's columns holds headings side by side, no label beside its value.
        let headingsRow = { (row: PrintedRow) in
            row.compactMap { $0 }.count >= TableSettings.standard.columnHeadingsRowTextsCount
        }
        for row in table.header.filter({ !headingsRow($0) }) + table.rows.map(\.cells) {
            let texts = row.compactMap { $0?.text.filter { !$0.isWhitespace } }
            for (label, value) in zip(texts, texts.dropFirst()) { pairs.append((String(label.filter { !"：:".contains($0) }), value)) }
        }
        func value(_ labels: [String]) -> (label: String, value: String)? {
            pairs.first { pair in labels.contains { pair.label.hasPrefix($0) } }
        }
        var head = ProjectHead(table: index)
        head.name = value(["项目名称"])?.value
        head.code = value(["项目编码", "项目代码"])?.value
        head.start = value(["计划开始日期", "开始日期"])?.value
        head.end = value(["计划完成日期", "完成日期", "结束日期"])?.value
        // The first label of the budget, most specific first, whose value is a number.
        let budgetLabels = ["项目总预算", "项目总资金额", "项目资金总额", "项目总金额", "资金总额", "项目金额", "预算数"]
        let budget = budgetLabels.lazy.compactMap { label in
            pairs.first { $0.label.hasPrefix(label) && NumberNormalizer.read($0.value).isAmount }
        }.first
        if let budget, case .amount(let amount) = NumberNormalizer.read(budget.value) {
            head.amount = amount.description
            head.unit = ["万元", "千元", "元"].first { budget.label.contains("(\($0))") || budget.label.contains("（\($0)）") } ?? table.unit
            head.yuan = head.unit.flatMap(MoneyUnit.init(word:)).map { amount.timesPowerOfTen($0.scale.powerOfTen).description }
        }
        head.year = ([table.title] + table.notes.map(Optional.some) + [head.start]).lazy.compactMap { $0 }
            .compactMap(DocumentFacts.firstYear).first
        return head.name == nil && head.amount == nil ? nil : head
    }
}

extension ProjectHead {
    init(table: Int) { self.table = table }
}
