/// three_public.items: the prose's amount for each item of the 三公经费
/// against the 三公 table's cells of the same item. A clause naming an item
/// (`因公出国（境）费支出决算为4.69万元`, `公务接待费预算0.50万元`,
/// `公务用车购置及运行维护费…`, its parts `公务用车购置费…`,
/// `公务用车运行维护费…`) gives an amount the table must print for that
/// item, in one of its columns (年初预算, 决算, 上年…), within rounding. A
/// clause that also names a change, a share or a count, or another year
/// than the document's, is not the item's amount. Judged only where the
/// table prints amounts for the item in a read unit, and only where no
/// amount of the 三公 table equals the figure at all.
enum ThreePublicItemsRule: AuditRule {
    /// The items, the compound before its parts so that
    /// `公务用车购置及运行维护费` is not read as its 购置 part.
    static let items: [TopicFigures.Topic] = [
        .init(name: "公务用车购置及运行维护费", spellings: ["公务用车购置及运行", "公务用车购置和运行", "公务用车购置与运行", "公务用车购置及运维"]),
        .init(name: "公务用车购置费", spellings: ["公务用车购置"]),
        .init(name: "公务用车运行维护费", spellings: ["公务用车运行", "公务用车运维"]),
        .init(name: "因公出国（境）费", spellings: ["因公出国"]),
        .init(name: "公务接待费", spellings: ["公务接待"]),
    ]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        guard !document.threePublicItemFigures.isEmpty else { return [] }
        let table = amountsByItem(in: document)
        guard !table.isEmpty else { return [] }
        let amounts = table.map(\.amount)
        return document.threePublicItemFigures.compactMap { tied in
            TopicFigures.finding(rule: "three_public.items", for: tied, topic: items[tied.topic],
                                 cells: table.filter { $0.item == tied.topic }.map(\.amount), elsewhere: amounts, what: "“三公”经费表")
        }
    }

    /// The amounts of the 三公 table, each with the item it prints, read once
    /// (not again for each figure): the item its row and column names name
    /// last (`公务用车购置及运行费/公务用车购置费` is the 购置 part), nil for none.
    static func amountsByItem(in document: AuditInput) -> [(amount: TopicFigures.TableAmount, item: Int?)] {
        document.records.filter { $0.kind == .threePublic }.compactMap(TopicFigures.TableAmount.init).map { amount in
            let names = (amount.record.columnName ?? "") + "/" + (amount.record.item ?? "")
            return (amount, TopicFigures.lastTopic(in: names, topics: items))
        }
    }

    /// The figures this rule judges, by sentence and place: the 三公 total rule leaves them alone.
    static func judged(in document: AuditInput) -> [(sentence: String, range: Range<String.Index>)] {
        guard !document.threePublicItemFigures.isEmpty else { return [] }
        let printed = Set(amountsByItem(in: document).compactMap(\.item))
        return document.threePublicItemFigures.filter { printed.contains($0.topic) }.map { ($0.sentence.text, $0.figure.range) }
    }
}
