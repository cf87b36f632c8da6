import Foundation

/// The JSON document written for one PDF (docs/schema.md describes every field).
public struct DocumentJSON: Codable, Sendable {
    public static let schemaName = "budget-extract/1"

    public var schema: String
    /// The program and version that wrote the document; absent in documents
    /// older than 0.2.0 (`reconvert` converts those again).
    public var generator: Generator?
    public var source: Source
    /// Department, year and kind (预算 or 决算), each with where it was read.
    public var document: DocumentFacts
    public var tables: [TableJSON]
    /// One record per amount (docs/schema.md, "Records").
    public var records: [BudgetRecord]
    /// Every sum the tables imply, checked (docs/schema.md, "Checks").
    public var checks: [ArithmeticCheck]
    /// One record per indicator of a 绩效目标表, and the projects (docs/schema.md, "Performance goals").
    public var indicators: [PerformanceIndicator]
    public var projects: [ProjectHead]
    /// What the audit found (docs/schema.md, "Findings"); absent in documents written before it.
    public var findings: [AuditFinding]?
    /// Where the glyphs of each page with a table went, and the amounts no
    /// table holds (docs/schema.md, "Pages"). Absent in documents written
    /// before it was added.
    public var pages: [PageAccount]?
    /// What was lost or repaired on the way (docs/schema.md, "Warnings"): a damaged
    /// file, poppler's messages counted, pages skipped, glyphs without text.
    public var warnings: [String]
    /// Pages that could not be read, and why; the rest of the document was.
    public var skippedPages: [SkippedPage]

    enum CodingKeys: String, CodingKey {
        case schema, generator, source, document, tables, records, checks, indicators, projects, pages, warnings, findings
        case skippedPages = "skipped_pages"
    }

    public struct Generator: Codable, Sendable {
        public var program: String
        public var version: String
    }

    public struct Source: Codable, Sendable {
        public var file: String
        public var sha256: String
        public var pages: Int
        public var producer: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(pages, forKey: .pages)
            try container.encode(producer, forKey: .producer)
        }
    }

    public struct TableJSON: Codable, Sendable {
        public var pages: [Int]
        public var title: String?
        public var kind: TableKind
        public var unit: String?
        /// Lines printed between the title and the table, and notes printed
        /// under it, of every page.
        public var notes: [String]
        /// The page each of `notes` is printed on (absent in documents
        /// written before it was added).
        public var notePages: [Int]?
        public var columns: Int
        public var ruled: Bool
        public var header: [[CellJSON?]]
        public var rows: [[CellJSON?]]
        /// The page each body row was printed on (a joined table printed in
        /// halves on facing pages: its left half's).
        public var rowPages: [Int]
        /// A table printed in halves on facing pages and joined into one:
        /// the first column the right-hand page prints; a row's cells from it
        /// on are printed on the page after its `rowPages` entry. Nil for
        /// every other table, and in documents written before it was added.
        public var facingFromColumn: Int?
        /// A table whose right-hand columns were printed on later pages
        /// ("down, then over") and joined to it: each run of those columns,
        /// its first column and how many pages after its row's `rowPages`
        /// entry it is printed. Nil for every other table, and in documents
        /// written before it was added.
        public var overflowColumns: [OverflowColumnRun]?

        enum CodingKeys: String, CodingKey {
            case pages, title, kind, unit, notes, columns, ruled, header, rows
            case notePages = "note_pages"
            case rowPages = "row_pages"
            case facingFromColumn = "facing_from_column"
            case overflowColumns = "overflow_columns"
        }

        /// The page the cell at `row`, `column` is printed on (nil for a row this table does not have).
        public func page(ofRow row: Int, column: Int) -> Int? {
            guard rowPages.indices.contains(row) else { return nil }
            return Table.page(ofColumn: column, rowPage: rowPages[row], facingFromColumn: facingFromColumn,
                              overflowColumns: overflowColumns ?? [])
        }

        /// Writes `title` and `unit` as `null` when unknown rather than leaving them out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pages, forKey: .pages)
            try container.encode(title, forKey: .title)
            try container.encode(kind, forKey: .kind)
            try container.encode(unit, forKey: .unit)
            try container.encode(notes, forKey: .notes)
            try container.encode(notePages ?? [], forKey: .notePages)
            try container.encode(columns, forKey: .columns)
            try container.encode(ruled, forKey: .ruled)
            try container.encode(header, forKey: .header)
            try container.encode(rows, forKey: .rows)
            try container.encode(rowPages, forKey: .rowPages)
            try container.encode(facingFromColumn, forKey: .facingFromColumn)
            try container.encode(overflowColumns.flatMap { $0.isEmpty ? nil : $0 }, forKey: .overflowColumns)
        }
    }

    /// A printed cell: its text as printed, and what the normaliser read in it.
    public struct CellJSON: Codable, Sendable, Equatable {
        public var text: String
        /// The exact amount, a plain decimal string, where the cell prints a number.
        public var value: String?
        /// A percentage's number (`38%` -> `38`), with `comparator` for `≥95%`.
        public var percent: String?
        public var comparator: String?
        /// `placeholder` (`-`, `—`: printed to mean nothing) or `error` (`#DIV/0!`).
        public var kind: String?
        /// How the printed form was read, where more than dropping thousands
        /// separators was needed: `spacesRemoved` (`20 00 0`), `fullWidth`,
        /// `parenthesesNegative` (`(3.5)`), `minusSign`, `trailingMinus`, `plusSign`.
        public var read: [NumberRepair]?

        /// Named here for ``PrettyJSONWriter``, which writes cells without their `Encodable`.
        enum CodingKeys: String, CodingKey {
            case text, value, percent, comparator, kind, read
        }

        public init(text: String) {
            let (reading, repairs) = NumberNormalizer.readWithRepairs(text)
            self.init(text: text, reading: reading, repairs: repairs)
        }

        /// A cell already read (a body cell, by ``TableReading``), with the repairs its reading made.
        init(text: String, reading: CellReading, repairs: [NumberRepair]) {
            self.init(text: text, reading: reading)
            let telling = repairs.filter { $0 != .thousandsSeparators }
            read = telling.isEmpty ? nil : telling
        }

        public init(text: String, reading: CellReading) {
            self.text = text
            switch reading {
            case .amount(let amount): value = amount.description
            case .percentage(let number, let comparator):
                percent = number.description
                self.comparator = comparator?.rawValue
            case .placeholder: kind = "placeholder"
            case .spreadsheetError: kind = "error"
            case .empty, .text: break
            }
        }
    }
}

