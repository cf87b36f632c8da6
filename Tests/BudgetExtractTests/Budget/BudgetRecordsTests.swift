import Foundation
import Testing
@testable import BudgetExtract

@Suite("Budget records")
struct BudgetRecordsTests {
    @Test(arguments: [
        ("2025年部门收入预算总表", TableKind.income),
        ("收支预算总表", .incomeAndExpense),
        ("收入支出决算总表", .incomeAndExpense),
        ("2025年部门财政拨款收支预算总表", .fiscalAllocation),
        ("财政拨款收入支出决算总表", .fiscalAllocation),
        ("一般公共预算支出预算表（功能科目）", .generalBudgetByFunction),
        ("2025年部门一般公共预算基本支出部门预算经济分类预算表", .basicExpenseByEconomicClass),
        ("“三公”经费、会议费、培训费支出预算表", .threePublic),
        ("一般公共预算机关运行经费支出预算表", .operatingCosts),
        ("2019年政府采购预算表", .procurement),
        ("2023年部门重点项目绩效目标表", .performanceGoals),
        ("政府性基金预算财政拨款收入支出决算表", .governmentFund),
        ("支出决算表", .expense),
        ("财政拨款支出预算表", .fiscalAllocationExpense),
        ("一般公共预算支出预算表", .generalBudgetByFunction),
        ("财政拨款基本支出预算表", .fiscalAllocationBasicExpense),
        ("一般公共预算基本支出预算表", .basicExpenseByEconomicClass),
        ("2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", .generalBudgetByEconomicClass),
        ("2019年部门综合预算一般公共预算支出明细表（按支出经济分类科目）", .generalBudgetByEconomicClass),
        ("2022年部门综合预算一般公共预算基本支出明细表（按功能科目分）", .basicExpenseByFunction),
        ("部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）", .basicExpenseByFunction),
        ("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", .basicExpenseByEconomicClass),
        ("2019年部门综合预算专项业务经费支出表", .project),
        // A kind a user sums by is one table's: 支出 or 收入 inside another subject names no summary table,
        // and the 基本支出 of all funds is not the 一般公共预算 one (wild: 西安, 北京 2022, tw_moa, 烟台, 广州).
        ("2019年部门综合预算财政拨款结转资金支出表", .other),
        ("北京市２０２２年市级政府购买服务支出决算表", .other),
        ("北京市２０２２年市级基本建设支出决算情况表", .other),
        ("農業部農業特別收入基金用人費用彙計表", .other),
        ("收入决算表", .income),
        ("2026年单位支出总体情况表", .expense),
        ("2025年部门支出预算分单位明细表", .expense),
        ("基本支出预算情况表", .basicExpense),
        ("部门预算基本支出预算表", .basicExpense),
    ])
    func kindFromTitle(title: String, kind: TableKind) {
        #expect(TableKind.of(title: title, header: []) == kind)
    }

    @Test(arguments: [
        (["收入", "支出", "项目", "预算数"], TableKind.incomeAndExpense),
        (["财政拨款收入", "财政拨款支出", "项目", "合计", "一般公共预算"], .fiscalAllocation),
        (["项目", "收入预算", "功能分类科目编码", "合计", "财政拨款收入", "事业收入"], .income),
        (["项目", "支出预算", "功能分类科目编码", "合计", "基本支出", "项目支出"], .expense),
        (["项目", "一般公共预算支出", "功能分类科目编码", "合计", "基本支出"], .generalBudgetByFunction),
        (["项目", "部门预算经济分类科目编码", "合计", "人员经费", "公用经费"], .basicExpenseByEconomicClass),
        (["项目", "政府性基金预算支出", "合计"], .governmentFund),
        (["“三公”经费预算数", "合计", "因公出国(境)费"], .threePublic),
        (["采购品目大类", "总计"], .procurement),
        (["一级指标", "二级指标", "三级指标", "指标值"], .performanceGoals),
        (["序号", "单位名称", "备注"], .other),
    ])
    func kindFromHeaderWhenUntitled(header: [String], kind: TableKind) {
        #expect(TableKind.of(title: nil, header: header) == kind)
    }

