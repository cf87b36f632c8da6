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

    @Test(arguments: [0, 7, 10, -1, -10, 1_234_567_890, Int.max, Int.min])
    func writesAnIntegerAsStringSpellsIt(value: Int) {
        var out: [UInt8] = [UInt8(ascii: "x")]
        PrettyJSONWriter.decimal(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x\(value)")
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
                                  level: "项", parent: "20103", functionCode: "2010301", functionLevel: "项", functionParent: "20103",
                                  governmentEconomicCode: "50101", departmentEconomicCode: "30101", item: "行政运行", columnName: "收入/财政拨款",
                                  side: "收入", printed: "1,234.5", unit: "万元", amount: "1234.5", yuan: "12345000", currency: "CNY")
        let bare = BudgetRecord(table: 0, kind: .other, page: 1, row: 0, column: 1, code: nil, level: nil, parent: nil,
                                item: nil, columnName: nil, side: nil, printed: "(3)", unit: nil, amount: "-3", yuan: nil)
        let value = CellsAndRecords(rows: [[full, nil, DocumentJSON.CellJSON(text: "项目")], []], records: [record, bare])
        let written = String(decoding: try PrettyJSONWriter.encode(value), as: UTF8.self)
        #expect(written == String(decoding: try Self.jsonEncoder().encode(value), as: UTF8.self))
        #expect(written.contains("\"comparator\"") && written.contains("\"column_name\"") && written.contains("\"yuan\"") && written.contains("\"currency\"")
                && written.contains("\"function_parent\"") && written.contains("\"government_economic_code\""))
    }

    /// Checks and findings, which the writer builds without their `Encodable`
    /// (their keys spelled in the writer), with every field set and with every optional one missing.
    struct ChecksAndFindings: Codable {
        var checks: [ArithmeticCheck]
        var findings: [AuditFinding]
    }

    @Test func checksAndFindingsWithEveryFieldAreWhatJSONEncoderWrites() throws {
        let total = CellReference(table: 1, page: 4, row: 2, column: 3, text: "1,234")
        let part = CellReference(table: 1, page: 5, row: 0, column: 3, text: "\"34\"")
        let repaired = ArithmeticCheck(rule: .totalRow, description: "合计 = a + b", total: total, parts: [part, total],
                                       expected: "1200", printed: "1234", difference: "34", outcome: .fail,
                                       repair: Repair(cell: part, proposed: "0", reason: "amounts_fused", rest: "34"))
        let bare = ArithmeticCheck(rule: .acrossTables, description: "", total: total, parts: [], expected: "1",
                                   printed: "1", difference: "0", outcome: .withinRounding,
                                   repair: Repair(cell: total, proposed: "1", reason: "digit_lost"))
        let unrepaired = ArithmeticCheck(rule: .codeHierarchy, description: "201", total: total, parts: [part],
                                         expected: "2", printed: "2", difference: "0", outcome: .pass, repair: nil)
        let full = AuditFinding(rule: "prose.change", severity: .error, message: "说明 says 3, the table 4",
                                evidence: [AuditFinding.Evidence(source: "表", page: 3, text: "4", table: 0, row: 1, column: 2),
                                           AuditFinding.Evidence(source: "说明", page: nil, text: "3")],
                                expected: "4", pages: [9])
        let empty = AuditFinding(rule: "completeness.listed_table", severity: .warning, message: "", evidence: [])
        let value = ChecksAndFindings(checks: [repaired, bare, unrepaired], findings: [full, empty])
        let written = String(decoding: try PrettyJSONWriter.encode(value), as: UTF8.self)
        #expect(written == String(decoding: try Self.jsonEncoder().encode(value), as: UTF8.self))
        #expect(written.contains("\"rest\"") && written.contains("\"severity\"") && written.contains("\"column\" : 2"))
    }

    @Test func aSampleDocumentIsByteForByteWhatJSONEncoderWrites() throws {
        let document = DocumentJSON(try Converter().convert(path: Fixtures.sample("two-tables.pdf")))
        #expect(!document.tables.isEmpty)
        let written = try PrettyJSONWriter.encode(document)
        #expect(written == (try DocumentJSON.encoder().encode(document)))
        #expect(try document.encoded() == written)
    }
}
