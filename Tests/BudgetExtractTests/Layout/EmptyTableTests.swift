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
}
