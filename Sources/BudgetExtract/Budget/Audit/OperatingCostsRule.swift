/// prose.operating_costs: the prose's 机关运行经费 against the table that
/// prints it. A clause naming the 机关运行经费 (`2025年机关运行经费预算为
/// 123.45万元`) gives an amount that a cell printing it must equal within
/// rounding: a cell of a 机关运行经费 table, or a row or column named
/// 机关运行经费 in another (上海's “三公”经费和机关运行经费预算表). A clause
/// that also names a change, a share or another year is not the amount.
/// Judged only where such cells are printed in a read unit, and only where
/// no amount of their tables equals the figure.
enum OperatingCostsRule: AuditRule {
    static let topic = TopicFigures.Topic(name: "机关运行经费", spellings: ["机关运行经费"])

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let cells = document.records.filter { record in
            record.kind == .operatingCosts
                || [record.item, record.columnName].contains { $0?.includes("机关运行经费") ?? false }
        }.compactMap(TopicFigures.TableAmount.init)
        guard !cells.isEmpty else { return [] }
        let tables = Set(cells.map(\.record.table))
        let elsewhere = document.records.filter { tables.contains($0.table) }.compactMap(TopicFigures.TableAmount.init)
        return TopicFigures.tied(in: document, to: [topic]).compactMap { tied in
            TopicFigures.finding(rule: "prose.operating_costs", for: tied, topic: topic, cells: cells, elsewhere: elsewhere,
                                 what: "机关运行经费的表")
        }
    }
}
