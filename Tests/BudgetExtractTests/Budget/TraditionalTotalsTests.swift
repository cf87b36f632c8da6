import Testing
@testable import BudgetExtract

/// Totals printed in traditional characters (`合計`, `總計`, `小計`, a bare
/// `計`) are totals, ranked as `合计`, `总计`, `小计` are
/// (Samples/traditional-totals.pdf, after tw_moa 用人費用彙計表 p70).
@Suite("Traditional totals")
struct TraditionalTotalsTests {
    @Test func traditionalTotalWordsRankAsSimplifiedOnes() {
        #expect(TotalRank(label: "小 計") == .subtotal)
        #expect(TotalRank(label: "合          計") == .total)
        #expect(TotalRank(label: "負債及基金餘額合計") == .total)
        #expect(TotalRank(label: "總 計") == .grandTotal)
        #expect(TotalRank(label: "計") == .total)
        #expect(TotalRank(label: "合计") == .total)
        #expect(TotalRank(label: "提升農業經營及發展計畫") == nil)
        #expect(TotalRank(label: "其中：小計") == nil)
    }

    /// 小計 rows add up their group's items and 合計 the 小計 rows, in every
    /// amount column; the 合計 column, followed by 兼任人員 and the higher
    /// 總計, adds up the columns before it, 薪資 and 獎金.
    @Test func theSampleChecksItsTotals() throws {
        let document = try Converter().convert(path: Fixtures.sample("traditional-totals.pdf"))
        #expect(document.tables.count == 1)
        #expect(document.tables[0].rows.map { $0.cells[0]?.text } == ["正式人員", "聘僱人員", "小計", "約用人員", "技工工友", "駐衛警察", "小計", "合計"])
        let rows = document.checks.filter { $0.rule == .totalRow }
        #expect(rows.count == 15)
        #expect(rows.allSatisfy { $0.outcome == .pass })
        #expect(rows.prefix(3).map(\.description) == ["小計 = 正式人員 + 聘僱人員 (薪資)", "小計 = 約用人員 + 技工工友 + 駐衛警察 (薪資)",
                                                      "合計 = 小計 + 小計 (薪資)"])
        let columns = document.checks.filter { $0.rule == .totalColumn }
        #expect(columns.count == 8)
        #expect(columns.allSatisfy { $0.outcome == .pass && $0.parts.map(\.column) == [1, 2] && $0.total.column == 3 })
        #expect(columns.first?.description == "正式人員: 合計 = 薪資 + 獎金")
        #expect(document.checks.allSatisfy { $0.outcome == .pass })
    }
}
