/// The figures of the prose that their own clause ties to a topic
/// (`因公出国（境）费支出决算为4.69万元` to 因公出国（境）费), and the
/// judgement of such a figure against the table cells that print the topic.
/// The rules on the 三公 items, the 机关运行经费 and the 政府采购 read the
/// prose through here.
enum TopicFigures {
    /// One topic: its name in a message, how the prose spells it, and
    /// words that make a clause naming it speak of a part no table need print.
    struct Topic: Sendable {
        var name: String
        var spellings: [String]
        var notWith: [String] = []
    }

    /// An amount of the prose whose clause names a topic.
    struct Tied {
        var figure: ProseFigure
        /// Index of the topic in the list asked about.
        var topic: Int
        var sentence: ProseText.Sentence
    }

    /// An amount a table prints, in 元, with half a unit of its last printed decimal.
    struct TableAmount {
        var record: BudgetRecord
        var yuan: ExactDecimal
        var rounding: ExactDecimal

        init?(_ record: BudgetRecord) {
            guard let yuan = record.yuan.flatMap(ExactDecimal.init) else { return nil }
            self.record = record
            self.yuan = yuan
            rounding = ProseTablesRule.rounding(of: record)
        }

        func agrees(with figure: ProseFigure) -> Bool {
            figure.yuan.map { ProseFigures.agree($0, within: figure.roundingInYuan, yuan, within: rounding) } ?? false
        }
    }

    /// Marks that end a clause: the words a figure is read with stop there.
    static let clauseStops: Set<Character> = ["，", ",", "。", "；", ";", "：", ":", "、"]

    /// Words in a clause that make its figure something else than the
    /// topic's amount: a change, a comparison, a count or an average.
    static let notTheAmount = ProseTablesRule.changeWords + ["批次", "人次", "辆", "平均", "人均", "占"]

    /// Each amount of the prose whose clause (back to the last clause mark or
    /// figure) names a topic, and names no year but the document's; the topic
    /// named last in the clause is the figure's. A clause right after a tied
    /// figure that says no more than which figure follows (`因公出国（境）费年初预算为
    /// 3.00万元，支出决算为2.50万元`) is of the same topic.
    static func tied(in document: AuditInput, to topics: [Topic]) -> [Tied] {
        let spellings = topics.flatMap(\.spellings)
        return document.prose.sentences.flatMap { sentence in
            // Every topic's spelling is at least two characters long: a cheap test first.
            guard sentence.text.includesAny(of: spellings) else { return [Tied]() }
            let text = sentence.text
            var clauseFloor = text.startIndex
            // The topic of the last figure tied, and where that figure ends.
            var carried: (topic: Int, end: String.Index)?
            return sentence.figures.compactMap { figure -> Tied? in
                defer { clauseFloor = figure.range.upperBound }
                let start = text[clauseFloor..<figure.range.lowerBound].lastIndex(where: clauseStops.contains)
                    .map { text.index(after: $0) } ?? clauseFloor
                let clause = String(text[start..<figure.range.lowerBound])
                let named = lastTopic(in: clause, topics: topics)
                let follows = carried.flatMap { carried in
                    named == nil && continues(clause) && text[carried.end..<start].allSatisfy(clauseStops.contains) ? carried.topic : nil
                }
                carried = nil
                guard !figure.isPercentage, let topic = named ?? follows, !clause.includesAny(of: notTheAmount),
                      YearRule.namedYears(in: clause).allSatisfy({ $0 == document.year }),
                      !clause.includesAny(of: topics[topic].notWith) else { return nil }
                carried = (topic, figure.range.upperBound)
                return Tied(figure: figure, topic: topic, sentence: sentence)
            }
        }
    }

    /// What a clause says when it only names which figure of a topic follows.
    static let followingFigures: Set<String> = ["预算", "决算", "年初预算", "全年预算", "调整预算", "支出决算", "决算支出",
                                                "预算数", "决算数", "年初预算数", "全年预算数", "支出决算数", "实际支出"]

    /// Whether a clause says no more than which figure follows (`支出决算为`).
    static func continues(_ clause: String) -> Bool {
        var core = Substring(clause)
        while let last = core.last, "为是".contains(last) { core = core.dropLast() }
        return followingFigures.contains(String(core))
    }

    /// The topic whose spelling starts last in `clause`; of two starting at
    /// the same place, the one listed first (`公务用车购置及运行` before `公务用车购置`).
    static func lastTopic(in clause: String, topics: [Topic]) -> Int? {
        var best: (topic: Int, start: String.Index)?
        for (index, topic) in topics.enumerated() {
            for spelling in topic.spellings {
                // The byte search first: most clauses name no topic.
                guard clause.includes(spelling), let start = clause.ranges(of: spelling).last?.lowerBound else { continue }
                if best.map({ start > $0.start }) ?? true { best = (index, start) }
            }
        }
        return best?.topic
    }

    /// A finding where a tied figure equals none of the cells that print its
    /// topic, while such cells are printed, and equals no cell of `elsewhere`
    /// either (a topic read into the wrong clause must not make a right figure wrong).
    static func finding(rule: String, for tied: Tied, topic: Topic, cells: [TableAmount], elsewhere: [TableAmount],
                        what: String) -> AuditFinding? {
        guard !cells.isEmpty, !cells.contains(where: { $0.agrees(with: tied.figure) }),
              !elsewhere.contains(where: { $0.agrees(with: tied.figure) }) else { return nil }
        let said = tied.sentence.text[clauseStart(of: tied)..<tied.figure.range.upperBound]
        // The cell nearest the figure is the one a reader compares it with; the rule names it only where all cells agree.
        let distance = { (cell: TableAmount) in tied.figure.yuan.map { (cell.yuan - $0).magnitude } ?? cell.yuan }
        guard let nearest = cells.min(by: { distance($0) < distance($1) }) else { return nil }
        let values = Set(cells.map(\.yuan))
        return AuditFinding(
            rule: rule, severity: .error,
            message: "说明中\(topic.name)的“\(said)”与\(what)中该项的金额都不符。",
            evidence: [.init(source: "说明", page: tied.sentence.pages.first, text: String(said)),
                       .init(record: nearest.record, text: cellText(nearest.record))],
            expected: values.count == 1 ? nearest.record.printed + (nearest.record.unit ?? "") : nil,
            pages: tied.sentence.pages)
    }

    /// Where the clause of a tied figure starts, for quoting it.
    static func clauseStart(of tied: Tied) -> String.Index {
        let text = tied.sentence.text
        return text[..<tied.figure.range.lowerBound].lastIndex(where: clauseStops.contains).map { text.index(after: $0) }
            ?? text.startIndex
    }

    /// A cell quoted as evidence: its row's item, its column and the amount as printed.
    static func cellText(_ record: BudgetRecord) -> String {
        [record.item, record.columnName].compactMap { $0 }.joined(separator: " ") + " " + record.printed + (record.unit ?? "")
    }
}
