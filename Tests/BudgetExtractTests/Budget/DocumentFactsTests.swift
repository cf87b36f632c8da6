import Foundation
import Testing
@testable import BudgetExtract

@Suite("Document facts")
struct DocumentFactsTests {
    @Test func labelledDepartmentWinsOverTheCover() {
        let pages = [["嘉定区2025年部门预算", "预算主管部门：中共上海市嘉定区委员会老干部局", "目 录"],
                     ["2025年部门财务收支预算总表", "编制部门：中共上海市嘉定区委员会老干部局(汇总) 单位：元"]]
        let facts = DocumentFacts.find(pageLines: pages, tables: [], fileName: "x.pdf")
        #expect(facts.department == .init(value: "中共上海市嘉定区委员会老干部局", source: "编制部门：", page: 2, key: "上海市嘉定区委老干部局"))
        #expect(facts.year == .init(value: "2025", source: "first page", page: 1))
        #expect(facts.kind == .init(value: "预算", source: "first page", page: 1))
    }

    @Test func coverOverSeveralLines() {
        let pages = [["中共上海市普陀区委", "社会工作部 2024 年度", "部门决算", "目 录", "第一部分 概况"]]
        let facts = DocumentFacts.find(pageLines: pages, tables: [], fileName: "x.pdf")
        #expect(facts.department == .init(value: "中共上海市普陀区委社会工作部", source: "first page", page: 1, key: "上海市普陀区委社会工作部"))
        #expect(facts.year?.value == "2024")
        #expect(facts.kind?.value == "决算")
    }

    /// The name printed after the year, on the cover, wins over the file name.
    @Test func nameAfterTheYear() {
        let pages = [["2017年度江苏省高级人民法院部门预算公开", "目 录"]]
        let facts = DocumentFacts.find(pageLines: pages, tables: [], fileName: "fy2017.pdf")
        #expect(facts.department == .init(value: "江苏省高级人民法院", source: "first page", page: 1, key: "江苏省高级人民法院"))
    }

    /// A notice's title names the department after 关于; where it reports an
    /// earlier budget carried out and the next year's draft, the year is the draft's.
    @Test func noticeTitleNamesItsDepartmentAfterAbout() {
        let report = [["关于南昌市2021年全市和市级预算执行情况", "与2022年全市和市级预算草案的报告(书面)", "各位代表："]]
        let facts = DocumentFacts.find(pageLines: report, tables: [], fileName: "南昌市2021年预算执行和2022年预算草案报告.pdf")
        #expect(facts.department == .init(value: "南昌市", source: "first page", page: 1, key: "南昌市"))
        #expect(facts.year == .init(value: "2022", source: "first page", page: 1))
        #expect(facts.kind?.value == "预算")
        let notice = DocumentFacts.find(pageLines: [["关于南昌市样本局2022年部门预算的说明"]], tables: [], fileName: "x.pdf")
        #expect(notice.department?.value == "南昌市样本局" && notice.year?.value == "2022")
        // One year, followed by its execution: that year.
        #expect(DocumentFacts.budgetYear(in: "2023年预算执行情况的报告") == "2023")
    }

    /// A Republic of China year is the common era's less 1911; a line ending
    /// in 主管 names the department in charge, the next its budget's own name.
    @Test func republicYearAndDepartmentInCharge() {
        let cover = [["中 華 民 國 115 年 度", "中 央 政 府 總 預 算 案", "農業部主管", "農業特別收入基金附屬單位預算", "（非營業部分）",
                      "農業特別收入基金管理會編"]]
        let facts = DocumentFacts.find(pageLines: cover, tables: [], fileName: "tw_moa_fund_115.pdf")
        #expect(facts.department == .init(value: "農業部農業特別收入基金", source: "first page", page: 1, key: "農業部農業特別收入基金"))
        #expect(facts.year == .init(value: "2026", source: "first page", page: 1))
        #expect(facts.kind == .init(value: "预算", source: "first page", page: 1))
        #expect(DocumentFacts.commonEraYears("中華民國114年度") == "2025年度" && DocumentFacts.commonEraYears("民国99年") == "2010年")
        #expect(DocumentFacts.commonEraYears("2025年度") == "2025年度")
    }

    /// A table's title printed between the department's name and the year is not part of the name.
    @Test func aTitleBetweenNameAndYearIsLeftOut() {
        let page = [["農業部", "農業發展基金", "基金用途明細表說明", "中華民國 114 年度", "壹、提升農業經營及發展計畫"]]
        let facts = DocumentFacts.find(pageLines: page, tables: [], fileName: "tw_moa_fund_detail_114.pdf")
        #expect(facts.department?.value == "農業部農業發展基金")
        #expect(facts.year?.value == "2025")
    }

    /// A year printed in full-width digits is read; a number ending the line
    /// above (`附件2`) does not run into the year of the next.
    @Test func coverYearsAsPrinted() {
        let fullWidth = DocumentFacts.find(pageLines: [["北京市 ２０２２ 年市级决算", "北京市财政局", "２０２３ 年 ７ 月"]], tables: [],
                                           fileName: "x.pdf")
        #expect(fullWidth.department == .init(value: "北京市", source: "first page", page: 1, key: "北京市"))
        #expect(fullWidth.year == .init(value: "2022", source: "first page", page: 1))
        #expect(fullWidth.kind == .init(value: "决算", source: "first page", page: 1))
        let attachment = DocumentFacts.find(pageLines: [["附件2", "2019年部门综合预算公开报表", "部门名称：西安市样本局"]], tables: [],
                                            fileName: "x.pdf")
        #expect(attachment.year == .init(value: "2019", source: "first page", page: 1))
        #expect(attachment.department?.value == "西安市样本局")
    }