    /// Samples/classification-kinds.pdf: the 一般公共预算 expense and its
    /// 基本支出, each by function and by economic class, the title naming
    /// which (西安 部门综合预算): four kinds (before: two, each twice), and
    /// their records keep them apart; 专项业务经费 (西安's 项目支出) is a
    /// table of projects (before: 支出总表).
    @Test func aTitleNamingTheClassificationGivesTheKind() throws {
        let document = try Converter().convert(path: Fixtures.sample("classification-kinds.pdf"))
        #expect(document.tables.map(TableKind.of) == [.generalBudgetByFunction, .generalBudgetByEconomicClass,
                                                        .basicExpenseByFunction, .basicExpenseByEconomicClass, .project])
        #expect(document.tables[1].rows.map { $0.cells.map { $0?.text } } == [
            [nil, "合计", "1,386,550.00", "1,250,000.00", "136,550.00"],
            ["301", "工资福利支出", "1,250,000.00", "1,250,000.00", nil],
            ["302", "商品和服务支出", "136,550.00", nil, "136,550.00"],
        ])
        #expect(Set(document.records.map(\.kind.rawValue)) == ["一般公共预算支出(功能分类)", "一般公共预算支出(经济分类)",
                                                                "一般公共预算基本支出(功能分类)", "一般公共预算基本支出(经济分类)",
                                                                "项目支出"])
        #expect(document.tables[4].rows.map { $0.cells.map { $0?.text } } == [
            [nil, "合计", "136,550.00"], ["263001", "西安市XX局", "136,550.00"], [nil, "商贸业务宣传", "136,550.00"],
        ])
    }

    /// Samples/heading-unit.pdf: the unit printed only in a column's heading,
    /// after `单位：` in the brackets (`预算数（单位：万元）`, 广州 p26), is that
    /// column's and the table's (before: none, so no 元); the scores beside it
    /// (`自评分数`, 佛山 决算 p29) are no money, in any unit.
    @Test func aUnitLabelledInsideAHeadingsBracketsAndScoresBesideIt() throws {
        let document = try Converter().convert(path: Fixtures.sample("heading-unit.pdf"))
        #expect(document.tables.map(\.unit) == ["万元"])
        let records = document.records.map { [$0.item, $0.columnName, $0.printed, $0.unit, $0.yuan] }
        #expect(records == [
            ["专项工作经费", "预算数（单位：万元）", "749.25", "万元", "7492500"],
            ["专项工作经费", "自评分数", "96.53", nil, nil],
            ["质量抽检和试验检测管理", "预算数（单位：万元）", "120.00", "万元", "1200000"],
            ["质量抽检和试验检测管理", "自评分数", "100", nil, nil],
        ])
    }

    /// Samples/blank-column.pdf: a fund table of projects only, its 基本支出
    /// column blank all down (湖州 p43): the blank column divides no blocks,
    /// so the 项目支出 amounts have their rows' items (before: none).
    @Test func aColumnBlankAllDownDividesNoBlocks() throws {
        let document = try Converter().convert(path: Fixtures.sample("blank-column.pdf"))
        let projects = document.records.filter { $0.column == 4 }.map { [$0.code, $0.item, $0.printed, $0.yuan] }
        #expect(projects == [
            [nil, "合计", "27600.00", "276000000"],
            ["212", "城乡社区支出", "12600.00", "126000000"],
            ["2120899", "其他国有土地使用权出让收入安排的支出", "12600.00", "126000000"],
            ["229", "其他支出", "15000.00", "150000000"],
            ["2290402", "其他地方自行试点项目收益专项债券收入安排的支出", "15000.00", "150000000"],
        ])
    }

    /// Samples/stray-code-digit.pdf: codes in `类 | 款 | 项` columns with a
    /// single digit slipped into two cells (`7` for `210`, 普陀 社会福利院 2024
    /// p9; `2` for `02`, 万里 2024 p29): the columns stay codes, those two rows
    /// get no code (never a guessed one), every other row its code and level
    /// (before: no code at all in the table).
    @Test func aStrayDigitInACodeColumnCostsOnlyItsRowsCode() throws {
        let document = try Converter().convert(path: Fixtures.sample("stray-code-digit.pdf"))
        let records = document.records.map { [$0.code, $0.level, $0.parent, $0.item, $0.printed, $0.yuan] }
        #expect(records == [
            ["208", "类", nil, "社会保障和就业支出", "1,696,828", "1696828"],
            ["20805", "款", "208", "行政事业单位养老支出", "1,696,828", "1696828"],
            ["2080502", "项", "20805", "事业单位离退休", "538,440", "538440"],
            [nil, nil, nil, "机关事业单位基本养老保险缴费支出", "1,158,388", "1158388"],
            ["210", "类", nil, "卫生健康支出", "503,724", "503724"],
            ["21011", "款", "210", "行政事业单位医疗", "503,724", "503724"],
            [nil, nil, nil, "事业单位医疗", "503,724", "503724"],
            [nil, nil, nil, "合计", "2,200,552", "2200552"],
        ])
    }

    /// Samples/kinds-apart.pdf: a 支出总表, a 财政拨款结转资金支出表, a
    /// 一般公共预算基本支出情况表 and a 基本支出预算情况表 of all funds: four
    /// kinds, so summing the records of one kind takes one table (before: two
    /// 支出总表 and two 一般公共预算基本支出).
    @Test func eachTableOfADocumentHasAKindOfItsOwn() throws {
        let document = try Converter().convert(path: Fixtures.sample("kinds-apart.pdf"))
        let kinds = document.records.map { [String($0.table), $0.kind.rawValue, $0.code ?? "", $0.printed] }
        #expect(kinds == [
            ["0", "支出总表", "201", "120.00"], ["0", "支出总表", "", "120.00"],
            ["1", "other", "", "2.61"], ["1", "other", "", "2.61"],
            ["2", "一般公共预算基本支出(经济分类)", "301", "80.00"], ["2", "一般公共预算基本支出(经济分类)", "", "80.00"],
            ["3", "基本支出", "301", "95.00"], ["3", "基本支出", "", "95.00"],
        ])
    }

    @Test func recordsOfThreeColumnCodesInYuan() throws {
        let document = try Converter().convert(path: Fixtures.sample("ruled-income.pdf"))
        let records = document.records
        #expect(records.count == 18)
        let operating = try #require(records.first { $0.code == "2010301" && $0.columnName == "收入预算/合计" })
        #expect(operating.level == "项")
        #expect(operating.parent == "20103")
        #expect(operating.item == "行政运行")
        #expect(operating.kind == .income)
        #expect(operating.amount == "12029501.84")
        #expect(operating.yuan == "12029501.84")
        #expect(records.first { $0.code == "201" }?.level == "类")
        #expect(!records.contains { $0.printed.isEmpty })
    }

    /// A 决算 summary whose headings say only 项目 | 行次 | 金额 on both sides:
    /// the rows' labels tell income from expense, and 行次 is no amount.
    @Test func sidesFromTheLabelsWhenTheHeadingsDoNotSay() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let heading = ["项目", "行次", "金额", "项目", "行次", "金额"].map(cell)
        let rows = [["一、一般公共预算财政拨款收入", "1", "300.32", "一、一般公共服务支出", "31", "271.33"],
                    ["", "2", "", "二、住房保障支出", "32", "28.99"],
                    ["本年收入合计", "3", "300.32", "本年支出合计", "33", "300.32"]]
        let table = Table(PageTable(page: 1, title: "收入支出决算总表", unit: "万元", header: [heading],
                                    rows: rows.map { $0.map { $0.isEmpty ? nil : cell($0) } }, columnBounds: Array(0...6).map(Double.init),
                                    rowBounds: [], box: Rect(x0: 0, y0: 0, x1: 6, y1: 3), ruled: true))
        let records = BudgetRecords.records(of: [table])
        #expect(records.map(\.side) == ["收入", "支出", "支出", "收入", "支出"])
        #expect(!records.contains { $0.column == 1 || $0.column == 4 })
    }

    /// Codes printed in front of the names (`201 一般公共服务支出`) are codes too.
    @Test func codesLeadingTheLabels() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let rows = [["合计", "300"], ["201 一般公共服务支出", "300"], ["2010301 行政运行", "100"], ["2010350事业运行", "200"]]
        let table = Table(PageTable(page: 1, title: "支出预算表", unit: "元", header: [[cell("科目编码及名称"), cell("合计")]],
                                    rows: rows.map { $0.map(cell) }, columnBounds: [0, 1, 2], rowBounds: [],
                                    box: Rect(x0: 0, y0: 0, x1: 2, y1: 4), ruled: true))
        let records = BudgetRecords.records(of: [table])
        #expect(records.map(\.code) == [nil, "201", "2010301", "2010350"])
        #expect(records.map(\.item) == ["合计", "一般公共服务支出", "行政运行", "事业运行"])
        #expect(records[2].parent == "20103")
        #expect(ArithmeticChecks.checks(of: [table]).map(\.description).sorted()
                == ["201 = 2010301 + 2010350 (合计)", "合计 = 201一般公共服务支出 (合计)"])
    }

    /// Whole amounts in 万元 (`100`, `20`) look like codes; the header says which is which.
    @Test func wholeAmountsAreNotCodes() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        let table = Table(PageTable(
            page: 1, title: "项目支出预算表", unit: "万元", header: [[cell("科目编码"), cell("科目名称"), cell("项目支出")]],
            rows: [[cell("201"), cell("一般公共服务支出"), cell("120")], [cell("20101"), cell("人大事务"), cell("100")],
                   [cell("20103"), cell("政府办公厅"), cell("20")]],
            columnBounds: [0, 1, 2, 3], rowBounds: [], box: Rect(x0: 0, y0: 0, x1: 3, y1: 3), ruled: true))
        let records = BudgetRecords.records(of: [table])
        #expect(records.map(\.amount) == ["120", "100", "20"])
        #expect(records.map(\.code) == ["201", "20101", "20103"])
        #expect(ArithmeticChecks.checks(of: [table]).map(\.outcome) == [.pass])
    }

    @Test func wanYuanAreConvertedExactlyAndAnUnknownUnitIsNeverGuessed() throws {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        var table = Table(PageTable(page: 2, title: "收入预算总表", unit: "万元", header: [[cell("项目"), cell("金额")]],
                                    rows: [[cell("一般公共服务支出"), cell("22,395.50")], [cell("外交支出"), nil],
                                           [cell("增长率"), cell("#DIV/0!")]],
                                    columnBounds: [0, 1, 2], rowBounds: [], box: Rect(x0: 0, y0: 0, x1: 2, y1: 2), ruled: true))
        let records = BudgetRecords.records(of: [table])
        #expect(records.count == 1)
        #expect(records[0].yuan == "223955000")
        #expect(records[0].columnName == "金额")
        table.unit = nil
        #expect(BudgetRecords.records(of: [table])[0].yuan == nil)
    }

    @Test(.enabled(if: Fixtures.corpusIsPresent, "needs ../shared/corpus beside the checkout"))
    func corpusSummaryTableInYuanAndEveryTableHasAKind() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF("江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf"))
        let general = try #require(document.records.first { $0.table == 0 && $0.item == "一、一般公共服务支出" })
        #expect(general.amount == "22395.50")
        #expect(general.unit == "万元")
        #expect(general.yuan == "223955000")
        #expect(general.kind == .incomeAndExpense)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.truth.path) where name.hasSuffix(".truth.json") {
            let pdf = Fixtures.corpusPDF(String(name.dropLast(".truth.json".count)) + ".pdf")
            let document = try Converter().convert(path: pdf)
            for (index, table) in document.tables.enumerated() {
                if table.title != nil { #expect(TableKind.of(table) != .other, "\(name): \(table.title ?? "")") }
                // Every amount printed outside the code, identifier and numbering columns has its record.
                let reading = TableReading(table)
                for (row, cells) in table.rows.enumerated() {
                    for (column, cell) in cells.cells.enumerated() {
                        guard let cell, case .amount = NumberNormalizer.read(cell.text), !reading.isCodeColumn(column),
                              !reading.numberingColumns.contains(column), !reading.identifierColumns.contains(column) else { continue }
                        #expect(document.records.contains { $0.table == index && $0.row == row && $0.column == column },
                                "\(name) table \(index) row \(row) column \(column): \(cell.text)")
                    }
                }
            }
        }
    }

    /// A record's codes: `code`, then each classification's (`function_code`
    /// with its level and parent, `government_economic_code`,
    /// `department_economic_code`), item, column, amount and 元.
    static func codedRecords(_ document: ExtractedDocument, table: Int) -> [String] {
        document.records.filter { $0.table == table }.map { record in
            [record.code, record.functionCode, record.functionLevel, record.functionParent, record.governmentEconomicCode,
             record.departmentEconomicCode, record.item, "\(record.column)", record.amount, record.yuan].map { $0 ?? "-" }
                .joined(separator: " ")
        }
    }

    /// two-classifications.pdf: a row coded by the 支出功能分类 and an
    /// 支出经济分类 keeps both. `类 | 款 | 项 | 30101 | 基本工资` (the economic
    /// column was read as the 项 column's continuation, one 12-digit code)
    /// and 北京's `2130201-行政运行 | 50101-… | 30101-…` (each amount kept
    /// only `30101`, the function code lost) give every amount its function
    /// code, with level and parent, and its economic codes; `code` stays the
    /// code nearest the amount.
    @Test func aRowCodedByTwoClassificationsKeepsBoth() throws {
        let document = try Converter().convert(path: Fixtures.sample("two-classifications.pdf"))
        #expect(document.tables.count == 3)
        #expect(Self.codedRecords(document, table: 0) == [
            "30101 2010301 项 20103 - 30101 基本工资 5 120.00 1200000", "30101 2010301 项 20103 - 30101 基本工资 6 120.00 1200000",
            "30102 2010301 项 20103 - 30102 津贴补贴 5 80.00 800000", "30102 2010301 项 20103 - 30102 津贴补贴 6 80.00 800000",
            "30201 2010301 项 20103 - 30201 办公费 5 30.00 300000", "30201 2010301 项 20103 - 30201 办公费 7 30.00 300000",
            "30302 2080501 项 20805 - 30302 退休费 5 20.00 200000", "30302 2080501 项 20805 - 30302 退休费 6 20.00 200000",
            "- - - - - - 合计 5 250.00 2500000", "- - - - - - 合计 6 220.00 2200000", "- - - - - - 合计 7 30.00 300000",
        ])
        #expect(Self.codedRecords(document, table: 1) == [
            "30101 2130201 项 21302 50101 30101 基本工资 3 142.488000 1424880.00", "30101 2130201 项 21302 50101 30101 基本工资 4 142.488000 1424880.00",
            "30108 2130201 项 21302 50102 30108 机关事业单位基本养老保险缴费 3 72.901080 729010.80",
            "30108 2130201 项 21302 50102 30108 机关事业单位基本养老保险缴费 4 72.901080 729010.80",
            "3021101 2130201 项 21302 50201 3021101 差旅费 3 4.180000 41800.00", "3021101 2130201 项 21302 50201 3021101 差旅费 4 4.180000 41800.00",
            "30227 2130202 项 21302 50205 30227 委托业务费 3 130.000000 1300000.00",
            "30227 2130202 项 21302 50205 30227 委托业务费 5 130.000000 1300000.00",
            "- - - - - - 合计 3 349.569080 3495690.80", "- - - - - - 合计 4 219.569080 2195690.80", "- - - - - - 合计 5 130.000000 1300000.00",
        ])
        // A 基本支出 column blank all down divides no blocks: the 项目支出 amounts keep their function code.
        #expect(Self.codedRecords(document, table: 2) == [
            "214 214 类 - - - 交通运输支出 2 64.40 644000", "214 214 类 - - - 交通运输支出 4 64.40 644000",
            "21498 21498 款 214 - - 超长期特别国债安排的支出 2 64.40 644000", "21498 21498 款 214 - - 超长期特别国债安排的支出 4 64.40 644000",
            "2149801 2149801 项 21498 - - 公路水路运输 2 64.40 644000", "2149801 2149801 项 21498 - - 公路水路运输 4 64.40 644000",
            "- - - - - - 合计 2 64.40 644000", "- - - - - - 合计 4 64.40 644000",
        ])
        #expect(document.checks.allSatisfy { $0.outcome == .pass }, "\(document.checks.filter { $0.outcome != .pass }.map(\.description))")
    }

    /// joined-codes.pdf: the sides of a side-by-side 基本支出 table
    /// (`[30101]基本工资 | 500.00 | [30201]办公费 | 120.00`) are two blocks:
    /// each side's amounts take their own side's economic code, never the
    /// other's; a function-coded table's amounts get their function code.
    @Test func eachSideOfASideBySideTableKeepsItsOwnCodes() throws {
        let document = try Converter().convert(path: Fixtures.sample("joined-codes.pdf"))
        #expect(Self.codedRecords(document, table: 2).prefix(4) == [
            "301 - - - - 301 工资福利支出 1 900.00 9000000", "302 - - - - 302 商品和服务支出 3 350.00 3500000",
            "30101 - - - - 30101 基本工资 1 500.00 5000000", "30201 - - - - 30201 办公费 3 120.00 1200000",
        ])
        #expect(Self.codedRecords(document, table: 1).first == "30101 - - - 50101 30101 基本工资 2 142.49 1424900")
        #expect(Self.codedRecords(document, table: 0).prefix(2) == [
            "201 201 类 - - - 一般公共服务支出 1 300.00 3000000", "201 201 类 - - - 一般公共服务支出 2 200.00 2000000",
        ])
    }

    /// Samples/quantity-unit-items.pdf: a 成本分析表 (tw_moa 基金 p. 62) with a
    /// column of quantity units (`單位`: 公噸) and, between it and the
    /// 預算數, the cost of one unit in 元 and a count (`數量`): each record
    /// names its row's item, as the checks do (before: the plan's and
    /// 行政費用's 預算數 had no item, the items' amounts had `公噸`).
    @Test func recordsPassOverAColumnOfQuantityUnits() throws {
        let document = try Converter().convert(path: Fixtures.sample("quantity-unit-items.pdf"))
        #expect(document.tables.map { $0.rows.map { $0.cells.map { $0?.text } } } == [[
            ["壹、糧政業務計畫", nil, nil, nil, "15,297,810"],
            ["商品-糧食(主產品)", "公噸", "28,135.96", "410,700", "11,555,440"],
            ["商品-糧食(副產品)", "公噸", "5,016.00", "10,000", "50,160"],
            ["救濟米", "公噸", "31,289.81", "32,000", "1,001,274"],
            ["行政費用", nil, nil, nil, "2,690,936"],
        ]])
        let records = document.records.map { [$0.item, $0.columnName, $0.printed, $0.unit, $0.yuan, $0.currency] }
        #expect(records == [
            ["壹、糧政業務計畫", "預算數", "15,297,810", "千元", "15297810000", "CNY"],
            ["商品-糧食(主產品)", "單位成本(元)", "28,135.96", "元", "28135.96", "CNY"],
            ["商品-糧食(主產品)", "數量", "410,700", nil, nil, nil],
            ["商品-糧食(主產品)", "預算數", "11,555,440", "千元", "11555440000", "CNY"],
            ["商品-糧食(副產品)", "單位成本(元)", "5,016.00", "元", "5016.00", "CNY"],
            ["商品-糧食(副產品)", "數量", "10,000", nil, nil, nil],
            ["商品-糧食(副產品)", "預算數", "50,160", "千元", "50160000", "CNY"],
            ["救濟米", "單位成本(元)", "31,289.81", "元", "31289.81", "CNY"],
            ["救濟米", "數量", "32,000", nil, nil, nil],
            ["救濟米", "預算數", "1,001,274", "千元", "1001274000", "CNY"],
            ["行政費用", "預算數", "2,690,936", "千元", "2690936000", "CNY"],
        ])
        // The checks name the same items.
        #expect(document.checks.map(\.description) == ["壹、糧政業務計畫 = 商品-糧食(主產品) + 商品-糧食(副產品) + 救濟米 + 行政費用 (預算數)"])
    }

    /// Samples/amounts-left-of-items.pdf: a 基金用途明細表 (tw_moa 基金 p. 88,
    /// 277) printing last year's actuals (`前年度決算數`) left of the items:
    /// those amounts are for the item their row prints right of them, and the
    /// checks add them up as the budgets beside them (before: no item, no check).
    @Test func amountsLeftOfTheItemsAreForTheirRowsItem() throws {
        let document = try Converter().convert(path: Fixtures.sample("amounts-left-of-items.pdf"))
        #expect(document.tables.map { $0.rows.map { $0.cells.map { $0?.text } } } == [[
            ["1,000", "壹、調整產業計畫", "1,800", "1,700", "詳基金用途明細表"],
            ["1,000", "一、養豬產業計畫", "1,200", "1,100", nil],
            ["700", "服務費用", "900", "800", nil],
            ["300", "材料及用品費", "300", "300", nil],
            ["-", "二、漁業發展計畫", "600", "600", nil],
            ["-", "服務費用", "600", "600", nil],
        ]])
        let actuals = document.records.filter { $0.column == 0 }.map { [$0.item, $0.columnName, $0.printed, $0.yuan] }
        #expect(actuals == [
            ["壹、調整產業計畫", "前年度決算數", "1,000", "1000000"],
            ["一、養豬產業計畫", "前年度決算數", "1,000", "1000000"],
            ["服務費用", "前年度決算數", "700", "700000"],
            ["材料及用品費", "前年度決算數", "300", "300000"],
        ])
        #expect(document.records.filter { $0.column == 2 }.map(\.item) == [
            "壹、調整產業計畫", "一、養豬產業計畫", "服務費用", "材料及用品費", "二、漁業發展計畫", "服務費用",
        ])
        let actualsChecks = document.checks.filter { $0.description.hasSuffix("(前年度決算數)") }
        #expect(actualsChecks.map(\.description) == ["壹、調整產業計畫 = 一、養豬產業計畫 + 二、漁業發展計畫 (前年度決算數)",
                                                   "一、養豬產業計畫 = 服務費用 + 材料及用品費 (前年度決算數)"])
        #expect(document.checks.allSatisfy { $0.outcome == .pass })
    }

    /// repeated-figure.pdf: a column printing one figure down its rows and
    /// total (`216`, tw_moa 115 p. 145) is amounts, no code column: its 216s
    /// are records and no other amount of the row carries code 216; a `类`
    /// column repeating its one 类 `201` beside its 款 stays the code.
    @Test func aColumnRepeatingOneFigureIsNoCodeColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("repeated-figure.pdf"))
        #expect(document.tables.count == 2)
        #expect(Self.codedRecords(document, table: 0) == [
            "- - - - - - 提升农业经营计划 2 690 690000", "- - - - - - 提升农业经营计划 3 150 150000", "- - - - - - 提升农业经营计划 4 840 840000",
            "- - - - - - 聘用人员 2 690 690000", "- - - - - - 聘用人员 3 150 150000", "- - - - - - 聘用人员 4 840 840000",
            "- - - - - - 一般行政管理计划 1 216 216000", "- - - - - - 一般行政管理计划 4 216 216000",
            "- - - - - - 管理会委员 1 216 216000", "- - - - - - 管理会委员 4 216 216000",
            "- - - - - - 合计 1 216 216000", "- - - - - - 合计 2 690 690000", "- - - - - - 合计 3 150 150000", "- - - - - - 合计 4 1056 1056000",
        ])
        #expect(Self.codedRecords(document, table: 1) == [
            "201 201 类 - - - 一般公共服务支出 4 1200 1200", "20103 20103 款 201 - - 政府办公厅（室）及相关机构事务 4 1200 1200",
            "2010301 2010301 项 20103 - - 行政运行 4 900 900", "2010302 2010302 项 20103 - - 一般行政管理事务 4 300 300",
            "- - - - - - 合计 4 1200 1200",
        ])
    }

    /// codes-right-of-amounts.pdf: a 结转资金支出表 printing `金额 | 功能分类科目代码 |
    /// 名称 | 政府经济分类科目代码 | 名称` (西安 安监局 2019 p. 29): the codes right of
    /// every amount classify the row; `code`, the code left of the amount, stays absent.
    @Test func codesRightOfTheAmountsClassifyTheRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("codes-right-of-amounts.pdf"))
        #expect(Self.codedRecords(document, table: 0) == [
            "- 2150510 项 21505 50299 - 信息化建设 3 9.00 90000", "- 2150605 项 21506 50299 - 安全生产专项 3 2.61 26100",
            "- - - - - - 合计 3 11.61 116100",
        ])
    }

    /// unit-blocks-codes.pdf: one `功能科目编码` column that heads each unit's
    /// block with the unit's six-digit code (`125001`) and prints each 款
    /// bare under its 类 (`208`, `05`, `2080505`, `99`; 西安 安监局 2019 p. 7):
    /// `05` is 款 `20805`, `99` after `2080506` is 款 `20899`, the unit rows
    /// and the total have no code (before: the unit codes made the column no
    /// code column, and not one amount had a code).
    @Test func unitCodesHeadBlocksOfACodeColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("unit-blocks-codes.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["", "合计", "196.97", "162.92", "34.05"], ["125001", "某某局", "130.97", "98.92", "32.05"],
            ["208", "社会保障和就业支出", "115.11", "83.06", "32.05"], ["05", "行政事业单位离退休", "113.28", "81.23", "32.05"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "81.23", "81.23", ""], ["2080506", "机关事业单位职业年金缴费支出", "32.05", "", "32.05"],
            ["99", "其他社会保障和就业支出", "1.83", "1.83", ""], ["2089901", "其他社会保障和就业支出", "1.83", "1.83", ""],
            ["210", "卫生健康支出", "15.86", "15.86", ""], ["11", "行政事业单位医疗", "15.86", "15.86", ""],
            ["2101101", "行政单位医疗", "15.86", "15.86", ""], ["125002", "某某中心", "66.00", "64.00", "2.00"],
            ["208", "社会保障和就业支出", "66.00", "64.00", "2.00"], ["05", "行政事业单位离退休", "66.00", "64.00", "2.00"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "66.00", "64.00", "2.00"],
        ])
        #expect(Self.codedRecords(document, table: 0).filter { $0.split(separator: " ")[7] == "2" } == [
            "- - - - - - 合计 2 196.97 1969700", "- - - - - - 某某局 2 130.97 1309700",
            "208 208 类 - - - 社会保障和就业支出 2 115.11 1151100", "20805 20805 款 208 - - 行政事业单位离退休 2 113.28 1132800",
            "2080505 2080505 项 20805 - - 机关事业单位基本养老保险缴费支出 2 81.23 812300",
            "2080506 2080506 项 20805 - - 机关事业单位职业年金缴费支出 2 32.05 320500",
            "20899 20899 款 208 - - 其他社会保障和就业支出 2 1.83 18300", "2089901 2089901 项 20899 - - 其他社会保障和就业支出 2 1.83 18300",
            "210 210 类 - - - 卫生健康支出 2 15.86 158600", "21011 21011 款 210 - - 行政事业单位医疗 2 15.86 158600",
            "2101101 2101101 项 21011 - - 行政单位医疗 2 15.86 158600", "- - - - - - 某某中心 2 66.00 660000",
            "208 208 类 - - - 社会保障和就业支出 2 66.00 660000", "20805 20805 款 208 - - 行政事业单位离退休 2 66.00 660000",
            "2080505 2080505 项 20805 - - 机关事业单位基本养老保险缴费支出 2 66.00 660000",
        ])
    }
}
