import Foundation
import Testing

/// `budget-extract show` run as a process on a Sample, as PDF and as JSON.
@Suite("show command")
struct ShowCommandTests {
    /// Terminal columns, CJK counted double (the same rule as the command, written out again).
    static func width(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
    }

    @Test func aTableAsAnAlignedGridWithTheFailingCellsMarked() throws {
        let run = try CommandRun.run(["show", Fixtures.sample("wansheng-2023.pdf")])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "table 1 of 1: 2023年一般公共预算财政拨款支出预算表 — unit 万元, 一般公共预算支出(功能分类), page 1")
        // Every line of the grid has its column separators at the same terminal columns.
        let grid = lines.dropFirst().prefix { !$0.isEmpty }
        #expect(grid.count == 23)
        let separators = grid.map { line in
            line.indices.filter { line[$0...].hasPrefix(" | ") || line[$0...].hasPrefix("-+-") }.map { Self.width(line[..<$0]) }
        }
        let rule = try #require(separators.max { $0.count < $1.count })
        #expect(rule.count == 6)
        #expect(separators.allSatisfy { rule.starts(with: $0) && $0.count >= 5 }, "\(separators)")
        #expect(lines.contains { $0.hasPrefix("20136        | 其他共产党事务支出") && $0.contains("|      193.86! |") })
        #expect(lines.contains { $0.contains("|        5.61? |") })
        #expect(run.stdout.contains("! row 3, column 3: 20136 = 2013601 + 2013602 + 2013650 + 2013699 (2022年预算数): printed 193.86, parts add up to 148.86; ? 5.61 may be 50.61 (digit_lost)"))
    }

    /// The cells a finding quotes are marked `*`, and the findings on the table's pages listed under it.
    @Test func findingsAreMarkedOnTheirCellsAndListedUnderTheTable() throws {
        let run = try CommandRun.run(["show", Fixtures.sample("audit-final-planted.pdf"), "--page", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // The prose's 支出总计0.00万元 is held to the two 总计 cells.
        #expect(lines.contains { $0.hasPrefix("收入总计") && $0.hasSuffix("| 支出总计               | 1,234.56*") })
        #expect(lines.contains { $0.hasPrefix("本年收入合计") && $0.hasSuffix("| 本年支出合计           |  1,234.56") })
        #expect(lines.last == "* prose.table (error, pages 2, 5, 10): 说明中的支出总计0.00万元与表中任何总计数都不符。; * row 4, column 2; row 4, column 4")
        // A finding on other pages only is not listed under this table.
        #expect(!run.stdout.contains("prose.share"))
        // An empty table has no cell to mark: its findings are listed.
        let empty = try CommandRun.run(["show", Fixtures.sample("audit-final-planted.pdf"), "--page", "9"]).stdout
        #expect(!empty.contains("*\n") && !empty.contains("* |"))
        #expect(empty.contains("* completeness.empty_table (warning, page 9): "))
        #expect(empty.split(separator: "\n").filter { $0.hasPrefix("* three_public.prose (error, pages 9, 10): ") }.count == 2)
        // The 三公 items the planted 预算 misstates: 公务接待费 and 公务用车运行维护费 in its one row.
        let items = try CommandRun.run(["show", Fixtures.sample("audit-budget-planted.pdf"), "--page", "2"]).stdout
        let row = try #require(items.split(separator: "\n").first { $0.hasPrefix("预算数") })
        #expect(row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } == ["预算数", "12.50", "3.00", "2.50*", "7.00", "4.00", "3.00*"])
        #expect(items.contains("* three_public.items (error, pages 2, 5): 说明中公务接待费的“公务接待费2.80万元”与“三公”经费表中该项的金额都不符。; * row 1, column 4"))
    }

    @Test func markdownCSVAndTSVForPastingAndErrorsForWhatIsNotThere() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun.run(["convert", "-q", Fixtures.sample("two-tables.pdf"), "-o", folder.path]).status == 0)
        let json = folder.appendingPathComponent("two-tables.json").path

        let markdown = try CommandRun.run(["show", json, "--table", "2", "--format", "markdown"])
        #expect(markdown.stdout == """
            **table 2 of 2: 2025年部门机关运行经费预算表 — unit 万元, 机关运行经费, page 1**

            | 项目 | 预算数 |
            | --- | --- |
            | 合计 | 11.88 |
            | 办公费 | 4.00 |
            | 差旅费 | 7.88 |

            * consistency.placeholder (error, page 1): 第1页留有模板占位符（如“编制部门：上海市XX局单位：万元”），未填写实际内容。

            """)
        let tsv = try CommandRun.run(["show", json, "--table", "2", "--format", "tsv"])
        #expect(tsv.stdout == "项目\t预算数\n合计\t11.88\n办公费\t4.00\n差旅费\t7.88\n")
        let csv = try CommandRun.run(["show", json, "--page", "1", "--format", "csv"])
        #expect(csv.stdout.hasSuffix("项目,预算数\n合计,11.88\n办公费,4.00\n差旅费,7.88\n"))

        let missing = try CommandRun.run(["show", json, "--table", "3"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("has tables 1 to 2; there is no table 3"))
        #expect(try CommandRun.run(["show", json, "--page", "9"]).stderr.contains("has no table on page 9"))
    }
}
