import Foundation
import Testing
@testable import BudgetExtract

/// Sums read as the print implies them, on Samples/implied-sums.pdf (drawn
/// by scripts/make-samples) and on tables built by hand.
@Suite("Sums the print implies")
struct ImpliedSumsTests {
    static func sampleChecks() throws -> [ArithmeticCheck] {
        try Converter().convert(path: Fixtures.sample("implied-sums.pdf")).checks
    }

    /// The sample's checks of one rule on one table are these, and all pass.
    static func expectPassing(table: Int, _ rule: ArithmeticCheck.Rule, _ descriptions: [String]) throws {
        let checks = try sampleChecks().filter { $0.total.table == table && $0.rule == rule }
        #expect(checks.map(\.description) == descriptions)
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// carried-totals.pdf: `总收入` and `总支出` close their sides as grand
    /// totals, and the `…合计` carried to the top of the table is one of
    /// their parts, not the head of the rows below it; in a 收支 table the
    /// row named by the title's subject sums each side's parts before the
    /// carry-over joins in the 总计, and no part takes the closing rows.
    @Test func totalsCarriedFromTheTableBeforeAndTheSubjectOfBothSides() throws {
        let checks = try Converter().convert(path: Fixtures.sample("carried-totals.pdf")).checks
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        #expect(checks.map(\.description) == [
            "总收入 = 一般公共预算收入合计 + 中央返还及补助 + 区上解 + 上年结余收入 (收入/决算数)",
            "总支出 = 一般公共预算支出合计 + 上解中央支出 + 对区体制返还 + 年终结余 (支出/决算数)",
            "国有资本经营预算收入 = 一、利润收入 + 二、股利、股息收入 (收入/决算数)",
            "收入总计 = 国有资本经营预算收入 + 国有资本经营预算上年结余收入 (收入/决算数)",
            "国有资本经营预算支出 = 一、国有企业资本金注入 + 二、其他国有资本经营预算支出 (支出/决算数)",
            "支出总计 = 国有资本经营预算支出 + 国有资本经营预算调出资金 + 国有资本经营预算年终结余 (支出/决算数)",
            "一、利润收入 = 电力企业利润收入 + 钢铁企业利润收入 (收入/决算数)",
            "二、股利、股息收入 = 国有控股公司股利、股息收入 (收入/决算数)",
            "一、国有企业资本金注入 = 国有经济结构调整支出 (支出/决算数)",
            "二、其他国有资本经营预算支出 = 其他国有资本经营预算支出（项） (支出/决算数)",
        ])
    }

    /// numbered-districts.pdf: `未落实到各区数`, printed in the 序号 column,
    /// is one more item of the 合计 beside the districts, not a level above them.
    @Test func aLabelInTheNumberingColumnIsAnItem() throws {
        let checks = try Converter().convert(path: Fixtures.sample("numbered-districts.pdf")).checks
        #expect(checks.map(\.description) == ["合计 = 东城区 + 西城区 + 未落实到各区数 (2022年预算数)",
                                               "合计 = 东城区 + 西城区 + 未落实到各区数 (2022年决算数)"])
        #expect(checks.map(\.expected) == ["1600", "1500"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// `一、部门预算` prints no amount: 本年收入合计 adds the items under it.
    @Test func aHeadingWithoutAnAmountStandsForItsItems() throws {
        let checks = try Self.sampleChecks().filter { $0.total.table == 0 && $0.rule == .totalRow }
        #expect(checks.map(\.description) == ["本年收入合计 = 1、财政拨款 + 2、上级补助收入 + 3、事业收入 (预算数)"])
        #expect(checks.map(\.expected) == ["3695.91"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// 新增债券合计 heads its rows in the columns where they add up, so it
    /// heads them in 西城区 too, where the print differs; 再融资债券合计 then
    /// takes its own rows, and the rows it heads end at `四、`.
    @Test func eachBondTotalHeadsItsOwnRows() throws {
        let checks = try Self.sampleChecks().filter { $0.total.table == 1 && $0.rule == .totalRow }
        #expect(checks.map(\.description) == [
            "新增债券合计 = 新增一般债券发行额 + 新增专项债券发行额 (本地区)",
            "再融资债券合计 = 再融资一般债券发行额 + 再融资专项债券发行额 (本地区)",
            "新增债券合计 = 新增一般债券发行额 + 新增专项债券发行额 (东城区)",
            "再融资债券合计 = 再融资一般债券发行额 + 再融资专项债券发行额 (东城区)",
            "新增债券合计 = 新增一般债券发行额 + 新增专项债券发行额 (西城区)",
            "再融资债券合计 = 再融资一般债券发行额 + 再融资专项债券发行额 (西城区)",
        ])
        #expect(checks.map(\.outcome) == [.pass, .pass, .pass, .pass, .fail, .pass])
        #expect(checks[4].printed == "6.98" && checks[4].expected == "8.98")
    }

    /// A row of column numbers (`** 1 2 3`) under `小计 | 其中：专项资金` does
    /// not extend `其中` over the columns beside it: 上年结转 is a part.
    @Test func columnNumbersAreNoHeadingLevel() throws {
        let checks = try Self.sampleChecks().filter { $0.total.table == 2 && $0.rule == .totalColumn }
        #expect(checks.map(\.description).contains("合计: 部门预算/合计 = 部门预算/一般公共预算拨款/小计 + 部门预算/上年结转"))
        #expect(!checks.isEmpty && checks.allSatisfy { $0.outcome == .pass })
    }

    /// `国有资本经营预算收入`, the subject of the table's title, sums the items
    /// above it; 收入合计 adds the carry-over to it.
    @Test func theTablesSubjectSumsItsItems() throws {
        try Self.expectPassing(table: 3, .totalRow, [
            "国有资本经营预算收入 = 一、利润收入 + 二、股利、股息收入 (2022年预算数)",
            "收入合计 = 国有资本经营预算收入 + 上年结转收入 (2022年预算数)",
            "国有资本经营预算收入 = 一、利润收入 + 二、股利、股息收入 (2022年决算数)",
            "收入合计 = 国有资本经营预算收入 + 上年结转收入 (2022年决算数)",
        ])
    }

    /// `本年收入合计` is the year's part of `收入合计`, which adds the
    /// carry-over to it.
    @Test func theYearsTotalIsAPartOfTheWhole() throws {
        try Self.expectPassing(table: 4, .totalRow, ["本年收入合计 = 一、一般公共预算拨款收入 + 二、事业收入 (预算数)",
                                                     "收入合计 = 本年收入合计 + 上年结转结余 (预算数)"])
    }

    /// `合计` printed again at the top of the second page is the same total:
    /// the first heads all 33 classes, the copy is no check of its own.
    @Test func aTotalRepeatedOnTheNextPageIsTheSameTotal() throws {
        let document = try Converter().convert(path: Fixtures.sample("implied-sums.pdf"))
        #expect(document.tables[9].pages == [4, 5])
        let checks = document.checks.filter { $0.total.table == 9 && $0.rule == .totalRow }
        #expect(checks.count == 1)
        #expect(checks.first?.parts.count == 33)
        #expect(checks.first?.total.page == 4)
        #expect(checks.first?.outcome == .pass)
    }

    /// Both sides close with a bare `总计`: those are compared, not the
    /// year's totals, which differ by the balance carried forward.
    @Test func bareGrandTotalsOnBothSidesBalance() throws {
        let checks = try Self.sampleChecks().filter { $0.total.table == 5 && $0.rule == .incomeEqualsExpense }
        #expect(checks.map(\.printed) == ["1100.00"])
        #expect(checks.map(\.expected) == ["1100.00"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// `项目支出总数` is the 项目支出 group's own total: `扣除基建项目后预算数`
    /// beside it is a part of it, not of 合计.
    @Test func aGroupsTotalNamedByItsNumber() throws {
        try Self.expectPassing(table: 6, .totalColumn, ["行政运行: 合计 = 基本支出 + 项目支出/项目支出总数",
                                                        "一般行政管理事务: 合计 = 基本支出 + 项目支出/项目支出总数"])
    }

    /// A column of quantity units (`單位`: 公噸) names no item, and `數量`
    /// counts: the plan is the sum of its four items' 預算數 alone.
    @Test func quantityUnitsAreNoLabels() throws {
        try Self.expectPassing(table: 7, .outline, ["一、糧政業務計畫 = 商品-糧食(主產品) + 商品-糧食(副產品) + 救濟米 + 行政費用 (預算數)"])
        #expect(try Self.sampleChecks().filter { $0.total.table == 7 }.count == 1)
    }

    /// The expense side prints no 本年支出合计: 支出总计 adds its items, and
    /// 本年收入合计 beside them totals nothing on that side.
    @Test func aTotalOfTheOtherSideIsNoPart() throws {
        try Self.expectPassing(table: 8, .totalRow, ["本年收入合计 = 一般公共预算 (收入/预算数)",
                                                     "收入总计 = 本年收入合计 (收入/预算数)",
                                                     "支出总计 = 一般公共服务支出 + 教育支出 (支出/预算数)"])
    }

    /// A word that starts with a numeral (`一般会议服务`) does not start the
    /// numbering again: the unit's items are one breakdown.
    @Test func aWordStartingWithANumeralIsNoOutlineMark() {
        let table = handTable(title: "政府采购支出表", header: [["单位", "品目", "金额"]],
                              rows: [["苏州市港航事业发展中心", "", "58.15"], ["", "物业管理服务", "55.15"], ["", "一般会议服务", "3.00"]])
        let checks = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .outline }
        #expect(checks.map(\.description) == ["苏州市港航事业发展中心 = 物业管理服务 + 一般会议服务 (金额)"])
        #expect(checks.map(\.outcome) == [.pass])
    }

    /// A department's row over its units, which add up to it only to
    /// rounding, still stands above them.
    @Test func aDepartmentOverUnitsThatAddUpToRounding() {
        let table = handTable(title: "部门收入预算总表", header: [["单位名称", "总计"]],
                              rows: [["合计", "201286.11"], ["湖州市交通运输局", "201286.11"], ["湖州市交通运输局", "8822.96"],
                                     ["湖州市港航管理中心", "80424.19"], ["湖州市公路与运输管理中心", "112038.94"]])
        let totals = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .totalRow }
        #expect(totals.map(\.description) == ["合计 = 湖州市交通运输局 (总计)"])
        #expect(totals.map(\.outcome) == [.pass])
    }

    /// What is bought through 政府采购 is counted across the kinds of
    /// expense again: those columns are no parts of 支出总计.
    @Test func procurementColumnsAreNoParts() {
        let table = handTable(title: "支出总表", header: [["科目名称", "支出总计", "基本支出", "项目支出", "2026年政府采购项目", ""],
                                                          ["", "", "", "", "小计", "其中：中小企业"]],
                              rows: [["行政运行", "6487.76", "6487.76", "0.00", "388.02", "171.52"]])
        let checks = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .totalColumn }
        #expect(checks.map(\.description) == ["行政运行: 支出总计 = 基本支出 + 项目支出"])
        #expect(checks.map(\.outcome) == [.pass])
    }
}
