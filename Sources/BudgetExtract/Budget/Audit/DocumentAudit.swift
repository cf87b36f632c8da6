/// What the audit reads of a document: its facts, its prose, its tables and records.
public struct AuditInput: Sendable {
    public var facts: DocumentFacts
    public var prose: ProseText
    public var tables: [Table]
    public var kinds: [TableKind]
    public var records: [BudgetRecord]
    /// The prose's figures tied to an item of the 三公经费, read once: two
    /// rules read them (three_public.items judges them, three_public.prose
    /// leaves them alone); none where no record is of a 三公 table.
    var threePublicItemFigures: [TopicFigures.Tied] = []

    public init(facts: DocumentFacts, prose: ProseText, tables: [Table], records: [BudgetRecord]) {
        self.facts = facts
        self.prose = prose
        self.tables = tables
        kinds = tables.map(TableKind.of)
        self.records = records
        if records.contains(where: { $0.kind == .threePublic }) {
            threePublicItemFigures = TopicFigures.tied(in: self, to: ThreePublicItemsRule.items)
        }
    }

    /// The document's year as a number, where it was read.
    var year: Int? { facts.year.flatMap { Int($0.value) } }
    var isFinalAccounts: Bool { facts.kind?.value == "决算" }
}

/// One rule of the audit: a pure function from the document to what it finds.
protocol AuditRule {
    static func findings(in document: AuditInput) -> [AuditFinding]
}

/// Runs every rule over a document (docs/schema.md, "Findings").
public enum DocumentAudit {
    static var rules: [any AuditRule.Type] {
        [
            ListedTablesRule.self, StandardTablesRule.self, EmptyTableRule.self,
            ProseTablesRule.self, ProseChangeRule.self, ProseShareRule.self, ProseComparisonRule.self,
            ItemFiguresRule.self,
            ThreePublicRule.self, ThreePublicItemsRule.self, ThreePublicCodesRule.self,
            OperatingCostsRule.self, ProcurementRule.self,
            YearRule.self, DepartmentRule.self, PlaceholderRule.self,
        ]
    }

    public static func findings(in document: AuditInput) -> [AuditFinding] {
        rules.flatMap { $0.findings(in: document) }
    }
}
