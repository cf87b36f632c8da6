import Testing
@testable import BudgetExtract

/// The grid mechanisms of issue 12, each on the Sample drawn for it
/// (scripts/make-samples); the Samples suite checks their rows cell for cell.
@Suite("Grid mechanisms")
struct GridMechanismTests {
    private func texts(_ row: PrintedRow) -> [String?] { row.map { $0?.text } }

    /// Column rules only: a line of small amounts (`91` in 千元) is a row of
    /// its own, not the second line of the row above.
    @Test func smallAmountsAreRowsOfTheirOwn() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("small-amounts.pdf")).tables.first)
        #expect(table.rows.count == 9)
        #expect(texts(table.rows[3].cells) == ["91", "邮电费", "91", "91"])
        #expect(texts(table.rows[7].cells) == ["9", "房租", "12", "9"])
    }

    /// Samples/background-through-clip.pdf: Qt WebKit's pages, each a white
    /// background the size of the clip painted first, the table's cells cut
    /// by the page break running on beyond the clip. One table of four
    /// columns over both pages, with its title (before: the background's
    /// edges beside the hidden cells were rules as wide as the text area,
    /// each page's table gained an empty fifth column, and the second page's
    /// rows were a table of their own).
    @Test func aBackgroundTheClipCutsAddsNoColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("background-through-clip.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "2026年财政拨款收支总表")
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) }.suffix(5) == [
            ["其他收入", "375.00", "交通运输支出", "375.00"],
            ["上级补助收入", "412.50", "住房保障支出", "412.50"],
            ["调入资金", "450.00", "灾害防治及应急管理支出", "450.00"],
            ["上年结转", "487.50", "其他支出", "487.50"],
            ["收入总计", "3,412.50", "支出总计", "3,412.50"],
        ])
        #expect(table.rows.count == 14)
    }

    /// Samples/tight-cells-continued.pdf: codes right-aligned against names
    /// left-aligned in the next cell, 5 pt apart, so every row prints as one
    /// piece of text; the second page, without header, prints no amount.
    /// Samples/tight-filled-cells-continued.pdf: the same table drawn as
    /// filled cells with white gaps between them, no rule, so that the only
    /// marks between a code and its name are the cells' sides. The second
    /// page's rules are read and its rows go on the table (before: the page
    /// was never looked at for rules, and its rows were lost: 21 of the
    /// ruled table, 28 of the filled one).
    @Test(arguments: ["tight-cells-continued.pdf", "tight-filled-cells-continued.pdf"])
    func tightCellsWithoutAmountsAreStillRead(sample: String) throws {
        let document = try Converter().convert(path: Fixtures.sample(sample))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 3)
        #expect(table.rows.count == 36)
        #expect(texts(table.rows[8].cells) == ["310", "资本性支出", nil])
        #expect(table.rows.map { texts($0.cells) }.suffix(3) == [
            ["39909", "经常性赠与", nil],
            ["39910", "资本性赠与", nil],
            ["39999", "其他支出", nil],
        ])
    }

    /// Samples/outlined-text.pdf: every text also stroked as an outline path
    /// (cairo's fake bold). The strokes of the 22 pt title draw no grid: the
    /// title is the table's, and the page has one table of five columns.
    @Test func textStrokedAsOutlinesDrawsNoGrid() throws {
        let document = try Converter().convert(path: Fixtures.sample("outlined-text.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "财政拨款收入支出决算总表")
        #expect(table.columnCount == 5)
        #expect(texts(table.rows[1].cells) == ["2010301", "行政运行", "12,029,501.84", "12,029,501.84", nil])
    }

    /// `** 1 2 3` and `栏次 1 2 3` close the header, and number the columns
    /// without naming them.
    @Test func columnNumberRowsAreHeader() throws {
        let document = try Converter().convert(path: Fixtures.sample("column-numbers.pdf"))
        #expect(document.tables.map { $0.header.last.map(texts)?.first ?? nil } == ["**", "栏次"])
        #expect(document.tables.map(\.rows.count) == [3, 2])
        #expect(TableReading(document.tables[0]).columnNames == ["单位名称", "总计", "一般公共预算", "事业收入", "其他收入"])
    }

    /// Samples/numbered-sides.pdf: `栏次 | 1 | 栏次 | 2` numbers the two sides
    /// of a 收支总表: header on both pages, never a body row.
    @Test func twoColumnNumbersBesideTheirLabelAreHeader() throws {
        let document = try Converter().convert(path: Fixtures.sample("numbered-sides.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.pages == [1, 2])
        #expect(table.header.last.map(texts) == ["栏次", nil, "1", "栏次", nil, "2"])
        #expect(table.rows.count == 40)
        #expect(!table.rows.contains { $0.cells.first??.text == "栏次" })
        #expect(texts(table.rows[0].cells) == ["收入项目1", "1", "107.00", "支出项目1", "41", "107.00"])
        #expect(HeaderSplitter.numbersColumns([cell("栏次"), nil, cell("1"), cell("栏次"), nil, cell("2")]))
        #expect(!HeaderSplitter.numbersColumns([nil, cell("1"), nil, cell("2")]))
        #expect(!HeaderSplitter.numbersColumns([cell("栏次"), cell("1"), cell("2")]))
    }

    private func cell(_ text: String) -> PrintedCell { PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)) }

    /// A table number printed in the corner above the title is a note, and
    /// counted as caption, not prose.
    @Test func aTableNumberAboveTheTitleIsANote() throws {
        let document = try Converter().convert(path: Fixtures.sample("table-number.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.title == "2026年部门财政拨款收入预算表")
        #expect(table.notes.first == "公开表3")
        #expect(document.pageAccounts.first.map { $0.prose + $0.furniture } == 0)
    }

    /// Amounts of two columns never fuse into one cell, even where the rules
    /// between them are missing in a row.
    @Test func amountsOfTwoColumnsStayApart() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("lost-column-rule.pdf")).tables.first)
        #expect(texts(table.rows[2].cells) == ["30201", "办公费", "227,500.00", "0.00", "227,500.00"])
    }

    /// An amount too wide for its cell, whose first digit runs over the
    /// column rule against the amount before it (`656.491157.40`, ASCII and
    /// full width), starts in its own column: the left amount keeps its two
    /// decimals, and every sum of the table adds up.
    @Test func digitsSpilledOverAColumnRuleBeginTheAmountAfterIt() throws {
        let document = try Converter().convert(path: Fixtures.sample("spilled-amount.pdf"))
        let table = try #require(document.tables.first)
        #expect(texts(table.rows[1].cells) == ["东城区", "1,813.89", "656.49", "1157.40"])
        #expect(texts(table.rows[2].cells) == ["西城区", "１８１３．８９", "６５６．４９", "１１５７．４０"])
        #expect(!document.checks.isEmpty)
        #expect(document.checks.allSatisfy { $0.outcome != .fail })
    }

    /// A memo row printed right under the bottom rule, in the table's
    /// columns, is the last body row: its amounts are in the table, none
    /// outside it; the page number below stays furniture.
    @Test func aLineOfAmountsUnderTheGridInItsColumnsIsItsLastRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("row-under-grid.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.count == 5)
        #expect(texts(table.rows[3].cells) == ["負債及基金餘額合計", "34,590,724", "8,717,742", "1,830,407"])
        #expect(texts(table.rows[4].cells) == ["信託代理與保證資產(負債)預計期末金額", "5,329,336", "22,278", "－"])
        let account = try #require(document.pageAccounts.first)
        #expect(account.amountsOutsideTables.isEmpty)
        #expect(account.furniture == 2)
    }

    /// Samples/fused-amounts.pdf: an amount as wide as its narrow cell runs
    /// into the one before it across the rule (`656.491157.40`); the
    /// decimals say where its first digit goes.
    @Test func amountsRunTogetherAcrossARuleSplitAtTheirDecimals() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("fused-amounts.pdf")).tables.first)
        #expect(table.rows.map { texts($0.cells) } == [
            ["专项债务", "2,283.47", "656.49", "1157.40", "282.91", "58.41", "128.26"],
            ["一般债务", "2,837.96", "830.85", "1271.64", "370.19", "143.20", "222.08"],
            ["新增债券", "2,395.63", "666.91", "1252.91", "283.05", "58.77", "133.99"],
        ])
    }

    /// Rows ruled closer than a double rule's lines would be (6.5 pt, under
    /// 4.5 pt type) are rows: none is merged into its neighbour.
    @Test func rowsOfTinyTypeAreRows() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("tiny-type.pdf")).tables.first)
        #expect(table.header.count == 2)
        #expect(table.rows.count == 4)
        #expect(texts(table.rows[0].cells) == [nil, "合计", "442,400.00", "40,000.00", "402,400.00", "260,000.00", "30,000.00", "230,000.00"])
        #expect(texts(table.rows[2].cells)
                == ["114001", "西安市人民政府办公厅", "300,000.00", "40,000.00", "260,000.00", "200,000.00", "30,000.00", "170,000.00"])
        #expect(texts(table.rows[3].cells) == ["114002", "西安市驻外办事处", "142,400.00", nil, "142,400.00", "60,000.00", nil, "60,000.00"])
    }

    /// `2026 年预算` over the amount columns and `2022比2021` are headings:
    /// the header keeps its rows, and the body starts at the first item.
    @Test func aHeadingThatStartsWithTheYearIsHeader() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("year-heading.pdf")).tables.first)
        #expect(table.header.map(texts) == [["支出项目类别", "总计", "2026 年预算", nil, nil],
                                            [nil, nil, "一般公共预算拨款", "政府性基金预算拨款", "事业收入"]])
        #expect(table.rows.count == 3)
        #expect(texts(table.rows[0].cells) == ["深圳市民政局（本级）", "22,701.77", "3,179.64", "19,336.15", "185.98"])
        let compared = try #require(try Converter().convert(path: Fixtures.sample("year-heading.pdf")).tables.last)
        #expect(compared.header.map(texts) == [["经济分类科目", "2022年", "2021年", "2022比2021"]])
        #expect(compared.rows.count == 2)
    }

    /// A continuation page that opens with the next project's `项目名称`
    /// row (the heading the table's header prints in that column) starts a
    /// row: it is not joined to the indicator row above the page break.
    @Test func aRowRepeatingAHeadingOpensABlockAfterThePageBreak() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("project-forms.pdf")).tables.first)
        #expect(table.rows.count == 40)
        #expect(texts(table.rows[32].cells) == ["绩效指标", "产出指标", "改造任务8完成率", "≥90%"])
        #expect(texts(table.rows[33].cells) == ["项目名称", nil, "2025年中央保障性租赁住房补助资金", nil])
        #expect(table.rows[33].page == 2)
    }

    /// A project form's field rows (`项目名称 | X`, `主管部门 | Y | 实施单位 | Z`)
    /// are its first body rows: a form has no column headings, and its
    /// labels name the unit (`专项资金（万元）`).
    @Test func aFormsFieldRowsAreBody() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("form-fields.pdf")).tables.first)
        #expect(table.header.isEmpty)
        #expect(table.unit == "万元")
        #expect(table.rows.count == 13)
        #expect(texts(table.rows[0].cells) == ["项目名称", "社区养老服务补助", nil, nil, nil])
        #expect(texts(table.rows[1].cells) == ["主管部门", "福州市XX局", nil, "实施单位", "福州市XX局"])
        #expect(texts(table.rows[2].cells) == ["专项资金（万元）", "资金总额", nil, "21.50", nil])
        #expect(texts(table.rows[12].cells) == ["备注", nil, nil, nil, nil])
    }

    /// A form whose second field row prints a code (`主管部门及代码 | 253_…`),
    /// and a form opening with one row of two fields: all field rows are body.
    @Test func fieldRowsBeforeACodeOrSideBySideAreBody() throws {
        let document = try Converter().convert(path: Fixtures.sample("coded-form-fields.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables.map(\.header.isEmpty) == [true, true])
        #expect(texts(document.tables[0].rows[0].cells) == ["项目名称", nil, "城市更新城市体检", nil, nil])
        #expect(texts(document.tables[0].rows[1].cells) == ["主管部门及代码", nil, "253_烟台市XX局", "实施单位", "烟台市XX局"])
        #expect(document.tables[0].rows.count == 5)
        #expect(texts(document.tables[1].rows[0].cells) == ["项目名称", "规划和自然资源专项", "主管部门", "重庆市XX局"])
        #expect(document.tables[1].rows.count == 4)
    }

    /// Forms that print no field row open with their funds
    /// (`专项资金情况（万元） | 资金总额： | 120.00`): that label names the unit.
    @Test func aFormOpeningWithItsFundsTakesTheirUnit() throws {
        let document = try Converter().convert(path: Fixtures.sample("funds-first-form.pdf"))
        #expect(document.tables.map(\.unit) == ["万元", "万元"])
        #expect(document.tables.map(\.header.isEmpty) == [true, true])
        #expect(texts(document.tables[0].rows[0].cells) == ["专项资金情况（万元）", "资金总额：", "120.00", nil, nil])
        #expect(document.tables.map(\.rows.count) == [7, 7])
    }

    /// A form opening with one field over the width (`部门名称 | X`) is body
    /// from that row on; a heading whose label spans down beside its
    /// sub-headings (`部门名称 | 三公经费预算数`) stays header.
    @Test func aFormOpeningWithOneWideFieldIsBody() throws {
        let document = try Converter().convert(path: Fixtures.sample("department-form.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables[0].header.isEmpty)
        #expect(document.tables[0].unit == "万元")
        #expect(texts(document.tables[0].rows[0].cells) == ["部门名称", "福州市XX局", nil, nil, nil, nil])
        #expect(texts(document.tables[0].rows[1].cells) == ["总体资金情况（万元）", "预算支出总额", "财政拨款", nil, nil, "其他资金"])
        #expect(document.tables[0].rows.count == 5)
        #expect(document.tables[1].header.count == 2)
        #expect(texts(document.tables[1].rows[0].cells) == ["合计", "8.00", "3.00", "0.00", "5.00"])
    }

    /// A form opening with its goal (`当年整体绩效目标` alone over the goals'
    /// text, or `当年绩效目标 | text`) has no header: every row is body, the
    /// merged `绩效指标` in its indicators' headings row.
    @Test func aFormOpeningWithItsGoalIsBody() throws {
        let document = try Converter().convert(path: Fixtures.sample("goal-form.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables.map(\.header.count) == [0, 0])
        let department = document.tables[0]
        #expect(texts(department.rows[0].cells) == ["当年整体绩效目标", nil, nil, nil, nil, nil, nil])
        #expect(texts(department.rows[1].cells) == ["一是保障机关正常运转。二是完成年度各项重点工作任务。", nil, nil, nil, nil, nil, nil])
        #expect(texts(department.rows[2].cells) == ["绩效指标", "指标名称", "指标性质", "指标值", "计量单位", "指标权重(%)", "是否核心"])
        #expect(texts(department.rows[3].cells) == [nil, "部门预决算按时公开率", "＝", "100", "%", "15", "是"])
        #expect(department.rows.count == 6)
        let project = document.tables[1]
        #expect(texts(project.rows[0].cells) == ["当年绩效目标", "完成地质灾害工程治理5处，避险搬迁5000人。", nil, nil, nil, nil, nil])
        #expect(texts(project.rows[1].cells) == ["绩效指标", "指标名称", "指标性质", "指标值", "计量单位", "指标权重(%)", "是否核心"])
        #expect(project.rows.count == 5)
    }

    /// A performance table's first indicator row, its target in words
    /// (`成本指标 | … | 不超过预算`), opens with an indicator's class: body,
    /// never a second header row.
    @Test func anIndicatorRowWithATargetInWordsIsBody() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("indicator-first-row.pdf")).tables.first)
        #expect(table.header.map { $0.map { $0?.text } } == [["一级指标", "二级指标", "三级指标", "指标值"]])
        #expect(table.rows.count == 6)
        #expect(texts(table.rows[0].cells) == ["成本指标", "经济成本指标", "项目总成本", "不超过预算"])
        #expect(texts(table.rows[1].cells) == ["产出指标", "数量指标", "数据中心设备维护量", "≥330台套"])
    }

    /// A unit wrapped in its narrow cell (`单位：万` over `元`) is read whole,
    /// whether its last line overflows onto the grid's top rule or lies above
    /// it, and its `元` joins no heading under it.
    @Test func aUnitWrappedInItsCellIsReadWhole() throws {
        let document = try Converter().convert(path: Fixtures.sample("wrapped-unit.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables.map(\.unit) == ["万元", "万元"])
        #expect(document.tables.map { texts($0.rows[0].cells) } == [["合计", nil, "8", "68.40"], ["合计", nil, "8", "68.40"]])
        // The `元` on the grid's top rule is the caption's, never the heading's (`元预算金额`).
        #expect(document.tables.map { $0.header.last.map(texts) } == [["采购项目", "采购目录", "数量", "预算金额"],
                                                                      ["采购项目", "采购目录", "数量", "预算金额"]])
    }

    /// A period line printed in a row of its own under the grid's title row
    /// (`（2023年度）`, right above a form's fields) is caption, and so is a
    /// note row between an empty table's `合计` and its blank rows.
    @Test func aPeriodLineAndANoteInTheGridAreCaption() throws {
        let document = try Converter().convert(path: Fixtures.sample("period-in-grid.pdf"))
        #expect(document.tables.count == 2)
        let form = try #require(document.tables.first)
        #expect(form.title == "财政项目支出绩效目标填报表")
        #expect(form.notes == ["（2023年度）"])
        #expect(form.unit == "元")
        #expect(texts(form.rows[0].cells) == ["项目名称", "新建社区公共服务中心", "项目性质", "阶段性项目"])
        #expect(form.rows.count == 5)
        let empty = try #require(document.tables.last)
        #expect(empty.notes == ["注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"])
        #expect(empty.rows.map { texts($0.cells) } == [["合计", nil, nil, nil, nil], ["合计", nil, nil, nil, nil]])
    }

    /// `** | 1` numbers the one amount column of an empty table: header, never body.
    @Test func aSingleMarkedColumnNumberIsHeader() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("single-column-number.pdf")).tables.first)
        #expect(table.header.last.map(texts) == ["**", "1"])
        #expect(table.rows.map { texts($0.cells) } == [["合计", nil]])
        #expect(HeaderSplitter.numbersColumns([cell("**"), cell("1")]))
        #expect(!HeaderSplitter.numbersColumns([cell("项目"), cell("1")]))
    }

    /// The last line of the sentence introducing a list (`…见下表:`, an
    /// ASCII colon) is no title.
    @Test func aLineEndingInAColonIsNoTitle() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("colon-intro.pdf")).tables.first)
        #expect(table.title == nil)
        #expect(texts(table.rows[0].cells) == ["1", "福州市民政局（本级）"])
        #expect(table.rows.count == 3)
    }

    /// An amount whose last decimal a narrow cell wrapped onto the next line
    /// is one amount, never `576,171.1` and `1`.
    @Test func anAmountWrappedInItsCellIsOneAmount() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("wrapped-amount.pdf")).tables.first)
        let cell = try #require(table.rows.first?.cells[3])
        #expect(cell.text == "576,171.11")
        #expect(texts(table.rows[1].cells) == ["国防支出", "18.00", nil, "18.00"])
    }

    /// Amounts wrapped inside narrow cells of a tall row, the row's
    /// one-line amounts between their two lines, stay amounts of that row:
    /// never a row of `1682.7` and one of `6`.
    @Test func amountsWrappedInATallRowStayInTheirRow() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("wrapped-amounts-in-row.pdf")).tables.first)
        #expect(table.rows.count == 2)
        #expect(texts(table.rows[0].cells) == ["一般公共服务支出（含上年结转资金）", "1682.76", "1208.20", "474.56"])
        #expect(texts(table.rows[1].cells) == ["国防支出", "18.00", nil, "18.00"])
    }

    /// A heading wrapped inside a narrow cell, its first line crossing the
    /// cell's top rule, is one heading of its own column; the group heading
    /// above it keeps only what it prints.
    @Test func aHeadingWrappedInItsCellIsOneHeading() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("wrapped-headings.pdf")).tables.first)
        #expect(table.header.map(texts) == [["单位名称", "合计", "公务用车购置及运行费", nil, nil, "会议费"],
                                            [nil, nil, "小计", "公务用车购置经费", "公务用车运行经费", nil]])
        #expect(texts(table.rows[0].cells) == ["合计", "36.00", "30.00", "10.00", "20.00", "6.00"])
    }

    /// `单位：新臺幣千元` names the unit 千元 in the currency 新臺幣 (TWD).
    @Test func aCurrencyBeforeTheUnitIsReadPast() throws {
        let document = try Converter().convert(path: Fixtures.sample("currency-unit.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.unit == "新臺幣千元")
        #expect(!document.records.isEmpty && document.records.allSatisfy { $0.unit == "千元" && $0.currency == "TWD" })
        #expect(texts(table.rows[2].cells) == ["本期賸餘(短絀)", "-939,002", "778,193"])
    }

    /// A page number in the margin on the title's line is no part of the
    /// title: the second page's table continues the first.
    @Test func aPageNumberBesideTheTitleLeavesItTheSame() throws {
        let document = try Converter().convert(path: Fixtures.sample("margin-page-number.pdf"))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.title == "2022年市级一般公共预算支出决算情况明细表")
        #expect(document.tables.first?.pages == [1, 2])
        #expect(document.tables.first?.rows.count == 45)
    }

    /// Samples/bracketed-page-number.pdf: a page number printed in brackets
    /// after 页 at the foot of each page (`页(1)`), below the furniture
    /// margin, is no title of a table the next page starts: the untitled
    /// table of page 2 continues page 1's, and the page accounts count the
    /// number as furniture.
    @Test func aBracketedPageNumberIsNoTitle() throws {
        let document = try Converter().convert(path: Fixtures.sample("bracketed-page-number.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2]])
        let table = try #require(document.tables.first)
        #expect(table.title == "2019年部门综合预算商品和服务支出明细表")
        #expect(table.rows.count == 45)
        #expect(table.rows[31].cells.map { $0?.text } == ["30232", "商品和服务支出明细项目32", "1,244.32"])
        #expect(table.rows[32].cells.map { $0?.text } == ["30233", "商品和服务支出明细项目33", "1,261.33"])
        #expect(table.rows[44].cells.map { $0?.text } == ["30245", "商品和服务支出明细项目45", "1,465.45"])
        #expect(table.rows.map(\.page) == Array(repeating: 1, count: 32) + Array(repeating: 2, count: 13))
        #expect(document.pageAccounts.map(\.furniture) == [4, 4])
    }

    /// A column merged over every row of a page meets no horizontal rule,
    /// so the rule at its left stands alone: it still closes the table on
    /// both pages, the column's text (`年度绩效指标`, one character a line)
    /// is the first row's, once, and the second page, which prints nothing
    /// in that column, continues the table with the same four columns.
    @Test func aLoneSideRuleClosesAMergedColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("side-column.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 4)
        #expect(table.rows.count == 9)
        #expect(texts(table.rows[0].cells) == ["年度绩效指标", "产出指标", "指标1：资金使用合规性", "≥95%"])
        #expect(texts(table.rows[1].cells) == [nil, nil, "指标2：举办培训会议次数", "≥6次"])
        #expect(texts(table.rows[3].cells) == [nil, "效益指标", "指标1：带动当地就业", "≥5000人"])
        #expect(texts(table.rows[6].cells) == [nil, "满意度指标", "指标1：参会企业满意度", "≥90%"])
        #expect(document.pageAccounts.map(\.prose) == [0, 0])
    }

    /// Cells merged over rows on both sides of the page break (the rules
    /// at the break leave their columns open) are one cell: the text printed
    /// in the middle of their height, on the second page, goes to the
    /// block's first row on the first page, once, and the second page's
    /// first row stays a row of its own.
    @Test func aCellMergedOverThePageBreakGivesItsTextToTheBlocksFirstRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("merged-over-pages.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.rows.map(\.page) == [1, 1, 2, 2, 2, 2])
        #expect(texts(table.rows[0].cells) == ["产出指标", "数量指标", "指标1：举办培训会议次数", "≥6次"])
        #expect(texts(table.rows[1].cells) == [nil, "质量指标", "指标1：资金使用合规性", "≥95%"])
        #expect(texts(table.rows[2].cells) == [nil, nil, "指标2：验收合格率", "100%"])
        #expect(texts(table.rows[5].cells) == ["效益指标", "社会效益指标", "指标1：受益人数", "≥500人"])
    }

    /// A label set down a cell merged over every row, which the page break
    /// cuts (`年度绩效指` down to the first page's bottom rule, `标` right
    /// under the second page's top rule), is one text in the block's first
    /// row; the second page's first row keeps nothing of it.
    @Test func aLabelThePageBreakCutsIsOneTextInTheBlocksFirstRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("cut-merged-label.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.rows.map(\.page) == [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2])
        #expect(texts(table.rows[0].cells) == ["年度绩效指标", "产出指标", "指标1：举办培训会议次数", "≥6次"])
        #expect(texts(table.rows[6].cells) == [nil, "效益指标", "指标1：受益人数", "≥500人"])
        #expect(texts(table.rows[8].cells) == [nil, nil, "指标3：培训效果持续影响", "长期"])
        #expect(table.rows.dropFirst().allSatisfy { $0.cells[0] == nil })
    }

    /// A table over three pages whose second and third pages print fewer
    /// columns than the first (一级指标 and 二级指标 merged into one cell):
    /// the third page's cells go to the table's columns, as the second
    /// page's do, not to the second page's own column numbers.
    @Test func aThirdPageWithTheSecondPagesColumnsFillsTheTablesColumns() throws {
        let document = try Converter().convert(path: Fixtures.sample("fewer-columns-midway.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2, 3])
        #expect(table.columnCount == 5)
        #expect(table.rows.map(\.page) == [1, 1, 1, 2, 2, 2, 3, 3])
        #expect(texts(table.rows[2].cells) == ["宣传活动", "效益指标", "社会效益指标", "20", "万份"])
        #expect(texts(table.rows[3].cells) == ["宣传活动", "满意度指标：服务对象满意度", nil, "90", "%"])
        #expect(texts(table.rows[6].cells) == ["综合事务", "产出指标：办文数量", nil, "1200", "件"])
        #expect(texts(table.rows[7].cells) == ["综合事务", "满意度指标：群众满意度", nil, "95", "%"])
    }

    /// Samples/form-opening-at-foot.pdf: a form whose title and `项目名称`
    /// row alone sit at the foot of a page, the name cut by the page break,
    /// goes on in the next page's finer grid: one titled form, its first
    /// body row the whole name in the first column the name spans.
    @Test func aFormsOpeningAtTheFootOfAPageGoesOnInTheNextPagesGrid() throws {
        let document = try Converter().convert(path: Fixtures.sample("form-opening-at-foot.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "2026年医疗服务能力提升补助资金项目绩效目标表")
        #expect(table.unit == "万元")
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 5)
        #expect(table.header.isEmpty)
        #expect(table.rows.count == 11)
        #expect(table.rows.first?.page == 1)
        #expect(table.rows.first.map { texts($0.cells) } == ["项目名称", "2026年医疗服务能力提升补助资金", nil, nil, nil])
        #expect(texts(table.rows[1].cells) == ["主管部门", "福州市XX局", nil, "实施单位", "福州市XX中心"])
    }

    /// Samples/form-opening-at-foot-same-grid.pdf: a form ruled all over
    /// whose title and `项目名称` row alone sit at the foot of a page, the name
    /// cut by the page break, goes on in the same grid on the next page: one
    /// titled form without header, its first body row `项目名称` with the whole
    /// name (before: that row was read as the form's header and lost, and the
    /// name's rest `测费` read as a row of its own).
    @Test func aFormsOpeningAtTheFootOfAPageGoesOnInTheSameGrid() throws {
        let document = try Converter().convert(path: Fixtures.sample("form-opening-at-foot-same-grid.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "政策和项目预算绩效目标表")
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 6)
        #expect(table.header.isEmpty)
        #expect(table.rows.map(\.page) == [1, 2, 2, 2, 2, 2, 2, 2, 2, 2])
        #expect(texts(table.rows[0].cells) == ["项目名称", nil, nil, "房屋建筑质量巡查检测费", nil, nil])
        #expect(texts(table.rows[1].cells) == ["主管部门及代码", nil, nil, "253_烟台市住建局", "实施单位", "烟台市住建局"])
        #expect(texts(table.rows[2].cells) == ["项目资金（万元）", nil, nil, "年度预算资金总额：", "40.00", nil])
        #expect(texts(table.rows[9].cells) == ["绩效指标", "满意度指标", "服务对象满意度指标", "房屋使用者满意度", "≥90%", nil])
    }

    /// Samples/form-in-other-split.pdf: a 部门整体支出绩效自评表 whose next
    /// page, untitled, goes on in another column split of the same frame
    /// (eight columns, then six) is one form in the union of both pages'
    /// column edges (eleven columns), each row with the cells it prints, a
    /// cell spanning an edge the other page adds in the first of its columns.
    @Test func aFormGoingOnInAnotherSplitIsOneFormInTheUnionOfBothGrids() throws {
        let document = try Converter().convert(path: Fixtures.sample("form-in-other-split.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "2022年度部门整体支出绩效自评表")
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 11)
        #expect(table.header.isEmpty)
        #expect(table.rows.map(\.page) == [1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
        #expect(texts(table.rows[0].cells) == ["部门（单位）名称", "西安市政务服务局", nil, nil, nil, nil, nil, nil, nil, nil, nil])
        #expect(texts(table.rows[2].cells) == [nil, "行政运行", "保障机关正常运转。", nil, "520.00", "510.00", nil, "5", "98.08%", nil, "5"])
        #expect(texts(table.rows[5].cells)
            == ["年度绩效指标完成情况", "一级指标", nil, "二级指标", "指标内容", nil, "年度指标值", nil, nil, "实际完成值", nil])
        #expect(texts(table.rows[7].cells) == [nil, nil, nil, "时效指标", "资金拨付及时率", nil, "=100%", nil, nil, "100%", nil])
        #expect(texts(table.rows[9].cells) == ["总分", nil, nil, nil, nil, nil, nil, nil, nil, "98", nil])
    }

    /// Samples/framed-body.pdf: two tables as a word processor prints its
    /// "outer border": the header ruled all over, the body framed with no
    /// rule inside it. Each body line is a row, each word in the column the
    /// header's rules give it (before: each body one cell holding all its text).
    @Test func aBodyFramedWithoutInnerRulesIsReadInTheHeadersColumns() throws {
        let document = try Converter().convert(path: Fixtures.sample("framed-body.pdf"))
        #expect(document.tables.count == 2)
        let sides = try #require(document.tables.first)
        #expect(sides.rows.map { texts($0.cells) } == [
            ["一、财政拨款收入", "1,718.92", "一、一般公共服务支出", "1,278.87"],
            ["1、一般公共预算资金", "1,718.92", "二、社会保障和就业支出", "175.60"],
            ["二、事业收入", nil, "三、卫生健康支出", "46.68"],
            ["三、其他收入", nil, "四、住房保障支出", "217.77"],
            ["收入总计", "1,718.92", "支出总计", "1,718.92"],
        ])
        let functions = try #require(document.tables.last)
        #expect(functions.columnCount == 7)
        #expect(functions.rows.count == 6)
        #expect(texts(functions.rows[2].cells) == ["201", "06", "01", "行政运行", "848.62", "848.62", nil])
        #expect(texts(functions.rows[4].cells) == ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "175.60", "175.60", nil])
        #expect(texts(functions.rows[5].cells) == [nil, nil, nil, "合计", "1,454.47", "1,024.22", "430.25"])
    }

    /// Samples/filled-cells.pdf: cells filled in colour with white gaps of
    /// 0.75 pt and no stroke (Chromium's `border-spacing`): the gaps are the
    /// rules, so the two columns no body row fills, as narrow as their
    /// headings, keep a heading each (before: read unruled, seven columns,
    /// `事业收入 事业单位经营收入` one heading).
    @Test func gapsBetweenFilledCellsRuleTheTable() throws {
        let document = try Converter().convert(path: Fixtures.sample("filled-cells.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.ruled)
        #expect(table.columnCount == 8)
        #expect(texts(try #require(table.header.last))
            == [nil, nil, "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入", nil])
        #expect(table.rows.map { texts($0.cells) } == [
            [nil, "合计", "12,480.00", "11,980.00", nil, nil, "500.00", "320.00"],
            ["201", "一般公共服务支出", "8,200.00", "7,900.00", nil, nil, "300.00", "120.00"],
            ["20103", "政府办公厅（室）及相关机构事务管理支出", "8,200.00", "7,900.00", nil, nil, "300.00", "120.00"],
            ["2010301", "行政运行", "6,100.00", "6,100.00", nil, nil, nil, "80.00"],
            ["2010302", "一般行政管理事务", "2,100.00", "1,800.00", nil, nil, "300.00", "40.00"],
            ["208", "社会保障和就业支出", "4,280.00", "4,080.00", nil, nil, "200.00", "200.00"],
            ["20805", "行政事业单位养老支出（机关事业单位基本养老保险缴费）", "4,280.00", "4,080.00", nil, nil, "200.00", "200.00"],
        ])
    }

    /// Samples/frame-only-continued.pdf: a table framed only on the outside
    /// goes on to page 2 without its header; that page prints the frame's
    /// side lines and rows whose first column is empty, read from alignment
    /// one column short. They continue the table in the columns they stand
    /// in, the first blank (before: a second table of five columns).
    @Test func aFrameOnlyBodyGoesOnWithoutItsHeaderInTheColumnsItStandsIn() throws {
        let document = try Converter().convert(path: Fixtures.sample("frame-only-continued.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["上海市XX局（本级）", nil, nil, "1,234.50", "1,000.00", "234.50"],
            [nil, "301", "工资福利支出", "800.00", "800.00", "0.00"],
            [nil, "30101", "基本工资", "300.00", "300.00", "0.00"],
            [nil, "30102", "津贴补贴", "350.00", "350.00", "0.00"],
            [nil, "30103", "奖金", "150.00", "150.00", "0.00"],
            [nil, "302", "商品和服务支出", "434.50", "200.00", "234.50"],
            [nil, "30201", "办公费", "100.00", "50.00", "50.00"],
            [nil, "30205", "水费", "20.00", "20.00", "0.00"],
            [nil, "30206", "电费", "80.00", "80.00", "0.00"],
            [nil, "30211", "差旅费", "84.50", "20.00", "64.50"],
            [nil, "30227", "委托业务费", "150.00", "30.00", "120.00"],
        ])
    }

    /// Samples/frame-continued-wrapped.pdf: a table framed only on the
    /// outside goes on to page 2 without its header, its names wrapped over
    /// two lines in a narrow column there; that page prints only the frame's
    /// two side lines on the table's outer edges, and its rows are read in
    /// the columns the header ruled on page 1, each wrapped name whole in its
    /// row, the unit's column blank (before: the page was read from
    /// alignment, `社会保障和就业` made a header of its own and `支出` the
    /// row's name).
    @Test func aFramedBodyGoesOnInsideTheFramesSideLinesInTheHeadersColumns() throws {
        let document = try Converter().convert(path: Fixtures.sample("frame-continued-wrapped.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["深圳市XX局（本级）", nil, nil, "3,738.59", "1,102.43", "2,636.16"],
            [nil, "201", "一般公共服务支出", "2,056.38", "648.78", "1,407.60"],
            [nil, "20106", "财政事务", "2,056.38", "648.78", "1,407.60"],
            [nil, "2010601", "行政运行", "648.78", "648.78", "0.00"],
            [nil, "2010602", "一般行政管理事务", "1,173.22", "0.00", "1,173.22"],
            [nil, "2010605", "财政国库业务", "158.59", "0.00", "158.59"],
            [nil, "2010607", "信息化建设", "75.79", "0.00", "75.79"],
            [nil, "208", "社会保障和就业支出", "140.53", "140.53", "0.00"],
            [nil, "20805", "行政事业单位养老支出", "140.28", "140.28", "0.00"],
            [nil, "2080501", "行政单位离退休", "47.78", "47.78", "0.00"],
            [nil, "2080505", "机关事业单位基本养老保险缴费支出", "62.65", "62.65", "0.00"],
            [nil, "2080506", "机关事业单位职业年金缴费支出", "29.85", "29.85", "0.00"],
            [nil, "20808", "抚恤", "0.25", "0.25", "0.00"],
            [nil, "2080801", "死亡抚恤", "0.25", "0.25", "0.00"],
            [nil, "210", "卫生健康支出", "25.48", "25.48", "0.00"],
            [nil, "21011", "行政事业单位医疗", "25.48", "25.48", "0.00"],
            [nil, "2101101", "行政单位医疗", "25.48", "25.48", "0.00"],
            [nil, "221", "住房保障支出", "286.14", "286.14", "0.00"],
            [nil, "22102", "住房改革支出", "286.14", "286.14", "0.00"],
            [nil, "2210201", "住房公积金", "64.11", "64.11", "0.00"],
            [nil, "2210203", "购房补贴", "222.03", "222.03", "0.00"],
        ])
    }

    /// unit-on-title-line.pdf: the unit caption at the right end of the
    /// title's line, on its baseline (a spreadsheet's title row, the unit in
    /// its last cell): the line gives the title and the unit, and the second
    /// table, of the same columns on the next page, starts where it is
    /// printed instead of joining the first.
    @Test func aUnitOnTheTitlesLineLeavesTheTitle() throws {
        let document = try Converter().convert(path: Fixtures.sample("unit-on-title-line.pdf"))
        #expect(document.tables.map(\.title) == ["2026年一般公共预算支出表", "2026年政府性基金预算支出表"])
        #expect(document.tables.map(\.unit) == ["万元", "万元"])
        #expect(document.tables.map(\.pages) == [[1], [2]])
        #expect(document.tables.first?.notes == ["编制部门：上海市XX局"])
        #expect(document.tables.map { $0.rows.map { texts($0.cells) } } == [[
            ["201", "一般公共服务支出", "1,278.87", "848.62", "430.25"],
            ["2010301", "行政运行", "848.62", "848.62", nil],
            ["2010302", "一般行政管理事务", "430.25", nil, "430.25"],
            ["208", "社会保障和就业支出", "175.60", "175.60", nil],
            ["2080505", "机关事业单位基本养老保险缴费支出", "175.60", "175.60", nil],
            [nil, "合计", "1,454.47", "1,024.22", "430.25"],
        ], [
            ["212", "城乡社区支出", "75.00", nil, "75.00"],
            ["2120801", "征地和拆迁补偿支出", "75.00", nil, "75.00"],
            [nil, "合计", "75.00", nil, "75.00"],
        ]])
    }
}
