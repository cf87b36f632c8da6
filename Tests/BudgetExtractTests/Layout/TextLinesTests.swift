import Testing
@testable import BudgetExtract

@Suite("Lines and words")
struct TextLinesTests {
    @Test func glyphRunsOfOneNumberJoinWithTheirSpaces() {
        // `12, 500, 471` printed as three runs a space apart, then a far column.
        let runs = glyphs("12,", x: 0, y: 0, size: 8, advance: 5) + glyphs("500,", x: 22, y: 0, size: 8, advance: 5)
            + glyphs("471", x: 50, y: 0, size: 8, advance: 5) + glyphs("合计", x: 200, y: 1)
        let lines = TextLines.build(from: runs)
        #expect(lines.count == 1)
        #expect(lines[0].words.map(\.text) == ["12, 500, 471", "合计"])
    }

    @Test func wrappedCellJoinsCJKWithoutASpaceAndDigitsWithOne() {
        let cell = glyphs("机关事业单位基本养老", x: 0, y: 0) + glyphs("保险缴费支出", x: 0, y: 12)
        #expect(TextLines.text(of: cell) == "机关事业单位基本养老保险缴费支出")
        let split = glyphs("20", x: 0, y: 0, size: 8, advance: 5) + glyphs("000", x: 0, y: 10, size: 8, advance: 5)
        #expect(TextLines.text(of: split) == "20 000")
    }

    /// Leaders and sentence marks are looked for only in texts whose scalars
    /// may print one: an amount's one decimal point is neither.
    @Test func leadersAndSentenceMarksAreToldFromAmounts() {
        #expect(!PrintedVocabulary.hasLeaders("1,234.56"))
        #expect(!PrintedVocabulary.hasLeaders("2020.12.31"))
        #expect(!PrintedVocabulary.hasLeaders("一、部门职责...3"))
        #expect(PrintedVocabulary.hasLeaders("一、部门职责....3"))
        #expect(PrintedVocabulary.hasLeaders("一、部门职责……3"))
        #expect(PrintedVocabulary.hasLeaders("一、部门职责···3"))
        #expect(PrintedVocabulary.hasLeaders("一、部门职责。。。3"))
        #expect(!PrintedVocabulary.hasSentencePunctuation("12,345.67"))
        #expect(PrintedVocabulary.hasSentencePunctuation("收入合计，支出合计"))
        // U+037E is canonically `;`.
        #expect(PrintedVocabulary.hasSentencePunctuation("主要用于办公设备购置\u{37E}"))
        // Plain text is told from its bytes: the same answer as its characters give, for every scalar of the BMP.
        var differing: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "预算" + String(Character(scalar)) + "收入"
            if PrintedVocabulary.hasSentencePunctuation(text) != text.contains(where: PrintedVocabulary.sentencePunctuation.contains) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
        // An amount is told from a label by its first printed character first.
        #expect(PrintedVocabulary.isAmount(" 1,234.56"))
        #expect(PrintedVocabulary.isAmount("(1,234.56)"))
        #expect(PrintedVocabulary.isAmount("— —"))
        #expect(!PrintedVocabulary.isAmount("合计 1,234.56"))
        #expect(!PrintedVocabulary.isAmount("  "))
    }

    @Test func kangxiRadicalsAndFakeBold() {
        #expect(GlyphText.clean("⾏") == "行")
        #expect(GlyphText.clean("⻓") == "长")
        #expect(GlyphText.clean("元") == "元")
        let glyph = Glyph(character: "合", box: Rect(x0: 0, y0: 0, x1: 10, y1: 10))
        let shifted = Glyph(character: "合", box: Rect(x0: 0.4, y0: 0, x1: 10.4, y1: 10))
        #expect(shifted.isFakeBoldCopy(of: glyph))
        #expect(!Glyph(character: "合", box: Rect(x0: 10, y0: 0, x1: 20, y1: 10)).isFakeBoldCopy(of: glyph))
    }

    /// wrapped-identifiers.pdf: project names that lead with a long
    /// identifier, wrapped where the line is full, inside its digits (北京
    /// prints `11000025T00000335` over `7691-重大义务植树…`): Chinese text
    /// wraps at any character, so a full line's break is no space, in the
    /// cells and in the projects' names (before: `11000025T000003 357691-…`).
    @Test func aFullLinesBreakInChineseTextIsNoSpace() throws {
        let document = try Converter().convert(path: Fixtures.sample("wrapped-identifiers.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text ?? "" } } == [
            ["11000025T000003357691-重大义务植树活动保障经费", "600.00", "完成首都重大义务植树活动物资采购工作。"],
            ["11000026T000003749478-首都花园城市古树文化传承创新路径探索实践", "130.00", "偏离目标29%-20%得15分，10%以下得满分。"],
        ])
        #expect(document.projects.map(\.name) == [
            "11000025T000003357691-重大义务植树活动保障经费", "11000026T000003749478-首都花园城市古树文化传承创新路径探索实践",
        ])
    }
}

