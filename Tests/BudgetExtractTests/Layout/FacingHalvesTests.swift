import Testing
@testable import BudgetExtract

/// A table printed in halves on facing pages (Samples/facing-halves.pdf,
/// drawn after tw_moa 農業特別收入基金 p85-86) comes back as one table where
/// the halves' rows pair, and as two, with a warning, where they do not.
@Suite("Facing halves")
struct FacingHalvesTests {
    @Test func halvesWhoseRowsPairAreOneTable() throws {
        let document = try Converter().convert(path: Fixtures.sample("facing-halves.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2], [3], [4], [5, 6, 7, 8]])
        let table = document.tables[0]
        #expect(table.columnCount == 6)
        #expect(table.header.map { $0.map { $0?.text } } == [["科目", "农业发展基金", "林务发展基金", "渔业发展基金", "农村再生基金", "合计"]])
        #expect(table.rows.count == 11)
        #expect(table.rows[0].cells.map { $0?.text } == ["资产", "31,000.00", "31,013.00", "31,026.00", "31,039.00", "124,078.00"])
        #expect(table.rows[10].cells.map { $0?.text } == ["基金余额", "40,770.00", "40,783.10", "40,796.20", "40,809.30", "163,158.60"])
        #expect(table.rows.allSatisfy { $0.page == 1 })
    }

    /// The title, the date line and the unit run across the gutter in
    /// fragments: joined line by line, the date line is the title's subtitle.
    @Test func theCaptionIsReadAcrossTheGutter() throws {
        let document = try Converter().convert(path: Fixtures.sample("facing-halves.pdf"))
        let table = document.tables[0]
        #expect(table.title == "上海市农业局农业特别收入基金预计平衡表")
        #expect(table.notes == ["2025年 12月31日", "单位：万元"])
        #expect(table.unit == "万元")
    }

    @Test func halvesWhoseRowsDoNotPairStayApartAndSaySo() throws {
        let document = try Converter().convert(path: Fixtures.sample("facing-halves.pdf"))
        #expect(document.tables[1].rows[0].cells.map { $0?.text } == ["资产", "31,000.00", "31,013.00"])
        #expect(document.tables[2].rows[0].cells.map { $0?.text } == ["31,026.00", "31,039.00", "124,078.00"])
        #expect(document.warnings.contains("a table printed in halves on facing pages (p3-4) is kept as two: its rows lie at different heights"))
    }

    /// Pages 5-8: the left half goes on on page 7, the right half on page 8,
    /// beside it; the repeated headers are dropped.
    @Test func halvesGoOnOverTheNextSpread() throws {
        let document = try Converter().convert(path: Fixtures.sample("facing-halves.pdf"))
        let table = document.tables[3]
        #expect(table.title == "上海市农业局林业特别收入基金预计平衡表")
        #expect(table.columnCount == 6)
        #expect(table.header.count == 1)
        #expect(table.rows.count == 22)
        #expect(table.rows.map(\.page) == Array(repeating: 5, count: 11) + Array(repeating: 7, count: 11))
        #expect(table.rows[11].cells.map { $0?.text } == ["资产（续）", "41,747.00", "41,760.11", "41,773.22", "41,786.33", "167,066.66"])
        #expect(table.rows.allSatisfy { $0.cells.allSatisfy { $0 != nil } })
    }

    /// One row per printed row, and each cell's page told: the joined
    /// table says the first column the right-hand page prints, the JSON
    /// writes it beside `row_pages`, and the exported cells give the right
    /// half's cells the right-hand page (pages 1-2, and 5-8 over two
    /// spreads); halves kept apart and other tables say nothing.
    @Test func theColumnsOfTheRightHalfSayTheirPage() throws {
        let document = try Converter().convert(path: Fixtures.sample("facing-halves.pdf"))
        #expect(document.tables.map(\.facingFromColumn) == [3, nil, nil, 3])
        let json = DocumentJSON(document)
        #expect(json.tables.map(\.facingFromColumn) == [3, nil, nil, 3])
        #expect((0..<6).map { json.tables[0].page(ofRow: 0, column: $0) } == [1, 1, 1, 2, 2, 2])
        #expect(json.tables[3].page(ofRow: 11, column: 2) == 7)
        #expect(json.tables[3].page(ofRow: 11, column: 5) == 8)
        #expect(json.tables[1].page(ofRow: 0, column: 2) == 3)
        #expect(json.tables[2].page(ofRow: 0, column: 2) == 4)
        let text = String(decoding: try PrettyJSONWriter.encode(json), as: UTF8.self)
        #expect(text.contains("\"facing_from_column\" : 3"))
        #expect(text.contains("\"facing_from_column\" : null"))
        let cells = CSVExport.rows(.cells, of: json, json: "facing-halves.json")
        let header = CSVExport.header(.cells)
        let table = header.firstIndex(of: "table")!, page = header.firstIndex(of: "page")!
        let row = header.firstIndex(of: "row")!, column = header.firstIndex(of: "column")!
        let firstRow = cells.filter { $0[table] == "0" && $0[row] == "0" }
        #expect(firstRow.map { $0[column] } == ["0", "1", "2", "3", "4", "5"])
        #expect(firstRow.map { $0[page] } == ["1", "1", "1", "2", "2", "2"])
        // Records and checks say the amount's own page too.
        let firstRowRecords = document.records.filter { $0.table == 0 && $0.row == 0 }
        #expect(firstRowRecords.map { "\($0.column) p\($0.page)" } == ["1 p1", "2 p1", "3 p2", "4 p2", "5 p2"])
        let rightHalfParts = document.checks.flatMap(\.parts).filter { $0.table == 0 && $0.column >= 3 }
        #expect(!rightHalfParts.isEmpty && rightHalfParts.allSatisfy { $0.page == document.tables[0].rows[$0.row].page + 1 })
    }

    /// A page whose table prints one row of amounts, facing a page with a
    /// table of its own title, is another table, not a right half: no warning.
    @Test func twoTitledTablesAreNoHalves() {
        func table(page: Int, title: String?, rows: [[String]]) -> PageTable {
            let cells = rows.map { row in
                row.enumerated().map { column, text in
                    PrintedCell(text: text, box: Rect(x0: Double(column) * 100, y0: 120, x1: Double(column) * 100 + 90, y1: 130))
                }
            }
            return PageTable(page: page, title: title, unit: nil, header: [], rows: cells, columnBounds: [0, 100, 200],
                             rowBounds: (0...rows.count).map { 100 + Double($0) * 20 },
                             box: Rect(x0: 0, y0: 100, x1: 200, y1: 100 + Double(rows.count) * 20), ruled: true)
        }
        let left = table(page: 1, title: "预算01表收支总表", rows: [["一、一般公共预算拨款收入", "5,131.70"], ["收入总计", "5,133.73"]])
        let titled = table(page: 2, title: "预算02表收入总表", rows: [["5,133.73", "5,131.70"]])
        #expect(FacingHalves.pairing(left: left, right: titled) == .none)
        let untitled = table(page: 2, title: nil, rows: [["5,133.73", "5,131.70"]])
        #expect(FacingHalves.pairing(left: left, right: untitled)
            == .apart("a table printed in halves on facing pages (p1-2) is kept as two: the left half has 2 rows, the right half 1"))
        let beside = table(page: 2, title: nil, rows: [["1.00", "2.00"], ["3.00", "4.00"]])
        #expect(FacingHalves.pairing(left: left, right: beside) == .halves)
    }

    /// Samples/gutter-headings.pdf (after tw_moa 各項費用彙計表 p76-77,
    /// p149-150): a heading over columns of both halves, cut by the gutter,
    /// is one heading over all of them, in two pieces (`本 年 度` | `预 算 数`)
    /// or printed whole on the right page over an empty cell on the left; a
    /// heading on the right page that closes before its edge stays apart.
    @Test func aHeadingCutByTheGutterIsOneHeading() throws {
        let document = try Converter().convert(path: Fixtures.sample("gutter-headings.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2], [3, 4], [5, 6]])
        let lower: [String?] = [nil, "合计", "项目一", "项目二", "项目三", "项目四"]
        #expect(document.tables[0].header.map { $0.map { $0?.text } } == [["科目", "本年度 预算数", nil, nil, nil, nil], lower])
        #expect(document.tables[1].header.map { $0.map { $0?.text } } == [["科目", "本年度预算数", nil, nil, nil, nil], lower])
        #expect(document.tables[2].header.map { $0.map { $0?.text } } == [["科目", "本年度", nil, nil, "上年度", "其他"], lower])
        #expect(document.tables[0].rows[0].cells.map { $0?.text } == ["人员经费", "5,046.18", "1,200.00", "1,241.03", "1,282.06", "1,323.09"])
        #expect(document.tables[2].rows[4].cells.map { $0?.text } == ["差旅费", "3,537.59", "1,748.28", "1,789.31", "1,830.34", "1,871.37"])
        let names = document.tables.map { TableReading($0).columnNames }
        #expect(names[0] == ["科目", "本年度预算数/合计", "本年度预算数/项目一", "本年度预算数/项目二", "本年度预算数/项目三", "本年度预算数/项目四"])
        #expect(names[1] == names[0])
        #expect(names[2] == ["科目", "本年度/合计", "本年度/项目一", "本年度/项目二", "上年度/项目三", "其他/项目四"])
        // 合计 adds up the projects under its heading: all four, or (pages 5-6) the left page's two.
        let columnChecks = document.checks.filter { $0.rule == .totalColumn }
        #expect(columnChecks.count == 15)
        #expect(columnChecks.allSatisfy { $0.outcome == .pass })
        #expect(columnChecks.filter { $0.total.table < 2 }.allSatisfy { $0.parts.count == 4 })
        #expect(columnChecks.filter { $0.total.table == 2 }.allSatisfy { $0.parts.count == 2 })
    }

    @Test func aDateLineIsNeverATitle() {
        #expect(Caption.isDateLine("中華民國 115 年度"))
        #expect(Caption.isDateLine("年12月31日"))
        #expect(Caption.isDateLine("２０２５年１月１日至６月３０日止"))
        #expect(!Caption.isDateLine("2025年部门收支总表"))
        #expect(!Caption.isDateLine("115"))
        #expect(Caption.isDateLine("2025\u{F98E}"), "a compatibility ideograph of 年 is 年, as Character compares them")
        #expect(!Caption.isDateLine("单位：万元"))
    }

    /// Samples/halves-notes.pdf: a note printed under each half of a table
    /// printed in halves over two spreads is kept once, with its page; the
    /// right half's unit line, which the joined caption reads, only once.
    @Test func theNoteUnderEachHalfIsKept() throws {
        let truth = try TruthDocument(Fixtures.samples.appendingPathComponent("truth/halves-notes.truth.json"))
        let document = try Converter().convert(path: Fixtures.sample("halves-notes.pdf"))
        let score = truth.exactRows(in: document)
        #expect(score.total == 16)
        #expect(score.exact == score.total)
        #expect(document.tables.map(\.pages) == [[1, 2, 3, 4]])
        let table = try #require(document.tables.first)
        #expect(table.title == "上海市农业局各项费用汇计表")
        #expect(table.rows[7].cells.map { $0?.text } == ["合计", "3,317.00", "3,334.00", "3,351.00", "3,368.00", "13,370.00"])
        #expect(table.printedNotes.map(\.page) == [1, 1, 2, 3, 4])
        #expect(table.notes == ["单位：万元", "注：人员经费含离退休人员经费。", "说明：总计为各项资金之和。",
                                "注：续表的公用经费按项目列示。", "说明：其他资金含上年结转。"])
    }

    /// Samples/gutter-notes.pdf: notes under a table printed in halves run
    /// across the gutter. The first and third lines end no sentence on the
    /// left page and go on at their height on the right page; the right
    /// page's piece of the third stands a blank line under its first, which
    /// read alone made it prose. The notes are the three lines in reading
    /// order on the left page, each cut line one.
    @Test func aNoteLineTheGutterCutsIsOneNote() throws {
        let document = try Converter().convert(path: Fixtures.sample("gutter-notes.pdf"))
        #expect(document.tables.map(\.pages) == [[1, 2]])
        let table = try #require(document.tables.first)
        #expect(table.rows.count == 8)
        #expect(table.rows[7].cells.map { $0?.text } == ["合计", "2,479.00", "2,492.00", "2,505.00", "2,518.00", "9,994.00"])
        #expect(table.notes == ["单位：万元",
                                "注：1.服务费用编列约用人员经费，用于家禽流行性感冒、水禽与种禽免疫抗体试验检测、影音剪辑、资料调查及报表制作等工作。",
                                "2.材料及用品费编列约用人员经费。",
                                "3.服务费用编列劳务承揽经费，用于政策性农业专案贷款利息差额补贴、资讯设备维护保养、公粮稽查及资料整理等工作。"])
        #expect(table.printedNotes.map(\.page) == [1, 1, 1, 1])
        #expect(document.pageAccounts.map(\.prose) == [0, 0])
        #expect(document.pageAccounts[1].captions == ("费用汇计表" + "单位：万元" + "检测、影音剪辑、资料调查及报表制作等工作。"
            + "设备维护保养、公粮稽查及资料整理等工作。").count)
    }
}
