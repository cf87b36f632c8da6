import Testing
@testable import BudgetExtract

@Suite("Ruled grids")
struct RuledGridTests {
    /// A 3×3 grid from x 0…300 and y 0…90, whose rule between the first two
    /// cells of the top row is missing (a merged cell), with a short stroke
    /// that is not a rule.
    static let rulings: [Ruling] = [
        Ruling(.horizontal, at: 0, from: 0, to: 300),
        Ruling(.horizontal, at: 30, from: 0, to: 300),
        Ruling(.horizontal, at: 60, from: 0, to: 300),
        Ruling(.horizontal, at: 90, from: 0, to: 300),
        Ruling(.vertical, at: 0, from: 0, to: 90),
        Ruling(.vertical, at: 100, from: 30, to: 90),
        Ruling(.vertical, at: 200, from: 0, to: 90),
        Ruling(.vertical, at: 300, from: 0, to: 90),
        Ruling(.vertical, at: 150, from: 62, to: 70),  // a tick, not a column
    ]

    /// Groups come in the order of their first rule, whatever the process's
    /// hashing seed: the same page always gives the same grids.
    @Test func groupsComeInTheOrderOfTheirFirstRule() {
        let crosses = (0..<8).flatMap { index -> [Ruling] in
            let x = Double(index) * 100
            return [Ruling(.vertical, at: x + 50, from: 0, to: 40), Ruling(.horizontal, at: 20, from: x + 10, to: x + 90)]
        }
        let groups = RuledGridFinder.connectedGroups(crosses)
        #expect(groups.map { $0.map(\.position) } == (0..<8).map { [Double($0) * 100 + 50, 20] })
    }

    @Test func findsTheGridAndItsMergedCell() throws {
        let grids = RuledGridFinder.grids(from: Self.rulings)
        let grid = try #require(grids.first)
        #expect(grids.count == 1)
        #expect(grid.columns == [0, 100, 200, 300])
        #expect(grid.rows == [0, 30, 60, 90])
        #expect(grid.joinsRight(row: 0, column: 0))
        #expect(!grid.joinsRight(row: 1, column: 0))
        #expect(!grid.joinsDown(row: 0, column: 2))
    }

    @Test func mergedCellTextGoesToItsTopLeftSlot() throws {
        let grid = try #require(RuledGridFinder.grids(from: Self.rulings).first)
        let page = glyphs("收入预算", x: 60, y: 10)          // centred over the merged header cell
            + glyphs("金额", x: 230, y: 10)
            + glyphs("合计", x: 10, y: 40) + glyphs("1,250.05", x: 210, y: 40, size: 8, advance: 5)
            + glyphs("小计", x: 10, y: 70) + glyphs("20", x: 110, y: 70) + glyphs("3.5", x: 260, y: 70, size: 8, advance: 5)
        let table = RuledTableBuilder.table(from: grid, glyphs: page, page: 1)
        #expect(table.columnCount == 3)
        #expect(table.header.map(texts) == [["收入预算", "", "金额"]])
        #expect(table.rows.map(texts) == [["合计", "", "1,250.05"], ["小计", "20", "3.5"]])
    }

    /// A grid of rules between rows may hold no row at all (one boundary
    /// each way it spans): it reads as an empty table whose frame is open
    /// below nowhere (before the frame's continuation looked at its last
    /// row's side rules, such a grid on a wkhtmltopdf page stopped the converter).
    @Test func aGridOfNoRowReadsAsAnEmptyTable() {
        let grid = RuledGrid(columns: [0, 100, 200], rows: [50], horizontalEdges: [[true, true]], verticalEdges: [])
        let table = RuledTableBuilder.table(from: grid, glyphs: [], page: 1)
        #expect(table.rows.isEmpty && table.header.isEmpty)
        #expect(!table.frameOpenBelow)
    }

    @Test func doubleRulesAreOneBoundary() throws {
        var rulings = Self.rulings
        rulings.append(Ruling(.horizontal, at: 33, from: 0, to: 300))
        let grid = try #require(RuledGridFinder.grids(from: rulings).first)
        #expect(grid.rowCount == 3)
    }

