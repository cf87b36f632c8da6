@testable import BudgetExtract
import Foundation
import Testing

/// PrettyJSONWriter writes the bytes JSONEncoder writes, or leaves the value to it.
struct PrettyJSONWriterTests {
    struct Inner: Codable {
        var name: String?
        var count: Int
    }

    struct Mixed: Codable {
        var text = "a\"b\\c/d\ne\tf\u{1}\u{1f}\u{7f}\u{8}\u{c}\r中文\u{2028}"
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var keys = ["b": 1, "B": 2, "a_": 3, "a10": 4, "a9": 5, "column": 6, "column_name": 7, "columns": 8, "é": 9]
        var grid: [[Inner?]] = [[Inner(name: "x", count: -3), nil], [], [nil]]
        var flags = [true, false]
        var missing: String?
        var byPage: [Int: String] = [12: "a", 3: "b"]
        var big = UInt64.max
    }

    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let written = try PrettyJSONWriter.encode(Mixed())
        let expected = try Self.jsonEncoder().encode(Mixed())
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func leavesFloatingPointToJSONEncoder() {
        #expect(throws: PrettyJSONWriter.Unsupported.self) { try PrettyJSONWriter.encode(["x": 1.5]) }
    }

    /// Cells and records, which the writer builds without their `Encodable`,
    /// with every field set and with every optional one missing.
    struct CellsAndRecords: Codable {
        var rows: [[DocumentJSON.CellJSON?]]
        var records: [BudgetRecord]
    }

    @Test func cellsAndRecordsWithEveryFieldAreWhatJSONEncoderWrites() throws {
        var full = DocumentJSON.CellJSON(text: "≥95%")
        full.value = "95"
        full.kind = "placeholder"
        full.read = [.fullWidth, .minusSign]
        #expect(full.percent == "95" && full.comparator != nil)
        let record = BudgetRecord(table: 2, kind: .incomeAndExpense, page: 7, row: 3, column: 4, code: "2010301",
                                  level: "项", parent: "20103", item: "行政运行", columnName: "收入/财政拨款",
                                  side: "收入", printed: "1,234.5", unit: "万元", amount: "1234.5", yuan: "12345000")
        let bare = BudgetRecord(table: 0, kind: .other, page: 1, row: 0, column: 1, code: nil, level: nil, parent: nil,
                                item: nil, columnName: nil, side: nil, printed: "(3)", unit: nil, amount: "-3", yuan: nil)
        let value = CellsAndRecords(rows: [[full, nil, DocumentJSON.CellJSON(text: "项目")], []], records: [record, bare])
        let written = String(decoding: try PrettyJSONWriter.encode(value), as: UTF8.self)
        #expect(written == String(decoding: try Self.jsonEncoder().encode(value), as: UTF8.self))
        #expect(written.contains("\"comparator\"") && written.contains("\"column_name\"") && written.contains("\"yuan\""))
    }

    @Test func aSampleDocumentIsByteForByteWhatJSONEncoderWrites() throws {
        let document = DocumentJSON(try Converter().convert(path: Fixtures.sample("two-tables.pdf")))
        #expect(!document.tables.isEmpty)
        let written = try PrettyJSONWriter.encode(document)
        #expect(written == (try DocumentJSON.encoder().encode(document)))
        #expect(try document.encoded() == written)
    }
}
