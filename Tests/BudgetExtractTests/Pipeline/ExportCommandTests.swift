import Foundation
import Testing
@testable import BudgetExtract

/// `budget-extract export` run as a process over JSON that `convert` wrote.
@Suite("export command")
struct ExportCommandTests {
    /// Splits RFC 4180 CSV (quoted fields may hold commas and line breaks).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true }
            else if character == "," { row.append(field); field = "" }
            else if character == "\r\n" || character == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(character) }
        }
        return rows
    }

    @Test func recordsOfAFolderBecomeOneSpreadsheetTable() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("json")
        let convert = try CommandRun.run(["convert", "-q", Fixtures.sample("wansheng-2023.pdf"),
                                                    Fixtures.sample("ruled-income.pdf"), "-o", json.path])
        #expect(convert.status == 0)
        try Data("{}".utf8).write(to: json.appendingPathComponent("stray.json"))
        let csv = folder.appendingPathComponent("records.csv")

        let run = try CommandRun.run(["export", json.path, "-o", csv.path])

        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(json.path)/stray.json: not a budget-extract JSON document"))
        #expect(run.stderr.contains("exported 79 records from 2 of 3 documents"))
        let bytes = try Data(contentsOf: csv)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = Self.parseCSV(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        #expect(rows.count == 80)
        let header = rows[0]
        #expect(header.prefix(4) == ["file", "department", "year", "document_kind"])
        let column = { (name: String) in header.firstIndex(of: name)! }
        let slip = try #require(rows.first { $0[column("printed")] == "5.61" })
        #expect(slip[column("file")] == "wansheng-2023.pdf")
        #expect(slip[column("department")] == "中共重庆市万盛经济技术开发区工作委员会老干部局")
        #expect(slip[column("code")] == "2013650")
        #expect(slip[column("level")] == "项")
        #expect(slip[column("unit")] == "万元")
        #expect(slip[column("yuan")] == "56100")
        #expect(slip[column("currency")] == "CNY")
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
    }

    @Test func checksAndIndicatorsAndTheFormulaGuard() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CommandRun.run(["convert", "-q", Fixtures.sample("wansheng-2023.pdf"), Fixtures.sample("project-goals.pdf"),
                                         "-o", folder.path])
        let checks = folder.appendingPathComponent("checks.csv")
        #expect(try CommandRun.run(["export", folder.path, "--what", "checks", "--no-byte-order-mark", "-o", checks.path]).status == 0)
        let checkRows = Self.parseCSV(try String(contentsOf: checks, encoding: .utf8))
        #expect(checkRows[0][0] == "file")
        let failed = checkRows.filter { $0.contains("fail") }
        #expect(failed.count == 1)
        #expect(failed[0].suffix(4) == ["5.61", "50.61", "digit_lost", ""])

        let indicators = folder.appendingPathComponent("indicators.csv")
        #expect(try CommandRun.run(["export", folder.path, "--what", "indicators", "-o", indicators.path]).status == 0)
        let rows = Self.parseCSV(String(decoding: try Data(contentsOf: indicators).dropFirst(3), as: UTF8.self))
        #expect(rows.count == 12)
        let target = rows[0].firstIndex(of: "target")!
        #expect(rows[1][target] == "'=100%")
        #expect(rows[1][rows[0].firstIndex(of: "project")!] == "老干部工作专项经费")

        // The grids in long form: every printed body cell, with its value where it is a number.
        let cells = folder.appendingPathComponent("cells.csv")
        #expect(try CommandRun.run(["export", folder.appendingPathComponent("wansheng-2023.json").path,
                                             "--what", "cells", "-o", cells.path]).status == 0)
        let cellRows = Self.parseCSV(String(decoding: try Data(contentsOf: cells).dropFirst(3), as: UTF8.self))
        let text = cellRows[0].firstIndex(of: "text")!, value = cellRows[0].firstIndex(of: "value")!
        #expect(cellRows.contains { $0[text] == "5.61" && $0[value] == "5.61" })
        #expect(cellRows.contains { $0[text] == "#DIV/0!" && $0[value] == "" })
    }

    /// The watcher's error documents are its own output: counted and skipped, or listed, never an error.
    @Test func errorDocumentsAreSkippedOrListedAndRecordsSayWhereTheyComeFrom() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun.run(["convert", "-q", Fixtures.sample("wansheng-2023.pdf"), "-o", folder.path]).status == 0)
        let failure = ErrorDocument(file: "scan.pdf", sha256: "ab12", error: "no-text-layer", reason: "no text layer, 代码 \"x\"")
        try failure.encoded().write(to: folder.appendingPathComponent("scan.error.json"))
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("wansheng-2023.json"))) as? [String: Any]
        let sha256 = try #require((document?["source"] as? [String: Any])?["sha256"] as? String)

        let records = try CommandRun.run(["export", folder.path, "--no-byte-order-mark"])
        #expect(records.status == 0)
        #expect(records.stderr.contains("exported 61 records from 1 of 1 documents; skipped 1 error document of the watcher"))
        let rows = Self.parseCSV(records.stdout)
        let header = rows[0]
        let column = { (name: String) in header.firstIndex(of: name) ?? -1 }
        let slip = try #require(rows.first { $0[column("printed")] == "5.61" })
        #expect(slip[column("json")] == "wansheng-2023.json")
        #expect(slip[column("sha256")] == sha256)
        #expect(slip[column("table")] == "0")
        #expect(slip[column("row")] == "5")
        #expect(slip[column("column")] == "2")

        let failures = try CommandRun.run(["export", folder.path, "--what", "failures", "--no-byte-order-mark"])
        #expect(failures.status == 0)
        #expect(Self.parseCSV(failures.stdout) == [["file", "json", "sha256", "error", "reason", "time", "stderr"],
                                                   ["scan.pdf", "scan.error.json", "ab12", "no-text-layer", "no text layer, 代码 \"x\"", failure.time, ""]])

        // JSON Lines: the same lines, every value a string, codes and amounts as printed.
        let jsonl = try CommandRun.run(["export", folder.path, "--format", "jsonl"])
        #expect(jsonl.status == 0)
        let objects = try jsonl.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == rows.count - 1)
        let slipObject = try #require(objects.first { $0["printed"] as? String == "5.61" })
        #expect(slipObject["code"] as? String == "2013650")
        #expect(slipObject["yuan"] as? String == "56100")
        #expect(slipObject["side"] is NSNull)
        #expect(jsonl.stdout.hasPrefix("{\"file\":\"wansheng-2023.pdf\",\"department\":"))
        let listed = try CommandRun.run(["export", folder.path, "--what", "failures", "--format", "jsonl"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        #expect(object?["reason"] as? String == "no text layer, 代码 \"x\"")
    }
}
