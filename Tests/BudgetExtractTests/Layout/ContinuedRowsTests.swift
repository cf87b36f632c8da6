import Testing
@testable import BudgetExtract

/// A first row on a continuation page that prints only a label is the rest
/// of the row the page break cut, unless that row is complete: a total.
@Suite("Rows at a page break")
struct ContinuedRowsTests {
    private func row(_ texts: String...) -> PrintedRow {
        texts.enumerated().map { index, text in
            text.isEmpty ? nil : PrintedCell(text: text, box: Rect(x0: Double(index) * 100, y0: 0, x1: Double(index) * 100 + 90, y1: 10))
        }
    }

    @Test func aWordUnderATotalStartsANewRow() {
        #expect(!TableStitcher.isCutByPageBreak(row("", "项目支出", ""), after: row("", "小计", "31,413.28")))
        #expect(!TableStitcher.isCutByPageBreak(row("", "项目支出", ""), after: row("", "收 入 总 计", "31,413.28")))
        // The label beside a total in another column may still be cut: 当年收入 | 小计.
        #expect(TableStitcher.isCutByPageBreak(row("小计", "", ""), after: row("当年收入", "13649.07", "当年支出小计")))
        #expect(TableStitcher.isCutByPageBreak(row("", "支出", ""), after: row("", "基本", "31,413.28")))
    }

    /// Samples/after-subtotal.pdf: page 1 ends on 小计, page 2 opens with 项目支出.
    @Test func theGroupHeadingAfterASubtotalIsARow() throws {
        let document = try Converter().convert(path: Fixtures.sample("after-subtotal.pdf"))
        #expect(document.tables.count == 1)
        let table = document.tables[0]
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 42)
        #expect(table.rows[32].cells.map { $0?.text } == [nil, "小计", "31,413.28"])
        #expect(table.rows[33].cells.map { $0?.text } == [nil, "项目支出", nil])
        #expect(table.rows[33].page == 2)
        #expect(table.rows[41].cells.map { $0?.text } == [nil, "合计", "33,709.28"])
    }
}
