/// prose.item: a 决算's 年初预算 and 支出决算 of one 项 against the row of
/// that 项 in the 一般公共预算财政拨款支出 table. The 说明 names each 项
/// (`（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。`)
/// and gives its figures in the same sentence or the next
/// (`年初预算为860.00万元，支出决算为812.34万元`). Each figure is judged
/// against the row of that 项 (found by its name, narrowed by the 款 and
/// 类 names where the name repeats) only where the row is found once in
/// the table, the table prints the figure's column (年初预算, 调整预算,
/// 全年预算, or a 决算/支出 one), the table's unit was read, and no cell of
/// the row equals the figure within the rounding of the printed decimals.
enum ItemFiguresRule: AuditRule {
    /// One 项 the prose names, and the figures it gives for it.
    struct Item {
        var name: String
        var section: String?
        var category: String?
        var figures: [(figure: ProseFigure, column: Column)]
        var sentence: ProseText.Sentence
    }

    /// Which column of the table a figure of the prose is: named by the words before it
    /// (a 决算 column names neither 预算 nor 上年).
    enum Column: String, CaseIterable {
        case adjusted = "调整预算"
        case fullYear = "全年预算"
        case initial = "年初预算"
        case actual = "决算"

        /// Whether a column's heading names this figure.
        func names(_ heading: String) -> Bool {
            switch self {
            case .adjusted, .fullYear, .initial: heading.contains(rawValue)
            case .actual: !heading.contains("预算") && !heading.contains("上年") && Self.actualWords.contains(where: heading.contains)
            }
        }

        /// The words of a column of the year's actual expense, the most telling first:
        /// the cell a finding quotes is the row's total where the table prints no 决算 column.
        static let actualWords = ["决算", "合计", "小计", "支出"]

        /// How well a heading names the figure: the lower the closer.
        func rank(of heading: String) -> Int {
            self == .actual ? Self.actualWords.firstIndex(where: heading.contains) ?? Self.actualWords.count : 0
        }

        /// The column a label names (`年初预算为`, `支出决算`), nil for a change or anything else.
        static func named(by label: String) -> Column? {
            guard !ProseTablesRule.changeWords.contains(where: label.contains), !label.contains("完成") else { return nil }
            return allCases.first { label.contains($0.rawValue) }
        }
    }

    /// A 项 name longer than this many characters is running text, not a name.
    static let longestName = 30

    static func findings(in document: AuditInput) -> [AuditFinding] {
        guard document.isFinalAccounts else { return [] }
        let tables = Set(document.tables.indices.filter { isItemTable($0, in: document) })
        let records = document.records.filter { tables.contains($0.table) && $0.yuan != nil }
        guard !records.isEmpty else { return [] }
        return items(in: document.prose).flatMap { item in
            rows(of: item, in: records).flatMap { row in
                item.figures.compactMap { finding(for: $0.figure, column: $0.column, item: item, row: row) }
            }
        }
    }

    /// A table of the 一般公共预算财政拨款 expense by function: its title
    /// names it, or, where the title read names no table (`公开05表`), a short
    /// line printed on its first page does.
    static func isItemTable(_ index: Int, in document: AuditInput) -> Bool {
        if document.kinds[index] == .generalBudgetByFunction { return true }
        let table = document.tables[index]
        guard TableKind.of(title: table.title, header: []) == .other, let page = table.pages.first else { return false }
        return document.prose.lines.contains { line in
            line.page == page && ProseText.hasAtMost(ProseText.longestHeading, charactersIn: line.text) && line.text.hasSuffix("表")
                && TableKind.of(title: line.text, header: []) == .generalBudgetByFunction
        }
    }

    /// Each 项 the prose names with its figures: the sentence naming it
    /// (the text after its last `（项）`) and, where that gives none, the next
    /// sentence up to where it names another 类 or 项.
    static func items(in prose: ProseText) -> [Item] {
        let sentences = rejoined(prose.sentences)
        return sentences.indices.compactMap { index in
            let sentence = sentences[index]
            // A sentence that names no 项 has no `（项）`, nor a `(项)` normalized to it: it is not normalized.
            guard sentence.text.includes("项") else { return nil }
            let text = normalized(sentence.text)
            guard let mark = text.ranges(of: "（项）").last else { return nil }
            let before = text[..<mark.lowerBound]
            let sectionMark = before.ranges(of: "（款）").last
            let name = String(before[(sectionMark?.upperBound ?? before.startIndex)...])
            guard !name.isEmpty, name.count <= longestName, !name.contains(where: TopicFigures.clauseStops.contains) else { return nil }
            let section = sectionMark.flatMap { sectionMark in
                let head = before[..<sectionMark.lowerBound]
                return head.ranges(of: "（类）").last.map { String(head[$0.upperBound...]) }
            }
            let category = before.ranges(of: "（类）").last.map { categoryName(before[..<$0.lowerBound]) }
            var figureText = String(text[mark.upperBound...])
            var pages = sentence.pages
            var own = columns(in: figureText)
            if own.isEmpty, index + 1 < sentences.count {
                let next = normalized(sentences[index + 1].text)
                let end = [next.firstRange(of: "（类）"), next.firstRange(of: "（项）")].compactMap { $0?.lowerBound }.min() ?? next.endIndex
                figureText = String(next[..<end])
                own = columns(in: figureText)
                pages = Array(Set(pages + sentences[index + 1].pages)).sorted()
            }
            guard !own.isEmpty else { return nil }
            return Item(name: name, section: section, category: category, figures: own,
                        sentence: ProseText.Sentence(text: figureText, pages: pages))
        }
    }

