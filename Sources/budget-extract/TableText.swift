import BudgetExtract

/// One table of a JSON document as text to read or paste: an aligned grid
/// for the terminal, or Markdown, CSV or TSV.
struct TableText {
    enum Format: String, CaseIterable {
        case grid, markdown, csv, tsv
    }

    let table: DocumentJSON.TableJSON
    /// Body cells (row, column) that a failing check totals (`!`) or whose
    /// repair would make it pass (`?`), and one note per failing check.
    var marks: [Cell: Character] = [:]
    /// Body cells that a finding of the audit quotes (`*`).
    var findingCells: Set<Cell> = []
    /// One note per failing check, then one per finding on the table's pages.
    var notes: [String] = []

    struct Cell: Hashable {
        var row: Int
        var column: Int
    }

    /// The table at `index` in `document`, with the failing checks on it.
    init(_ document: DocumentJSON, table index: Int) {
        table = document.tables[index]
        for check in document.checks where check.outcome == .fail && check.total.table == index {
            marks[Cell(row: check.total.row, column: check.total.column)] = "!"
            var note = "! row \(check.total.row + 1), column \(check.total.column + 1): \(check.description): "
                + "printed \(check.printed), parts add up to \(check.expected)"
            if let repair = check.repair, repair.cell.table == index {
                marks[Cell(row: repair.cell.row, column: repair.cell.column)] = "?"
                note += "; ? \(repair.cell.text) may be \(repair.proposed) (\(repair.reason))"
            }
            notes.append(note)
        }
        for finding in document.findings ?? [] {
            let cells = finding.evidence.compactMap { evidence -> Cell? in
                guard evidence.table == index, let row = evidence.row, let column = evidence.column else { return nil }
                return Cell(row: row, column: column)
            }
            let onTable = !cells.isEmpty || finding.evidence.contains { $0.table == index }
                || !Set(finding.pages).isDisjoint(with: table.pages)
            guard onTable else { continue }
            findingCells.formUnion(cells)
            let pages = finding.pages.map(String.init).joined(separator: ", ")
            let marked = cells.isEmpty ? "" : "; * " + cells.map { "row \($0.row + 1), column \($0.column + 1)" }.joined(separator: "; ")
            notes.append("* \(finding.rule) (\(finding.severity.rawValue), page\(finding.pages.count == 1 ? "" : "s") \(pages)): \(finding.message)\(marked)")
        }
    }

    /// The title line: title, unit, kind and pages.
    var caption: String {
        let pages = table.pages.count == 1 ? "page \(table.pages[0])" : "pages \(table.pages.map(String.init).joined(separator: ", "))"
        return "\(table.title ?? "(no title)") — unit \(table.unit ?? "not printed"), \(table.kind.rawValue), \(pages)"
    }

    func render(_ format: Format) -> String {
        let header = table.header.map(texts), body = table.rows.enumerated().map { row, cells in
            texts(cells).enumerated().map { column, text in
                let cell = Cell(row: row, column: column)
                return text + (marks[cell].map { String($0) } ?? "") + (findingCells.contains(cell) ? "*" : "")
            }
        }
        switch format {
        case .grid: return grid(header: header, body: body)
        case .markdown: return markdown(header: header, body: body)
        case .csv: return (header + body).map { CSVExport.line($0).replacing("\r\n", with: "\n") }.joined()
        case .tsv: return (header + body).map { $0.joined(separator: "\t") + "\n" }.joined()
        }
    }

    /// Each cell's text on one line (tabs and line breaks become spaces), "" for an empty slot.
    private func texts(_ row: [DocumentJSON.CellJSON?]) -> [String] {
        (0..<table.columns).map { column in
            let text = row.indices.contains(column) ? row[column]?.text ?? "" : ""
            return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        }
    }

    /// Columns padded to their widest cell in terminal columns; amounts right-aligned.
    private func grid(header: [[String]], body: [[String]]) -> String {
        let widths = (0..<table.columns).map { column in (header + body).map { Self.width($0[column]) }.max() ?? 0 }
        func line(_ cells: [String], amounts: Bool) -> String {
            cells.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - Self.width(text))
                return amounts && Self.looksLikeAmount(text) ? padding + text : text + padding
            }.joined(separator: " | ").trimmingEmptyEnd() + "\n"
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        return header.map { line($0, amounts: false) }.joined() + (header.isEmpty ? "" : rule)
            + body.map { line($0, amounts: true) }.joined()
    }

    /// Printed like an amount (`1,234.50`, `38%`, `-3.5`), not a code (`2010301`) or a label.
    private static func looksLikeAmount(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && text.contains(where: { ".,%".contains($0) })
            && text.allSatisfy { $0.isNumber || ".,%-()!?*".contains($0) }
    }

    /// A Markdown table: the header rows joined column by column with ` / `, pipes escaped.
    private func markdown(header: [[String]], body: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let names = (0..<table.columns).map { column in
            header.map { $0[column] }.filter { !$0.isEmpty }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                .joined(separator: " / ")
        }
        return line(names) + line(names.map { _ in "---" }) + body.map(line).joined()
    }

    /// Terminal columns a text takes: two for each wide (CJK, full-width) character.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// East Asian Wide and Full-width blocks (Unicode UAX #11): Hangul Jamo,
    /// CJK radicals to Yi, Hangul syllables, CJK compatibility, vertical and
    /// small forms, full-width forms, and the supplementary ideographs.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}

extension String {
    /// A grid line without its trailing spaces and the separators of empty cells at its end.
    func trimmingEmptyEnd() -> String {
        String(reversed().drop { $0 == " " || $0 == "|" }.reversed())
    }
}
