/// three_public.prose: the prose's 三公 figures against the 三公经费 table.
/// A sentence on the 三公经费 (`“三公”经费年初预算为3.20万元，支出决算为2.85万元`)
/// gives amounts the table must print: each must equal one of its amounts
/// within rounding (where the table's unit was read: amounts are never
/// compared across a guessed unit; a figure of one item is left to
/// three_public.items where the table prints that item); and a table that prints no amount at all
/// while the prose gives one above zero is an error of its own.
enum ThreePublicRule: AuditRule {
    static func findings(in document: AuditInput) -> [AuditFinding] {
        let tables = document.kinds.indices.filter { document.kinds[$0] == .threePublic }
        guard let first = tables.first else { return [] }
        let records = document.records.filter { $0.kind == .threePublic }
        let amounts = records.compactMap { record in
            record.yuan.flatMap(ExactDecimal.init).map { (record: record, yuan: $0, rounding: ProseTablesRule.rounding(of: record)) }
        }
        let tablePages = tables.flatMap { document.tables[$0].pages }
        let empty = !tables.contains { EmptyTableRule.printsAmounts(document.tables[$0]) }
        let judgedByItem = empty ? [] : ThreePublicItemsRule.judged(in: document)
        var found: [AuditFinding] = []
        for sentence in document.prose.sentences where sentence.text.includes("三公") {
            for figure in sentence.figures {
                guard let yuan = figure.yuan, !figure.label.includes("批次"),
                      !figure.label.includesAny(of: ProseTablesRule.changeWords), figure.label.includesAny(of: ["预算", "决算", "三公"]),
                      !judgedByItem.contains(where: { $0.sentence == sentence.text && $0.range == figure.range }) else { continue }
                let said = AuditFinding.Evidence(source: "说明", page: sentence.pages.first, text: figure.label + figure.printed)
                if empty {
                    guard !yuan.isZero else { continue }
                    found.append(AuditFinding(
                        rule: "three_public.prose", severity: .error,
                        message: "说明称“\(figure.label)\(figure.printed)”，但“三公”经费表未列任何金额。",
                        evidence: [said, .init(source: "表", page: document.tables[first].pages.first, text: document.tables[first].title ?? "“三公”经费表", table: first)],
                        pages: sentence.pages + tablePages))
                } else if !amounts.isEmpty, !amounts.contains(where: { ProseFigures.agree(yuan, within: figure.roundingInYuan, $0.yuan, within: $0.rounding) }) {
                    found.append(AuditFinding(
                        rule: "three_public.prose", severity: .error,
                        message: "说明所称“三公”经费“\(figure.label)\(figure.printed)”与“三公”经费表中的任何金额都不符。",
                        evidence: [said] + amounts.prefix(3).map { .init(record: $0.record, text: ($0.record.columnName ?? "") + " " + $0.record.printed) },
                        pages: sentence.pages))
                }
            }
        }
        return found
    }
}
