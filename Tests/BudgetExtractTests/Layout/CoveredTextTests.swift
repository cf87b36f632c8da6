import Foundation
import Testing
@testable import BudgetExtract

/// Text an opaque image drawn after it hides is not printed: it is in no
/// cell and no title, and the page's account counts it (docs/schema.md, "Pages").
@Suite("Text covered by images")
struct CoveredTextTests {
    /// Samples/covered-by-image.pdf: a stale title above the table and a
    /// word after its title, a stale amount in an empty cell and another
    /// under the amount printed over its picture, each under a white picture.
    @Test func coveredTextIsInNoCellAndNoTitle() throws {
        let document = try Converter().convert(path: Fixtures.sample("covered-by-image.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "2025年部门支出预算表（图片遮盖）")
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["", "合计", "17,391,017.42", "15,836,797.42", "1,554,220.00"],
            ["2010301", "行政运行", "12,029,501.84", "12,029,501.84", ""],
            ["2010350", "事业运行", "3,807,295.58", "3,807,295.58", ""],
            ["2080501", "行政单位离退休", "1,554,220.00", "", "1,554,220.00"],
        ])
        let page = try #require(document.pageAccounts.first)
        #expect(page.coveredByImages == "2024年部门支出预算表（草稿）8,888.883,870,925.58".count)
        #expect(page.notPrinted == page.coveredByImages)
        #expect(page.cells + page.captions + page.furniture + page.prose + page.unplaced + page.notPrinted == page.glyphs)
    }

    /// An account written before images were looked at reads with none covered.
    @Test func anAccountWithoutTheCountReadsAsNoneCovered() throws {
        let json = #"{"page": 3, "glyphs": 10, "cells": 8, "captions": 2, "furniture": 0, "prose": 0, "unplaced": 0, "not_printed": 0, "amounts_outside_tables": []}"#
        let account = try JSONDecoder().decode(PageAccount.self, from: Data(json.utf8))
        #expect(account.coveredByImages == 0 && account.cells == 8 && account.page == 3)
        let again = try JSONDecoder().decode(PageAccount.self, from: JSONEncoder().encode(account))
        #expect(again == account)
    }
}
