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

    @Test func aSampleDocumentIsByteForByteWhatJSONEncoderWrites() throws {
        let document = DocumentJSON(try Converter().convert(path: Fixtures.sample("two-tables.pdf")))
        #expect(!document.tables.isEmpty)
        let written = try PrettyJSONWriter.encode(document)
        #expect(written == (try DocumentJSON.encoder().encode(document)))
        #expect(try document.encoded() == written)
    }
}
