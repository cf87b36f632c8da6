import Testing
@testable import BudgetExtract

@Suite("Empty tables without rules")
struct EmptyTableTests {
    /// Samples/empty-fund-table-unruled.pdf: an empty 政府性基金收支表
    /// without rules as LibreOffice Writer prints 西安市政府办公厅's, eight
    /// columns and not one amount, each cell centred vertically in its row:
    /// items wrapped over two lines (`一、政府性` over `基金拨款`), labels of
    /// one line without a number between them (`工资福利支出`), rows printing
    /// the 部门经济 column alone, and the totals without figures. The lines
    /// listing items side by side under the header are its body, and its rows
    /// are read by the gaps between lines. Before, a table needed a line of
    /// amounts, a lone `合计` or items under labels of amounts: no table was found.
    @Test func tableWithoutAnyAmountIsFoundAndReadByItsRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("empty-fund-table-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 8)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、政府性基金拨款", "", "一、科学技术支出", "", "一、人员经费和公用经费支出", "", "一、机关工资福利支出", ""],
            ["", "", "二、文化旅游体育与传媒支出", "", "工资福利支出", "", "二、机关商品和服务支出", ""],
            ["", "", "三、社会保障和就业支出", "", "商品和服务支出", "", "三、机关资本性支出", ""],
            ["", "", "四、节能环保支出", "", "对个人和家庭的补助", "", "四、机关资本性支出（基本建设）", ""],
            ["", "", "五、城乡社区支出", "", "其他资本性支出", "", "五、对事业单位经常性补助", ""],
            ["", "", "六、农林水支出", "", "二、专项业务经费支出", "", "六、对事业单位资本性补助", ""],
            ["", "", "七、交通运输支出", "", "工资福利支出", "", "七、对企业补助", ""],
            ["", "", "八、其他支出", "", "商品和服务支出", "", "八、其他支出", ""],
            ["", "", "", "", "资本性支出(基本建设)", "", "", ""],
            ["", "", "", "", "资本性支出", "", "", ""],
            ["", "", "", "", "对企业补助", "", "", ""],
            ["", "", "", "", "三、上缴上级支出", "", "", ""],
            ["本年收入合计", "", "本年支出合计", "", "本年支出合计", "", "本年支出合计", ""],
        ])
    }

    /// Samples/lone-total-under-lowest-headings-unruled.pdf: tables with
    /// nothing to report printed without column rules as Chromium prints
    /// 上海市's and 福州市's 国有资本经营预算 tables, the body one `合计` at the
    /// table's left edge under no heading of its own. Page 1: headings on
    /// four lines, `功能分类科目名称 合计 基本支出 项目支出` centred on the two
    /// lower rows, `类 款 项` under them, `类` centred over the `合计`'s
    /// column; page 2: `合计 0.00 0.00 0.00` under `科目编码 科目名称 小计`,
    /// `科目名称` over a column no row fills. The lowest headings show the
    /// columns the body's words cannot: each heading of a body column is
    /// known before its neighbours are judged. Before, headings were judged
    /// line by line, left to right, while the `合计`'s column had no heading
    /// yet: page 1 read 2 columns of 7, page 2 read 4 of 5.
    @Test func loneTotalTakesTheColumnsOfTheLowestHeadings() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("lone-total-under-lowest-headings-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        let empty = try #require(drawn.tables.first)
        #expect(empty.columnCount == 7)
        #expect(empty.rows.map { texts($0.cells) } == [["合计", "", "", "", "", "", ""]])
        let zeros = try #require(drawn.tables.dropFirst().first)
        #expect(zeros.columnCount == 5)
        #expect(zeros.rows.map { texts($0.cells) } == [["合计", "", "0.00", "0.00", "0.00"]])
    }

    /// Samples/lone-totals-stacked-unruled.pdf: two tables with nothing to
    /// report printed one under the other without column rules, as
    /// wkhtmltopdf prints 上海市普陀区's 政府性基金 and 国有资本经营预算 tables on
    /// one page, each a title, a unit, headings and one `合计`. After a lone
    /// `合计` the next title and unit are captions that end the table.
    /// Samples/lone-total-then-title-small-unruled.pdf: the same with titles
    /// in a type barely larger than the tables' (12 points over 10), too
    /// small to make a title by size: a line naming a table (`…预算表`) after
    /// a lone `合计` is the next table's title. Before, the block had no
    /// body to end at: the second table's title and headings ran on into the
    /// first's lines and neither table was found.
    @Test(arguments: [("lone-totals-stacked-unruled.pdf", "2025年部门"), ("lone-total-then-title-small-unruled.pdf", "2025年预算单位")])
    func loneTotalEndsItsTableBeforeTheNextTitle(sample: String, titled: String) throws {
        let drawn = try Converter().convert(path: Fixtures.sample(sample))
        #expect(drawn.tables.count == 2)
        #expect(drawn.tables.map(\.title) == [titled + "政府性基金预算支出功能分类预算表", titled + "国有资本经营预算支出功能分类预算表"])
        for table in drawn.tables {
            #expect(table.columnCount == 7)
            #expect(table.rows.map { texts($0.cells) } == [["合计", "", "", "", "", "", ""]])
        }
    }

    /// Samples/lone-total-centred-in-labels-unruled.pdf: tables with nothing
    /// to report printed without column rules, the one `合计` set in the
    /// labels' cells with a heading left of it, as LibreOffice Writer prints
    /// 北京市政府办公厅's and 苏州市交通运输局's empty 国有资本经营预算 and
    /// 政府性基金 tables and Chromium 湖州市交通运输局's. Page 1: `合计` set
    /// left in the `科目名称` cell under `科目编码 科目名称 合计 基本支出 项目支出`
    /// and their group headings; page 2: cells as narrow as their text,
    /// `科目编码 科目名称 项目支出` over `** ** 1`, the `合计` under `科目名称`.
    /// A lone total, last in its block, with a column heading right of it
    /// leaves those columns blank: it is the table's row. Before, a heading
    /// left of it made it a `合计` heading and neither table was found.
    @Test func loneTotalInTheLabelsCellsIsTheRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("lone-total-centred-in-labels-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        let wide = try #require(drawn.tables.first)
        #expect(wide.title == "预算08表国有资本经营预算支出表")
        #expect(wide.columnCount == 5)
        #expect(wide.rows.map { texts($0.cells) } == [["", "合计", "", "", ""]])
        let narrow = try #require(drawn.tables.dropFirst().first)
        #expect(narrow.title == "2026年市级部门国有资本经营预算支出表")
        #expect(narrow.columnCount == 3)
        #expect(narrow.rows.map { texts($0.cells) } == [["", "合计", ""]])
    }

    /// Samples/two-headings-over-column-numbers-unruled.pdf: an empty table
    /// printed without rules under only two headings over a row of column
    /// numbers, as Chromium, wkhtmltopdf and LibreOffice Calc reprint
    /// 杭州市交通运输局's 国有资本经营预算支出预算表: `功能分类科目名称 项目支出`
    /// over `** 1` and the one row `合计`; on page 2 the headings wrap in
    /// narrow cells (`功能分类` over `科目名称`, `项目支` over `出`); on page 3
    /// they stand under half an em apart, one word with a space in it, as
    /// Chromium prints them. A row of column numbers, one under each
    /// heading, shows a printed header, so two headings are enough. Before,
    /// a short table needed three headings and no table was found.
    @Test func twoHeadingsOverColumnNumbersAreAHeader() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("two-headings-over-column-numbers-unruled.pdf"))
        #expect(drawn.tables.count == 3)
        for table in drawn.tables {
            #expect(table.title == "表9：2026年市级部门国有资本经营预算支出预算表")
            #expect(table.columnCount == 2)
            #expect(table.rows.map { texts($0.cells) } == [["合计", ""]])
        }
    }
}
