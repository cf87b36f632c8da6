import Foundation
import Testing
@testable import BudgetExtract

@Suite("Performance goals")
struct PerformanceGoalsTests {
    @Test(arguments: [
        ("≥95%", "≥", "95", "%"), ("≤40000.00（元）", "≤", "40000.00", "元"), (">45.00(人)", ">", "45.00", "人"),
        (">=200人", "≥", "200", "人"), ("＝100％", "=", "100", "%"), ("10 0", nil, "100", nil), ("12次", nil, "12", "次"),
    ])
    func targetsWithNumbers(printed: String, comparator: String?, value: String, unit: String?) {
        let target = PerformanceGoals.Target(printed)
        #expect(target.comparator == comparator)
        #expect(target.value?.description == value)
        #expect(target.unit == unit)
    }

    /// A date, a range, several targets in one cell or a figure inside a
    /// sentence is no one quantity: before, `2022年12月` read 2022 in `年12月`.
    @Test(arguments: ["2月底前", "良好", "10个工作日内", "健全", "2022年12月", "1-12月", "2023年1至12月", "≥85%/≥90%",
                      "10万/20万", "100次外调血液满足需求"])
    func targetsInWordsStayWords(printed: String) {
        #expect(PerformanceGoals.Target(printed).value == nil)
    }

