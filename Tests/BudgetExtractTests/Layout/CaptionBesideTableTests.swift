import Testing
@testable import BudgetExtract

/// A caption printed right of a table narrower than the page, clear of it
/// (a centred title, a unit flush with the right margin), is that table's.
@Suite("Captions beside a narrow table")
struct CaptionBesideTableTests {
    private func texts(_ row: PrintedRow) -> [String?] { row.map { $0?.text } }

    /// Samples/unit-beside-narrow-table.pdf: tables narrower than the page,
    /// each under a unit line set flush with the page's right margin, clear
    /// of the table (a web page's table as wide as its columns under a
    /// right-aligned `单位：元`): two on page 1 in different units, a third
    /// on page 2. Each is read with its own unit (before: a caption line
    /// right of the table was never looked at, and all three had none).
    @Test func aUnitLineRightOfANarrowTableIsItsUnit() throws {
        let document = try Converter().convert(path: Fixtures.sample("unit-beside-narrow-table.pdf"))
        #expect(document.tables.map(\.title) == ["2026年一般公共预算支出表", "2026年政府性基金预算支出表", "2026年国有资本经营预算支出表"])
        #expect(document.tables.map(\.unit) == ["元", "万元", "千元"])
        #expect(document.tables.map(\.pages) == [[1], [1], [2]])
        #expect(document.tables.map(\.notes) == [[], [], []])
        #expect(document.tables.map { $0.rows.map { texts($0.cells) } } == [[
            ["201", "一般公共服务支出", "1,278,870", "848,620"],
            ["2010301", "行政运行", "848,620", "848,620"],
            [nil, "合计", "1,278,870", "848,620"],
        ], [
            ["212", "城乡社区支出", "75.00", nil],
            [nil, "合计", "75.00", nil],
        ], [
            ["223", "国有资本经营预算支出", "12"],
            [nil, "合计", "12"],
        ]])
    }

    /// Samples/title-beside-narrow-table.pdf: a narrow table at the left
    /// margin of a landscape page, its title centred on the page and its
    /// unit flush with the right margin, both clear of it; on page 2 a
    /// table of the same columns whose title and unit share one baseline
    /// there. Each keeps its title and unit and starts on its own page
    /// (before: no title was read, and the untitled second table was joined
    /// onto the first, without a unit).
    @Test func aTitleCentredOnThePageRightOfANarrowTableIsItsTitle() throws {
        let document = try Converter().convert(path: Fixtures.sample("title-beside-narrow-table.pdf"))
        #expect(document.tables.map(\.title) == ["2026年一般公共预算基本支出表", "2026年政府采购预算表"])
        #expect(document.tables.map(\.unit) == ["万元", "元"])
        #expect(document.tables.map(\.pages) == [[1], [2]])
        #expect(document.tables.map(\.notes) == [[], []])
        #expect(document.tables.map { $0.rows.map { texts($0.cells) } } == [[
            ["301", "工资福利支出", "823.40"],
            ["30101", "基本工资", "310.20"],
            ["302", "商品和服务支出", "96.15"],
            [nil, "合计", "919.55"],
        ], [
            ["A02", "办公设备", "48,000"],
            ["C08", "物业管理服务", "120,000"],
            [nil, "合计", "168,000"],
        ]])
    }
}
