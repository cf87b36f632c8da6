/// The rows of the CSV exports: records, checks or indicators of many
/// documents as one table, a pure function of their JSON documents; and
/// the failures the watcher's error documents report.
public enum CSVExport {
    public enum Content: String, CaseIterable, Sendable {
        case records, checks, indicators
        /// Every printed body cell, one line each: the grids in long form.
        case cells
        /// The watcher's `<name>.error.json` documents, one line each.
        case failures
        /// What the audit found, one line per finding.
        case findings
    }

    public static func header(_ content: Content) -> [String] {
        // The PDF, its document's facts, and which JSON the line comes from (two
        // different `部门预算.pdf`, or a corrected one republished, differ in sha256).
        let document = ["file", "department", "year", "document_kind", "json", "sha256"]
        switch content {
        case .records:
            return document + ["table", "table_kind", "table_title", "page", "row", "column", "code", "level", "parent", "item",
                               "column_name", "side", "printed", "unit", "amount", "yuan", "currency",
                               "function_code", "function_level", "function_parent", "government_economic_code", "department_economic_code"]
        case .checks:
            return document + ["rule", "description", "outcome", "printed", "expected", "difference", "table", "page", "row",
                               "column", "repair_page", "repair_row", "repair_column", "repair_printed", "repair_proposed", "repair_reason", "repair_rest"]
        case .indicators:
            return document + ["table", "page", "project", "level_1", "level_2", "level_3", "name", "target", "comparator",
                               "value", "unit"]
        case .cells:
            return document + ["table", "table_kind", "table_title", "unit", "page", "row", "column", "text", "value"]
        case .failures:
            return ["file", "json", "sha256", "error", "reason", "time", "stderr"]
        case .findings:
            return document + ["rule", "severity", "pages", "message", "evidence", "expected"]
        }
    }

    /// The lines one document gives (none for `failures`); `json` is the document's file name.
    public static func rows(_ content: Content, of document: DocumentJSON, json: String) -> [[String?]] {
        let facts = document.document
        let head = [document.source.file, facts.department?.value, facts.year?.value, facts.kind?.value, json, document.source.sha256]
        switch content {
        case .records:
            return document.records.map { record in
                let table = document.tables.indices.contains(record.table) ? document.tables[record.table] : nil
                return head + [String(record.table), record.kind.rawValue, table?.title, String(record.page),
                               String(record.row), String(record.column), record.code,
                               record.level, record.parent, record.item, record.columnName, record.side, record.printed,
                               record.unit, record.amount, record.yuan, record.currency, record.functionCode, record.functionLevel,
                               record.functionParent, record.governmentEconomicCode, record.departmentEconomicCode]
            }
        case .checks:
            return document.checks.map { check in
                let repair = check.repair
                return head + [check.rule.rawValue, check.description, check.outcome.rawValue, check.printed, check.expected,
                               check.difference, String(check.total.table), String(check.total.page),
                               String(check.total.row), String(check.total.column),
                               repair.map { String($0.cell.page) }, repair.map { String($0.cell.row) },
                               repair.map { String($0.cell.column) }, repair?.cell.text, repair?.proposed, repair?.reason, repair?.rest]
            }
        case .indicators:
            let projects = Dictionary(document.projects.map { ($0.table, $0.name) }, uniquingKeysWith: { first, _ in first })
            return document.indicators.map { indicator in
                let levels = indicator.levels + [String?](repeating: nil, count: max(0, 3 - indicator.levels.count))
                return head + [String(indicator.table), String(indicator.page), projects[indicator.table] ?? nil]
                    + levels.prefix(3) + [indicator.name, indicator.target, indicator.comparator, indicator.value, indicator.unit]
            }
        case .cells:
            return document.tables.enumerated().flatMap { index, table in
                table.rows.enumerated().flatMap { row, cells in
                    cells.enumerated().compactMap { column, cell -> [String?]? in
                        guard let cell else { return nil }
                        let page = table.page(ofRow: row, column: column).map(String.init)
                        return head + [String(index), table.kind.rawValue, table.title, table.unit, page,
                                       String(row), String(column), cell.text, cell.value]
                    }
                }
            }
        case .failures:
            return []
        case .findings:
            return (document.findings ?? []).map { finding in
                let evidence = finding.evidence.map { "\($0.source) p\($0.page.map(String.init) ?? "-"): \($0.text)" }
                return head + [finding.rule, finding.severity.rawValue, finding.pages.map(String.init).joined(separator: " "),
                               finding.message, evidence.joined(separator: " | "), finding.expected]
            }
        }
    }

    /// The line of a watcher's error document (`failures`); `json` is its file name.
    public static func row(of failure: ErrorDocument, json: String) -> [String?] {
        [failure.file, json, failure.sha256, failure.error, failure.reason, failure.time, failure.stderr]
    }

    /// The same fields as one line of JSON Lines: an object with the header's
    /// keys in order, every value a string (codes and exact amounts stay as
    /// printed, never numbers) or `null`.
    public static func jsonLine(_ fields: [String?], header: [String]) -> String {
        let pairs = zip(header, fields).map { key, value in
            jsonString(key) + ":" + (value.map(jsonString) ?? "null")
        }
        return "{" + pairs.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest (CJK) as is.
    static func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20: escaped += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// One CSV line (RFC 4180, CRLF ended): a field with a comma, quote or
    /// line break is quoted, quotes doubled; a field that a spreadsheet would
    /// run as a formula (`=100%`, `+1`, `@x`) gets a leading `'`.
    public static func line(_ fields: [String?]) -> String {
        fields.map { field -> String in
            guard var text = field else { return "" }
            if let first = text.first, "=+@".contains(first) { text = "'" + text }
            guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
            return "\"" + text.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// The byte order mark that tells a spreadsheet the file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"
}
