import Foundation
import Testing

/// scripts/row-audit, the truth-free measure of row assembly, on a Sample
/// read right whose rows print their cells on facing pages: every print
/// line of amounts is a run of one row, no flag. The same JSON with a row
/// cut in two, or with two rows fused into one, by the test: the flags the
/// measure exists for, so a change that blinds it fails here.
@Suite("Row audit")
struct RowAuditTests {
    static let python = "/usr/bin/python3"
    static let pdftotext = "/usr/bin/pdftotext"
    static let script = Fixtures.repository.appendingPathComponent("scripts/row-audit")
    static let sample = "facing-halves"

    static var toolsPresent: Bool {
        FileManager.default.isExecutableFile(atPath: python) && FileManager.default.isExecutableFile(atPath: pdftotext)
    }

    @Test(.enabled(if: toolsPresent, "needs python3 and pdftotext (poppler-utils, scripts/install-deps)"))
    func flagsACutRowAndFusedRowsAndNothingInARightReading() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = Fixtures.sample("\(Self.sample).pdf")
        let convert = try CommandRun.run(["convert", pdf, "--output", folder.path, "--quiet"])
        try #require(convert.status == 0, "convert failed: \(convert.output)")
        let json = folder.appendingPathComponent("\(Self.sample).json")
        let asRead = try Data(contentsOf: json)

        let right = try audit(folder, pdf)
        #expect(right.contains("88 lines of 2+ amounts on table pages: ok 88 "), "\(right)")
        #expect(right.hasSuffix("flags 0 on 0 pages"), "\(right)")

        // The first row's first amount cut from the rest of its cells, a row of its own.
        try editFirstTable(json, from: asRead) { rows, rowPages in
            let first = rows[0]
            let cut = try #require(first.indices.filter { Self.isAmount(first[$0]) }.dropFirst().first)
            rows[0...0] = [first.enumerated().map { $0.offset < cut ? $0.element : NSNull() },
                           first.enumerated().map { $0.offset >= cut ? $0.element : NSNull() }]
            rowPages.insert(rowPages[0], at: 0)
        }
        let cutRow = try audit(folder, pdf)
        #expect(cutRow.contains("ok 87 label 0 split 1 fused 0 order 0 moved 0 unsure 0"), "\(cutRow)")

        // The first two rows fused: each cell holds both rows' texts.
        try editFirstTable(json, from: asRead) { rows, rowPages in
            let fused: [Any] = zip(rows[0], rows[1]).map { upper, lower in
                let texts = [upper, lower].compactMap { ($0 as? [String: Any])?["text"] as? String }
                return texts.isEmpty ? NSNull() : ["text": texts.joined(separator: " ")] as [String: Any]
            }
            rows[0...1] = [fused]
            rowPages.remove(at: 1)
        }
        let fusedRows = try audit(folder, pdf)
        #expect(fusedRows.contains(" fused 4 "), "\(fusedRows)")
        #expect(fusedRows.contains("stacked 1;"), "\(fusedRows)")
    }

    /// The TOTAL line of scripts/row-audit on the JSON in folder.
    func audit(_ folder: URL, _ pdf: String) throws -> String {
        let run = try CommandRun.program([Self.python, Self.script.path, folder.path, pdf])
        try #require(run.status == 0, "scripts/row-audit failed: \(run.output)")
        return try #require(run.stdout.split(separator: "\n").last { $0.hasPrefix("TOTAL") }).description
    }

    static func isAmount(_ cell: Any) -> Bool {
        (cell as? [String: Any])?["value"] != nil
    }

    /// Writes the document read as `original` to `json` with its first table's rows edited.
    func editFirstTable(_ json: URL, from original: Data,
                        _ edit: (inout [[Any]], inout [Any]) throws -> Void) throws {
        var document = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        var tables = try #require(document["tables"] as? [[String: Any]])
        var rows = try #require(tables[0]["rows"] as? [[Any]])
        var rowPages = try #require(tables[0]["row_pages"] as? [Any])
        try edit(&rows, &rowPages)
        tables[0]["rows"] = rows
        tables[0]["row_pages"] = rowPages
        document["tables"] = tables
        try JSONSerialization.data(withJSONObject: document).write(to: json)
    }
}
