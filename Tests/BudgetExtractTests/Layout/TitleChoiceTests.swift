import Testing
@testable import BudgetExtract

/// Of the lines over a table that could be its title, the one naming a table is.
@Suite("Which caption line is the title")
struct TitleChoiceTests {
    private func texts(_ row: PrintedRow) -> [String?] { row.map { $0?.text } }

    /// Samples/department-under-title.pdf: `2026年部门收支预算总表` over the
    /// department's name centred under it, without `编制单位：`, the unit at
    /// the right end of that line. The title is the line naming a table, the
    /// department's line a note (before: the nearest centred line, the
    /// department's name, was read as the title).
    @Test func theLineNamingATableIsTheTitleOverACentredNameNearer() throws {
        let document = try Converter().convert(path: Fixtures.sample("department-under-title.pdf"))
        #expect(document.tables.map(\.title) == ["2026年部门收支预算总表"])
        #expect(document.tables.map(\.unit) == ["万元"])
        #expect(document.tables.map(\.notes) == [["上海市普陀区财政局 单位：万元"]])
        #expect(document.tables.map { $0.rows.map { texts($0.cells) } } == [[
            ["一、一般公共预算拨款收入", "1,580.20", "一、一般公共服务支出", "1,210.00"],
            ["二、政府性基金预算拨款收入", nil, "二、社会保障和就业支出", "370.20"],
            ["收入总计", "1,580.20", "支出总计", "1,580.20"],
        ]])
    }

    /// Samples/headings-apart-on-continuation.pdf: a ruled table continued
    /// on page 2, which prints above the repeated header a centred line of
    /// the halves' group headings set far apart (`收入 … 支出`) and no
    /// title. The line is no title: page 2's rows continue the table, the
    /// line kept as a note (before: `收入支出` was the title of a second
    /// table on page 2).
    @Test func wordsSetApartOnACentredLineAreNoTitle() throws {
        let document = try Converter().convert(path: Fixtures.sample("headings-apart-on-continuation.pdf"))
        #expect(document.tables.map(\.title) == ["2026年部门收支预算总表"])
        #expect(document.tables.map(\.pages) == [[1, 2]])
        #expect(document.tables.first?.notes == ["编制部门：上海市XX局 单位：万元", "收入 支出"])
        let amount = { (n: Int) in "\(100 + n).00" }
        #expect(document.tables.first?.rows.map { texts($0.cells) } == (1...40).map { n in
            let item = String(format: "%02d", n)
            return ["收入项目\(item)", amount(n), "支出项目\(item)", amount(n)]
        })
    }
}