    @Test func openSidedTableEndsWhereItsRulesEnd() throws {
        // No top rule: the table continues from the page before.
        let rulings = Self.rulings.filter { !($0.orientation == .horizontal && $0.position == 0) }
        let grid = try #require(RuledGridFinder.grids(from: rulings).first)
        #expect(grid.rows == [0, 30, 60, 90])
    }

    @Test func separateGroupsOfRulesAreSeparateGrids() {
        let lower = Self.rulings.map { ruling -> Ruling in
            var moved = ruling
            if ruling.orientation == .horizontal { moved.position += 200 } else { moved.start += 200; moved.end += 200 }
            return moved
        }
        #expect(RuledGridFinder.grids(from: Self.rulings + lower).count == 2)
    }

    /// Rules 6.5 pt apart are one double rule next to text of 9 pt, and two
    /// rows around text of 4.5 pt.
    @Test func theTypeInsideSetsHowThinACellMayBe() throws {
        let rulings = [0.0, 6.5, 13, 19.5].map { Ruling(.horizontal, at: $0, from: 0, to: 100) }
            + [0.0, 50, 100].map { Ruling(.vertical, at: $0, from: 0, to: 19.5) }
        let tiny = [Glyph(character: "1", box: Rect(x0: 10, y0: 1, x1: 13, y1: 5.5))]
        let normal = [Glyph(character: "1", box: Rect(x0: 10, y0: 1, x1: 15, y1: 10))]
        #expect(try #require(RuledGridFinder.grids(from: rulings, glyphs: tiny).first).rowCount == 3)
        #expect(RuledGridFinder.grids(from: rulings, glyphs: normal).first?.rowCount != 3)
    }

