import Foundation
@testable import BudgetExtract

/// A ground-truth file (../shared/eval/TRUTH_FORMAT.md) and the exact-row measure of score.py.
struct TruthDocument {
    struct Table { var page: Int; var rows: [[String]] }
    var tables: [Table]

    init(_ url: URL) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        tables = (json["tables"] as! [[String: Any]]).map {
            Table(page: $0["page"] as! Int, rows: ($0["rows"] as! [[String]]).map { $0.map(Self.canonical) })
        }
    }

    /// Text without white space; a number as its canonical decimal.
    static func canonical(_ text: String) -> String {
        let text = text.filter { !$0.isWhitespace }
        guard text.wholeMatch(of: /-?\d+(\.\d+)?/) != nil else { return text }
        var number = text.contains(".") ? String(text.reversed().drop { $0 == "0" }.reversed()) : text
        if number.hasSuffix(".") { number.removeLast() }
        number = number.replacing(/^(-?)0+(?=\d)/, with: { $0.output.1 })
        return number == "-0" ? "0" : number
    }

    /// As score.py reads a predicted cell: the normaliser's amount, else
    /// digits with commas read as a number, else the text.
    static func canonical(_ cell: PrintedCell?) -> String {
        guard let cell else { return "" }
        if case .amount(let amount) = NumberNormalizer.read(cell.text) { return canonical(amount.description) }
        let text = cell.text.filter { !$0.isWhitespace }
        if text.wholeMatch(of: /-?[\d,]+(\.\d+)?/) != nil { return canonical(text.filter { $0 != "," }) }
        return text
    }

    /// How many truth rows some predicted row on the table's pages reproduces exactly.
    func exactRows(in document: ExtractedDocument) -> (exact: Int, total: Int) {
        let starts = Set(tables.map(\.page)).sorted()
        var used = Set<[Int]>()
        var exact = 0, total = 0
        for table in tables {
            let last = starts.first { $0 > table.page } ?? table.page + 3
            var candidates: [([Int], [String])] = []
            for (t, predicted) in document.tables.enumerated() where predicted.pages.contains(where: { (table.page...last).contains($0) }) {
                for (r, row) in predicted.rows.enumerated() { candidates.append(([t, r], row.cells.map(Self.canonical))) }
            }
            for row in table.rows {
                total += 1
                if let match = candidates.first(where: { !used.contains($0.0) && $0.1 == row }) {
                    used.insert(match.0)
                    exact += 1
                }
            }
        }
        return (exact, total)
    }
}
