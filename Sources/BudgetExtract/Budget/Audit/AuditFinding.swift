/// One thing a document says twice and differently, or leaves out: what a
/// reviewer would mark, with the printed text on each side.
public struct AuditFinding: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable {
        /// The document contradicts itself, or lacks what it lists.
        case error
        /// Likely wrong, but a reader should look before calling it an error.
        case warning
    }

    /// The printed text one side of a finding rests on.
    public struct Evidence: Codable, Sendable, Equatable {
        /// `说明` (the prose), `表` (a table), `目录`, `标题` (a title or heading) or `封面`.
        public var source: String
        public var page: Int?
        public var text: String
        /// Where the text is a table's: the 0-based table (the JSON's
        /// `tables[i]`), and the body row and column of its cell, absent
        /// where the text is the table's title.
        public var table: Int?
        public var row: Int?
        public var column: Int?

        public init(source: String, page: Int?, text: String, table: Int? = nil, row: Int? = nil, column: Int? = nil) {
            self.source = source
            self.page = page
            self.text = text
            self.table = table
            self.row = row
            self.column = column
        }

        /// The cell a record was read from, quoted as `text`.
        public init(record: BudgetRecord, text: String) {
            self.init(source: "表", page: record.page, text: text, table: record.table, row: record.row, column: record.column)
        }
    }

    /// The rule's name (`prose.change`, `completeness.listed_table`, … in docs/schema.md).
    public var rule: String
    public var severity: Severity
    /// Every page involved, ascending.
    public var pages: [Int]
    /// One sentence a reviewer would write.
    public var message: String
    public var evidence: [Evidence]
    /// What the printed figure or word should have been, where a rule can say.
    public var expected: String?

    public init(rule: String, severity: Severity, message: String, evidence: [Evidence], expected: String? = nil,
                pages extraPages: [Int] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.expected = expected
        pages = Array(Set(evidence.compactMap(\.page) + extraPages)).sorted()
    }
}
