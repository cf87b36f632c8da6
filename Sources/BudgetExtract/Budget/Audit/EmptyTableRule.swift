/// completeness.empty_table: a standard table (its title says which)
/// printed without a single amount and not declared empty: neither its
/// cells, its notes, the lines of its pages, another table (a list of
/// tables with a 是否空表 column) nor the prose say so (`本部门无此项`,
/// `无政府性基金预算…`, `国有资本经营预算拨款支出预算为0`).
enum EmptyTableRule: AuditRule {
    /// Words that declare a table empty wherever they stand beside it.
    static let declarations = ["无此项", "无数据", "空表", "不涉及", "未发生", "未安排", "没有", "本部门无", "本单位无"]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let withRecords = Set(document.records.map(\.table))
        // The texts a declaration is searched in, gathered once a table needs them: most documents have no empty table.
        var gathered: [String]?
        func texts() -> [String] {
            if let gathered { return gathered }
            let allCells = document.tables.flatMap { table in table.rows.flatMap { $0.cells.compactMap { $0?.text } } }
            let texts = document.prose.sentences.map(\.text) + document.prose.lines.map(\.text) + allCells.map(\.withoutWhitespace)
            gathered = texts
            return texts
        }
        // Whether the texts declare none of a topic, found once per topic: many empty tables share one.
        var declared: [String: Bool] = [:]
        func declaresNoneOf(_ topic: String) -> Bool {
            if let known = declared[topic] { return known }
            let found = texts().contains { declaresNone($0, topic: topic) }
            declared[topic] = found
            return found
        }
        return document.tables.indices.compactMap { index -> AuditFinding? in
            let table = document.tables[index]
            guard let title = table.title, !withRecords.contains(index), !printsAmounts(table) else { return nil }
            let kind = TableKind.of(title: title, header: [])
            guard kind != .other, kind != .performanceGoals else { return nil }
            let cells = (table.header + table.rows.map(\.cells)).flatMap { $0.compactMap { $0?.text } }
            let pageLines = document.prose.lines.filter { table.pages.contains($0.page) }.map(\.text)
            if (cells + table.notes + pageLines).contains(where: { $0.includesAny(of: declarations) }) { return nil }
            if topics(of: kind).contains(where: declaresNoneOf) { return nil }
            return AuditFinding(rule: "completeness.empty_table", severity: .warning,
                                message: "“\(title)”未列任何金额，也未注明“无”或“本部门无此项”。",
                                evidence: [.init(source: "表", page: table.pages.first, text: title, table: index)],
                                pages: table.pages)
        }
    }

    /// Whether a body cell prints something like an amount: digits with a
    /// decimal point or a thousands separator (not a 栏次 number), even where
    /// the cell holds more than one (`142.488000 142.488000`).
    static func printsAmounts(_ table: Table) -> Bool {
        table.rows.contains { row in
            row.cells.contains { cell in cell.map { ProseText.printsAmountLike($0.text) } ?? false }
        }
    }

    /// Words after a topic that say there is none of it, or zero. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let noneOrZero = #/为(?:0|零)(?:\.0+)?(?:万元|元)?(?:$|[^0-9.])|(?:^|[^0-9.,])0(?:\.0+)?(?:万元|元)(?:$|[^0-9.])|无|没有|不涉及|空表/#

    /// Whether a text says there is none of `topic`: `无政府性基金…`, or
    /// `政府性基金拨款支出预算为0`, `…预算0万元` (the topic, then nothing or zero).
    static func declaresNone(_ text: String, topic: String) -> Bool {
        guard mayContain(text, topic), text.includes(topic), let range = text.firstRange(of: topic) else { return false }
        let before = text[..<range.lowerBound].suffix(12)
        if let none = before.lastIndex(of: "无"), !before[none...].contains(where: noneStops.contains) { return true }
        let after = text[range.upperBound...].prefix { !clauseEnds.contains($0) }
        return after.includesAny(of: noneOrZeroWords) && after.contains(noneOrZero)
    }

    /// The marks a 无 before the topic may not stand before, and those that end the words after it
    /// (sets: a character is compared with each as a string in a `String`).
    static let noneStops: Set<Character> = ["，", "。", "；"]
    static let clauseEnds: Set<Character> = ["，", "。", "；", ";"]

    /// Every match of `noneOrZero` prints one of these words (`为0.00` prints
    /// 为0, `0.00万元` prints 0万元): the cheap test before the regex, searched
    /// as the pattern compares characters.
    static let noneOrZeroWords = ["为0", "为零", "0元", "0万元", "无", "没有", "不涉及", "空表"]

    /// Whether a scalar is a CJK compatibility ideograph: each is canonically equivalent to a unified ideograph.
    static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xF900...0xFAFF, 0x2F800...0x2FA1F: true
        default: false
        }
    }

    /// False when a pattern whose every match starts with one of `starts` cannot
    /// match at the start of `text`, told from its first scalar (a compatibility
    /// ideograph compares equal to the one it stands for): the cheap test before
    /// a regex run on every line.
    static func mayStart(_ text: String, with starts: Set<Unicode.Scalar>) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return starts.contains(first) || isCompatibilityIdeograph(first)
    }

    /// False when `text` cannot hold `word`, told from scalars before a
    /// search by characters: a word starting with a CJK ideograph is found
    /// only where that ideograph, or a compatibility ideograph equivalent to
    /// it, is printed. Most cells and lines print neither.
    static func mayContain(_ text: String, _ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, (0x4E00...0x9FFF).contains(first.value) else { return true }
        return text.unicodeScalars.contains { scalar in
            scalar == first || isCompatibilityIdeograph(scalar)
        }
    }

    /// The words the prose names a table's subject by.
    static func topics(of kind: TableKind) -> [String] {
        switch kind {
        case .threePublic: ["三公"]
        case .governmentFund: ["政府性基金"]
        case .stateCapital: ["国有资本经营"]
        case .operatingCosts: ["机关运行经费"]
        case .procurement: ["政府采购"]
        case .basicExpenseByEconomicClass, .basicExpenseByFunction: ["基本支出", "一般公共预算"]
        case .generalBudgetByFunction, .generalBudgetByEconomicClass: ["一般公共预算"]
        case .project: ["项目支出"]
        default: [kind.rawValue]
        }
    }
}
