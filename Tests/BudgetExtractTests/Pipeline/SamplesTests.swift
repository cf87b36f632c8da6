import Foundation
import Testing
@testable import BudgetExtract

/// The PDFs scripts/make-samples draws, each against the truth written from
/// the same description: every body row must come back cell for cell.
@Suite("Samples")
struct SamplesTests {
    /// Every Sample that has a truth file, but `prose` (a page of prose: no table, tested below).
    static let names: [String] = {
        let folder = Fixtures.samples.appendingPathComponent("truth").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".truth.json") }.map { String($0.dropLast(".truth.json".count)) }
            .filter { $0 != "prose" }.sorted()
    }()

    @Test func everyDrawnSampleHasItsTruthAndIsScored() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count >= 80)
        #expect(Set(pdfs.map { String($0.dropLast(".pdf".count)) }) == Set(Self.names + ["prose"]))
    }

    @Test(arguments: names)
    func everyRowAsDrawn(name: String) throws {
        let truth = try TruthDocument(Fixtures.samples.appendingPathComponent("truth/\(name).truth.json"))
        let document = try Converter().convert(path: Fixtures.sample("\(name).pdf"))
        let score = truth.exactRows(in: document)
        #expect(score.total > 0)
        #expect(score.exact == score.total, "\(name): \(score.exact) of \(score.total) rows exact")
        #expect(document.tables.count == truth.tables.count)
    }

    @Test func splitDigitsAreReadExactly() throws {
        let document = try Converter().convert(path: Fixtures.sample("split-digits.pdf"))
        let cells = document.tables[0].rows.map { DocumentJSON.CellJSON(text: $0.cells[1]!.text) }
        #expect(cells.map(\.value) == ["12500471", "20000", "1250.05", "1234.56", "-3.5", nil, nil, nil, nil, nil])
        #expect(cells[0].read == [.spacesRemoved])
        #expect(cells[4].read == [.parenthesesNegative])
        #expect(cells[5].kind == "placeholder")
        #expect(cells[7].kind == "error")
        #expect(cells[9].percent == "95")
        #expect(cells[9].comparator == "≥")
    }

    @Test func continuationPagesJoinIntoOneTable() throws {
        let document = try Converter().convert(path: Fixtures.sample("two-page.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2], [3, 4]])
        #expect(document.tables.map(\.rows.count) == [46, 40])
        let unruled = try Converter().convert(path: Fixtures.sample("unruled-two-page.pdf"))
        #expect(unruled.tables.map(\.pages) == [[1, 2]])
        #expect(unruled.tables.first?.columnCount == 5)
        #expect(unruled.tables.first?.rows.count == 59)
        let a3 = try Converter().convert(path: Fixtures.sample("three-page-a3.pdf"))
        #expect(a3.tables.count == 1)
        #expect(a3.tables[0].pages == [1, 2, 3])
        #expect(a3.tables[0].title == "2025年部门一般公共预算基本支出部门预算经济分类预算表")
        #expect(a3.tables[0].unit == "万元")
    }

    /// A table that prints its title, number, unit and header again on the
    /// next page, every column 40 pt further right, is one table; the note
    /// printed under it on its last page is one of its notes, on that page.
    @Test func aRepeatedCaptionContinuesTheTableAndItsNoteIsKept() throws {
        let document = try Converter().convert(path: Fixtures.sample("repeated-caption.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 40)
        #expect(table.rows.map(\.page).filter { $0 == 2 }.count == 8)
        #expect(table.rows.last?.cells.compactMap { $0?.text } == ["彩票公益金支出项目39", "963.00", "963.00"])
        #expect(table.notes == ["编制部门：上海市XX局 单位：万元", "表十一", "注：本表反映中央专项转移支付资金的使用情况。"])
        #expect(table.printedNotes.map(\.page) == [1, 1, 2])
        let json = DocumentJSON(document).tables[0]
        #expect(json.notePages == [1, 1, 2])
    }

    /// A table without rules joined over two pages keeps the note printed
    /// under it on its last page, with that page; the page counts it as a caption.
    @Test func aNoteUnderTheLastPageOfAJoinedTableIsKept() throws {
        let document = try Converter().convert(path: Fixtures.sample("stitched-note.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 45)
        #expect(table.rows.last?.cells.compactMap { $0?.text } == ["2080545", "行政事业单位养老支出明细45", "2,595.00", "2,405.00"])
        #expect(table.notes == ["编制部门：上海市XX局 单位：元", "说明：本表按支出功能分类科目列示，上年预算为调整后预算。"])
        #expect(table.printedNotes.map(\.page) == [1, 2])
        #expect(document.pageAccounts.last?.prose == 0)
    }

    /// Dashed rules, and dotted ones in light grey, are found as rules; a
    /// header shaded grey keeps its column rules, and the shade's sides
    /// against its text are no rules; rows shaded in turn make no grid.
    @Test func dashedDottedAndShadedTablesKeepTheirRules() throws {
        let document = try Converter().convert(path: Fixtures.sample("styled-rules.pdf"))
        #expect(document.tables.map(\.ruled) == [true, true, true, false])
        #expect(document.tables.map(\.columnCount) == [5, 5, 5, 5])
        #expect(document.tables[2].header.map(texts) == [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]])
        #expect(document.tables[3].rows.count == 7)
    }

    /// Columns that no row fills are kept where the header shows them, and
    /// a title between two tables without rules keeps them apart.
    @Test func emptyColumnsShowInTheHeader() throws {
        let document = try Converter().convert(path: Fixtures.sample("empty-columns.pdf"))
        #expect(document.tables.map(\.title) == ["2025年部门收入预算总表", "2025年部门财政拨款收入预算表", "2025年部门收入预算总表（横线表格）"])
        #expect(document.tables.map(\.columnCount) == [7, 6, 8])
        #expect(document.tables[0].header.map(texts) == [["科目编码", "科目名称", "合计", "上年结转", "一般公共预算", "事业收入", "其他收入"]])
        #expect(document.tables[0].rows.allSatisfy { $0.cells[3] == nil && $0.cells[5] == nil && $0.cells[6] == nil })
        // A group heading printed over the middle of its columns names each of them.
        let names = Set(document.records.filter { $0.table == 1 }.compactMap(\.columnName))
        #expect(names == ["收入预算/合计", "收入预算/财政拨款"])
    }

    /// A title, unit line and note printed as rows of the grid are lifted out of it.
    @Test func captionsInsideTheGridAreNotRows() throws {
        let table = try #require(try Converter().convert(path: Fixtures.sample("caption-in-grid.pdf")).tables.first)
        #expect(table.title == "2025年部门支出预算表")
        #expect(table.unit == "元")
        #expect(table.header.map(texts) == [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]])
        #expect(table.rows.count == 4)
        #expect(table.notes.last == "注：本表不含政府性基金预算。")
    }

    /// A department and unit line the grid cuts into two cells is lifted out
    /// of it like a one-cell caption row, so the table has its unit; the
    /// title the grid prints in its first row is the table's, and the part
    /// heading above the grid a note.
    @Test func aCaptionLineCutIntoCellsLeavesTheGrid() throws {
        let document = try Converter().convert(path: Fixtures.sample("caption-cells.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.title == "支出总表（预算表3）")
        #expect(table.unit == "万元")
        #expect(table.notes == ["第二部分 2026年度部门预算表", "预算单位：长春市XX局", "单位：万元"])
        #expect(table.header.map(texts) == [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["201", "一般公共服务支出", "1,378.41", "903.85", "474.56"],
            ["20103", "政府办公厅（室）及相关机构事务", "1,378.41", "903.85", "474.56"],
            ["2010301", "行政运行", "903.85", "903.85", ""],
            ["2010399", "其他政府办公厅（室）及相关机构事务支出", "474.56", "", "474.56"],
            ["", "合计", "1,378.41", "903.85", "474.56"],
        ])
        let records = document.records.filter { $0.table == 0 }
        #expect(!records.isEmpty && records.allSatisfy { $0.unit == "万元" && $0.yuan != nil })
    }

    /// A unit printed alone at the right of the department line, without
    /// `单位：`, is the table's.
    @Test func aBareUnitBesideTheDepartmentLineIsTheTables() throws {
        let document = try Converter().convert(path: Fixtures.sample("bare-unit.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.title == "2026年市级部门项目支出绩效表")
        #expect(table.unit == "万元")
        #expect(table.notes == ["507-湖州市XX局 万元"])
        #expect(table.rows.map { texts($0.cells) } == [
            ["合计", "", "3,124.63", ""],
            ["湖州市XX中心", "公立医院改革与高质量发展示范项目", "2,260.95", "开展赴省内外人才招聘、现场推介宣传活动不少于3次。"],
            ["湖州市XX中心", "医疗卫生行业综合管理", "319.90", "规范公立医院领导干部收入分配秩序。"],
            ["湖州市XX中心", "院前急救工作发展", "543.78", "承担全市院前急救指挥调度工作。"],
        ])
    }

    /// A landscape table printed sideways on portrait paper is read upright.
    @Test func aSidewaysPageIsReadUpright() throws {
        let page = try PDFDocument(path: Fixtures.sample("sideways.pdf")).read(page: 0).get()
        #expect(page.orientation == .runsUp)
        #expect((page.width, page.height) == (842, 595))
        #expect(page.paths.allSatisfy { $0.subpaths.allSatisfy { $0.points.allSatisfy { $0.x <= 842 && $0.y <= 595 } } })
        let document = try Converter().convert(path: Fixtures.sample("sideways.pdf"))
        #expect(document.tables.first?.title == "2025年部门收入预算总表（横排）")
        #expect(document.checks.allSatisfy { $0.outcome == .pass } && document.checks.count > 10)
        // Upright pages stay as they are.
        #expect(try PDFDocument(path: Fixtures.sample("ruled-income.pdf")).read(page: 0).get().orientation == .upright)
    }

    @Test func proseAndContentsMakeNoTables() throws {
        #expect(try Converter().convert(path: Fixtures.sample("prose.pdf")).tables.isEmpty)
    }

    @Test(arguments: [("not-a-pdf", "not-a-pdf"), ("empty", "empty"), ("truncated", "damaged"),
                      ("encrypted", "encrypted"), ("image-only", "no-text-layer")])
    func badSamplesFailClearly(name: String, code: String) {
        let path = Fixtures.samples.appendingPathComponent("bad/\(name).pdf").path
        #expect(throws: PDFReadError.self) { try Converter().convert(path: path) }
        do {
            _ = try Converter().convert(path: path)
        } catch {
            #expect(error.failure.code == code)
            #expect(error.description.hasPrefix(path + ": "))
        }
    }
}
