import Testing
@testable import BudgetExtract

/// A sheet too wide for its page printed "down, then over" (the page order
/// of Excel, WPS and LibreOffice Calc: every row of the first columns, page
/// after page, then the rest of the columns on as many pages after) comes
/// back as one table where the later pages print the same rows at the same
/// heights, each cell with its own page, and stays apart where they do not.
@Suite("Overflow columns")
struct OverflowColumnsTests {
    private static func texts(_ row: PrintedRow) -> [String?] { row.map { $0?.text } }

    /// Ruled, the header repeated on every page, two columns printed two
    /// pages after their rows; the unit printed over page 3 only.
    @Test func ruledColumnsOnLaterPagesJoinRowForRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("overflow-ruled.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2, 3, 4]])
        let table = try #require(document.tables.first)
        #expect(table.columnCount == 5)
        #expect(table.title == "2026年部门支出预算表")
        #expect(table.unit == "万元")
        #expect(table.header.map(Self.texts) == [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]])
        #expect(table.rows.map(\.page) == Array(repeating: 1, count: 32) + Array(repeating: 2, count: 8))
        #expect(Self.texts(table.rows[0].cells) == ["20100", "一般公共服务支出", "1,200.06", "1,000.03", "200.03"])
        #expect(Self.texts(table.rows[31].cells) == ["20401", "行政事业单位养老支出", "4,441.06", "4,441.06", nil])
        #expect(Self.texts(table.rows[32].cells) == ["20402", "卫生健康支出", "5,840.50", "4,552.19", "1,288.31"])
        #expect(Self.texts(table.rows[39].cells) == ["20409", "住房保障支出", "7,730.44", "5,329.10", "2,401.34"])
        #expect(table.overflowColumns == [OverflowColumnRun(fromColumn: 3, pagesAfter: 2)])
        #expect(table.facingFromColumn == nil)
        #expect(table.printedNotes.map { "\($0.page) \($0.text)" } == ["1 编制单位：上海市XX局", "3 单位：万元"])
        #expect(document.warnings.isEmpty)
        // Every cell's page: a row of page 2 prints its last two columns on page 4.
        #expect((0..<5).map { table.page(ofRow: 0, column: $0) } == [1, 1, 1, 3, 3])
        #expect((0..<5).map { table.page(ofRow: 39, column: $0) } == [2, 2, 2, 4, 4])
        // 合计 = 基本支出 + 项目支出 in every row, each part on its own page.
        #expect(document.checks.count == 40)
        #expect(document.checks.allSatisfy { $0.outcome == .pass })
        let last = try #require(document.checks.last)
        #expect(([last.total] + last.parts).map { "p\($0.page) \($0.text)" } == ["p2 7,730.44", "p4 5,329.10", "p4 2,401.34"])
        let records = document.records.filter { $0.table == 0 && $0.row == 32 }
        #expect(records.map { "\($0.column) p\($0.page) \($0.unit ?? "-")" } == ["2 p2 万元", "3 p4 万元", "4 p4 万元"])
    }

