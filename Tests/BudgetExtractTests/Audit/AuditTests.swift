import Foundation
import Testing
@testable import BudgetExtract

/// The audit on the Samples drawn for it (a 决算 with one planted error of
/// each kind, and its twin without them) and on sentences of prose.
@Suite("Audit")
struct AuditTests {
    @Test func outlineMarksReadByHandAsThePatternReadsThem() {
        let lines = ["第一部分 部门概况", "第十二部分", "第部分", "第一部", "二、收入", "十一、", "二，", "、", "（三）其他", "(四)", "（）", "（三", "(3)",
                     "4.项目", "12．", "12、", "123.", "1.5万元", "12.5", "4.", "4", "０.", "a.", "六\u{F9D1}、", "\u{F9D1}、", "一", ""]
        for line in lines {
            #expect(ProseText.startsWithOutlineMark(line) == (line.prefixMatch(of: ProseText.outlineMark) != nil), "\(line)")
        }
        #expect(ProseText.startsWithOutlineMark("（三）其他") && !ProseText.startsWithOutlineMark("123."))
    }

    @Test func everyPlantedErrorIsFoundWithItsPages() throws {
        let document = try Converter().convert(path: Fixtures.sample("audit-final-planted.pdf"))
        let found = document.findings.map { "\($0.rule) \($0.pages)" }.sorted()
        #expect(found == [
            "completeness.empty_table [9]",            // the 三公 table, its amounts left blank
            "completeness.listed_table [1]",           // 八、国有资本经营… listed, not printed
            "consistency.placeholder [3]",             // 上海市XX局收入决算表
            "consistency.year [10]",                   // 一、2023年度收入支出决算总体情况说明
            "prose.comparison [10]",                   // 决算数大于年初预算数, 812.34 < 860.00
            "prose.item [6, 10]",                      // 机关事业单位基本养老保险缴费支出（项）支出决算为143.56万元, the row 134.56
            "prose.share [10]",                        // 基本支出…占88.00%, 987.65 ÷ 1,234.56 = 80.00%
            "prose.table [2, 5, 10]",                  // 总计0.00万元 against 1,234.56 in the tables
            "three_public.prose [9, 10]",              // 年初预算为3.20万元, the table blank
            "three_public.prose [9, 10]",              // 支出决算为2.85万元, the table blank
        ])
        // The placeholder stands for the department the labels name.
        #expect(document.findings.first { $0.rule == "consistency.placeholder" }?.expected == "上海市示例局")
        let share = try #require(document.findings.first { $0.rule == "prose.share" })
        #expect(share.expected == "80.00%")
        #expect(share.severity == .error)
        let total = try #require(document.findings.first { $0.rule == "prose.table" })
        #expect(total.evidence.first?.text == "支出总计0.00万元")
        #expect(total.expected == "1,234.56万元")
        // The 项's 决算 against its row's total; its 年初预算 is not judged: the table prints no such column.
        let item = try #require(document.findings.first { $0.rule == "prose.item" })
        #expect(item.evidence.map(\.text) == ["支出决算为143.56万元", "机关事业单位基本养老保险缴费支出 合计 134.56万元"])
        #expect(item.expected == "134.56万元")
        #expect([item.evidence[1].table, item.evidence[1].row, item.evidence[1].column] == [4, 7, 2])
    }

    @Test func theTwinWithoutPlantedErrorsHasNoFinding() throws {
        let document = try Converter().convert(path: Fixtures.sample("audit-final.pdf"))
        #expect(document.findings.isEmpty, "\(document.findings.map(\.message))")
        #expect(document.tables.count == 9)
    }

    @Test func theBudgetsPlantedFiguresAndDepartmentsAreFound() throws {
        let document = try Converter().convert(path: Fixtures.sample("audit-budget-planted.pdf"))
        #expect(document.facts.department?.value == "上海市示例局")
        let found = document.findings.map { "\($0.rule) \($0.pages)" }.sorted()
        #expect(found == [
            "consistency.department [2, 3]",           // 编制部门：上海市样本局 on the 机关运行经费 table
            "consistency.department [2, 4]",           // 上海市样本局2025年政府采购预算表
            "prose.operating_costs [3, 5]",            // 机关运行经费预算为86.80万元, the table 88.60
            "prose.procurement [4, 5]",                // 政府采购预算总额65.00万元, the table 56.00
            "three_public.items [2, 5]",               // 公务接待费2.80万元, the table 2.50
            "three_public.items [2, 5]",               // 公务用车运行维护费3.60万元, the table 3.00
        ])
        let items = document.findings.filter { $0.rule == "three_public.items" }
        #expect(items.map(\.expected) == ["2.50万元", "3.00万元"])
        #expect(items.map { $0.evidence[0].text } == ["公务接待费2.80万元", "公务用车运行维护费3.60万元"])
        // The cell each is held to: the 三公 table (the first), its columns 公务接待费 and 公务用车运行维护费.
        #expect(items.map { [$0.evidence[1].table, $0.evidence[1].row, $0.evidence[1].column] } == [[0, 0, 3], [0, 0, 6]])
        let title = try #require(document.findings.first { $0.rule == "consistency.department" && $0.pages == [2, 4] })
        #expect(title.expected == "上海市示例局")
        #expect(title.evidence.first?.text == "上海市样本局2025年政府采购预算表")
        #expect(title.evidence.first?.table == 2)
        let costs = try #require(document.findings.first { $0.rule == "prose.operating_costs" })
        #expect(costs.expected == nil)   // the table prints 88.60, 40.00 and 48.60: which one the prose meant is not said
        #expect(costs.evidence.map(\.text) == ["2025年本部门机关运行经费预算为86.80万元", "合计 预算数 88.60万元"])
    }

    @Test func theBudgetsTwinHasNoFinding() throws {
        let document = try Converter().convert(path: Fixtures.sample("audit-budget.pdf"))
        #expect(document.findings.isEmpty, "\(document.findings.map(\.message))")
        #expect(document.tables.count == 3)
    }

    /// Two names are of one department when they share a key or one holds the other; only
    /// two departments' names of one government differ.
    @Test func departmentsDifferOnlyAsTwoDepartmentsOfOneGovernment() {
        #expect(DepartmentRule.differ("上海市示例局", "上海市样本局"))
        #expect(DepartmentRule.differ("上海市普陀区财政局", "上海市普陀区人民政府办公室"))
        #expect(!DepartmentRule.differ("中共江苏省委办公厅", "中国共产党江苏省委员会办公厅"))   // one key
        #expect(!DepartmentRule.differ("江苏省人大常委会办公厅", "江苏省人大"))               // a short spelling
        #expect(!DepartmentRule.differ("上海市普陀区人民政府办公室", "上海市普陀区政府办公室"))
        #expect(!DepartmentRule.differ("烟台市住房和城乡建设局", "烟台市建设工程质量和安全监督站")) // a unit
        #expect(!DepartmentRule.differ("上海市示例局", "北京市样本局"))                     // another government
        #expect(!DepartmentRule.differ("上海市示例局", "政府办公厅栏目"))
    }

    /// A heading repeating the cover's title with another department's name; running text is not read.
    @Test func aHeadingNamingAnotherDepartment() {
        func audit(_ lines: [String]) -> [String] {
            let facts = DocumentFacts(department: .init(value: "上海市示例局", source: "first page", page: 1, key: "上海市示例局"),
                                      year: .init(value: "2025", source: "first page", page: 1), kind: .init(value: "预算", source: "first page", page: 1))
            return DocumentAudit.findings(in: AuditInput(facts: facts, prose: ProseText(pageLines: [["上海市示例局2025年部门预算"], lines]),
                                                         tables: [], records: [])).map { "\($0.rule) \($0.pages)" }
        }
        #expect(audit(["上海市样本局2025年部门预算"]) == ["consistency.department [1, 2]"])
        #expect(audit(["上海市示例局机关2025年部门预算"]).isEmpty)
        #expect(audit(["纳入上海市样本局2025年部门预算编制范围的单位包括本局机关和所属事业单位共计两家单位。"]).isEmpty)
    }

    /// Where the cover and labels print the department, its name is read clean.
    @Test func theDepartmentIsReadWithoutWhatIsPrintedAroundIt() {
        func department(_ pages: [[String]]) -> String? {
            DocumentFacts.find(pageLines: pages, tables: [], fileName: "x.pdf").department?.value
        }
        #expect(department([["上海市2026年市级单位预算", "预算单位：上海交通职业技术学院"]]) == "上海交通职业技术学院")
        #expect(department([["北京市教育委员会部门", "2026 年度部门预算信息公开"]]) == "北京市教育委员会")
        #expect(department([[".", "长春市信访局（本级）", "2026年度部门预算公开"]]) == "长春市信访局")
        #expect(department([["杭州市交通运输局", "2026年度部门预算"], ["部门名称：杭州市交通运输局单位：万元"]]) == "杭州市交通运输局")
    }

    /// A figure its clause ties to a 三公 item is held to that item's cells only.
    @Test func itemFiguresAreTiedByTheirOwnClause() {
        let topics = ThreePublicItemsRule.items
        #expect(TopicFigures.lastTopic(in: "公务用车购置及运行维护费", topics: topics) == 0)
        #expect(TopicFigures.lastTopic(in: "“三公”经费/公务用车购置及运行费/公务用车运行费", topics: topics) == 2)
        #expect(TopicFigures.lastTopic(in: "其中：公务用车购置费", topics: topics) == 1)
        #expect(TopicFigures.lastTopic(in: "会议费", topics: topics) == nil)
        // A change, a share and another year's figure are not the item's amount.
        let facts = DocumentFacts(department: nil, year: .init(value: "2025", source: "first page", page: 1), kind: nil)
        let sentence = "其中：因公出国（境）费3.00万元，比上年增加1.00万元；2024年公务接待费2.00万元；"
            + "公务用车购置及运行维护费7.00万元，占56.00%，其中：公务用车运行维护费3.00万元。"
        let input = AuditInput(facts: facts, prose: ProseText(pageLines: [[sentence]]), tables: [], records: [])
        let tied = TopicFigures.tied(in: input, to: topics).map { "\(topics[$0.topic].name) \($0.figure.printed)" }
        #expect(tied == ["因公出国（境）费 3.00万元", "公务用车购置及运行维护费 7.00万元", "公务用车运行维护费 3.00万元"])
        // A clause saying only which figure follows is of the topic before it; not after another clause.
        let actual = "公务接待费年初预算为1.20万元，支出决算为1.00万元。公务接待费年初预算为1.20万元，主要用于接待，决算为1.00万元。"
        let following = AuditInput(facts: facts, prose: ProseText(pageLines: [[actual]]), tables: [], records: [])
        #expect(TopicFigures.tied(in: following, to: topics).map(\.figure.printed) == ["1.20万元", "1.00万元", "1.20万元"])
    }

    /// A 项 named across a line that looks like a heading, its figures in the next sentence.
    @Test func anItemsNameAndFiguresAreReadAcrossCutLines() {
        let lines = ["7.社会保障和就业（类）行政事业单位离退休（款）归口管", "理的行政单位离退休（项）。年",
                     "初预算为1017.2万元，支出决算为1028.48万元，比年初预算增加11.28万元，完成年初预算的101.11%。"]
        let items = ItemFiguresRule.items(in: ProseText(pageLines: [lines]))
        #expect(items.map { [$0.name, $0.section, $0.category] } == [["归口管理的行政单位离退休", "行政事业单位离退休", "社会保障和就业"]])
        #expect(items.first?.figures.map { "\($0.column.rawValue) \($0.figure.printed)" } == ["年初预算 1017.2万元", "决算 1028.48万元"])
    }

    /// Each 项 figure against its column of its own row: a repeated name by its 款, a 全年预算 the table does not print not judged.
    @Test func anItemsFiguresAgainstItsRow() {
        let table = handTable(title: "一般公共预算财政拨款支出决算明细表", header: [["科目编码", "科目名称", "年初预算数", "决算数"]], rows: [
            ["201", "一般公共服务支出", "900.00", "850.00"], ["20103", "政府办公厅（室）及相关机构事务", "860.00", "812.34"],
            ["2010301", "行政运行", "860.00", "812.34"], ["20104", "发展与改革事务", "40.00", "37.66"], ["2010401", "行政运行", "40.00", "37.66"]])
        let facts = DocumentFacts(department: nil, year: .init(value: "2024", source: "first page", page: 1),
                                  kind: .init(value: "决算", source: "first page", page: 1))
        func found(_ sentence: String) -> [String] {
            let input = AuditInput(facts: facts, prose: ProseText(pageLines: [[sentence]]), tables: [table],
                                   records: BudgetRecords.records(of: [table]))
            return ItemFiguresRule.findings(in: input).map { "\($0.evidence[0].text) \($0.expected ?? "")" }
        }
        let office = "（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。"
        #expect(found(office + "年初预算为860.00万元，支出决算为812.34万元。").isEmpty)
        #expect(found(office + "年初预算为880.00万元，支出决算为8,123,400元。") == ["年初预算为880.00万元 860.00万元"])
        #expect(found(office + "全年预算为870.00万元，支出决算为812.34万元。").isEmpty)
        #expect(found("（二）一般公共服务支出（类）发展与改革事务（款）行政运行（项）。年初预算为45.00万元，支出决算为37.66万元。")
                == ["年初预算为45.00万元 40.00万元"])
    }

    static func audit(_ lines: [String], kind: String = "决算", year: String = "2024") -> [AuditFinding] {
        let facts = DocumentFacts(department: nil, year: .init(value: year, source: "first page", page: 1),
                                  kind: .init(value: kind, source: "first page", page: 1))
        return DocumentAudit.findings(in: AuditInput(facts: facts, prose: ProseText(pageLines: [lines]), tables: [], records: []))
    }

    @Test func aChangeIsRecomputedFromTheFigureBeforeIt() {
        let right = "收入、支出总计1,234.56万元。与2023年度相比，增加56.78万元，增长4.8%。"
        #expect(Self.audit([right]).isEmpty)
        let wrong = Self.audit([right.replacing("4.8%", with: "9.6%")])
        #expect(wrong.map(\.rule) == ["prose.change"])
        #expect(wrong.first?.expected == "4.82%")
        let turned = Self.audit([right.replacing("增长4.8%", with: "下降4.8%")])
        #expect(turned.map(\.rule) == ["prose.change"])
        // From nothing last year a change has no percentage to recompute.
        #expect(Self.audit(["总计307.82万元，比上年增加307.82万元，增长100.00%。"]).isEmpty)
    }

    @Test func comparisonWordsAgainstTheirFigures() {
        let sentence = "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因是节约。"
        #expect(Self.audit([sentence]).isEmpty)
        #expect(Self.audit([sentence.replacing("小于", with: "大于")]).map(\.rule) == ["prose.comparison"])
        #expect(Self.audit([sentence.replacing("98.69%", with: "96.69%")]).map(\.rule) == ["prose.share"])
        #expect(Self.audit(["年初预算为11.72万元，支出决算为11.72万元。决算数与年初预算数持平。"]).isEmpty)
        #expect(Self.audit(["年初预算为11.72万元，支出决算为11.02万元。决算数与年初预算数持平。"]).map(\.rule) == ["prose.comparison"])
        // Another 项 named between the figures and the words: not their figures.
        #expect(Self.audit(["年初预算为11.72万元，支出决算为11.02万元。2.行政单位医疗（项）。决算数大于年初预算数。"]).isEmpty)
    }

    @Test func datesAndPlaceholders() {
        #expect(Self.audit(["截至2024年12月31日，本部门共有车辆2辆。"]).isEmpty)
        #expect(Self.audit(["截至2023年12月31日，本部门共有车辆2辆。"]).map(\.rule) == ["consistency.year"])
        #expect(Self.audit(["截至2023年12月31日，本部门共有车辆2辆。"], kind: "预算").isEmpty)
        let placeholder = Self.audit(["“三公”经费财政拨款支出年初预算为XXX万元。"])
        #expect(placeholder.map(\.rule) == ["consistency.placeholder"])
        #expect(placeholder.first?.evidence.first?.text == "款支出年初预算为XXX万元。")
        #expect(Self.audit(["型号为XXL的设备，编号AXX1。"]).isEmpty)
        // The pattern is run only on a text with two of its marks in a row, which every match needs.
        for text in ["XX局", "上海市XＸ局", "××万元", "AXX1", "X光机", "2×3", "X×", "××", "ＸＸ", "Ｘ×Ｘ", "乘×除×", "×\u{301}×", "ÃX"] {
            #expect(PlaceholderRule.printsTwoMarksInARow(text) == (text.firstMatch(of: #/[XＸ]{2}|×{2}/#) != nil), "\(text)")
        }
        #expect(!PlaceholderRule.printsTwoMarksInARow("X光机，2×3") && PlaceholderRule.printsTwoMarksInARow("编号XＸ"))
        // In plain text the pattern runs over the runs of letters and marks only: it finds the same matches, at the same places.
        let texts = ["XX局", "上海市XＸ局", "××万元", "AXX1", "X光机", "2×3", "XXaXX局XX", "abXX XXcd ×× X×X", "编号XＸ，型号XXL，XXX万元",
                     "XX\u{301}X", "\u{F9A8}XX局"]
        for text in texts {
            let runs = PlaceholderRule.searchedRuns(of: text).flatMap { $0.matches(of: PlaceholderRule.placeholderPattern) }
            let whole = text.matches(of: PlaceholderRule.placeholderPattern)
            #expect(runs.map(\.range) == whole.map(\.range) && runs.map(\.output) == whole.map(\.output), "\(text)")
        }
        #expect(PlaceholderRule.searchedRuns(of: "上海市XX局，编号AB").map(String.init) == ["XX"])
    }

    /// A listed table's name without numbering, leaders, years, brackets, quotes and spaces, read by
    /// scalars in plain text and by characters in any other, to the same answer.
    @Test func aListedNameIsItsCore() {
        #expect(ListedTablesRule.core(of: "一、2024年收入支出决算总表……3") == "收入支出决算总表")
        #expect(ListedTablesRule.core(of: "附表3 “三公”经费（财政拨款）支出 预算表 否") == "三公经费支出预算表")
        #expect(ListedTablesRule.core(of: "（二）2024年度部门收支总表...12") == "部门收支总表")
        #expect(ListedTablesRule.core(of: "e\u{301} 2024年度收支总表（单位） 7") == "e\u{301}收支总表")
        #expect(ListedTablesRule.withoutYearsBracketsAndSpaces("202年 2025年度“表” 3") == "202年表")
        #expect(ListedTablesRule.withoutYearsBracketsAndSpaces("\u{F9A8}（注）2025年表\t") == "\u{F9A8}表")
    }

    /// An amount's digits around a point or a comma are told from the bytes of plain text, as the pattern tells them.
    @Test func amountsAreToldAsThePatternTellsThem() {
        let texts = ["1,234.56", "12.5万元", "2024年", "1.", ".5", "合计", "1,2", "１.５", "1\u{301}.5", "e\u{301}1.5", "3 . 4", "", "0,0"]
        for text in texts {
            #expect(ProseText.printsAmountLike(text) == text.contains(ProseText.amountLike), "\(text)")
        }
        #expect(ProseText.printsAmountLike("支出12.5万元") && !ProseText.printsAmountLike("第1页"))
    }

    /// The empty-table rule's pattern of none or zero runs only where a word its every match prints is printed.
    @Test func noneOrZeroIsSoughtOnlyWhereItCanBe() {
        let texts = ["为0万元", "预算为零", "0元", "无", "没有安排", "不涉及", "空表", "为5万元", "支出12.5万元", "\u{F9B2}", "为\u{F9B2}",
                     "为0.00", "0.00万元", "支出10万元", "1,000元", "为0.0元。"]
        for text in texts {
            let matches = text.contains(EmptyTableRule.noneOrZero)
            #expect(!matches || text.includesAny(of: EmptyTableRule.noneOrZeroWords), "\(text)")
        }
        #expect(!"支出12.5万元".includesAny(of: EmptyTableRule.noneOrZeroWords))
        #expect(EmptyTableRule.declaresNone("政府性基金预算支出为0万元。", topic: "政府性基金"))
        #expect(!EmptyTableRule.declaresNone("政府性基金预算支出12.5万元。", topic: "政府性基金"))
    }

    @Test func figuresKeepTheirLabelUnitAndDecimals() {
        let figures = ProseFigures.figures(in: "本年支出合计1,234.56万元，其中：基本支出987.65万元，占80.00%")
        #expect(figures.map(\.label) == ["本年支出合计", "基本支出", "占"])
        #expect(figures.map(\.unit) == ["万元", "万元", "%"])
        #expect(figures[0].yuan == ExactDecimal("12345600"))
        #expect(figures[0].roundingInYuan == ExactDecimal("50"))
    }

    /// Plain text is read by its bytes, any other by its characters: a unit
    /// with a combining mark on it (`元́`) is no unit, though its bytes start with 元's.
    @Test func figuresOfTextThatIsNotPlainAreReadByCharacters() {
        let plain = ProseFigures.figures(in: "支出5元，收入3元，增长1.5%")
        #expect(plain.map(\.printed) == ["5元", "3元", "1.5%"])
        #expect(plain.map(\.label) == ["支出", "收入", "增长"])
        let marked = ProseFigures.figures(in: "支出5元\u{301}，收入3元，增长1.5%")
        #expect(marked.map(\.printed) == ["3元", "1.5%"])
        #expect(marked.map(\.label) == ["收入", "增长"])
    }

    /// A sentence read on from the one before keeps both's figures where a
    /// full stop ends that one, and reads the joined text anew where it does
    /// not: either way the figures are those of the joined text read afresh.
    @Test func aSentenceJoinedAfterAnotherHasTheFiguresOfTheJoinedText() throws {
        let sentences = ProseText(pageLines: [["总计1,234.56万元。与2023年度相比，增加56.78万元，增长4.8%。"],
                                              ["一、收入合计3.5万元", "（二）支出12万元，占5%。"]]).sentences
        #expect(sentences.map(\.text) == ["总计1,234.56万元。", "与2023年度相比，增加56.78万元，增长4.8%。", "一、收入合计3.5万元", "（二）支出12万元，占5%。"])
        // A plain line is cut by its scalars, any other by its characters: the same sentences and pages.
        let long = String(repeating: "预算", count: 150)
        let lines = [["收入1万元。支出", "2万元。" + long, long + "。尾"], ["接", "e\u{301}。" + long + "。", "完"]]
        let cut = ProseText(pageLines: lines).sentences
        #expect(cut.map(\.text) == ["收入1万元。", "支出2万元。", long + String(long.prefix(100)), String(long.dropFirst(100)) + "。",
                                    "尾接e\u{301}。", long + "。", "完"])
        #expect(cut.map(\.pages) == [[1], [1], [1], [1], [1, 2], [2], [2]])
        #expect(ProseText.hasAtMost(3, charactersIn: "预算表") && !ProseText.hasAtMost(2, charactersIn: "预算表"))
        #expect(ProseText.hasAtMost(2, charactersIn: "e\u{301}a\u{301}") && !ProseText.hasAtMost(1, charactersIn: "e\u{301}a\u{301}"))
        for (previous, current) in zip(sentences, sentences.dropFirst()) {
            let (joined, start) = current.joined(after: previous)
            let afresh = ProseFigures.figures(in: previous.text + current.text)
            #expect(joined.text == previous.text + current.text)
            #expect(joined.text[start...] == current.text[...])
            #expect(joined.figures.map(\.printed) == afresh.map(\.printed))
            #expect(joined.figures.map(\.label) == afresh.map(\.label))
            #expect(joined.figures.map { joined.text[$0.range] } == afresh.map { joined.text[$0.range] })
            #expect(joined.figures.map(\.range) == afresh.map(\.range))
        }
        let (joined, _) = sentences[1].joined(after: sentences[0])
        #expect(joined.figures.map(\.printed) == ["1,234.56万元", "56.78万元", "4.8%"])
        #expect(joined.figures.map(\.label) == ["总计", "增加", "增长"])
        // After a heading without a full stop the joined text is read anew.
        let (anew, _) = sentences[3].joined(after: sentences[2])
        #expect(anew.figures.map(\.printed) == ["3.5万元", "12万元", "5%"])
        #expect(anew.figures.map(\.label) == ["收入合计", "支出", "占"])
    }

    /// A 基本支出 code may spend less than its 三公 item (项目支出 spend on it too), never more;
    /// the code may be the row's `department_economic_code` (烟台 prints `30217 | 50206` with
    /// `code` 50206), or a 机关's government code that holds the item alone (50206).
    @Test func basicExpenseCodesAgainstTheThreePublicTable() {
        func record(_ table: Int, _ kind: TableKind, code: String?, government: String? = nil, department: String? = nil,
                    item: String, column: String, _ amount: String) -> BudgetRecord {
            BudgetRecord(table: table, kind: kind, page: table + 1, row: 0, column: 2, code: code, level: nil, parent: nil,
                         governmentEconomicCode: government, departmentEconomicCode: department, item: item, columnName: column, side: nil, printed: amount, unit: "万元", amount: amount,
                         yuan: ExactDecimal(amount)?.timesPowerOfTen(4).description)
        }
        func audit(basicReception: String, code: String = "30217", government: String? = nil, department: String? = nil,
                   item: String = "公务接待费") -> [AuditFinding] {
            let header = [[PrintedCell(text: "项目", box: Rect(x0: 0, y0: 0, x1: 1, y1: 1))]]
            let tables = [("一般公共预算财政拨款基本支出决算表", header), ("“三公”经费支出决算表", header)].map { title, header in
                var table = Table(PageTable(page: 1, title: title, header: header, rows: [], columnBounds: [0, 1], rowBounds: [0, 1],
                                            box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), ruled: true))
                table.title = title
                return table
            }
            let records = [record(0, .basicExpenseByEconomicClass, code: code, government: government, department: department,
                                  item: item, column: "决算数", basicReception),
                           record(1, .threePublic, code: nil, item: "公务接待费", column: "年初预算数", "1.20"),
                           record(1, .threePublic, code: nil, item: "公务接待费", column: "决算数", "1.00")]
            return DocumentAudit.findings(in: AuditInput(facts: DocumentFacts(), prose: ProseText(pageLines: []), tables: tables,
                                                         records: records))
        }
        #expect(audit(basicReception: "1.00").isEmpty)
        #expect(audit(basicReception: "0.80").isEmpty)
        let more = audit(basicReception: "1.50")
        #expect(more.map(\.rule) == ["three_public.codes"])
        #expect(more.first?.pages == [1, 2])
        // 烟台: `302 | 17 | 公务接待费 | 502 | 06 | 公务接待费 | 1.50`, code the government one nearer the amount.
        let yantai = audit(basicReception: "1.50", code: "50206", government: "50206", department: "30217")
        #expect(yantai.map(\.rule) == ["three_public.codes"])
        #expect(yantai.first?.message == "基本支出表中50206 公务接待费1.50万元，多于“三公”经费表中该项的1.20万元。")
        #expect(audit(basicReception: "1.50", code: "50206", government: "50206").map(\.rule) == ["three_public.codes"])
        #expect(audit(basicReception: "1.20", code: "50206", government: "50206", department: "30217").isEmpty)
        // A 事业单位's 50502 holds other spending beside its reception: judged by its 30217 only where the row names the item.
        #expect(audit(basicReception: "1.50", code: "50502", government: "50502", department: "30217", item: "商品和服务支出").isEmpty)
        #expect(audit(basicReception: "1.50", code: "50502", government: "50502", item: "公务接待费").isEmpty)
    }
}
