import Foundation
import Testing

/// `export` over JSON documents that were edited or damaged after `convert`
/// wrote them: the export names what it cannot read and never traps.
@Suite("export over damaged JSON")
struct DamagedJSONTests {
    @Test func cellsOfATableWhoseRowPagesAreShorterThanItsRowsAreExportedWithoutAPage() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("json")
        let convert = try CommandRun.run(["convert", "-q", Fixtures.sample("wansheng-2023.pdf"), "-o", json.path])
        try #require(convert.status == 0)
        let document = json.appendingPathComponent("wansheng-2023.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: document)) as? [String: Any])
        var tables = try #require(object["tables"] as? [[String: Any]])
        let rowPages = try #require(tables.first?["row_pages"] as? [Int])
        let rowCount = try #require((tables.first?["rows"] as? [Any])?.count)
        try #require(rowCount == 20 && rowPages.count == 20)
        tables[0]["row_pages"] = Array(rowPages.prefix(5))
        object["tables"] = tables
        try JSONSerialization.data(withJSONObject: object).write(to: document)
        let csv = folder.appendingPathComponent("cells.csv")

        let run = try CommandRun.run(["export", "--what", "cells", json.path, "-o", csv.path])

        #expect(run.status == 0)
        let rows = ExportCommandTests.parseCSV(String(decoding: try Data(contentsOf: csv).dropFirst(3), as: UTF8.self))
        let header = try #require(rows.first)
        let page = try #require(header.firstIndex(of: "page")), row = try #require(header.firstIndex(of: "row"))
        let body = rows.dropFirst()
        #expect(body.contains { $0[row] == "4" && $0[page] == "1" })
        #expect(body.contains { $0[row] == "19" })
        #expect(body.filter { Int($0[row]) ?? 0 >= 5 }.allSatisfy { $0[page] == "" })
    }
}
