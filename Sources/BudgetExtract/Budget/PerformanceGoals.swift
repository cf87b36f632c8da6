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
    /// The currency of `amount` and `yuan` (`CNY`, `TWD` …), as records say it; absent where no unit was read.
    public var currency: String?
    /// `计划开始日期` and `计划完成日期` as printed.
    public var start: String?
    public var end: String?
    /// The year the goals are for: from the title (`长寿区2024年…`, `(2020年度)`), else the notes, else the start date.
    public var year: String?
    /// For a project of a list (``ProjectList``): the page of its row and its amount's cell as printed.
    public var page: Int?
    public var printed: String?
}

/// Reads indicators and project heads from the tables of kind 绩效目标表.
public enum PerformanceGoals {
    public static func indicators(of tables: [Table]) -> [PerformanceIndicator] {
        tables.enumerated().flatMap { index, table in
            TableKind.of(table) == .performanceGoals ? indicators(of: table, index: index) : []
        }
    }

    public static func projects(of tables: [Table]) -> [ProjectHead] {
        projects(of: tables.map(TableReading.init))
    }

    /// A table listing its projects gives one entry each; another names its one project or none.
    static func projects(of readings: [TableReading]) -> [ProjectHead] {
        readings.enumerated().flatMap { index, reading -> [ProjectHead] in
            guard reading.kind == .performanceGoals else { return [] }
            if let list = ProjectList(reading) { return list.projects(table: index) }
            return project(of: reading.table, index: index).map { [$0] } ?? []
        }
    }

    /// A header row of headings side by side, no label beside its value
    /// (``TableSettings/columnHeadingsRowTextsCount``).
    static func namesColumns(_ row: PrintedRow) -> Bool {
        row.compactMap { $0 }.count >= TableSettings.standard.columnHeadingsRowTextsCount
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
            // `2022年12月`, `1-12月`, `100%/≥3篇`: a date, a range or several targets in one cell, no one quantity.
            let moreFigures = after.contains { $0.isASCII && $0.isNumber }
            // `100次外调血液满足需求`: a figure inside a sentence.
            let sentence = after.count > TableSettings.standard.longestTargetUnitCharacters
            guard !number.isEmpty, !words, !moreFigures, !sentence,
                  let value = ExactDecimal(number.filter { $0 != "," }) else { return }
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
        for row in table.header.filter({ !namesColumns($0) }) + table.rows.map(\.cells) {
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
            let money = head.unit.flatMap(MoneyUnit.init(word:))
            head.yuan = money?.yuan(of: amount).description
            head.currency = money?.currencyOfAmounts.rawValue
        }
        head.year = year(of: table, start: head.start)
        return head.name == nil && head.amount == nil ? nil : head
    }
}

extension PerformanceGoals {
    /// The year of a table's goals: from its title, else the lines above it, else a project's start date.
    static func year(of table: Table, start: String?) -> String? {
        ([table.title] + table.notes.map(Optional.some) + [start]).lazy.compactMap { $0 }
            .compactMap(DocumentFacts.firstYear).first
    }
}

/// A 绩效目标表 that lists its projects, one a row or a merged block (湖州
/// 表11 `单位名称 | 项目名称 | 金额 | 项目总体绩效目标`, 长春's `… | 年度资金总额(万元)
/// | 年度绩效目标 | 一级指标 | …`, 北京 预算12表 `项目名称 | 项目总额 | 其中：…`):
/// a header row of headings side by side prints `项目名称` over one column
/// and a money word over another. Each body row that prints a name and an
/// amount there is one project; a block's merged cells are printed once, in
/// its first row, so the rows of its indicators below add none.
struct ProjectList {
    let reading: TableReading
    let nameColumn: Int
    let moneyColumn: Int

    init?(_ reading: TableReading) {
        let table = reading.table
        let headings = table.header.filter(PerformanceGoals.namesColumns)
        guard let nameColumn = (0..<table.columnCount).first(where: { column in
            headings.contains { $0[column]?.text.withoutWhitespace.includes(PrintedVocabulary.projectNameHeading) ?? false }
        }) else { return nil }
        // The first money column right of the name whose heading names the project's money, not a part of it (`其中：财政资金`).
        guard let moneyColumn = ((nameColumn + 1)..<table.columnCount).first(where: { column in
            guard reading.measures[column].isMoney, let name = reading.columnNames[column] else { return false }
            let levels = name.split(separator: "/")
            return !levels.contains { $0.hasPrefix("其中") }
                && levels.contains { level in PrintedVocabulary.projectMoneyHeadingWords.contains { level.includes($0) } }
        }) else { return nil }
        (self.reading, self.nameColumn, self.moneyColumn) = (reading, nameColumn, moneyColumn)
    }

    /// The body rows that print an amount in the money column, with the
    /// name the name column prints beside it (nil where blank: a `合计` in
    /// another column).
    var rows: [(row: Int, name: String?, amount: ExactDecimal)] {
        reading.table.rows.indices.compactMap { row in
            guard !reading.headingRows.contains(row), let amount = reading.amounts[row][moneyColumn] else { return nil }
            let name = reading.table.rows[row].cells[nameColumn]?.text
            return (row, name.map(\.withoutWhitespace)?.isEmpty == false ? name : nil, amount)
        }
    }

    /// The rows that are projects: a name and no total's word (`合计` sums
    /// the projects), and no group's amount: a row whose amount the rows
    /// right after it add up to (two or more, to rounding) heads them (广州's
    /// `项目名称（资金使用单位）` lists each 资金使用单位 over its projects).
    var projectRows: [(row: Int, name: String, amount: ExactDecimal)] {
        let rows = self.rows.filter { $0.name.map { TotalRank(label: $0) == nil } ?? false }
        return rows.indices.compactMap { index in
            let (row, name, amount) = rows[index]
            guard let name, !Self.headsRows(amount, rows[(index + 1)...].map(\.amount)) else { return nil }
            return (row, name, amount)
        }
    }

    /// Whether a run of two or more of `following`, from its first, adds up to `amount` to rounding.
    static func headsRows(_ amount: ExactDecimal, _ following: [ExactDecimal]) -> Bool {
        var sum = ExactDecimal.zero
        for (count, part) in following.enumerated() {
            sum = sum + part
            if count >= 1, ArithmeticCheck.outcome(difference: amount - sum, figures: [amount] + following[...count]) != .fail {
                return true
            }
            if sum > amount { return false }
        }
        return false
    }

    func projects(table index: Int) -> [ProjectHead] {
        let table = reading.table
        let money = reading.measures[moneyColumn].moneyUnit
        let year = PerformanceGoals.year(of: table, start: nil)
        return projectRows.map { row, name, amount in
            var project = ProjectHead(table: index)
            project.name = name
            project.amount = amount.description
            project.unit = money?.scale.rawValue
            project.yuan = money?.yuan(of: amount).description
            project.currency = money?.currencyOfAmounts.rawValue
            project.year = year
            project.page = table.page(ofRow: row, column: moneyColumn)
            project.printed = table.rows[row].cells[moneyColumn]?.text
            return project
        }
    }
}

extension ProjectHead {
    init(table: Int) { self.table = table }
}