extension DocumentJSON {
    public init(_ document: ExtractedDocument) {
        schema = Self.schemaName
        generator = Generator(program: "budget-extract", version: BudgetExtractVersion.current)
        source = Source(file: document.fileName, sha256: document.sha256, pages: document.pageCount,
                        producer: document.producer)
        self.document = document.facts
        // The body cells as the tables' readings read them (each number read once); the header's read here.
        tables = document.tableReadings.map { reading in
            let table = reading.table
            func cells(_ row: PrintedRow) -> [CellJSON?] {
                row.map { cell in cell.map { CellJSON(text: $0.text) } }
            }
            let rows = table.rows.indices.map { row in
                table.rows[row].cells.enumerated().map { column, cell in
                    cell.map { CellJSON(text: $0.text, reading: reading.readings[row][column], repairs: reading.repairs[row][column]) }
                }
            }
            return TableJSON(pages: table.pages, title: table.title, kind: reading.kind, unit: table.unit, notes: table.notes,
                             notePages: table.printedNotes.map(\.page), columns: table.columnCount,
                             ruled: table.ruled, header: table.header.map(cells), rows: rows,
                             rowPages: table.rows.map(\.page), facingFromColumn: table.facingFromColumn,
                             overflowColumns: table.overflowColumns.isEmpty ? nil : table.overflowColumns)
        }
        records = document.records
        checks = document.checks
        indicators = document.indicators
        projects = document.projects
        pages = document.pageAccounts
        findings = document.findings
        warnings = document.warnings
        skippedPages = document.skippedPages
    }

    /// Reads a document written by this or an earlier version (one without
    /// `warnings` and `skipped_pages` had none).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        generator = try container.decodeIfPresent(Generator.self, forKey: .generator)
        source = try container.decode(Source.self, forKey: .source)
        document = try container.decode(DocumentFacts.self, forKey: .document)
        tables = try container.decode([TableJSON].self, forKey: .tables)
        records = try container.decode([BudgetRecord].self, forKey: .records)
        checks = try container.decode([ArithmeticCheck].self, forKey: .checks)
        indicators = try container.decode([PerformanceIndicator].self, forKey: .indicators)
        projects = try container.decode([ProjectHead].self, forKey: .projects)
        pages = try container.decodeIfPresent([PageAccount].self, forKey: .pages)
        warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
        skippedPages = try container.decodeIfPresent([SkippedPage].self, forKey: .skippedPages) ?? []
        findings = try container.decodeIfPresent([AuditFinding].self, forKey: .findings)
    }

    /// Pretty, key-sorted UTF-8 JSON, CJK left unescaped: the bytes
    /// ``encoder()`` writes, by ``PrettyJSONWriter`` (several times faster), or
    /// by the encoder itself where the document holds a value the writer leaves to it.
    public func encoded() throws -> Data {
        do {
            return try PrettyJSONWriter.encode(self)
        } catch is PrettyJSONWriter.Unsupported {
            return try Self.encoder().encode(self)
        }
    }

    /// The encoder of every document the program writes (this one and the
    /// watcher's error documents): pretty, keys sorted, CJK and slashes unescaped.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
