import Foundation
import Testing
@testable import BudgetExtract

/// What a table's columns and blocks mean, on Samples drawn by
/// scripts/make-samples: a column of identifiers, blocks printed side by
/// side, subjects a title lists apart, and counts of people.
@Suite("Reading a table")
struct ReadingATableTests {
    /// identifier-column.pdf: `部门（单位）代码` prints the unit's code
    /// `105001`, six digits: an identifier, never an amount, so the 收入总表's
    /// total is its 合计 (it was the code) and no record holds the code.
    @Test func aColumnOfIdentifiersPrintsNoAmounts() throws {
        let document = try Converter().convert(path: Fixtures.sample("identifier-column.pdf"))
        #expect(document.tables.map(TableKind.of) == [.incomeAndExpense, .income])
        #expect(document.tables[1].rows[0].cells.map { $0?.text } == ["105001", "某某市信访局", "1,682.76", "1,682.76", "1,682.76", "0.00"])
        let reading = TableReading(document.tables[1])
        #expect(reading.identifierColumns == [0])
        #expect(reading.figures[0][0] == nil)
        #expect(reading.amountColumns == [2, 3, 4, 5])
        #expect(!document.records.contains { $0.table == 1 && $0.column == 0 })
        let across = document.checks.filter { $0.rule == .acrossTables }
        #expect(across.map(\.description) == ["收入总表的总额 = 收支总表的收入总计"])
        #expect(across.map(\.printed) == ["1682.76"])
        #expect(document.checks.allSatisfy { $0.outcome == .pass }, "\(document.checks.filter { $0.outcome != .pass }.map(\.description))")
    }

    /// side-by-side-blocks.pdf: `公用经费合计`, printed under the second
    /// block's names with its amount under the third's (`公用经费` over
    /// both), totals both blocks; `总计` adds `本年收入合计` and
    /// `年初结转和结余`, whose sources are listed under it as far left.
    @Test func totalsOverBlocksSideBySide() throws {
        let checks = try Converter().convert(path: Fixtures.sample("side-by-side-blocks.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        let blocks = checks.filter { $0.total.table == 0 && $0.rule == .totalRow }
        #expect(blocks.map(\.description) == ["人员经费合计 = 301 + 303 (人员经费/决算数)",
                                              "公用经费合计 = 商品和服务支出 + 资本性支出 + 其他支出 (公用经费/决算数)"]
            || blocks.map(\.expected) == ["1000.00", "350.00"], "\(blocks.map(\.description))")
        #expect(blocks.map(\.expected) == ["1000.00", "350.00"])
        let summary = checks.filter { $0.total.table == 1 && $0.rule == .totalRow && $0.description.hasPrefix("总计") }
        #expect(summary.map(\.expected) == ["1100.00", "1100.00"], "\(summary.map(\.description))")
    }

