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

    /// joined-codes.pdf: codes printed in the label, joined to the name by
    /// a hyphen (`201-一般公共服务支出`), an en dash, a full-width hyphen, a
    /// colon, a space or brackets, give each record its code, level and
    /// parent, the name alone its item; `500万元以上项目` is a figure with a
    /// unit, no code (it was `500`, a 类 summed into `合计`). Every label
    /// column that leads with codes is a code group: `50101-… | 30101-…`
    /// gives its amounts the nearest code, `30101`, and in the side-by-side
    /// 基本支出 table the 公用经费 side's amounts take their own codes (they
    /// took the 人员经费 side's: `办公费` was `30101`).
    @Test func codesJoinedToTheirNamesGiveTheRecordsTheirCodes() throws {
        let document = try Converter().convert(path: Fixtures.sample("joined-codes.pdf"))
        func records(_ table: Int, column: Int? = nil) -> [String] {
            document.records.filter { $0.table == table && (column == nil || $0.column == column) }.map { record in
                [record.code ?? "-", record.level ?? "-", record.parent ?? "-", record.item ?? "-", "\(record.column)", record.amount]
                    .joined(separator: " ")
            }
        }
        #expect(records(0, column: 1) == [
            "201 类 - 一般公共服务支出 1 300.00", "20103 款 201 政府办公厅（室）及相关机构事务 1 300.00",
            "2010301 项 20103 行政运行 1 200.00", "2010302 项 20103 一般行政管理事务 1 100.00",
            "213 类 - 农林水支出 1 50.00", "21302 款 213 林业和草原 1 50.00", "2130201 项 21302 行政运行 1 50.00",
            "- - - 500万元以上项目 1 100.00", "- - - 合计 1 350.00",
        ])
        #expect(records(1) == [
            "30101 款 301 基本工资 2 142.49", "30101 款 301 基本工资 3 142.49",
            "30102 款 301 津贴补贴 2 256.16", "30102 款 301 津贴补贴 3 256.16",
            "30108 款 301 机关事业单位基本养老保险缴费 2 72.90", "30108 款 301 机关事业单位基本养老保险缴费 3 72.90",
            "30201 款 302 办公费 2 12.00", "30201 款 302 办公费 4 12.00",
            "- - - 合计 2 483.55", "- - - 合计 3 471.55", "- - - 合计 4 12.00",
        ])
        #expect(document.records.filter { $0.table == 1 && $0.row == 3 }.map(\.columnName) == ["预算数/合计", "预算数/公用经费"])
        #expect(records(2) == [
            "301 类 - 工资福利支出 1 900.00", "302 类 - 商品和服务支出 3 350.00",
            "30101 款 301 基本工资 1 500.00", "30201 款 302 办公费 3 120.00",
            "30102 款 301 津贴补贴 1 400.00", "30207 款 302 邮电费 3 230.00",
            "303 类 - 对个人和家庭的补助 1 100.00", "310 类 - 资本性支出 3 50.00",
            "30302 款 303 退休费 1 100.00", "31002 款 310 办公设备购置 3 50.00",
            "- - - 人员经费合计 1 1000.00", "- - - 公用经费合计 3 400.00",
        ])
        let hierarchy = document.checks.filter { $0.total.table == 2 && $0.rule == .codeHierarchy }
        #expect(hierarchy.map(\.description) == ["301 = 30101 + 30102 (人员经费/金额)", "303 = 30302 (人员经费/金额)",
                                                 "302 = 30201 + 30207 (公用经费/金额)", "310 = 31002 (公用经费/金额)"])
        #expect(document.checks.allSatisfy { $0.outcome == .pass }, "\(document.checks.filter { $0.outcome != .pass }.map(\.description))")
    }

    /// staff-counts.pdf: a table of staff counts, `单位名称 | 编制人数 (小计
    /// 行政 事业) | 实有人数 (…) | 离退休人员`, whole numbers only (西安
    /// 科学技术局 2022 p. 20). The 事业 column's `354`, `200`, `42` have codes'
    /// lengths and lead as function codes do, the 行政 column beside it
    /// prints two digits: they were a code group, `200` a 类 and `42` a 款
    /// under it, every count right of them coded (`20042`), and their own
    /// counts no records. A column headed as counts prints figures, never codes.
    @Test func aColumnOfCountsPrintsNoCodes() throws {
        let document = try Converter().convert(path: Fixtures.sample("staff-counts.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["合计", "414", "60", "354", "303", "71", "232", "188"],
            ["某某市科学技术局（机关）", "60", "60", "", "71", "71", "", "47"],
            ["某某市硬科技产业发展服务中心", "12", "", "12", "11", "", "11", ""],
            ["某某市社会科学院", "39", "", "39", "43", "", "43", "24"],
            ["某某地球环境创新研究院", "200", "", "200", "100", "", "100", ""],
            ["某某地区科技交流中心", "45", "", "45", "39", "", "39", "53"],
            ["某某科技大市场服务中心", "16", "", "16", "9", "", "9", ""],
            ["某某生产力促进中心", "42", "", "42", "30", "", "30", "64"],
        ])
        #expect(document.records.compactMap(\.code).isEmpty, "\(document.records.compactMap(\.code))")
        #expect(document.records.count == 39)
        #expect(document.records.filter { $0.row == 4 }.map { "\($0.columnName ?? "-") \($0.amount) \($0.unit ?? "-")" } == [
            "编制人数/小计 200 -", "编制人数/事业 200 -", "实有人数/小计 100 -", "实有人数/事业 100 -",
        ])
    }

    /// starred-header.pdf: a header closed by a row of asterisks, one `**`
    /// over each column and no numbers (西安 安监局 2019 p. 25): the row
    /// marks the columns and names none of them (every column name ended in `/**`).
    @Test func aRowOfMarksNamesNoColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("starred-header.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["", "合计", "1,620.98", ""], ["125001", "某某市安全生产监督管理局", "1,620.98", ""],
            ["", "安全生产月活动", "50.00", "每年6月举行"], ["", "安全生产执法宣传经费", "15.00", "定期举办宣传活动"],
        ])
        #expect(document.records.map { "\($0.columnName ?? "-") \($0.item ?? "-") \($0.amount)" } == [
            "项目金额 合计 1620.98", "项目金额 某某市安全生产监督管理局 1620.98", "项目金额 安全生产月活动 50.00", "项目金额 安全生产执法宣传经费 15.00",
        ])
    }

    /// What a label's leading code is, and what is no code: a figure with a
    /// unit or a date, a date's digits, a decimal, a year, a unit's `253_…`.
    @Test(arguments: [
        ("2130201-行政运行", "2130201", "行政运行"), ("20103–政府办公厅", "20103", "政府办公厅"), ("2010301－行政运行", "2010301", "行政运行"),
        ("30101：基本工资", "30101", "基本工资"), ("30101:基本工资", "30101", "基本工资"), ("[2010301]行政运行", "2010301", "行政运行"),
        ("【201】一般公共服务支出", "201", "一般公共服务支出"), ("2010301 行政运行", "2010301", "行政运行"), ("[30201] 办公费", "30201", "办公费"),
        ("2010405 日常经济运行调节", "2010405", "日常经济运行调节"),
    ])
    func aLeadingCode(label: String, code: String, name: String) throws {
        let read = try #require(TableReading.leadingCode(of: label))
        #expect(read.code == code)
        #expect(read.name == name)
    }

    @Test(arguments: ["500万元以上项目", "300千元", "115年度预算", "2019-01-12", "100.5", "2026年预算", "253_烟台市统计局", "[201一般公共服务", "20103--政府", "12", "行政运行"])
    func noLeadingCode(label: String) {
        #expect(TableReading.leadingCode(of: label) == nil)
    }
}
