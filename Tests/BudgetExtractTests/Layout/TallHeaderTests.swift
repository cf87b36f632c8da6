import Testing
@testable import BudgetExtract

@Suite("Tall headers of tables without rules")
struct TallHeaderTests {
    /// Samples/headings-above-tall-wrapped-unruled.pdf: a 支出总表 without
    /// rules as LibreOffice Writer prints 深圳市民政局's, the headings of its
    /// last two narrow columns wrapped over five and six lines and centred
    /// on the header's tall lower row, so that eight lines of the header
    /// print below the line of the short headings (`预算单位 科目编码 科目名称
    /// 支出总计 …`). The header reaches that line: `预算单位` heads a column of
    /// its own, which holds the department's name on the first row only, and
    /// each row has its twelve cells. Before, the header was the wrapped
    /// headings' last four lines: the department's name went to the codes'
    /// column and every row read a cell short (11 columns, no row exact).
    @Test func headingsAboveTallWrappedHeadingsAreTheHeaders() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("headings-above-tall-wrapped-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 12)
        #expect(table.header.flatMap { texts($0) }.contains("预算单位"))
        #expect(table.rows.prefix(4).map { texts($0.cells) } == [
            ["深圳市民政局（本级）", "", "", "13551.25", "2032.69", "11518.56", "0.00", "0.00", "0.00", "1336.81", "334.20", "0.00"],
            ["", "205", "教育支出", "1410.07", "0.00", "1410.07", "0.00", "0.00", "0.00", "470.02", "117.50", "0.00"],
            ["", "20508", "进修及培训", "1410.07", "0.00", "1410.07", "0.00", "0.00", "0.00", "470.02", "117.50", "0.00"],
            ["", "2050803", "培训支出", "1410.07", "0.00", "1410.07", "0.00", "0.00", "0.00", "470.02", "117.50", "0.00"],
        ])
        #expect(table.rows.last.map { texts($0.cells) } ==
            ["", "2080501", "行政单位离退休", "1950.27", "0.00", "1950.27", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"])
        #expect(table.rows.count == 13)
    }
}
