import Testing
@testable import BudgetExtract

@Suite("Performance forms without rules")
struct UnruledFormTests {
    /// Samples/form-without-rules.pdf: a 项目绩效目标表 printed without any
    /// rule, as a browser prints an HTML table with no borders: each cell's
    /// text left-aligned in its column and wrapped inside it, centred in its
    /// row, the rows a few points apart; the funds' amounts set right under
    /// `实施单位`. Every row is read, each wrapped cell whole in its row, the
    /// amounts in the column of `实施单位` (before: the form prints too few
    /// amounts for a table without rules; only its money lines were read, a
    /// header and three rows of two columns, and the indicator block was lost).
    @Test func formWithoutRulesIsReadRowByRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-without-rules.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.header.isEmpty)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "", "", "社区养老服务设施运营补助项目", ""],
            ["主管部门", "福州市XX局", "", "实施单位", "福州市XX局"],
            ["专项资金情况（万元）", "资金总额", "", "21.50", ""],
            ["", "财政拨款", "", "21.50", ""],
            ["年度目标", "提升全市养老服务能力，保障服务对象基本生活。", "", "", ""],
            ["绩效目标指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "成本指标", "经济成本指标", "总支出成本控制率", "≤100%"],
            ["", "产出指标", "数量指标", "享受补助的服务对象人数", "≥800人"],
            ["", "产出指标", "时效指标", "资金拨付及时率", "=100%"],
            ["", "满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%"],
            ["备注", "", "", "", ""],
        ])
    }

    /// Samples/form-cells-close.pdf: the same form with its columns as
    /// narrow as their text and padded by 1.5 pt, so that the texts of
    /// neighbouring cells stand 3 pt apart, under half an em (`实施单位` and
    /// `福州市XX局`, `总支出成本控制率` and `≤100%`). Chinese text is set solid:
    /// the gap parts two cells (before: the two texts read as one word
    /// across both columns, which made them one column; four columns).
    @Test func cellsSetCloseStayInTheirColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-cells-close.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) }[1] == ["主管部门", "福州市XX局", "", "实施单位", "福州市XX局"])
        #expect(table.rows.map { texts($0.cells) }[6] == ["", "成本指标", "经济成本指标", "总支出成本控制率", "≤100%"])
        #expect(table.rows.map { texts($0.cells) }[7] == ["", "产出指标", "数量指标", "享受补助的服务对象人数", "≥800人"])
    }

    /// Samples/form-lines-tight.pdf: the form with each cell's wrapped lines
    /// set 7.5 pt apart in 9-pt type, tighter than their type (wkhtmltopdf
    /// sets them so): `主管部门`, centred beside `福州市XX` over `局`, runs
    /// the two into one page line. Each column's glyphs are read as lines on
    /// their own (before: the two lines' glyphs were sorted across each
    /// other, `福局州市XX`, and wrapped cells of one column ran together).
    @Test func wrappedLinesSetTightStayInOrder() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-lines-tight.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.rows.count == 11)
        #expect(table.rows.map { texts($0.cells) }[1] == ["主管部门", "福州市XX局", "", "实施单位", "福州市XX局"])
        #expect(table.rows.map { texts($0.cells) }[4] == ["年度目标", "提升全市养老服务能力，保障服务对象基本生活。", "", "", ""])
        #expect(table.rows.map { texts($0.cells) }[9] == ["", "满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%"])
    }

    /// Samples/form-continued-unruled.pdf: the form going on over page 2,
    /// which prints no title and no indicator heading line, its rows in the
    /// form's columns. Page 2 is read with the columns of the form ending
    /// page 1 and joined to it (before: page 2 was left to the search for
    /// tables of amounts and not found).
    @Test func formGoesOnOverThePageInItsColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-continued-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 16)
        let rows = table.rows.map { texts($0.cells) }
        #expect(rows[9] == ["", "满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%"])
        #expect(rows[10] == ["", "产出指标", "质量指标", "补助发放准确率", "=100%"])
        #expect(rows[11] == ["", "产出指标", "质量指标", "服务设施运营达标率", "≥95%"])
        #expect(rows[12] == ["", "效益指标", "社会效益指标", "养老服务水平提升", "明显提升"])
        #expect(rows[13] == ["", "效益指标", "可持续影响指标", "服务设施持续运营年限", "≥5年"])
        #expect(rows[14] == ["", "满意度指标", "服务对象满意度指标", "家属满意度", "≥90%"])
        #expect(rows[15] == ["备注", "", "", "", ""])
    }

    /// Samples/scores-right-in-form.pdf: a 项目绩效自评表 without rules whose
    /// scores under 分值 and 得分 (`10`, `20`, `8.2`) are set right in their
    /// columns, the headings and the placeholder `—` left: two stretches of
    /// x per column, the scores' on lines of their own; and `980` set right
    /// in 全年执行数 stands under half an em from `—` set left in 分值. A
    /// stretch of numbers is the right part of its neighbour's column, scores
    /// as amounts, and a gap between a digit and a dash parts two cells
    /// (before: only a stretch of amounts was joined, so 分值 and 得分 read as
    /// two columns each, the scores under no heading; and `980 —` was one
    /// word across 全年执行数 and 分值, which made them one column).
    @Test func scoresSetRightStayUnderTheirHeadings() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("scores-right-in-form.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "社区养老服务补助", "", "", "", ""],
            ["项目资金（万元）", "", "全年预算数", "全年执行数", "分值", "得分"],
            ["", "年度资金总额", "1200", "980", "10", "8.2"],
            ["", "其中：财政拨款", "1200", "980", "—", "—"],
            ["", "其他资金", "", "", "—", "—"],
            ["绩效指标", "一级指标", "二级指标", "年度指标值", "分值", "得分"],
            ["", "产出指标", "数量指标", "≥800人", "20", "20"],
            ["", "效益指标", "社会效益指标", "明显提升", "30", "28"],
            ["", "满意度指标", "满意度指标", "≥90%", "10", "9"],
        ])
    }

    /// Samples/percentages-right-in-form.pdf: a 项目绩效自评表 without rules
    /// whose percentages are set right like its amounts: `100%` under
    /// 年度指标值 at the column's right edge, on a line of its own, apart
    /// from the indicator values set left, as `1200` under 全年执行数 above
    /// it; `100%` under 执行率 stands under half an em from `—` set left
    /// under 得分, and the score `18` as far from `9月验收交付` under 偏差原因.
    /// A stretch of percentages is the right part of its neighbour's column,
    /// as one of amounts is, and a gap after a figure before a dash or
    /// another figure parts two cells (before: 年度指标值 read as two
    /// columns, `1200` and `100%` under no heading, nine columns for eight;
    /// `100%—` and `189月验收交付` were words across two columns, which made
    /// them one).
    @Test func percentagesSetRightStayUnderTheirHeadings() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("percentages-right-in-form.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 8)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "社区养老服务补助", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["", "年度资金总额", "1200", "1200", "10", "100%", "10", ""],
            ["", "其中：财政拨款", "1200", "1200", "—", "100%", "—", ""],
            ["", "其他资金", "", "", "—", "", "—", ""],
            ["绩效指标", "一级指标", "二级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["", "产出指标", "数量指标", "≥800人", "850人", "20", "20", ""],
            ["", "产出指标", "质量指标", "100%", "合格", "20", "18", "9月验收交付"],
            ["", "效益指标", "社会效益指标", "明显提升", "明显提升", "30", "28", ""],
            ["", "满意度指标", "满意度指标", "较满意", "满意", "10", "9", ""],
        ])
    }

    /// Samples/group-heading-over-close-form-columns.pdf: a 项目绩效目标表
    /// without rules whose values under 指标值 (`35.78` set right, `无` set
    /// left) end 6 pt before the texts under 指标值内容, the group heading
    /// `绩效指标` centred over the two, across the corridor between them that
    /// no cell's word crosses, as Writer prints 长沙市信访局's form. A word
    /// above the indicator heading that spans the block's columns is no
    /// evidence of one column (before: the group heading joined 指标值 and
    /// 指标值内容, `35.78 不超过预算` one cell, four columns for five).
    @Test func groupHeadingOverCloseColumnsJoinsNone() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("group-heading-over-close-form-columns.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "", "", "", "绩效指标"],
            ["一级指标", "二级指标", "三级指标", "指标值", "指标值内容"],
            ["成本指标", "经济成本指标", "总成本", "35.78", "不超过预算"],
            ["", "社会成本指标", "无", "无", "无"],
            ["产出指标", "数量指标", "调拨单位数", "10", "拨付至相关单位"],
            ["", "质量指标", "分档精准率", "95", "拨付档次一致"],
        ])
    }

    /// Samples/form-opening-unruled.pdf: the form broken before its
    /// indicator block, its title and opening at the foot of page 1, page 2
    /// opening with the indicator heading line. Page 1 is read with the
    /// columns of the form opening page 2, each cell in the column it starts
    /// in, and the form joined to it under its title (before: page 1 printed
    /// no indicator heading and its rows were lost, the form untitled).
    @Test func formOpeningAtThePageFootIsReadInItsColumns() throws {
        let rows = try formOverTwoPages("form-opening-unruled.pdf")
        #expect(rows[0] == ["项目名称", "", "", "社区养老服务设施运营补助项目", ""])
        #expect(rows[1] == ["主管部门", "福州市XX局", "", "实施单位", "福州市XX局"])
        #expect(rows[2] == ["专项资金情况（万元）", "资金总额", "", "21.50", ""])
        #expect(rows[3] == ["", "财政拨款", "", "21.50", ""])
        #expect(rows[4] == ["年度目标", "提升全市养老服务能力，保障服务对象基本生活。", "", "", ""])
        #expect(rows[5] == ["绩效目标指标", "一级指标", "二级指标", "三级指标", "指标值"])
        #expect(rows[10] == ["备注", "", "", "", ""])
    }

    /// Samples/form-opening-amounts-unruled.pdf: the form broken before its
    /// indicator block, its opening on page 1 heading a narrow column of
    /// amounts (`年初预算数`, set right) between `三级指标` and `指标值` and a
    /// last column `得分`, which the indicator block on page 2 leaves empty.
    /// The form's columns are read with its opening's words: the heading over
    /// the amounts makes them a column of their own (before: on page 2 alone
    /// the amounts joined the `三级指标` column as its right part, the form read
    /// one column short, `年初预算数` under `三级指标`, no row exact).
    @Test func formOpeningHeadsAColumnTheIndicatorBlockLeavesEmpty() throws {
        let rows = try formOverTwoPages("form-opening-amounts-unruled.pdf")
        #expect(rows[1] == ["主管部门", "", "福州市XX局", "实施单位", "", "福州市XX局", ""])
        #expect(rows[2] == ["项目资金（万元）", "", "", "", "年初预算数", "全年执行数", "得分"])
        #expect(rows[3] == ["", "", "年度资金总额", "", "21.50", "20.00", "9.30"])
        #expect(rows[4] == ["", "", "其中：财政拨款", "", "21.50", "20.00", "9.30"])
        #expect(rows[6] == ["绩效指标", "一级指标", "二级指标", "三级指标", "", "指标值", ""])
        #expect(rows[7] == ["", "产出指标", "数量指标", "享受补助的服务对象人数", "", "≥800人", ""])
        #expect(rows[10] == ["备注", "", "", "", "", "", ""])
    }

    /// Samples/form-wrapped-before-bracket.pdf: three-line cells broken as a
    /// browser breaks Chinese text, a line never ending with `（` or `≥`
    /// before its figure: `和养老服务发展研究报告` over `（2025年度）` and
    /// `老年人数量比上年增加到` over `≥1000人次` end two characters short of
    /// the column's widest line. The last line continues the cell, as what
    /// it starts with (`（2025`, `≥1000`) would have run past that line
    /// (before: only its first character was measured, the middle line was
    /// not full, and the last line read as a row of its own).
    @Test func lineBrokenBeforeABracketContinuesItsCell() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-wrapped-before-bracket.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == 9)
        #expect(rows[5] == ["", "成本指标", "经济成本指标", "总支出成本控制率不超过预算", "≤100%"])
        #expect(rows[6] == ["", "产出指标", "数量指标", "编制全市养老服务业发展规划和养老服务发展研究报告（2025年度）", "=1个"])
        #expect(rows[7] == ["", "产出指标", "数量指标", "年均上门服务和日间照料服务老年人数量比上年增加到≥1000人次", "完成"])
        #expect(rows[8] == ["", "满意度指标", "满意度指标", "受益对象满意度", "≥90%"])
    }

    /// Samples/form-opening-with-funds.pdf: the form broken before its
    /// indicator block, its opening on page 1 printing three lines of
    /// amounts in four columns (`年度资金总额 | 21.50 | 21.50 | 20.00 | 9.30`).
    /// The opening, which opens with a field (`项目名称`), is looked for before
    /// any table is read from alignment, and read in the columns of the form
    /// opening page 2 (before: the funds lines were read first as a table of
    /// their own, the fields its header, the goal line lost, and page 2's
    /// form stood untitled in its own columns: no row exact).
    @Test func formOpeningWithFundsIsNoTableOfItsOwn() throws {
        let rows = try formOverTwoPages("form-opening-with-funds.pdf", rowCount: 12)
        #expect(rows[0] == ["项目名称", "", "社区养老服务补助项目", "", "", "", "", ""])
        #expect(rows[1] == ["主管部门", "", "福州市XX局", "", "实施单位", "", "福州市XX局", ""])
        #expect(rows[2] == ["项目资金（万元）", "", "", "", "年初预算数", "全年预算数", "全年执行数", "得分"])
        #expect(rows[3] == ["", "", "年度资金总额", "", "21.50", "21.50", "20.00", "9.30"])
        #expect(rows[4] == ["", "", "其中：财政拨款", "", "21.50", "21.50", "20.00", "9.30"])
        #expect(rows[5] == ["", "", "其他资金", "", "0.00", "0.00", "0.00", "0.00"])
        #expect(rows[6] == ["年度目标", "提升养老服务能力，保障服务对象生活。", "", "", "", "", "", ""])
        #expect(rows[7] == ["绩效指标", "一级指标", "二级指标", "三级指标", "", "指标值", "完成值", "得分"])
        #expect(rows[10] == ["", "满意度指标", "服务对象满意度指标", "受益对象满意度", "", "≥90%", "达到", "10"])
        #expect(rows[11] == ["总分", "", "", "", "", "", "", "59.30"])
    }

    /// Samples/form-columns-split-over-pages.pdf: a 项目支出绩效自评表 ruled
    /// between rows only, broken after its opening: page 1 fills the
    /// label, value and funds columns, page 2 (untitled) 一级指标, 三级指标
    /// and the scores but not 年初预算数; each column's text starts at the
    /// same x on both pages. Page 2 goes on with the form in the union of
    /// both pages' columns, ten (before: it matched neither page 1's columns
    /// nor its boundaries and stood as a table of its own, page 1 read in
    /// eight columns and page 2 in nine: no row exact).
    @Test func formColumnsSplitOverPagesAreOneGrid() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-columns-split-over-pages.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.title == "西安市级采供血业务经费项目绩效自评表")
        #expect(table.pages == [1, 2])
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == 14)
        #expect(rows[1] == ["主管部门", "", "西安市卫生健康委员会", "", "", "", "实施单位", "", "西安市中心血站", ""])
        #expect(rows[3] == ["", "", "年度资金总额", "", "785.31", "785.31", "703.27", "10", "89.55%", "8.96"])
        #expect(rows[6] == ["年度目标", "", "保障全市临床用血需求。", "", "", "", "", "", "", ""])
        #expect(rows[7] == ["绩效指标", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
        #expect(rows[10] == ["", "", "成本指标", "项目完成成本", "", "785.31", "703.27", "12.5", "11.19", "细化预算"])
        #expect(rows[13] == ["总分", "", "", "", "", "", "", "100", "95.65", ""])
    }

    /// Samples/form-labels-stacked-over-funds.pdf: the opening of a
    /// 项目支出绩效自评表 ruled between rows only, as Chromium prints it: the
    /// labels `项目名称`, `主管部门` and `项目资金（万元）` start at one x, a
    /// row apart, all above the first line of amounts (header), and the
    /// values beside them wrap to their narrow column's width, both edges
    /// lined up. The stack of labels is a column of its own (before: the
    /// upper labels were taken for group headings and the lowest, with
    /// nothing under it, for the off-centre heading of the value column,
    /// which reached out under it: `采供血业务经费（项目名称 政府采购部分）项目`,
    /// labels and values one column, no row exact).
    @Test func labelsStackedLeftAreAColumnOfTheirOwn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-labels-stacked-over-funds.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "采供血业务经费（政府采购部分）项目", "", "", "", ""],
            ["主管部门", "西安市卫生健康委员会", "", "实施单位", "西安市中心血站", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "得分"],
            ["", "年度资金总额", "785.31", "785.31", "703.27", "8.96"],
            ["", "其中：当年财政拨款", "785.31", "785.31", "703.27", "—"],
            ["", "上年结转资金", "", "", "", "—"],
            ["", "其他资金", "", "", "", "—"],
        ])
    }

    /// Samples/form-cell-over-whole-pages.pdf: a 项目支出绩效目标表 without
    /// rules whose first 绩效目标, wrapped down a narrow column, runs over the
    /// rest of page 1 and the whole of pages 2 and 3, each a column of
    /// one-word lines and nothing else (Writer breaks a row so); page 4 goes
    /// on with the project's other indicator rows. Pages 2 and 3 are read as
    /// the form's continuation in its one column, one cell each, joined to
    /// the cut row; page 4's rows, printing in columns whose cells closed on
    /// page 1, are rows of their own. Before, a page whose lines are all one
    /// word was never read for a table (nor a continuation printing in one
    /// column): the goal's rest was lost and the form ended on page 1, one
    /// row of ten exact.
    @Test func cellRunningOverWholePagesStaysInItsRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-cell-over-whole-pages.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.pages == [1, 2, 3, 4])
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == 11)
        let goal = "项目期目标：" + (1...20).map { n in
            "\(n).组织社区养老服务设施开展第\(n)批助餐、助浴、助洁服务，覆盖老年人不少于\(n)00人次，服务质量达到行业规范要求。"
        }.joined() + "21."
        #expect(rows[0] == ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"])
        #expect(rows[1] == ["社区养老服务设施运营补助", goal, "满意度指标", "社会效益指标", "享受补助的服务对象人数", "明显提升"])
        #expect(rows[2] == ["", "", "产出指标", "时效指标", "资金拨付及时率", "=100%"])
        #expect(rows[5] == ["", "", "成本指标", "经济成本指标", "总支出成本控制率", "≤100%"])
        #expect(rows[6] == ["居家养老服务补贴", "为经济困难老年人提供居家养老服务补贴，保障其基本生活。", "满意度指标", "社会效益指标",
                            "享受补助的服务对象人数", "明显提升"])
        #expect(rows[9] == ["", "", "满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%"])
    }

    /// Samples/form-one-word-lines-continued.pdf: a 项目支出绩效目标表
    /// without rules whose indicator rows go on over the page break in two
    /// of its columns, each 三级指标 wrapped over two lines and its 指标值
    /// centred beside them (a browser sets a form so), no two words of page
    /// 2 on one line. Page 2 is read as the form's continuation in its
    /// columns: each column's lines start at one x, where its cells start on
    /// page 1. Before, a page whose lines are all one word went on with a
    /// form in one column only: page 2 was no table and its eleven rows lost.
    @Test func oneWordLinesGoOnWithAFormInTwoColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-one-word-lines-continued.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.pages == [1, 2])
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == 33)
        #expect(rows[0] == ["一级指标", "二级指标", "三级指标", "指标值"])
        #expect(rows[1] == ["产出指标", "数量指标", "东城社区养老服务设施助餐服务覆盖人次", "≥100人"])
        #expect(rows[21] == ["", "", "南郊区社区养老服务设施助餐服务覆盖人次", "≥2100人"])
        #expect(rows[22] == ["", "", "东郊区社区养老服务设施助餐服务覆盖人次", "≥2200人"])
        #expect(rows[23] == ["", "", "西郊区社区养老服务设施助餐服务覆盖人次", "≥2300人"])
        #expect(rows[32] == ["", "", "农业区社区养老服务设施助餐服务覆盖人次", "≥3200人"])
    }

    /// The rows of the Sample's one table, a titled form of `rowCount` rows (11 unless told) read over pages 1 and 2.
    /// Samples/form-opening-wider-label.pdf: the form of
    /// form-opening-with-funds broken before its indicator block, its goal's
    /// label on page 1 five glyphs wide (`年度总体目` over `标完成情况`),
    /// page 2's labels four (`绩效指标`): the label reaches past the middle
    /// of the corridor page 2 leaves after its first column, inside its own
    /// column. The opening is the form's (before: the label read as crossing
    /// into the next column, the opening was lost and its fields read as
    /// the header of a table of amounts).
    @Test func openingLabelWiderThanTheNextPagesIsTheForms() throws {
        let rows = try formOverTwoPages("form-opening-wider-label.pdf", rowCount: 12)
        #expect(rows[6] == ["年度总体目标完成情况", "提升养老服务能力，保障服务对象生活。", "", "", "", "", "", ""])
        // Every other row as form-opening-with-funds reads it (formOpeningWithFundsIsNoTableOfItsOwn).
        let funds = try formOverTwoPages("form-opening-with-funds.pdf", rowCount: 12)
        #expect(rows.indices.filter { $0 != 6 && rows[$0] != funds[$0] } == [])
    }

    /// Samples/form-opening-under-form-unruled.pdf: one form ends at its
    /// `总分` on page 1, the next form's title, unit and opening (fields,
    /// funds headings, `年度资金总额`) follow it at the foot, and page 2
    /// opens with the rest of the second form. The title under the first
    /// form ends it there, so the foot is the second form's opening: two
    /// forms, the second over both pages (before: page 1 read as ending with
    /// the first form, whose continuation page 2 might be; the opening was
    /// never looked for, and the second form lost its fields and funds).
    @Test func openingUnderAFormEndingOnThePageIsTheNextForms() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-opening-under-form-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        let table = try #require(drawn.tables.last)
        #expect(table.title == "2026年居家养老上门服务项目绩效目标表")
        #expect(table.pages == [1, 2])
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == 12)
        #expect(rows[0] == ["项目名称", "", "居家养老上门服务项目", "", "", "", "", ""])
        #expect(rows[2] == ["项目资金（万元）", "", "", "", "年初预算数", "全年预算数", "全年执行数", "得分"])
        #expect(rows[3] == ["", "", "年度资金总额", "", "31.50", "31.50", "20.00", "9.30"])
        #expect(rows[4] == ["", "", "其中：财政拨款", "", "31.50", "31.50", "20.00", "9.30"])
        #expect(rows[6] == ["年度目标", "提升养老服务能力，保障服务对象生活。", "", "", "", "", "", ""])
        #expect(rows[11] == ["总分", "", "", "", "", "", "", "59.30"])
    }

    private func formOverTwoPages(_ sample: String, rowCount: Int = 11) throws -> [[String]] {
        let drawn = try Converter().convert(path: Fixtures.sample(sample))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.title == "2026年社区养老服务补助项目绩效目标表")
        #expect(table.pages == [1, 2])
        let rows = table.rows.map { texts($0.cells) }
        try #require(rows.count == rowCount)
        return rows
    }

    /// Samples/indicator-names-form-unruled.pdf: a 部门整体绩效目标表 printed
    /// without rules, as a browser prints 重庆市规划和自然资源局's: the
    /// year's goal set from the left over the whole width, then the indicator block under
    /// `绩效指标 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重(%) | 是否核心`,
    /// no indicator level (`一级指标`) printed, each indicator's name wrapped
    /// in its narrow cell, the values centred beside it. A heading line that
    /// names two columns of an indicator block opens a form as level
    /// headings do (before: only two level headings opened one; as a table
    /// of amounts it was not found, every row lost).
    @Test func indicatorNamesWithoutLevelsOpenAForm() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("indicator-names-form-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [
            ["当年整体绩效目标", "", "", "", "", "", ""],
            ["一是加快推进国土空间总体规划优化实施，加快推进成渝地区双城经济圈建设实施。二是统筹山水林田湖草沙系统保护修复，持续完善自然资源调查监测体系。", "", "", "", "", "", ""],
            ["绩效指标", "指标名称", "指标性质", "指标值", "计量单位", "指标权重(%)", "是否核心"],
            ["", "每年开采监测覆盖面积", "≥", "8", "万平方公里", "15", "是"],
            ["", "国土空间规划实施体检成果", "＝", "1", "套", "15", "是"],
            ["", "提交找矿靶区数量", "≥", "7", "处", "10", "是"],
            ["", "地灾隐患点群众避险搬迁人数", "≥", "5000", "人", "15", "是"],
            ["", "恢复耕地年度利用率", "≥", "90", "%", "10", "否"],
        ])
    }
}
