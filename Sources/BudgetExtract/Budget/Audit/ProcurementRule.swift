/// prose.procurement: the prose's 政府采购 amount against the 政府采购
/// table. A clause naming the 政府采购 (`2025年政府采购预算总额56.00万元`)
/// gives an amount the 政府采购 table must print within rounding. Its
/// parts (货物, 工程, 服务: many tables list the purchases, not the three
/// sums) and the shares set aside for small enterprises (`面向中小企业预留…`)
/// are not amounts the table need print, nor is a clause naming a change
/// or another year. Judged only where a
/// 政府采购 table prints amounts in a read unit, and only where no amount
/// of it equals the figure.
enum ProcurementRule: AuditRule {
    static let topic = TopicFigures.Topic(name: "政府采购", spellings: ["政府采购"],
                                          notWith: ["中小企业", "小微企业", "预留", "授予", "合同", "货物", "工程", "服务"])

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let cells = document.records.filter { $0.kind == .procurement }.compactMap(TopicFigures.TableAmount.init)
        guard !cells.isEmpty else { return [] }
        return TopicFigures.tied(in: document, to: [topic]).compactMap { tied in
            TopicFigures.finding(rule: "prose.procurement", for: tied, topic: topic, cells: cells, elsewhere: cells,
                                 what: "政府采购表")
        }
    }
}