    /// Drawn covers of both shapes: whose budget, which year, which kind.
    @Test func samplesOfCoverShapes() throws {
        let republic = try Converter().convert(path: Fixtures.sample("republic-year-cover.pdf"))
        #expect(republic.facts.department == .init(value: "農業部漁業發展基金", source: "first page", page: 1, key: "農業部漁業發展基金"))
        #expect(republic.facts.year == .init(value: "2026", source: "first page", page: 1))
        #expect(republic.facts.kind?.value == "预算")
        let notice = try Converter().convert(path: Fixtures.sample("notice-title-cover.pdf"))
        #expect(notice.facts.department == .init(value: "南昌市样本区", source: "first page", page: 1, key: "南昌市样本区"))
        #expect(notice.facts.year == .init(value: "2022", source: "first page", page: 1))
        #expect(notice.facts.kind?.value == "预算")
    }

    @Test func oneKeyForTheSpellingsOfOneDepartment() {
        let keys = ["中共江苏省委办公厅", "江苏省委办公厅", "中国共产党江苏省委员会办公厅", "中共江苏省委办公厅（本级）"]
            .map(DocumentFacts.departmentKey)
        #expect(Set(keys) == ["江苏省委办公厅"])
        #expect(DocumentFacts.departmentKey("江苏省人大常委会办公厅") == "江苏省人大常委会办公厅")
    }

    @Test func namesLoseTheirSummarySuffixAndUnitLabel() {
        #expect(DocumentFacts.cleanedName("上海市嘉定区老干部局(汇总)") == "上海市嘉定区老干部局")
        #expect(DocumentFacts.cleanedName("上海市嘉定区老干部局（本级）") == "上海市嘉定区老干部局")
        #expect(DocumentFacts.cleanedName("上海市嘉定区老干部局（部门汇总)") == "上海市嘉定区老干部局")
        // Only at the end, only those words, only in brackets.
        #expect(DocumentFacts.cleanedName("上海市(汇总)老干部局") == "上海市(汇总)老干部局")
        #expect(DocumentFacts.cleanedName("上海市老干部局(机关)") == "上海市老干部局(机关)")
        #expect(DocumentFacts.cleanedName("上海市老干部局汇总)") == "上海市老干部局汇总)")
        #expect(DocumentFacts.cleanedName("杭州市交通运输局单位：万元") == "杭州市交通运输局")
        #expect(DocumentFacts.cleanedName("杭州市交通运输局金额单位万元") == "杭州市交通运输局")
    }

    @Test func onlyTextsPrintingTwentyAreGivenToTheYearPatterns() {
        #expect(DocumentFacts.mayNameYear("2025年部门预算") && DocumentFacts.mayNameYear("截至2024年"))
        #expect(!DocumentFacts.mayNameYear("部门预算") && !DocumentFacts.mayNameYear("２０２５年") && !DocumentFacts.mayNameYear("2 0 25"))
        #expect(DocumentFacts.firstYear(in: "２０２５年") == nil && DocumentFacts.firstYear(in: "2025年") == "2025")
        #expect(YearRule.namedYears(in: "2024年8月与2025年度") == [2025])
    }

    @Test func fileNameIsTheLastResort() {
        let facts = DocumentFacts.find(pageLines: [[]], tables: [], fileName: "江苏省委办公厅2019年度部门预算公开表格.pdf")
        #expect(facts.department == .init(value: "江苏省委办公厅", source: "file name", page: nil, key: "江苏省委办公厅"))
        #expect(facts.year == .init(value: "2019", source: "file name", page: nil))
        #expect(facts.kind?.value == "预算")
        #expect(DocumentFacts.find(pageLines: [], tables: [], fileName: "scan.pdf") == DocumentFacts())
    }

    @Test func samplesSayWhoseBudgetTheyAre() throws {
        let wansheng = try Converter().convert(path: Fixtures.sample("wansheng-2023.pdf")).facts
        #expect(wansheng.department == .init(value: "中共重庆市万盛经济技术开发区工作委员会老干部局", source: "单位全称：", page: 1,
                                            key: "重庆市万盛经济技术开发区工作委员会老干部局"))
        #expect(wansheng.year?.value == "2023")
        let goals = try Converter().convert(path: Fixtures.sample("project-goals.pdf")).facts
        #expect(goals.department?.value == "中共上海市委老干部局")
        #expect(goals.department?.source == "申报单位名称：")
    }

    @Test(.enabled(if: Fixtures.corpusIsPresent, "needs ../shared/corpus beside the checkout"), arguments: [
        ("上海市普陀区__上海市普陀区人民政府办公室2025年部门预算.pdf", "上海市普陀区人民政府办公室", "2025", "预算"),
        ("上海市普陀区__中共上海市普陀区委社会工作部2024年度部门决算.pdf", "中共上海市普陀区委社会工作部", "2024", "决算"),
        ("江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf", "中共江苏省委办公厅", "2019", "预算"),
        ("江苏省人大办公厅__省人大办公厅2018预算公开.pdf", "江苏省人大常委会办公厅", "2018", "预算"),
    ])
    func corpusFacts(file: String, department: String, year: String, kind: String) throws {
        let facts = try Converter().convert(path: Fixtures.corpusPDF(file)).facts
        #expect(facts.department?.value == department)
        #expect(facts.year?.value == year)
        #expect(facts.kind?.value == kind)
    }
}
