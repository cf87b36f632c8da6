import Foundation
import Testing
@testable import BudgetExtract

@Suite("Arithmetic checks")
struct ArithmeticChecksTests {
    /// The 万盛 2023 table in 万元: 2022 figures that add up only to within
    /// rounding, and one figure that lost a digit.
    @Test func roundingIsSaidAndTheOneSlipIsRepaired() throws {
        let checks = try Converter().convert(path: Fixtures.sample("wansheng-2023.pdf")).checks
        #expect(checks.filter { $0.outcome == .pass }.count == 47)
        let rounding = checks.filter { $0.outcome == .withinRounding }
        #expect(rounding.map(\.description).sorted() == [
            "20805 = 2080501 + 2080505 + 2080506 (2022年预算数)",
            "合计 = 一般公共服务支出 + 社会保障和就业支出 + 卫生健康支出 + 住房保障支出 (2022年预算数)",
        ])
        #expect(rounding.map(\.difference).sorted() == ["-0.01", "0.01"])
        let failed = try #require(checks.filter { $0.outcome == .fail }.first)
        #expect(checks.filter { $0.outcome == .fail }.count == 1)
        #expect(failed.rule == .codeHierarchy)
        #expect(failed.description == "20136 = 2013601 + 2013602 + 2013650 + 2013699 (2022年预算数)")
        #expect((failed.printed, failed.expected, failed.difference) == ("193.86", "148.86", "45.00"))
        let repair = try #require(failed.repair)
        #expect(repair.cell.text == "5.61")
        #expect(repair.proposed == "50.61")
        #expect(repair.reason == "digit_lost")
        #expect(!checks.contains { $0.outcome == .pass && $0.repair != nil })
    }

    /// The 嘉定 2025 budget in 元: every sum it implies, and no record for 序号.
    @Test func jiadingSummaryAndUnitTable() throws {
        let document = try Converter().convert(path: Fixtures.sample("jiading-2025.pdf"))
        let checks = document.checks
        #expect(checks.count == 11)
        #expect(checks.allSatisfy { $0.outcome == .pass })
        let rules = Set(checks.map(\.rule))
        #expect(rules == [.totalRow, .outline, .incomeEqualsExpense, .totalColumn, .acrossTables])
        let outline = try #require(checks.first { $0.rule == .outline })
        #expect(outline.description == "一、财政拨款收入 = 1、一般公共预算资金 + 2、政府性基金 + 3、国有资本经营预算 (本年收入/预算数)")
        let grouped = try #require(checks.first { $0.rule == .totalColumn })
        #expect(grouped.description.hasSuffix("合计 = 基本支出/人员经费 + 基本支出/公用经费 + 项目支出"))
        #expect(grouped.expected == "12500471")
        let unitTable = document.records.filter { $0.table == 1 }
        #expect(unitTable.count == 8)
        #expect(!unitTable.contains { $0.column == 0 })
        #expect(unitTable.first?.printed == "12, 500, 471" && unitTable.first?.yuan == "12500471")
        #expect(document.records.first { $0.item == "四、其他收入" }?.side == "收入")
    }

    @Test func sideBySideIncomeEqualsExpense() throws {
        let checks = try Converter().convert(path: Fixtures.sample("side-by-side.pdf")).checks
        let balance = try #require(checks.first { $0.rule == .incomeEqualsExpense })
        #expect(balance.outcome == .pass)
        #expect(balance.printed == "300.32")
        let expenses = try #require(checks.first { $0.rule == .totalRow && $0.description.hasPrefix("支出总计") })
        #expect(expenses.expected == "300.32")
        #expect(expenses.parts.count == 4)
    }

    @Test func everySampleThatAddsUpPasses() throws {
        for name in ["ruled-income", "unruled-expense", "column-rules", "two-page", "two-tables", "three-page-a3"] {
            let checks = try Converter().convert(path: Fixtures.sample("\(name).pdf")).checks
            #expect(!checks.isEmpty, "\(name)")
            #expect(checks.allSatisfy { $0.outcome == .pass }, "\(name): \(checks.filter { $0.outcome != .pass }.map(\.description))")
        }
    }

    @Test func roundingBoundGrowsWithTheParts() {
        let figures = { (texts: [String]) in texts.map { ExactDecimal($0)! } }
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("0.01")!, figures: figures(["1.00", "0.50", "0.49"])) == .withinRounding)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("0.02")!, figures: figures(["1.00", "0.25", "0.25", "0.25", "0.23"])) == .withinRounding)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("0.02")!, figures: figures(["1.00", "0.98"])) == .fail)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("1")!, figures: figures(["12500471", "12500470"])) == .withinRounding)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("-100")!, figures: figures(["100", "200"])) == .fail)
    }

    /// A total printed in whole 元 over parts printed to the 分 may be off by
    /// half a 元; parts all printed to the 分 may not.
    @Test func eachFigureIsRoundedToItsOwnLastDecimal() {
        let figures = { (texts: [String]) in texts.map { ExactDecimal($0)! } }
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("-0.34")!, figures: figures(["22118861", "20000000.00", "2118861.34"])) == .withinRounding)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("0.34")!, figures: figures(["22118861.34", "20000000.00", "2118861.00"])) == .fail)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("0.6")!, figures: figures(["22118861", "20000000", "2118861"])) == .withinRounding)
        #expect(ArithmeticCheck.outcome(difference: ExactDecimal("1.6")!, figures: figures(["22118861", "20000000", "2118861"])) == .fail)
    }

    @Test(arguments: [
        ("12.45", "123.45", "digit_lost"), ("1223", "123", "digit_doubled"), ("1523", "123", "digit_extra"),
        ("132", "123", "digits_swapped"), ("12,500", "125000", "digit_lost"),
    ])
    func oneSlipOfPrint(printed: String, needed: String, reason: String) {
        #expect(RepairFinder.slip(from: printed, to: ExactDecimal(needed)!) == reason)
    }

    @Test func noSlipWhereTheDigitsDifferMore() {
        #expect(RepairFinder.slip(from: "4737", to: ExactDecimal("9237")!) == nil)
        #expect(RepairFinder.slip(from: "12.45", to: ExactDecimal("12.455")!) == nil)
    }

    /// 110 printed over 10 + 10: either 10 could have lost a 0, so nothing is proposed.
    @Test func twoRepairsThatFitMeanNone() {
        let cell = { (row: Int, text: String) in CellReference(table: 0, page: 1, row: row, column: 1, text: text) }
        let check = ArithmeticCheck(rule: .totalRow, description: "合计 = 甲 + 乙", total: cell(0, "110"),
                                    parts: [cell(1, "10"), cell(2, "10")], expected: "20", printed: "110",
                                    difference: "90", outcome: .fail)
        #expect(RepairFinder.withRepair(check).repair == nil)
        var single = check
        single.parts = [cell(1, "10"), cell(2, "20")]
        single.expected = "30"
        single.difference = "80"
        #expect(RepairFinder.withRepair(single).repair == nil)
        single.total = cell(0, "120")
        single.difference = "90"
        #expect(RepairFinder.withRepair(single).repair?.cell.row == 1)
    }

    /// `1200 300` read as one number (as a split `20 00 0` is): where the
    /// check passes only with the cell split in two, that is the repair.
    @Test func twoAmountsFusedIntoOneCell() {
        let cell = { (column: Int, text: String) in CellReference(table: 0, page: 1, row: 0, column: column, text: text) }
        var check = ArithmeticCheck(rule: .totalColumn, description: "合计 = 基本支出 + 项目支出", total: cell(2, "1,500"),
                                    parts: [cell(3, "1200 300")], expected: "1200300", printed: "1500",
                                    difference: "-1198800", outcome: .fail)
        #expect(RepairFinder.withRepair(check).repair == Repair(cell: cell(3, "1200 300"), proposed: "1200",
                                                                reason: "amounts_fused", rest: "300"))
        // The second amount belongs to a column outside the check.
        check.total = cell(2, "1200")
        check.printed = "1200"
        check.difference = "-1199100"
        #expect(RepairFinder.withRepair(check).repair?.proposed == "1200")
        // Nothing fits: nothing is proposed.
        check.total = cell(2, "999")
        check.printed = "999"
        check.difference = "-1199301"
        #expect(RepairFinder.withRepair(check).repair == nil)
    }

    /// `其中` lists some of the parts of the item above it: no check says
    /// they add up to it, and the total counts the item, not them.
    @Test func aBreakdownIntroducedBy其中IsPartial() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let rows = [("合计", "100"), ("1、因公出国（境）费", "10"), ("2、公务用车购置及运行费", "80"),
                    ("其中：（1）公务用车购置费", "50"), ("（2）公务用车运行费", "20"), ("3、公务接待费", "10")]
        let table = Table(PageTable(
            page: 1, title: "“三公”经费支出预算表", unit: "万元", header: [[cell("项目"), cell("预算数")]],
            rows: rows.map { [cell($0.0), cell($0.1)] }, columnBounds: [0, 1, 2], rowBounds: [],
            box: Rect(x0: 0, y0: 0, x1: 2, y1: 2), ruled: true))
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description) == ["合计 = 1、因公出国（境）费 + 2、公务用车购置及运行费 + 3、公务接待费 (预算数)"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// Figures no budget prints (18 digits, many decimals) are left out of
    /// the sums rather than risk overflowing exact arithmetic.
    @Test func absurdFiguresAreNotSummed() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let rows = [["合计", "999999999999999999"], ["甲", "999999999999999999"], ["乙", "0.000000000000000001"],
                    ["丙", "1.5"]]
        let table = Table(PageTable(page: 1, title: "支出表", unit: "元", header: [[cell("项目"), cell("金额")]],
                                    rows: rows.map { $0.map(cell) }, columnBounds: [0, 1, 2], rowBounds: [],
                                    box: Rect(x0: 0, y0: 0, x1: 2, y1: 4), ruled: true))
        #expect(ArithmeticChecks.checks(of: [table]).isEmpty)
        #expect(BudgetRecords.records(of: [table]).count == 4)
    }

    /// A code column that also prints 合计 is still a code column, and a
    /// blank total is never checked against its parts.
    @Test func totalLabelInTheCodeColumn() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let table = Table(PageTable(
            page: 1, title: "支出预算表", unit: "元", header: [[cell("科目编码"), cell("科目名称"), cell("合计")]],
            rows: [[cell("合计"), nil, cell("300")], [cell("201"), cell("一般公共服务支出"), cell("300")],
                   [cell("20101"), cell("人大事务"), cell("100")], [cell("20103"), cell("政府办公厅"), cell("200")],
                   [cell("208"), cell("社会保障和就业支出"), nil], [cell("20805"), cell("养老支出"), cell("7")]],
            columnBounds: [0, 1, 2, 3], rowBounds: [], box: Rect(x0: 0, y0: 0, x1: 3, y1: 3), ruled: true))
        let records = BudgetRecords.records(of: [table])
        #expect(records.map(\.code) == [nil, "201", "20101", "20103", "20805"])
        #expect(records[0].item == "合计")
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description).sorted() == ["201 = 20101 + 20103 (合计)", "合计 = 一般公共服务支出 + 社会保障和就业支出 (合计)"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    @Test(.enabled(if: Fixtures.corpusIsPresent, "needs ../shared/corpus beside the checkout"))
    func corpusAddsUp() throws {
        var outcomes: [ArithmeticCheck.Outcome: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path) where name.hasSuffix(".pdf") {
            guard let document = try? Converter().convert(path: Fixtures.corpusPDF(name)) else { continue }
            for check in document.checks { outcomes[check.outcome, default: 0] += 1 }
            #expect(!document.checks.contains { $0.outcome == .fail }, "\(name): \(document.checks.filter { $0.outcome == .fail }.map(\.description))")
        }
        #expect(outcomes[.pass, default: 0] >= 600)
        #expect(outcomes[.withinRounding] == 1)
    }

    @Test(.enabled(if: Fixtures.corpusIsPresent, "needs ../shared/corpus beside the checkout"))
    func summaryTableAgreesWithTheIncomeAndExpenseTables() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF("江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf"))
        let across = document.checks.filter { $0.rule == .acrossTables }
        #expect(across.count == 3)
        #expect(across.allSatisfy { $0.outcome == .pass && $0.printed == "27664.22" })
        // The 财政拨款支出 table is a kind of its own, so the one 一般公共预算支出
        // table is compared with the 财政拨款收支总表.
        let kinds = document.tables.map { TableKind.of($0) }
        #expect(kinds.filter { $0 == .generalBudgetByFunction }.count == 1)
        #expect(document.checks.contains { $0.rule == .incomeEqualsExpense && $0.outcome == .pass })

        // The 财政拨款 summary's 一般公共预算 against the 一般公共预算支出 table.
        let putuo = try Converter().convert(path: Fixtures.corpusPDF("上海市普陀区__上海市普陀区人民政府办公室2025年部门预算.pdf"))
        let allocation = try #require(putuo.checks.first { $0.rule == .acrossTables && $0.description.contains("一般公共预算") })
        #expect(allocation.outcome == .pass)
        #expect(allocation.printed == "91016775.35")
    }
}
