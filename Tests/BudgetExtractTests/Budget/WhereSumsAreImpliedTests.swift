import Foundation
import Testing
@testable import BudgetExtract

/// A table built by hand: header rows and body rows of texts, `""` for an
/// empty slot; each cell's box is its slot in a grid of 10-point squares,
/// `indent` points further right for labels that start with spaces.
func handTable(title: String?, unit: String? = "万元", header: [[String]], rows: [[String]], ruled: Bool = true) -> Table {
    let columns = (header + rows).map(\.count).max() ?? 0
    func row(_ texts: [String], y: Double) -> PrintedRow {
        texts.enumerated().map { column, text in
            guard !text.isEmpty else { return nil }
            let indent = Double(text.prefix { $0 == " " }.count) * 5
            let x = Double(column) * 100 + indent
            return PrintedCell(text: text.trimmingCharacters(in: .whitespaces), box: Rect(x0: x, y0: y, x1: x + 50, y1: y + 10))
        }
    }
    return Table(PageTable(
        page: 1, title: title, unit: unit,
        header: header.enumerated().map { row($1, y: Double($0) * 10) },
        rows: rows.enumerated().map { row($1, y: Double(header.count + $0) * 10) },
        columnBounds: (0...columns).map { Double($0) * 100 }, rowBounds: [],
        box: Rect(x0: 0, y0: 0, x1: Double(columns) * 100, y1: Double(header.count + rows.count) * 10), ruled: ruled))
}