    /// Without rules, three runs of columns (pages 1-2, 3-4, 5-6), each
    /// run's header on its first page only: one table of six columns.
    @Test func unruledRunsWithoutRepeatedHeaderJoinInTurn() throws {
        let document = try Converter().convert(path: Fixtures.sample("overflow-unruled.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2, 3, 4, 5, 6]])
        let table = try #require(document.tables.first)
        #expect(table.ruled == false)
        #expect(table.columnCount == 6)
        #expect(table.unit == "万元")
        #expect(table.header.map(Self.texts) == [["科目名称", "合计", "财政拨款", "事业收入", "经营收入", "其他收入"]])
        #expect(table.rows.count == 36)
        #expect(Self.texts(table.rows[0].cells) == ["一般公共服务支出", "995.00", "800.00", "120.00", "15.00", "60.00"])
        #expect(Self.texts(table.rows[2].cells) == ["行政运行", "1,127.16", "882.34", "178.62", "0.00", "66.20"])
        #expect(Self.texts(table.rows[30].cells) == ["民政管理事务", "3,395.40", "2,030.10", "990.30", "225.00", "150.00"])
        #expect(Self.texts(table.rows[35].cells) == ["基层医疗卫生机构", "3,797.30", "2,235.95", "1,135.85", "260.00", "165.50"])
        #expect(table.overflowColumns == [OverflowColumnRun(fromColumn: 2, pagesAfter: 2), OverflowColumnRun(fromColumn: 4, pagesAfter: 4)])
        #expect((0..<6).map { table.page(ofRow: 30, column: $0) } == [2, 2, 4, 4, 6, 6])
        #expect(document.checks.count == 36)
        #expect(document.checks.allSatisfy { $0.outcome == .pass })
    }

    /// The fourth column alone on pages 3-4 (LibreOffice's shape of a
    /// 收入支出决算总表 a column too wide): a ruled grid of one column, no
    /// table by itself, is that column; its blank cells stay blank, its unit
    /// is the table's, and its pages account for it.
    @Test func aGridOfOneColumnIsTheLastColumn() throws {
        let document = try Converter().convert(path: Fixtures.sample("overflow-one-column.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2, 3, 4]])
        let table = try #require(document.tables.first)
        #expect(table.columnCount == 4)
        #expect(table.unit == "万元")
        #expect(table.header.map(Self.texts) == [["收入项目", "金额", "支出项目", "金额"]])
        #expect(Self.texts(table.rows[0].cells) == ["一、一般公共预算财政拨款收入", "5,000.00", "一、一般公共服务支出", "700.00"])
        #expect(Self.texts(table.rows[1].cells) == ["二、政府性基金预算财政拨款收入", "5,311.01", "二、外交支出", nil])
        #expect(Self.texts(table.rows[32].cells) == ["三、事业收入", "14,952.32", "一、一般公共服务支出", "6,236.96"])
        #expect(Self.texts(table.rows[43].cells) == [nil, nil, "四、科学技术支出", "8,139.29"])
        #expect(table.overflowColumns == [OverflowColumnRun(fromColumn: 3, pagesAfter: 2)])
        let accounts = document.pageAccounts.filter { $0.page >= 3 }
        #expect(accounts.map(\.page) == [3, 4])
        #expect(accounts.allSatisfy { $0.amountsOutsideTables.isEmpty && $0.prose == 0 })
        #expect(accounts.map(\.cells) == [224, 80])
        let json = DocumentJSON(document)
        #expect(json.tables[0].overflowColumns == [OverflowColumnRun(fromColumn: 3, pagesAfter: 2)])
        #expect(json.tables[0].page(ofRow: 43, column: 3) == 4)
        #expect(json.tables[0].page(ofRow: 43, column: 2) == 2)
        let text = String(decoding: try PrettyJSONWriter.encode(json), as: UTF8.self)
        #expect(text.contains("\"from_column\" : 3"))
        #expect(text.contains("\"pages_after\" : 2"))
    }

    /// Later pages whose rows lie at other heights (24 pt against 20 pt):
    /// nothing says which amount belongs to which row, so they stay a table
    /// of their own, as printed.
    @Test func rowsThatDoNotCorrespondStayApart() throws {
        let document = try Converter().convert(path: Fixtures.sample("overflow-apart.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2], [3, 4]])
        #expect(document.tables.map(\.columnCount) == [2, 2])
        #expect(document.tables.map(\.overflowColumns) == [[], []])
        #expect(Self.texts(document.tables[0].rows[0].cells) == ["一般公共服务支出", "1,200.14"])
        #expect(Self.texts(document.tables[1].rows[0].cells) == ["1,000.07", "200.07"])
        #expect(Self.texts(document.tables[1].rows[31].cells) == ["9,029.10", nil])
        let json = DocumentJSON(document)
        #expect(json.tables.map(\.overflowColumns) == [nil, nil])
        let text = String(decoding: try PrettyJSONWriter.encode(json), as: UTF8.self)
        #expect(text.contains("\"overflow_columns\" : null"))
    }
}