@Suite("Captions")
struct CaptionTests {
    @Test func pageNumbersAndTableNumbers() {
        #expect(PageTables.isPageNumber("12"))
        #expect(PageTables.isPageNumber("- 12 -"))
        #expect(PageTables.isPageNumber("第 3 页"))
        #expect(PageTables.isPageNumber("3/20"))
        #expect(PageTables.isPageNumber("Page 1"))
        #expect(PageTables.isPageNumber("１０２"))
        #expect(PageTables.isPageNumber("1-10"))
        #expect(PageTables.isPageNumber("页(29)"))
        #expect(PageTables.isPageNumber("页（29）"))
        #expect(PageTables.isPageNumber("(12)"))
        #expect(!PageTables.isPageNumber("页(29"))
        #expect(!PageTables.isPageNumber("(1)政府性基金收入"))
        #expect(!PageTables.isPageNumber("页()"))
        #expect(!PageTables.isPageNumber("2025-2026年"))
        #expect(!PageTables.isPageNumber("2025年部门收入预算总表"))
        #expect(Caption.isTableNumber("公开表十二"))
        #expect(Caption.isTableNumber("部门公开表1"))
        #expect(Caption.isTableNumber("表三"))
        #expect(!Caption.isTableNumber("表一般公共预算"))
        #expect(!Caption.isTableNumber("收支预算总表"))
        #expect(Caption.isTableNumber("公开01表"))
        #expect(Caption.isTableNumber("部门公开3表"))
        #expect(!Caption.isTableNumber("部门预算表"))
        #expect(!Caption.isTableNumber("01表"), "no prefix: a number before 表 alone may end a title")
    }

    /// Samples/number-before-sign.pdf: the table number printed apart,
    /// right-aligned under the title, its number before 表 (`公开 01 表`, as
    /// 国家信访局 2024 决算 and 西安 卫健委 2022 决算 print it), is a note;
    /// the title is the line above it, which the JSON had nowhere.
    @Test func aNumberBeforeItsSignIsATableNumber() throws {
        let document = try Converter().convert(path: Fixtures.sample("number-before-sign.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.title == "收入支出决算总表")
        #expect(table.notes == ["公开01表", "编制部门：上海市XX局 单位：万元"])
        #expect(table.unit == "万元")
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [["一、财政拨款收入", "1,250.00"], ["二、其他收入", "30.00"],
                                                                  ["本年收入合计", "1,280.00"]])
    }

    /// Samples/qualified-titles.pdf: titles that qualify their table in
    /// brackets after `表` and start as a department line does (`部门综合预算…
    /// 明细表（按支出功能分类科目）`, 西安 部门综合预算) are titles; without
    /// them the second table, of the same columns, was taken for the first
    /// one's continuation.
    @Test func aTitleQualifiedInBracketsNamesItsTable() throws {
        #expect(Caption.namesTable("部门综合预算一般公共预算支出明细表（按支出功能分类科目）"))
        #expect(Caption.namesTable("部门预算表(不含上年结转)"))
        #expect(!Caption.namesTable("部门：西安市人民政府办公厅（本级）"))
        #expect(!Caption.namesTable("部门综合预算（按支出功能分类科目）"))
        let document = try Converter().convert(path: Fixtures.sample("qualified-titles.pdf"))
        #expect(document.tables.map(\.title) == ["部门综合预算一般公共预算支出明细表（按支出功能分类科目）",
                                                 "部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）"])
        #expect(document.tables.map(\.pages) == [[1], [2]])
        #expect(document.tables.map(\.rows.count) == [5, 3])
        let second = try #require(document.tables.last)
        #expect(second.rows.map { $0.cells.map { $0?.text } } == [
            [nil, "合计", "1,250,000.00", "1,120,000.00", "130,000.00"],
            ["201", "一般公共服务支出", "1,250,000.00", "1,120,000.00", "130,000.00"],
            ["2010301", "行政运行", "1,250,000.00", "1,120,000.00", "130,000.00"],
        ])
    }

    /// Samples/sheet-name-header.pdf: a spreadsheet's title and unit rows
    /// inside its grid, the sheet's name printed above it as a page header
    /// (西安安监局 2019 p29): the grid's title row is the title and the unit
    /// row gives the unit (before: the sheet's name was the title, both rows
    /// stayed header and the unit was lost).
    @Test func aTitleRowInTheGridBeatsASheetNameAboveIt() throws {
        let document = try Converter().convert(path: Fixtures.sample("sheet-name-header.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "2019年部门综合预算财政拨款结转资金支出表")
        #expect(table.unit == "万元")
        #expect(table.notes.first == "表11-财拨结转支出表")
        #expect(table.header.map { $0.compactMap { $0?.text } } == [["预算单位代码", "预算单位名称", "预算项目名称", "金额", "资金性质"]])
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [
            ["125001", "西安市XX局", "拨付2017年度省级工业转型升级资金", "9.00", "一般公共预算支出"],
            ["125001", "西安市XX局", "安全生产专项经费", "2.61", "一般公共预算支出"],
        ])
    }

    @Test func unitLine() {
        #expect(Caption.unit(in: "部门：江苏省人大常委会办公厅单位：万元") == "万元")
        #expect(Caption.unit(in: "单位:元") == "元")
        #expect(Caption.unit(in: "单位名称：上海市XX局") == nil)
    }
}