@Suite("Checks are formed only where a table implies a sum")
struct WhereSumsAreImpliedTests {
    /// A 决算 table with a column of percentages: its figures are neither
    /// summed nor money.
    @Test func percentagesAreNotSummed() {
        let table = handTable(title: "一般公共预算收入决算情况表", header: [["项目", "预算数", "决算数", "决算数为预算数％"]],
                              rows: [["收入合计", "300", "330", "110.0"], ["一、税收收入", "200", "220", "110.0"],
                                     ["二、非税收入", "100", "110", "110.0"]])
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description).sorted() == ["收入合计 = 一、税收收入 + 二、非税收入 (决算数)",
                                                       "收入合计 = 一、税收收入 + 二、非税收入 (预算数)"])
        let percent = BudgetRecords.records(of: [table]).filter { $0.column == 3 }
        #expect(percent.count == 3)
        #expect(percent.allSatisfy { $0.unit == "%" && $0.yuan == nil })
    }

    /// `栏次 | 1 | 2 | 3` and a bare `1 2 3` row number the columns; a
    /// header repeated on a continuation page is no row of codes.
    @Test func columnNumbersAndRepeatedHeadersAreNotFigures() {
        let table = handTable(title: "支出预算总表", header: [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
                              rows: [["栏次", "", "1", "2", "3"], ["", "合计", "30", "10", "20"],
                                     ["201", "一般公共服务支出", "30", "10", "20"], ["20103", "政府办公厅", "30", "10", "20"],
                                     ["科目编码", "科目名称", "", "", ""], ["", "", "1", "2", "3"],
                                     ["2010301", "行政运行", "30", "10", "20"]])
        let reading = TableReading(table)
        #expect(reading.headingRows == [0, 4, 5])
        #expect(reading.codeColumns == [0])
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(!checks.isEmpty)
        #expect(checks.allSatisfy { $0.outcome == .pass }, "\(checks.filter { $0.outcome != .pass }.map(\.description))")
        #expect(!BudgetRecords.records(of: [table]).contains { [0, 5].contains($0.row) })
    }

    /// `[2010301]行政运行`: the code in brackets gives the level, so 类, 款
    /// and 项 rows are never summed together.
    @Test func bracketedCodesInLabelsGiveLevels() {
        let table = handTable(title: "一般公共预算支出情况表", header: [["科目", "合计"]],
                              rows: [["合计", "30"], ["[201]一般公共服务支出", "30"], ["[20103]政府办公厅（室）及相关机构事务", "30"],
                                     ["[2010301]行政运行", "20"], ["[2010302]一般行政管理事务", "10"]])
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description).sorted() == ["201 = 20103 (合计)", "20103 = 2010301 + 2010302 (合计)",
                                                       "合计 = [201]一般公共服务支出 (合计)"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
        let records = BudgetRecords.records(of: [table])
        #expect(records.first { $0.code == "2010301" }?.item == "行政运行")
        #expect(records.first { $0.code == "20103" }?.level == "款")
    }

    /// `3021101-差旅费` among `30201-办公费`, its parent `30211` not printed
    /// (北京 prints its own seven-digit economic codes so): it stands beside
    /// its printed siblings and is a part of `合计` (it was left out as a 项,
    /// and the 合计 failed by its amount).
    @Test func aCodeWhoseParentIsNotPrintedIsAPartOfTheTotal() {
        let table = handTable(title: "一般公共预算基本支出表", header: [["部门支出经济分类科目", "预算数"]],
                              rows: [["30201-办公费", "5.70"], ["3021101-差旅费", "4.18"], ["30228-工会经费", "11.41"], ["合 计", "21.29"]])
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description) == ["合计 = 30201-办公费 + 3021101-差旅费 + 30228-工会经费 (预算数)"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
        #expect(BudgetRecords.records(of: [table]).map { $0.code ?? "-" } == ["30201", "3021101", "30228", "-"])
        #expect(TableChecker.printedDepth(of: "3021101", among: ["30201", "3021101"]) == 3)
        #expect(TableChecker.printedDepth(of: "2010301", among: ["201", "20103"]) == 7)
        #expect(TableChecker.printedDepth(of: "2010301", among: ["201"]) == 5)
    }

    /// `本级财政拨款 / 其中:经费拨款`: a breakdown under a group heading is not
    /// one of the total's parts.
    @Test func 其中UnderAGroupHeadingIsNoPart() {
        let table = handTable(title: "收入总体情况表", header: [["项目", "合计", "本级财政拨款", "", "事业收入"],
                                                                 ["", "", "金额", "其中:经费拨款", ""]],
                              rows: [["合计", "100", "80", "60", "20"]])
        let checks = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .totalColumn }
        #expect(checks.map(\.description) == ["合计: 合计 = 本级财政拨款/金额 + 事业收入"])
        #expect(checks.first?.outcome == .pass)
    }

    /// `小计 | 其中：基本支出 | 项目支出`: a `其中` that opens its group and is
    /// followed by columns without it introduces all the parts.
    @Test func 其中BeforeTheOtherPartsIntroducesThem() {
        let table = handTable(title: "一般公共预算支出情况表", header: [["功能科目名称", "一般公共预算支出", "", ""],
                                                                     ["", "小计", "其中：基本支出", "项目支出"]],
                              rows: [["合计", "100", "70", "30"]])
        let checks = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .totalColumn }
        #expect(checks.map(\.description) == ["合计: 一般公共预算支出/小计 = 一般公共预算支出/其中：基本支出 + 一般公共预算支出/项目支出"])
        #expect(checks.first?.outcome == .pass)
    }

    /// A 绩效目标表 prints targets and scores: no sum is formed over them.
    @Test func performanceTablesImplyNoSums() {
        let table = handTable(title: "项目支出绩效自评表", header: [["一级指标", "二级指标", "年度指标值", "分值", "得分"]],
                              rows: [["产出指标", "数量指标", "100", "10", "10"], ["", "质量指标", "95", "10", "9"],
                                     ["合计", "", "", "20", "19"]])
        #expect(ArithmeticChecks.checks(of: [table]).isEmpty)
    }

    /// Counts (`编制人数`) are not money; a unit in one column's heading
    /// (`單價(元)`) applies to that column only, the caption's (千元) to the
    /// others; a column of prose keeps its numbers out of the figures.
    @Test func countsColumnUnitsAndProse() {
        let table = handTable(title: "基本情况表", unit: "千元", header: [["单位名称", "编制人数", "單價(元)", "经费", "说明"]],
                              rows: [["甲单位", "12", "30", "5", "按2025年标准"], ["乙单位", "8", "20", "4", "新增3人"],
                                     ["丙单位", "5", "10", "3", "12"]])
        let records = BudgetRecords.records(of: [table])
        #expect(records.filter { $0.column == 1 }.count == 3)
        #expect(records.filter { $0.column == 1 }.allSatisfy { $0.yuan == nil && $0.unit == nil })
        #expect(records.filter { $0.column == 2 }.map(\.yuan) == ["30", "20", "10"])
        #expect(records.filter { $0.column == 2 }.allSatisfy { $0.unit == "元" })
        #expect(records.filter { $0.column == 3 }.map(\.yuan) == ["5000", "4000", "3000"])
        #expect(!records.contains { $0.column == 4 })
    }

    @Test(arguments: [
        ("单位：万元", MoneyUnit(scale: .tenThousandYuan)), ("單位︰新臺幣千元", MoneyUnit(scale: .thousandYuan, currency: .newTaiwanDollar)),
        ("部门：某局 单位:元", MoneyUnit(scale: .yuan)), ("单位全称：某局 单位：亿元", MoneyUnit(scale: .hundredMillionYuan)),
        ("单位：人民币万元", MoneyUnit(scale: .tenThousandYuan, currency: .renminbi)),
        ("单位：万美元", MoneyUnit(scale: .tenThousandYuan, currency: .usDollar)), ("单位：港元", MoneyUnit(scale: .yuan, currency: .hongKongDollar)),
    ])
    func captionUnits(text: String, unit: MoneyUnit) {
        #expect(MoneyUnit.caption(in: text) == unit)
    }

    @Test func headingUnitsAreOnlyBracketedUnits() {
        #expect(MoneyUnit.heading(in: "單價(元)") == MoneyUnit(scale: .yuan))
        #expect(MoneyUnit.heading(in: "金额（万元）") == MoneyUnit(scale: .tenThousandYuan))
        #expect(MoneyUnit.heading(in: "预算数(新臺幣千元)") == MoneyUnit(scale: .thousandYuan, currency: .newTaiwanDollar))
        #expect(MoneyUnit.heading(in: "因公出国（境）费") == nil)
        #expect(MoneyUnit.heading(in: "每生每年4000元") == nil)
    }

    /// A unit's name, as a table states it, reads back as the same unit; a
    /// unit printing no currency is in 人民币.
    @Test func unitNamesReadBack() {
        let units = [MoneyUnit(scale: .thousandYuan, currency: .newTaiwanDollar), MoneyUnit(scale: .tenThousandYuan, currency: .usDollar),
                     MoneyUnit(scale: .yuan), MoneyUnit(scale: .hundredMillionYuan, currency: .hongKongDollar)]
        #expect(units.map(\.name) == ["新臺幣千元", "万美元", "元", "港币亿元"])
        #expect(units.map { MoneyUnit(word: $0.name) } == units)
        #expect(MoneyUnit(scale: .tenThousandYuan).currencyOfAmounts == .renminbi)
        #expect(MoneyUnit.isCutCaption("单位：新臺幣千") && !MoneyUnit.isCutCaption("单位：新臺幣千元"))
    }

    /// Every record says the currency of its amount: the one its unit
    /// prints (`新臺幣千元`; a heading's `(元)` under that caption too),
    /// else 人民币; so amounts in two currencies are never summed together.
    @Test func recordsSayTheirCurrency() throws {
        let republic = try Converter().convert(path: Fixtures.sample("republic-year-cover.pdf"))
        #expect(republic.tables.map(\.unit) == ["新臺幣千元", "新臺幣千元"])
        let funds = republic.records.filter { $0.table == 0 }
        #expect(funds.count == 6)
        #expect(funds.allSatisfy { $0.unit == "千元" && $0.currency == "TWD" })
        #expect(funds.first { $0.row == 0 && $0.column == 1 }?.yuan == "1250300000")
        let costs = republic.records.filter { $0.table == 1 && $0.column == 2 }
        #expect(costs.map(\.yuan) == ["850", "125000"])
        #expect(costs.allSatisfy { $0.unit == "元" && $0.currency == "TWD" })
        // A column of quantities (`數量`) is no money: no unit, no currency.
        #expect(republic.records.filter { $0.table == 1 && $0.column == 1 }.allSatisfy { $0.unit == nil && $0.currency == nil })
        let notice = try Converter().convert(path: Fixtures.sample("notice-title-cover.pdf"))
        #expect(notice.records.count == 6 && notice.records.allSatisfy { $0.currency == "CNY" && $0.unit == "万元" })
    }

    /// A caption cut short at its unit (`单位：万`, its `元` wrapped under
    /// it); a whole unit, a line without the label, or a label followed by
    /// something else is none.
    @Test(arguments: [
        ("单位：万", true), ("單位︰新臺幣千", true), ("部门：某局  单位: 万", true), ("单位：万元", false),
        ("部门：某局", false), ("单位名称", false), ("", false), ("单位：", false),
    ])
    func cutCaptions(text: String, cut: Bool) {
        #expect(MoneyUnit.isCutCaption(text) == cut)
    }

    /// A department's row, then its units (its own office first, under the
    /// same name): the total counts the department once, and the department
    /// is checked against its units.
    @Test func aDepartmentRowIsNotAddedToItsUnits() {
        let table = handTable(title: "收入总表", header: [["单位名称", "合计"]],
                              rows: [["合计", "100"], ["某市交通运输局", "100"], ["某市交通运输局（本级）", "60"],
                                     ["某市港航事业发展中心", "40"]])
        let checks = ArithmeticChecks.checks(of: [table])
        #expect(checks.map(\.description).sorted() == ["合计 = 某市交通运输局 (合计)",
                                                       "某市交通运输局 = 某市交通运输局（本级） + 某市港航事业发展中心 (合计)"])
        #expect(checks.allSatisfy { $0.outcome == .pass })
    }

    /// Numbering that starts again at 1 under one item is another breakdown
    /// of it (by function, then by economic class); `2022比2021` rows compare,
    /// they are not parts; `壹、` numbers parts above `一、`.
    @Test func breakdownsComparisonsAndFinancialNumerals() {
        let summary = handTable(title: "收支总表", header: [["项目", "金额"]],
                                rows: [["一、部门预算", "100"], ["1、一般公共服务支出", "70"], ["2、教育支出", "30"],
                                       ["1、人员经费", "40"], ["2、公用经费", "60"]])
        #expect(ArithmeticChecks.checks(of: [summary]).map(\.description) == [
            "一、部门预算 = 1、一般公共服务支出 + 2、教育支出 (金额)", "一、部门预算 = 1、人员经费 + 2、公用经费 (金额)"])
        let compared = handTable(title: "支出总表", header: [["项目", "合计"]],
                                 rows: [["合计", "30"], ["行政运行", "10"], ["2022比2021", "-2"], ["事业运行", "20"],
                                        ["2022比2021", "5"]])
        #expect(ArithmeticChecks.checks(of: [compared]).map(\.description) == ["合计 = 行政运行 + 事业运行 (合计)"])
        #expect(OutlineMark.depth(of: "貳、促進農地利用計畫") < OutlineMark.depth(of: "一、老農出租農地獎勵計畫"))
        #expect(OutlineMark.ordinal(of: "（十二）其他") == 12)
        #expect(OutlineMark.ordinal(of: "二十、其他") == 20)
    }

    /// In a 政府采购 table the item is the thing bought, not how it is bought.
    @Test func procurementItemsAreWhatIsBought() {
        let table = handTable(title: "政府采购预算表", header: [["采购物品名称", "采购组织形式", "金额"]],
                              rows: [["合计", "", "7"], ["台式计算机", "分散自行组织", "4"], ["打印设备", "分散自行组织", "3"]])
        #expect(BudgetRecords.records(of: [table]).map(\.item) == ["合计", "台式计算机", "打印设备"])
        #expect(ArithmeticChecks.checks(of: [table]).map(\.description) == ["合计 = 台式计算机 + 打印设备 (金额)"])
    }

    /// In a 决算 本年收入合计 and 本年支出合计 may differ by the balance: only
    /// 收入总计 = 支出总计 is checked, and with no 总计 nothing is.
    @Test func finalAccountsBalanceOnlyByTheirGrandTotals() {
        let rows = [["本年收入合计", "100", "本年支出合计", "90"], ["年初结转和结余", "10", "年末结转和结余", "20"]]
        let final = handTable(title: "收入支出决算总表", header: [["收入", "", "支出", ""]], rows: rows)
        #expect(ArithmeticChecks.checks(of: [final]).filter { $0.rule == .incomeEqualsExpense }.isEmpty)
        let totals = handTable(title: "收入支出决算总表", header: [["收入", "", "支出", ""]],
                               rows: rows + [["收入总计", "110", "支出总计", "110"]])
        let balance = ArithmeticChecks.checks(of: [totals]).filter { $0.rule == .incomeEqualsExpense }
        #expect(balance.map(\.printed) == ["110"])
        #expect(balance.first?.outcome == .pass)
    }

    /// `新增债券合计` printed over its kinds of bonds, below an item of its
    /// own: it totals the rows below it, the ones that add up to it.
    @Test func aTotalHeadsTheRowsBelowWhereOnlyTheyAddUp() {
        let table = handTable(title: "地方政府债券发行情况表", header: [["项目", "本地区"]],
                              rows: [["三、2022年地方政府债券发行决算数", "50"], ["新增债券合计", "20"], ["新增一般债券发行额", "5"],
                                     ["新增专项债券发行额", "15"], ["再融资债券合计", "30"], ["再融资一般债券发行额", "10"],
                                     ["再融资专项债券发行额", "20"]])
        let totals = ArithmeticChecks.checks(of: [table]).filter { $0.rule == .totalRow }
        #expect(totals.map(\.description) == ["新增债券合计 = 新增一般债券发行额 + 新增专项债券发行额 (本地区)",
                                               "再融资债券合计 = 再融资一般债券发行额 + 再融资专项债券发行额 (本地区)"])
        #expect(totals.allSatisfy { $0.outcome == .pass })
    }
}