    /// The amounts of a text whose label names a column, in 元.
    static func columns(in text: String) -> [(figure: ProseFigure, column: Column)] {
        ProseFigures.figures(in: text).compactMap { figure in
            guard figure.yuan != nil, let column = Column.named(by: figure.label) else { return nil }
            return (figure, column)
        }
    }

    /// The sentences with each piece that ends without `。` joined to the
    /// next: a line that looks like a heading (`7.社会保障和就业（类）…（款）归口管`)
    /// is cut from the rest of its sentence, and a 项's name or its
    /// `年初预算` would be read in halves.
    static func rejoined(_ sentences: [ProseText.Sentence]) -> [ProseText.Sentence] {
        var joined: [ProseText.Sentence] = []
        var open: ProseText.Sentence?
        for sentence in sentences {
            var whole = sentence
            if let piece = open {
                whole = ProseText.Sentence(text: piece.text + sentence.text, pages: Array(Set(piece.pages + sentence.pages)).sorted())
            }
            open = nil
            if whole.text.hasSuffix("。") { joined.append(whole) } else { open = whole }
        }
        return joined + (open.map { [$0] } ?? [])
    }

    /// The 类 name before `（类）`, less an outline mark (`（一）`, `16.`) and what a sentence says before it.
    static func categoryName(_ text: Substring) -> String {
        let afterStop = text.lastIndex(where: { TopicFigures.clauseStops.contains($0) || $0 == "）" }).map { text.index(after: $0) }
        let afterMark = text.matches(of: ProseText.outlineMark).last?.range.upperBound
        return String(text[([afterStop, afterMark].compactMap { $0 }.max() ?? text.startIndex)...])
    }

    /// Full-width brackets for half-width ones, so that `(项)` reads as `（项）`.
    static func normalized(_ text: String) -> String {
        String(text.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
    }

    /// The rows of each table that print the 项: by name, narrowed by the
    /// 款 and 类 names of their parent codes where the name repeats; a
    /// table where that leaves not exactly one row gives none.
    static func rows(of item: Item, in records: [BudgetRecord]) -> [[BudgetRecord]] {
        let byTable = Dictionary(grouping: records, by: \.table)
        return byTable.keys.sorted().compactMap { table -> [BudgetRecord]? in
            guard let cells = byTable[table] else { return nil }
            let named = { (record: BudgetRecord, name: String?) in name.map { normalized(record.item ?? "") == $0 } ?? true }
            let itemName = { (code: String?) in code.flatMap { code in cells.first { $0.code == code }?.item }.map(normalized) }
            var rows = Dictionary(grouping: cells.filter { named($0, item.name) }, by: \.row)
            if rows.count > 1 {
                rows = rows.filter { _, row in
                    let parent = row.first?.parent
                    let section = itemName(parent), category = itemName(parent.map { String($0.prefix(3)) })
                    return item.section.map { $0 == section } ?? true && item.category.map { $0 == category } ?? true
                }
            }
            return rows.count == 1 ? rows.first?.value : nil
        }
    }

    /// A finding where the table prints the figure's column for the row,
    /// and no cell of the row equals the figure.
    static func finding(for figure: ProseFigure, column: Column, item: Item, row: [BudgetRecord]) -> AuditFinding? {
        let amounts = row.compactMap(TopicFigures.TableAmount.init)
        let printed = amounts.filter { column.names($0.record.columnName ?? "") }
        guard let cell = printed.min(by: { column.rank(of: $0.record.columnName ?? "") < column.rank(of: $1.record.columnName ?? "") }), !amounts.contains(where: { $0.agrees(with: figure) }) else { return nil }
        let said = figure.label + figure.printed
        return AuditFinding(
            rule: "prose.item", severity: .error,
            message: "说明中\(item.name)（项）的“\(said)”与\(item.name)一行的\(column.rawValue)数不符。",
            evidence: [.init(source: "说明", page: item.sentence.pages.first, text: said),
                       .init(record: cell.record, text: TopicFigures.cellText(cell.record))],
            expected: cell.record.printed + (cell.record.unit ?? ""), pages: item.sentence.pages)
    }
}