    @Test func indicatorsUnderMergedHeadings() throws {
        let document = try Converter().convert(path: Fixtures.sample("performance.pdf"))
        #expect(document.records.isEmpty)
        let indicators = document.indicators
        #expect(indicators.map(\.name) == ["开展老干部党建活动次数", "活动参与率", "经费支付及时性", "人均活动经费",
                                           "离退休干部满意度", "工作机制长效运行情况"])
        #expect(indicators[1].levels == ["产出指标", "质量指标"])
        #expect(indicators[5].levels == ["效益指标", "可持续影响指标"])
        #expect((indicators[3].comparator, indicators[3].value, indicators[3].unit) == ("≤", "40000.00", "元"))
        #expect(indicators[2].value == nil && indicators[2].target == "2月底前")
    }

    @Test func projectHeadsAndSeparateOperatorColumns() throws {
        let document = try Converter().convert(path: Fixtures.sample("project-goals.pdf"))
        #expect(document.projects == [
            ProjectHead(table: 0, name: "老干部工作专项经费", amount: "14624640", unit: "元", yuan: "14624640", currency: "CNY",
                        start: "2020-01-01", end: "2020-12-31", year: "2020"),
            ProjectHead(table: 1, name: "老干部节日、住院等慰问费", amount: "300.18", unit: "万元", yuan: "3001800", currency: "CNY",
                        year: "2024"),
        ])
        let shanghai = document.indicators.filter { $0.table == 0 }
        #expect(shanghai.count == 6)
        #expect(shanghai[2].levels == ["投入与管理", "财务管理"])
        #expect(shanghai[3].comparator == "≥" && shanghai[3].value == "200" && shanghai[3].unit == "人")
        let changshou = document.indicators.filter { $0.table == 1 }
        #expect(changshou.map(\.value) == ["2", "100", "50", "95", "95"])
        #expect(changshou.map(\.comparator) == ["=", "=", "≥", "≥", "≥"])
        #expect(changshou.allSatisfy { $0.unit == "次" || $0.unit == "%" })
    }

    /// Samples/project-list.pdf: a 项目支出绩效目标表 listing its projects one a
    /// block under one header row of headings side by side (`单位名称 | 项目名称 |
    /// 年度资金总额(万元) | …`, as 长春, 湖州, 杭州, 北京, 广州 and 重庆 print it):
    /// `项目名称` heads a column, the heading beside it is no project's name;
    /// each block is one project and one record, never one per indicator row.
    @Test func projectsOneABlock() throws {
        let document = try Converter().convert(path: Fixtures.sample("project-list.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["长春市XX局", "信访专项经费", "30.00", "保障信访工作正常运转。", "产出指标", "数量指标", "专家评审次数", ">=2次"],
            ["", "", "", "", "", "质量指标", "网络覆盖率", ">=100%"],
            ["", "", "", "", "满意度指标", "满意度指标", "群众满意度", ">=90%"],
            ["长春市XX局", "系统运维经费", "17.00", "信息系统全年稳定运行。", "成本指标", "经济成本指标", "运维成本", "<=17万元"],
            ["", "", "", "", "效益指标", "社会效益指标", "系统可用率", ">=99%"],
        ])
        // Before: one project, named `年度资金总额(万元)` after the heading beside `项目名称`; then none.
        let listed = [
            listedProject("信访专项经费", row: 0, printed: "30.00", amount: "30.00", yuan: "300000", heading: "年度资金总额(万元)"),
            listedProject("系统运维经费", row: 3, printed: "17.00", amount: "17.00", yuan: "170000", heading: "年度资金总额(万元)"),
        ]
        #expect(document.projects == listed.map(\.project))
        #expect(document.records == listed.map(\.record))
        #expect(document.indicators.map(\.name) == ["专家评审次数", "网络覆盖率", "群众满意度", "运维成本", "系统可用率"])
        #expect(document.indicators.map(\.value) == ["2", "100", "90", "17", "99"])
    }

    /// Samples/project-rows.pdf: a list of projects one a row, no merged
    /// blocks, a `合计` row first (湖州, 杭州 表11): each row that names a
    /// project gives one project and one record in the unit line's 万元; the
    /// `合计` a record, no project (before: no project, no record).
    @Test func projectsOneARow() throws {
        let document = try Converter().convert(path: Fixtures.sample("project-rows.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.unit == "万元")
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["合计", "", "1,098.50", ""],
            ["湖州市XX中心", "卫生健康综合管理", "1,064.90", "保障全年高效运转。"],
            ["湖州市XX中心", "干部保健管理", "33.60", "完成保健对象医疗服务。"],
        ])
        let listed = [
            listedProject("卫生健康综合管理", row: 1, printed: "1,064.90", amount: "1064.90", yuan: "10649000", heading: "金额"),
            listedProject("干部保健管理", row: 2, printed: "33.60", amount: "33.60", yuan: "336000", heading: "金额"),
        ]
        #expect(document.projects == listed.map(\.project))
        // The `合计` is an amount of the money column too: a record, no project.
        let total = BudgetRecord(table: 0, kind: .performanceGoals, page: 1, row: 0, column: 2, item: "合计", columnName: "金额",
                                 printed: "1,098.50", unit: "万元", amount: "1098.50", yuan: "10985000", currency: "CNY")
        #expect(document.records == [total] + listed.map(\.record))
    }

    /// A project of a Sample's list (table 0, page 1, in 万元, for 2026) and its amount's record.
    func listedProject(_ name: String, row: Int, printed: String, amount: String, yuan: String,
                       heading: String) -> (project: ProjectHead, record: BudgetRecord) {
        (ProjectHead(table: 0, name: name, amount: amount, unit: "万元", yuan: yuan, currency: "CNY", year: "2026", page: 1, printed: printed),
         BudgetRecord(table: 0, kind: .performanceGoals, page: 1, row: row, column: 2, item: name, columnName: heading,
                      printed: printed, unit: "万元", amount: amount, yuan: yuan, currency: "CNY"))
    }

    /// The 北戴河 form: the project's head, its spending plan and then the
    /// indicators' own header row, all in one table; `指标值确定依据` is not the value.
    @Test func formWithTheIndicatorHeaderInsideTheBody() {
        let cell = { (text: String?) in text.map { PrintedCell(text: $0, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) } }
        let rows: [[String?]] = [
            ["项目编码", "130304217IZ2UBLXPFIGE", nil, nil, nil, nil],
            ["项目名称", "老干部局关心下一代工作经费", nil, nil, nil, nil],
            ["预算规模及资金用途", "预算数", "5.00", "其中：财政资金", "5.00", nil],
            ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", nil],
            [nil, "25.00%", "50.00%", "75.00%", "100.00%", nil],
            ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
            ["产出指标", "数量指标", "关心下一代人员数量", "关心下一代人员数量", "50人", nil],
            [nil, "质量指标", "关心下一代经费发放准确率", "关心下一代经费发放准确率", "≥99%", nil],
            ["效益指标", "经济效益指标", "资金使用效益", "资金使用效益", "≥98%", "历史数据"],
        ]
        let table = Table(PageTable(page: 3, title: "1.老干部局关心下一代工作经费绩效目标表", unit: "万元", header: [],
                                    rows: rows.map { $0.map(cell) }, columnBounds: Array(0...6).map(Double.init), rowBounds: [],
                                    box: Rect(x0: 0, y0: 0, x1: 6, y1: 9), ruled: true))
        let indicators = PerformanceGoals.indicators(of: [table])
        #expect(indicators.map(\.name) == ["关心下一代人员数量", "关心下一代经费发放准确率", "资金使用效益"])
        #expect(indicators.map(\.levels) == [["产出指标", "数量指标"], ["产出指标", "质量指标"], ["效益指标", "经济效益指标"]])
        #expect(indicators.map(\.value) == ["50", "99", "98"])
        #expect(indicators.map(\.unit) == ["人", "%", "%"])
        #expect(indicators[0].row == 6 && indicators[0].page == 3)
        #expect(PerformanceGoals.projects(of: [table]) == [
            ProjectHead(table: 0, name: "老干部局关心下一代工作经费", code: "130304217IZ2UBLXPFIGE", amount: "5.00", unit: "万元", yuan: "50000",
                        currency: "CNY"),
        ])
        #expect(BudgetRecords.records(of: [table]).isEmpty)
    }
}
