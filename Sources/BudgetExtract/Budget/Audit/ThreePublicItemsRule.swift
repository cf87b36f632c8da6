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
        let table = document.records.filter { $0.kind == .threePublic }.compactMap(TopicFigures.TableAmount.init)
        guard !table.isEmpty else { return [] }
        return document.threePublicItemFigures.compactMap { tied in
            TopicFigures.finding(rule: "three_public.items", for: tied, topic: items[tied.topic],
                                 cells: cells(of: tied.topic, in: table), elsewhere: table, what: "“三公”经费表")
        }
    }

    /// The cells of the 三公 table that print an item: those whose row and
    /// column names name it last (`公务用车购置及运行费/公务用车购置费` is the 购置 part).
    static func cells(of item: Int, in table: [TopicFigures.TableAmount]) -> [TopicFigures.TableAmount] {
        table.filter { amount in
            let names = (amount.record.columnName ?? "") + "/" + (amount.record.item ?? "")
            return TopicFigures.lastTopic(in: names, topics: items) == item
        }
    }

    /// The figures this rule judges, by sentence and place: the 三公 total rule leaves them alone.
    static func judged(in document: AuditInput) -> [(sentence: String, range: Range<String.Index>)] {
        let table = document.records.filter { $0.kind == .threePublic }.compactMap(TopicFigures.TableAmount.init)
        return document.threePublicItemFigures.filter { !cells(of: $0.topic, in: table).isEmpty }
            .map { ($0.sentence.text, $0.figure.range) }
    }
}