    /// Samples/rules-between-small-rows.pdf: a table ruled between rows
    /// only in 6-point type, its rows ruled 6.9 points apart (wkhtmltopdf
    /// shrinks a page to fit), each year's rows opening with a row of its
    /// label alone. Where a stack's usual row is thinner than
    /// ``TableSettings/minimumCellPoints``, rules that close part rows
    /// (``RuledGridFinder/minimumCell(for:glyphs:)``, as in a ruled grid).
    /// Before, they were taken for double rules: each year's label went
    /// into the row above (`獎勵輔導造林計畫上年度預算數`).
    @Test func rulesBetweenSmallRowsPartEveryRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-between-small-rows.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.header.map { texts($0) } == [["年度及項目", "單位", "數量", "單價（元）", "預(決)算數"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["合計", "", "", "", "7,869,440"],
            ["本年度預算數", "", "", "", ""],
            ["森林遊樂場域服務", "人次", "4,003,000", "17,313.00", "693,037"],
            ["森林台車運輸", "人次延人公里", "540,000", "6,499.00", "35,092"],
            ["林業鐵路運輸", "", "12,936,209", "3,285.00", "424,916"],
            ["獎勵輔導造林計畫", "", "", "", "480,117"],
            ["上年度預算數", "", "", "", ""],
            ["森林遊樂場域服務", "人次", "3,912,000", "17,563.00", "694,271"],
            ["森林台車運輸", "人次延人公里", "531,000", "6,189.00", "34,221"],
            ["林業鐵路運輸", "", "12,556,209", "3,455.00", "411,916"],
            ["獎勵輔導造林計畫", "", "", "", "463,117"],
            ["前年度決算數", "", "", "", ""],
            ["森林遊樂場域服務", "人次", "3,821,000", "17,813.00", "695,505"],
            ["森林台車運輸", "人次延人公里", "522,000", "5,879.00", "33,350"],
            ["林業鐵路運輸", "", "12,176,209", "3,625.00", "398,916"],
            ["獎勵輔導造林計畫", "", "", "", "446,117"],
            ["112年度決算數", "", "", "", ""],
            ["森林遊樂場域服務", "人次", "3,730,000", "18,063.00", "696,739"],
            ["森林台車運輸", "人次延人公里", "513,000", "5,569.00", "32,479"],
            ["林業鐵路運輸", "", "11,796,209", "3,795.00", "385,916"],
            ["獎勵輔導造林計畫", "", "", "", "429,117"],
            ["111年度決算數", "", "", "", ""],
            ["森林遊樂場域服務", "人次", "3,639,000", "18,313.00", "697,973"],
            ["森林台車運輸", "人次延人公里", "504,000", "5,259.00", "31,608"],
            ["林業鐵路運輸", "", "11,416,209", "3,965.00", "372,916"],
            ["獎勵輔導造林計畫", "", "", "", "412,117"],
        ])
    }

    /// A table ruled between rows only, as Chromium prints it (full-width
    /// rules between the rows, no column rules, amounts right-aligned), the
    /// first row's name wrapped over two lines beside its amounts: the rules
    /// delimit the rows, the columns come from the text's alignment
    /// (``RowRuledGrids``). Before, the rules were passed by and the table
    /// read as one without rules: `上海市某某局（` went into the header, the
    /// first row kept only `本级）合计`.
    @Test func rulesBetweenRowsOnlyDelimitTheRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-between-rows.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(!table.ruled)  // its columns are the text's
        #expect(table.header.map { texts($0) } == [
            ["科目编码", "科目名称", "本年收入", "", "", ""],
            ["", "", "合计", "财政拨款", "事业收入", "其他收入"],
        ])
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "上海市某某局（本级）合计", "25,905.08", "25,763.40", "", "141.68"],
            ["205", "教育支出", "54.94", "54.94", "", ""],
            ["20508", "进修及培训", "54.94", "54.94", "", ""],
            ["208", "社会保障和就业支出", "25,763.40", "25,663.40", "", "100.00"],
            ["20805", "行政事业单位养老支出", "25,739.76", "25,639.76", "", "100.00"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "12,178.32", "12,078.32", "", "100.00"],
            ["2080506", "机关事业单位职业年金缴费支出", "6,089.85", "6,089.85", "", ""],
            ["20899", "其他社会保障和就业支出", "23.64", "23.64", "", ""],
            ["210", "卫生健康支出", "86.74", "45.06", "", "41.68"],
            ["21011", "行政事业单位医疗", "86.74", "45.06", "", "41.68"],
        ])
    }

    /// A table ruled between rows only, each row by the rule under it (as
    /// LibreOffice Calc prints a cell's bottom border), continued on page 2
    /// without its header, where no row fills the last three columns: page
    /// 2's first row has no rule over it, and its last filled column
    /// (项目支出) runs out to the rules' right end. A line of amounts one
    /// row's height beyond a stack's first or last rule, alone in that band,
    /// is the row the page break cut the other rule off (``RowRuledGrids``),
    /// and a continued column is matched where its cells print
    /// (``TableStitcher/alignedMapping(_:after:)``). Before, page 2's first
    /// row was lost, and its 项目支出 went into the 上缴支出 column.
    @Test func aRowOverThePagesFirstRuleIsTheTables() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-under-rows-continued.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        func money(_ units: Int) -> String {
            units >= 1000 ? "\(units / 1000),\(padded(units % 1000, 3)).00" : "\(units).00"
        }
        let filled = [3, 13, 23]
        let items = (1...44).map { n in
            ["2100" + padded(n, 3), "卫生事务" + padded(n, 2), money(1000 + 37 * n), money(600 + 21 * n), money(400 + 16 * n)]
                + (1...3).map { k in filled.contains(n) ? money(10 * n + k) : "" }
        }
        let total = ["", "合计", money((1...44).reduce(0) { $0 + 1000 + 37 * $1 }),
                     money((1...44).reduce(0) { $0 + 600 + 21 * $1 }), money((1...44).reduce(0) { $0 + 400 + 16 * $1 })]
            + (1...3).map { k in money(filled.reduce(0) { $0 + 10 * $1 + k }) }
        #expect(table.rows.map { texts($0.cells) } == [total] + items)
    }

    /// A performance table ruled between rows only, each row by the rule
    /// under it (Calc's bottom borders), continued on pages 2 and 3 without
    /// its header: its 指标值 column sets words left (`效果显著`) and figures
    /// right (`100`), and no row fills its 其他资金. A page that goes on with
    /// nothing above its rules but its first row, the rules spanning the width
    /// of the table on the page before, each word inside one of its columns, is read in
    /// those columns (``RowRuledGrids/continuedColumns(_:left:right:lines:)``),
    /// its first row, which no rule closes above and which prints no amount
    /// (`效果明显`), included. Before, that row of pages 2 and 3 was lost (and
    /// a page whose columns its own rows do not show, 北京市政府办公厅's 项目支出绩效目标表
    /// on Calc's print, was a table of its own, every row a column off).
    @Test func aHeaderlessContinuationIsReadInTheColumnsOfThePageBefore() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-under-rows-values-continued.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        let kinds = [("产出指标", "苗木成活数", "95", "株"), ("效益指标", "提高苗木品质", "效果显著", ""),
                     ("产出指标", "栽植数量", "100", "株"), ("满意度指标", "满意度调查", "90", "次"),
                     ("效益指标", "达到示范效果", "效果明显", ""), ("成本指标", "苗木费", "272.3192", "万元")]
        let rows = (1...90).map { n in
            let (level, name, value, unit) = kinds[n % kinds.count]
            return [level, name + (n < 10 ? "0\(n)" : "\(n)"), value, unit, ""]
        }
        #expect(table.rows.map { texts($0.cells) } == rows)
    }

    /// A performance table ruled between rows only, continued on pages 2 and
    /// 3 without its header, whose indicators there have words for values
    /// (`2022年12月30日前完成`, `50万元`, `逐年增长`): those pages print no line
    /// of amounts. Rules spanning the width of the table on the page before
    /// and words each inside one of its columns continue it, amounts or none
    /// (``RowRuledGrids/continuedColumns(_:left:right:lines:)``). Before, a
    /// page ruled between rows was a table only when three of its lines printed
    /// amounts: pages 2 and 3 were no table and their 57 rows were lost
    /// (wkhtmltopdf's and Chromium's 西安市商务局 绩效目标表, pages of 指标内容 and 指标值 only).
    @Test func aContinuationWithoutAmountsIsReadInTheColumnsOfThePageBefore() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-under-rows-word-values-continued.pdf"))
        #expect(drawn.tables.count == 1)
        #expect(drawn.tables.first?.columnCount == 5)
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == Self.indicatorRows(1...90) { $0 <= 30 })
    }

    /// The indicators of the samples whose values are words past their
    /// first pages: rows `numbers`, `figured` those with figures for values.
    private static func indicatorRows(_ numbers: ClosedRange<Int>, figured: (Int) -> Bool) -> [[String]] {
        let figures = [("产出指标", "苗木成活数", "95", "株"), ("产出指标", "栽植数量", "100", "株"),
                       ("成本指标", "苗木费", "272.3192", "万元")]
        let words = [("时效指标", "完成时间", "2022年12月30日前完成", ""), ("成本指标", "运维费用", "50万元", ""),
                     ("效益指标", "外贸进出口总值", "逐年增长", ""), ("满意度指标", "服务对象满意度", "效果显著", "")]
        return numbers.map { n in
            let (level, name, value, unit) = figured(n) ? figures[n % figures.count] : words[n % words.count]
            return [level, name + (n < 10 ? "0\(n)" : "\(n)"), value, unit, ""]
        }
    }

    /// The table of rules-under-rows-word-values-continued.pdf whose page 3
    /// prints its last rows, two with figures, and its closing `总分 100`
    /// line, then the next table under its own title. A continuation page
    /// printing fewer than three lines of amounts is read in the columns of
    /// the page before, no line of it header
    /// (``RowRuledGrids/grid(of:rulings:glyphs:continuing:)``); the next
    /// table, a title above its rules, stays a table of its own. Before,
    /// only a page of no amounts at all was so read: page 3, with a line or
    /// two, was no table and its 23 rows were lost (Chromium's and
    /// wkhtmltopdf's 西安市卫生健康委员会 项目绩效自评表, `总分 100 84`).
    @Test func aContinuationClosingWithATotalJoinsAndTheNextTableStandsAlone() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rules-under-rows-closing-total-then-next-table.pdf"))
        #expect(drawn.tables.count == 2)
        let total = ["总分", "", "100", "", ""]
        #expect(drawn.tables.first?.columnCount == 5)
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == Self.indicatorRows(1...90) { $0 <= 30 || $0 > 88 } + [total])
        let next = try #require(drawn.tables.last)
        #expect(next.title == "2022年医疗设备购置项目绩效目标表")
        // The figures in the order of indicators 03-08 (`苗木成活数`, `栽植数量`, `苗木费`, twice), numbered 01-06.
        let following = zip(1...6, Self.indicatorRows(3...8) { _ in true }).map { n, row in
            [row[0], String(row[1].dropLast(2)) + "0\(n)"] + row.dropFirst(2)
        }
        #expect(next.rows.map { texts($0.cells) } == following + [total])
    }

    /// A performance form ruled between rows only (Chromium): 项目名称, 主管部门
    /// and 资金金额 rows, then its indicators under their own header row
    /// `年度绩效指标 一级指标 二级指标 指标内容 指标值 备注`, whose first and last
    /// columns no row of amounts fills. That row, a line without amounts
    /// with a word over every column of amounts, names the columns the body
    /// leaves empty (``RowRuledGrids``' section headers). Before, the rows
    /// above the first amount were the only header, which names neither:
    /// 备注 went into 指标值 (`指标值 备注`), and in Chromium's print the
    /// label column into 一级指标 beside it: four or five columns for six.
    @Test func aFormsSectionHeaderNamesItsEmptyColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-ruled-between-rows.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "", "", "科技计划项目管理费", "", ""],
            ["主管部门", "", "", "西安市科学技术局", "", ""],
            ["资金金额(万元)", "", "", "实施期资金总额：", "696.10", ""],
            ["", "", "", "其中：财政拨款", "696.10", ""],
            ["", "", "", "其他资金", "", ""],
            ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "评审考察项目（个）", "600", ""],
            ["", "", "", "验收项目（个）", "300", ""],
            ["", "", "", "绩效评价项目（个）", "100", ""],
            ["", "", "质量指标", "科技活动周重大科技活动", "5", ""],
            ["", "", "成本指标", "项目评审会议及专家劳务费", "60", ""],
            ["", "", "", "项目调研等费用", "30", ""],
            ["", "效益指标", "社会效益指标", "为科技项目提供服务支撑", "作用明显", ""],
            ["", "满意度指标", "服务对象满意度", "科研服务对象满意率", "90%以上", ""],
        ])
    }

    /// A table ruled between rows only whose shaded header, repeated at the
    /// top of a page wkhtmltopdf prints through a clip, starts above the
    /// clip: no rule over the header, only its fill's sides standing on the
    /// rule under it. `合计` stands at the left of the 类 column, the codes
    /// at its right. The sides bound the header, which is the table's
    /// (``RowRuledGrids``), and `类` over both makes them one column.
    /// Before, the stack of rules began under the header, the header was
    /// left out, and `合计` made a column of its own: an empty first cell in
    /// every row.
    @Test func aShadedHeaderWithoutATopRuleIsTheTables() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("header-shaded-at-clip-top.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.header.map { texts($0) } == [
            ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"],
            ["类", "款", "项", "", "", "", ""],
        ])
        #expect(table.rows.map { texts($0.cells) } == [
            ["204", "", "", "公共安全支出", "79,189,400.34", "14,348,853.34", "64,840,547.00"],
            ["204", "06", "", "司法", "79,189,400.34", "14,348,853.34", "64,840,547.00"],
            ["204", "06", "01", "行政运行", "14,348,853.34", "14,348,853.34", "0.00"],
            ["204", "06", "04", "基层司法业务", "64,840,547.00", "0.00", "64,840,547.00"],
            ["208", "", "", "社会保障和就业支出", "2,925,857.00", "2,925,857.00", "0.00"],
            ["208", "05", "", "行政事业单位养老支出", "2,925,857.00", "2,925,857.00", "0.00"],
            ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "2,925,857.00", "2,925,857.00", "0.00"],
            ["221", "", "", "住房保障支出", "3,861,459.00", "3,861,459.00", "0.00"],
            ["221", "02", "", "住房改革支出", "3,861,459.00", "3,861,459.00", "0.00"],
            ["221", "02", "01", "住房公积金", "3,861,459.00", "3,861,459.00", "0.00"],
            ["合计", "", "", "", "85,976,716.34", "21,136,169.34", "64,840,547.00"],
        ])
    }

    /// A performance form ruled between rows only whose 资金金额 rows split
    /// its columns otherwise than its indicators: `实施期资金总额：` and its
    /// amount twice, the amount right-aligned so close to the next label
    /// that the two read as one word across the 二级指标 and 指标内容 columns.
    /// The rows under the form's section header part the columns the rows
    /// above join (``RowRuledGrids``). Before, that word joined them for the
    /// whole form: five columns for six, `数量指标 培育国家高新技术企业累计（家）`
    /// in one cell.
    @Test func rowsUnderASectionHeaderPartTheColumnsTheRowsAboveJoin() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-split-otherwise.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "", "", "西安市科技发展专项资金", "", ""],
            ["主管部门", "", "", "西安市科学技术局", "", ""],
            ["资金金额(万元)", "实施期资金总额：", "77,000.00", "实施期资金总额：", "77,000.00", ""],
            ["", "其中：财政拨款", "77,000.00", "其中：财政拨款", "77,000.00", ""],
            ["", "其他资金", "", "其他资金", "", ""],
            ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "培育国家高新技术企业累计（家）", "8700", ""],
            ["", "", "", "建设社会发展示范项目（项）", "10", ""],
            ["", "", "", "高校人才服务企业项目（项）", "100", ""],
            ["", "", "", "科技型中小企业评价入库（家）", "10000", ""],
            ["", "", "成本指标", "市财政科技发展专项支出（万元）", "77000", ""],
            ["", "效益指标", "经济效益指标", "技术市场合同交易额（亿元）", "2200", ""],
            ["", "满意度指标", "服务对象满意度", "科技服务对象满意率", "90%以上", ""],
        ])
    }

    /// A performance form ruled between rows only whose indicators' values
    /// are text (`≥1000元/人`): only its three funds lines print amounts
    /// (`20.00` under 三级指标), and they fill neither the labels' column nor
    /// 二级指标. Read as a form without rules, from the corridors of all its
    /// lines, it shows five columns, more than its lines of amounts do:
    /// those are its columns, its rows still the rules' (``RowRuledGrids``).
    /// Before, the columns came from the lines of amounts alone: 二级指标 and
    /// 三级指标 read as one (`经济成本指标 慰问县区困难群众的标准`), four columns for five.
    @Test func aFormWithFewAmountsTakesTheColumnsOfAllItsLines() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-rows-ruled-few-amounts.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "民政服务对象慰问金", "", "", ""],
            ["主管部门", "某某市民政局", "", "实施单位", "某某市民政局"],
            ["专项资金情况（万元）", "资金总额", "", "20.00", ""],
            ["", "财政拨款", "", "20.00", ""],
            ["", "其他资金", "", "0.00", ""],
            ["年度目标", "安排资金用于慰问民政服务对象。", "", "", ""],
            ["绩效目标指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "成本指标", "经济成本指标", "慰问县区困难群众的标准", "≥1000元/人"],
            ["", "", "", "资金总投入", "≤20万元"],
            ["", "产出指标", "数量指标", "开展慰问活动单位数", "≥16个"],
            ["", "", "质量指标", "慰问金发放准确率", "≥100%"],
            ["", "效益指标", "社会效益指标", "慰问困难群体人数", "≥550人"],
            ["", "满意度指标", "服务对象满意度指标", "关于慰问的诉求件数", "≤2件"],
        ])
    }

    /// A performance form ruled between rows only, as Chromium prints a
    /// spreadsheet's form: its `总体目标` one cell set solid across four
    /// columns, its 三级指标 texts wider than the funds' labels over them
    /// (a first line wrapped to the column's edge, its value `=2份` centred
    /// beside the two lines), its 指标值 set left where the funds' amounts
    /// are set right, and an indicator spanning three rows. A word set solid
    /// across a column boundary under the header is a cell spanning the
    /// columns, its text the first's; a boundary goes where no word of the
    /// form's other lines reaches it (``RowRuledGrids/boundary(between:and:lines:)``);
    /// and a line made as tall as two by a value centred beside a wrapped
    /// cell, in the body's type, is no title parting the stack of rules.
    /// Before, the goal was cut at every boundary it crossed, the wrapped
    /// line at the middle of the gap between the funds' labels and amounts,
    /// and the rows under that line were in no table.
    @Test func aRowRuledFormKeepsItsWideAndSpanningCellsWhole() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-rows-ruled-wide-text-cells.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["项目名称", "", "", "烟台市冬季清洁取暖运维管理监督检查项目", "", ""],
            ["主管部门及代码", "", "", "253_某某市住房和城乡建设局", "实施单位", "某某市住房和城乡建设局"],
            ["项目资金（万元）", "", "", "年度预算资金总额：", "88.47", ""],
            ["", "", "", "其中：财政拨款", "88.47", ""],
            ["", "", "", "其他资金", "0.00", ""],
            ["总体目标", "完成禁燃区清洁取暖改造户的督导检查及2018-2024年已实施清洁取暖改造户的运维管理，巩固清洁取暖成果，确保清洁取暖长效运行。",
             "", "", "", ""],
            ["", "一级指标", "二级指标", "三级指标", "指标值", ""],
            ["绩效指标", "成本指标", "经济成本", "项目总成本", "≤88.47万元", ""],
            ["绩效指标", "产出指标", "数量指标", "禁燃区清洁取暖督导检查天数", "≥49.5天", ""],
            ["", "", "", "编制年度禁燃区城中村清洁取暖改造施工及竣工调试督导情况报告", "=2份", ""],
            ["", "", "", "开展清洁取暖运维管理工作户数", "≥0.62万户", ""],
            ["绩效指标", "产出指标", "质量指标", "成果评审合格率", "=100%", ""],
            ["绩效指标", "效益指标", "社会效益指标", "保障群众温暖过冬", "作用显著", ""],
            ["绩效指标", "满意度指标", "服务对象满意度指标", "清洁取暖改造户满意度", "≥90%", ""],
        ])
    }

    /// A 部门整体支出绩效目标表 ruled between rows only (as Chromium prints
    /// it), of nine columns, whose lines of amounts (the funds' line, the
    /// indicators' values) fill five: its label columns (`部门名称`,
    /// `整体绩效目标`, `活动` and the activities) and 其他资金's 基本支出 and
    /// 项目支出 show only in its other lines, as stretches of x no word
    /// crosses (``RowRuledGrids/splittingTextColumns(_:gaps:lines:amounts:rows:)``).
    /// Before, the columns came from the lines of amounts alone: the three
    /// label columns were one, each row's activity and labels run together
    /// in one cell, and 基本支出 and 项目支出 one heading; no row was exact.
    @Test func aRowRuledFormsLabelColumnsAreColumnsOfTheirOwn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("form-rows-ruled-label-columns.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 9)
        #expect(table.rows.map { texts($0.cells) } == [
            ["部门名称", "", "某某委员会办公室", "", "", "", "", "", ""],
            ["总体资金情况（万元）", "", "预算支出总额", "财政拨款", "", "", "其他资金", "", ""],
            ["", "", "", "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出"],
            ["", "", "5,133.74", "5,133.74", "950.09", "4,183.65", "", "", ""],
            ["整体绩效目标", "整体绩效目标", "在市委市政府和委员会的领导下，认真贯彻年度工作重点和工作目标，坚持量入为出，收支平衡，统筹兼顾，厉行节约，注重绩效的原则，全力服务森林城市建设，认真抓好义务植树的宣传发动和组织协调。", "", "", "", "", "", ""],
            ["", "其他说明", "", "", "", "", "", "", ""],
            ["", "活动", "", "绩效指标", "", "指标性质", "指标值", "", "度量单位"],
            ["", "重大植树活动保障", "", "产出指标数量指标白皮松、车梁木等花卉苗木", "", "＝", "413200", "", "株"],
            ["", "重大植树活动保障", "", "产出指标数量指标电动喷雾器、手套等工具", "", "＝", "1759", "", "个"],
            ["", "重大植树活动保障", "", "效益指标社会效益指标提高苗木品质", "", "定性", "效果显著", "", ""],
            ["", "全民义务植树补助", "", "产出指标数量指标宣传报道", "", "＝", "2", "", "个"],
            ["", "全民义务植树补助", "", "产出指标质量指标服务标准", "", "定性", "达到考核工作细则", "", ""],
            ["", "全民义务植树补助", "", "满意度指标服务对象满意度指标群众满意度", "", "≥", "90", "", "%"],
        ])
    }

    /// Samples/wrapped-cells-beside-centred-amounts.pdf: a self-assessment
    /// form ruled all over, as Writer prints it, each cell in the middle of
    /// its row, so narrow that cells wrap: `时效指` over `标`, a year over its
    /// unit (`2022` over `年`), an amount over its unit (`229.9` over `万元`),
    /// a period cut inside its digits over four lines, a serial number over
    /// the rest of its name (`2021-2022` over `年东城区老…`), the scores
    /// (`12.5`) between the lines. Each row is one row (before: a row whose
    /// wrapped cell opened with figures was read as two printed rows, the
    /// figures on the upper line and the centred scores on the lower).
    @Test func wrappedCellsOpeningWithFiguresBesideCentredAmountsAreOneRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("wrapped-cells-beside-centred-amounts.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.rows.map { texts($0.cells) } == [
            ["产出指标", "数量指标", "车位数量", "不少于100个", "不少于100个", "12.5", "12.5"],
            ["", "时效指标", "项目实施时间", "2022年", "2022年", "12.5", "12.5"],
            ["", "成本指标", "征用成本", "230万元", "229.9万元", "12.5", "12.0"],
            // A wrap between Latin characters reads as a space.
            ["", "时效指标", "项目完成时间", "2022.11.1-2 022.1 2.31", "100%", "10.0", "10.0"],
            ["效益指标", "社会效益指标", "2021-2022年东城区老旧小区综合整治", "有所提升", "有所提升", "15.0", "13.0"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "100%", "95%", "10.0", "9.5"],
        ])
    }

    /// Samples/title-between-row-ruled-tables.pdf: two tables ruled between
    /// rows only, as wide, one under the other, as Chromium prints
    /// tw_moa_fund_115's 5年來主要業務計畫分析表 and its 員工人數彙計表: the
    /// second table's title alone in the band between the first table's
    /// last rule and the second's first. It parts them, two tables (before:
    /// alone in its band the title had no smaller type to be measured
    /// against, the rules made one stack and the second table's rows went
    /// into the first one's grid, the second not found).
    @Test func aTitleAloneBetweenTwoRowRuledTablesPartsThem() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("title-between-row-ruled-tables.pdf"))
        #expect(drawn.tables.count == 2)
        let first = try #require(drawn.tables.first), second = try #require(drawn.tables.last)
        #expect(first.title == "農業特別收入基金5年來主要業務計畫分析表")
        #expect(first.rows.map { texts($0.cells) }.count == 12)
        #expect(first.rows.map { texts($0.cells) }.last == ["調整產業或防範措施計畫", "", "", "6,159,115", ""])
        #expect(second.title == "農業特別收入基金員工人數彙計表")
        #expect(second.rows.map { texts($0.cells) } == [
            ["農業發展基金", "8", "-1", "7", ""],
            ["專任人員", "2", "-1", "1", ""],
            ["聘用", "2", "-1", "1", ""],
            ["管理會委員", "6", "－", "6", ""],
            ["林務發展及造林基金", "1", "－", "1", ""],
            ["技工", "1", "－", "1", ""],
            ["總計", "9", "-1", "8", ""],
        ])
    }
}