    /// listed-subjects.pdf: `“三公”经费合计` totals the 三公 only (the title
    /// lists 会议费 and 培训费 beside them), the car group once by its 小计;
    /// `离退休人员` counts people: no sum, no money.
    @Test func aTotalTotalsWhatItNamesAndPeopleAreCounted() throws {
        let document = try Converter().convert(path: Fixtures.sample("listed-subjects.pdf"))
        let columns = document.checks.filter { $0.total.table == 0 && $0.rule == .totalColumn }
        #expect(columns.map(\.description) == [
            "row 1: “三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费/小计 + 公务接待费",
            "row 1: 公务用车购置及运行维护费/小计 = 公务用车购置及运行维护费/公务用车购置费 + 公务用车购置及运行维护费/公务用车运行维护费",
        ])
        #expect(columns.map(\.expected) == ["360.00", "300.00"])
        #expect(columns.map(\.outcome) == [.pass, .pass])
        #expect(!document.checks.contains { $0.total.table == 1 })
        let retired = document.records.filter { $0.table == 1 && $0.column == 7 }
        #expect(retired.map(\.printed) == ["70", "40", "30"])
        #expect(retired.allSatisfy { $0.unit == nil && $0.yuan == nil })
    }

    /// year-rows.pdf: the `年度` column prints `2022`, `2021` and
    /// `2022比2021` on each item's lines: labels of the rows, never amounts,
    /// so `合计`'s `2022` is not checked against 2022 + 2022 (it was, and
    /// failed) and no record holds a year; the amount columns add up.
    @Test func aColumnOfYearsNamesTheRowsPeriods() throws {
        let document = try Converter().convert(path: Fixtures.sample("year-rows.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells[1]?.text.withoutWhitespace } == ["2022", "2021", "2022比2021"] + ["2022", "2021", "2022比2021"] + ["2022", "2021", "2022比2021"])
        let reading = TableReading(table)
        #expect(reading.periodColumns == [1])
        #expect(TableReading.printsOnlyYears(table, column: 1, skipping: reading.headingRows))
        #expect(!TableReading.printsOnlyYears(table, column: 2, skipping: reading.headingRows))
        #expect(reading.amountColumns == [2, 3, 4, 5])
        #expect(!document.records.contains { $0.column == 1 })
        #expect(document.records.filter { $0.column == 2 }.map(\.printed) == ["29.44", "32.06", "-2.62", "1187.6", "1304.65", "-117.05", "1217.04", "1336.71", "-119.67"])
        #expect(!document.checks.contains { $0.description.contains("年度") })
        let total = document.checks.filter { $0.rule == .totalRow }
        #expect(total.map(\.expected) == ["1217.04", "1086.45", "122.59", "8"], "\(total.map(\.description))")
        #expect(document.checks.allSatisfy { $0.outcome == .pass }, "\(document.checks.filter { $0.outcome != .pass }.map(\.description))")
    }

    /// A year is four digits from 19 or 20; a comparison prints two around 比 or 较.
    @Test func yearsAndComparisonsOfYears() {
        #expect(PrintedVocabulary.isYear("2022") && PrintedVocabulary.isYear("1998"))
        #expect(!PrintedVocabulary.isYear("2022.00") && !PrintedVocabulary.isYear("3022") && !PrintedVocabulary.isYear("202"))
        #expect(PrintedVocabulary.comparesYears("2022比2021") && PrintedVocabulary.comparesYears("2025较2024"))
        #expect(PrintedVocabulary.comparesYears("2022年比2021年"))
        #expect(!PrintedVocabulary.comparesYears("比上年") && !PrintedVocabulary.comparesYears("2022年"))
        #expect(TableReading.namesPeriods("年度") && !TableReading.namesPeriods("2022年度预算数"))
    }

    /// equal-projects.pdf: groups of one project follow each other with the
    /// same amount (`大型活动` 200,000 over `政策业务培训`, then `大宗印刷项目`
    /// over `商贸政策编印`): the sums read the run two ways (`政策业务培训`
    /// over `大宗印刷项目`, or not), so no check is formed over it (before,
    /// the four were read as one chain and `合计` failed against 4,400,000);
    /// nor over `援藏资金` 100, `援藏资金项目` 100, `对口支援项目` 100 under
    /// `合计` 200 (before, it failed against 300). The sum-outline Sample's
    /// run, read one way only, keeps its checks.
    @Test func aSumIsReadOneWayOrNotAtAll() throws {
        let document = try Converter().convert(path: Fixtures.sample("equal-projects.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables.map { $0.rows.count } == [10, 4])
        #expect(document.checks.isEmpty, "\(document.checks.map(\.description))")
        let outline = try Converter().convert(path: Fixtures.sample("sum-outline.pdf")).checks.filter { $0.total.table == 0 }
        #expect(outline.map(\.description) == ["合计 = 全额 (项目金额)"], "\(outline.map(\.description))")
        #expect(outline.map(\.outcome) == [.pass])
    }

    /// namesake-group.pdf: the unit's last project group prints one project
    /// of its own name and amount (`政府驻外办保障` 300 over `政府驻外办保障`
    /// 300); it follows items of its level, so it is no department over its
    /// unit (it was, lifted a level, and `合计` failed against 3,100): read by
    /// the sums, `合计` is the unit's.
    @Test func aGroupOverItsNamesakeIsNoDepartment() throws {
        let checks = try Converter().convert(path: Fixtures.sample("namesake-group.pdf")).checks
        #expect(checks.map(\.description) == ["合计 = 西安市某某局 (项目金额)"], "\(checks.map(\.description))")
        #expect(checks.map(\.expected) == ["1000.00"])
        #expect(checks.map(\.outcome) == [.pass])
    }
}
