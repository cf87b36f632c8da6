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

    @Test(arguments: ["2月底前", "良好", "10个工作日内", "健全"])
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
            ProjectHead(table: 0, name: "老干部工作专项经费", amount: "14624640", unit: "元", yuan: "14624640",
                        start: "2020-01-01", end: "2020-12-31"),
            ProjectHead(table: 1, name: "老干部节日、住院等慰问费", amount: "300.18", unit: "万元", yuan: "3001800"),
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
}
