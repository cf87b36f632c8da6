import Testing
@testable import BudgetExtract

private func row(_ texts: String...) -> PrintedRow {
    texts.enumerated().map { index, text in
        text.isEmpty ? nil : PrintedCell(text: text, box: Rect(x0: Double(index) * 100, y0: 0, x1: Double(index) * 100 + 90, y1: 10))
    }
}

private func pageTable(page: Int, title: String? = nil, header: [PrintedRow] = [], rows: [PrintedRow],
                       bounds: [Double] = [0, 100, 200, 300]) -> PageTable {
    PageTable(page: page, title: title, unit: nil, header: header, rows: rows, columnBounds: bounds,
              rowBounds: [], box: Rect(x0: bounds.first!, y0: 50, x1: bounds.last!, y1: 500), ruled: true)
}

private func pages(_ tables: [PageTable]...) -> [PageLayout] {
    tables.map { PageLayout(tables: $0, footCaption: nil, lines: []) }
}

@Suite("Header rows")
struct HeaderSplitterTests {
    @Test func unitFromTheHeadingsWhenNoCaptionNamesIt() {
        let cell = { (text: String) in PrintedCell(text: text, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1)) }
        #expect(Caption.unit(inHeader: [[cell("项目"), cell("金额（万元）")]]) == "万元")
        #expect(Caption.unit(inHeader: [[cell("项目"), cell("预算数(元)"), cell("决算数(元)")]]) == "元")
        #expect(Caption.unit(inHeader: [[cell("预算数(元)"), cell("决算数（万元）")]]) == nil)
        #expect(Caption.unit(inHeader: [[cell("项目"), cell("金额")]]) == nil)
    }

    @Test func bodyStartsAtTheFirstAmount() {
        let rows = [row("项目", "", "金额"), row("", "", "预算数"), row("一般公共服务支出", "", "22,395.50")]
        #expect(HeaderSplitter.headerRowCount(rows) == 2)
    }

    @Test func aPlaceholderAboveTheTotalIsBody() {
        #expect(HeaderSplitter.headerRowCount([row("项目", "预算数"), row("无", ""), row("合计", "")]) == 1)
        #expect(HeaderSplitter.headerRowCount([row("项目", "预算数"), row("无", "-"), row("合计", "-")]) == 1)
        #expect(HeaderSplitter.headerRowCount([row("项目", "预算数"), row("说明", ""), row("合计", "")]) == 2)
    }

    /// An item whose amounts print the zero dash is body even above the
    /// first amount; one dash beside a heading is no item.
    @Test func anItemOfDashesIsBody() {
        #expect(HeaderSplitter.headerRowCount([row("項目", "期初餘額", "期末餘額"), row("土地", "-", "－"),
                                               row("電腦軟體", "11,831", "11,525")]) == 1)
        #expect(HeaderSplitter.headerRowCount([row("項目", "期初餘額", "期末餘額"), row("", "-", ""),
                                               row("電腦軟體", "11,831", "11,525")]) == 2)
        #expect(HeaderSplitter.headerRowCount([row("項目", "期初餘額", "期末餘額"), row("-", "-", "-"),
                                               row("電腦軟體", "11,831", "11,525")]) == 2)
    }

    /// dashed-first-rows.pdf: a ruled table whose first items print only
    /// dashes before the first amount; they are body rows, the header one row.
    @Test func dashedFirstRowsAreBody() throws {
        let document = try Converter().convert(path: Fixtures.sample("dashed-first-rows.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.header.map(texts) == [["項目", "期初餘額", "本年度增加", "本年度減少", "期末餘額"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["土地", "-", "-", "-", "-"],
            ["房屋及建築", "-", "-", "-", "-"],
            ["機械及設備", "-", "-", "-", "-"],
            ["電腦軟體", "11,831", "2,620", "2,926", "11,525"],
            ["權利", "-", "-", "-", "-"],
            ["合計", "11,831", "2,620", "2,926", "11,525"],
        ])
    }

    /// sections-under-headings.pdf: under a header row that gives every
    /// column its heading, a section heading with no amount and an item
    /// whose one amount is `-` are body rows, the header one row (before:
    /// both read as header rows, and lost from the body). A heading's label
    /// (`类`) under a complete row stays header.
    @Test func sectionsUnderCompleteHeadingsAreBody() throws {
        let document = try Converter().convert(path: Fixtures.sample("sections-under-headings.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.header.map(texts) == [["項目", "預算數", "說明"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["業務活動之現金流量", "", ""],
            ["本期賸餘(短絀)", "-", ""],
            ["調整非現金項目", "4,492", ""],
            ["提存呆帳", "1,000", "提列應收帳款呆帳。"],
            ["業務活動之淨現金流入(流出)", "5,492", ""],
        ])
        #expect(HeaderSplitter.headerRowCount([row("科目编码", "科目名称", "金额"), row("类", "", ""),
                                               row("201", "一般公共服务支出", "1,500.00")]) == 2)
    }

    @Test func columnNumbersCloseTheHeader() {
        let rows = [row("单位名称", "总计", "事业收入", "其他收入"), row("**", "1", "2", "3"), row("合计", "515,313.35", "436,671.20", "14,023.40")]
        #expect(HeaderSplitter.headerRowCount(rows) == 2)
        #expect(HeaderSplitter.numbersColumns(row("栏次", "1", "2", "3")))
        #expect(!HeaderSplitter.numbersColumns(row("**", "1", "2")))
        #expect(!HeaderSplitter.numbersColumns(row("合计", "1", "2", "3")))
    }

    @Test func bodyStartsAtANumberedItemEvenWithoutAmounts() {
        let rows = [row("收入", "", "支出"), row("项目", "决算数", "项目"), row("一、一般公共预算财政拨款收入", "", "一、一般公共服务支出")]
        #expect(HeaderSplitter.headerRowCount(rows) == 2)
    }

    @Test func aLoneTotalIsTheBodyOfAnEmptyTable() {
        let rows = [row("科目编码", "科目名称", "金额"), row("合计", "", "")]
        #expect(HeaderSplitter.headerRowCount(rows) == 1)
    }

    @Test func aTotalOverAnAmountColumnIsHeader() {
        let rows = [row("合计", "基本支出", "项目支出"), row("27,664.22", "11,700.63", "13,025.38")]
        #expect(HeaderSplitter.headerRowCount(rows) == 1)
    }

    @Test func aRowOfColumnNumbersClosesTheHeader() {
        let rows = [row("项目", "栏次", "决算数", "预算数"), row("栏次", "1", "2", "3"),
                    row("一、一般公共预算财政拨款收入", "1", "100.00", "90.00")]
        #expect(HeaderSplitter.headerRowCount(rows) == 2)
        #expect(HeaderSplitter.headerRowCount([row("1", "2", "3", "4"), row("合计", "", "5.00", "")]) == 1)
        #expect(!HeaderSplitter.numbersColumns(row("201", "03", "01", "行政运行")))
    }

    @Test func itemMarkers() {
        #expect(ItemMarker.startsItem("一、财政拨款"))
        #expect(ItemMarker.startsItem("二十一、其他支出"))
        #expect(ItemMarker.startsItem("（三）国防支出"))
        #expect(ItemMarker.startsItem("2013601"))
        #expect(!ItemMarker.startsItem("一般公共服务支出"))
        #expect(!ItemMarker.startsItem("业支出"))
    }
}

@Suite("Tables over several pages")
struct TableStitcherTests {
    let header = [row("项目", "", "金额")]

    @Test func continuationDropsTheRepeatedHeader() {
        let first = pageTable(page: 3, title: "收入预算总表", header: header, rows: [row("一、财政拨款", "", "10.00")])
        let second = pageTable(page: 4, header: header, rows: [row("二、其他资金", "", "2.00")])
        let tables = TableStitcher.stitch(pages([first], [second]))
        #expect(tables.count == 1)
        #expect(tables[0].pages == [3, 4])
        #expect(tables[0].rows.map { texts($0.cells) } == [["一、财政拨款", "", "10.00"], ["二、其他资金", "", "2.00"]])
        #expect(tables[0].rows.map(\.page) == [3, 4])
    }

    /// A continuation titled `续表` (or `…（续）`) continues; another title starts a new table.
    @Test func aContinuationMaySayItContinues() {
        let first = pageTable(page: 3, title: "收入预算总表", header: header, rows: [row("一、财政拨款", "", "10.00")])
        for title in ["续表", "续表1", "收入预算总表（续）"] {
            let second = pageTable(page: 4, title: title, header: header, rows: [row("二、其他资金", "", "2.00")])
            #expect(TableStitcher.stitch(pages([first], [second])).map(\.title) == ["收入预算总表"], "\(title)")
        }
        let other = pageTable(page: 4, title: "支出预算总表", header: header, rows: [row("一、基本支出", "", "2.00")])
        #expect(TableStitcher.stitch(pages([first], [other])).count == 2)
    }

    /// A table printing its title, table number, unit and header again on
    /// the next page is continued there, even with every column moved (a
    /// book's mirrored margins); another unit or table number is another table.
    @Test func aRepeatedCaptionAndHeaderContinueWhereverTheColumnsStand() {
        func table(page: Int, unit: String = "万元", number: String = "表十一", shift: Double = 0, _ label: String) -> PageTable {
            var table = pageTable(page: page, title: "收支决算情况表", header: header, rows: [row(label, "", "263")],
                                  bounds: [0, 100, 200, 300].map { $0 + shift })
            table.unit = unit
            table.notes = [number]
            return table
        }
        let first = table(page: 130, "彩票公益金安排的支出")
        let moved = table(page: 131, shift: 40, "用于城乡医疗救助的彩票公益金支出")
        let tables = TableStitcher.stitch(pages([first], [moved]))
        #expect(tables.map(\.pages) == [[130, 131]])
        #expect(tables.first?.rows.map { texts($0.cells) } == [["彩票公益金安排的支出", "", "263"], ["用于城乡医疗救助的彩票公益金支出", "", "263"]])
        #expect(TableStitcher.stitch(pages([first], [table(page: 131, unit: "元", shift: 40, "其他")])).count == 2)
        #expect(TableStitcher.stitch(pages([first], [table(page: 131, number: "表十二", shift: 40, "其他")])).count == 2)
        #expect(TableStitcher.stitch(pages([first], [table(page: 132, shift: 40, "其他")])).count == 2)
    }

    /// A table joined over pages keeps the notes each page prints, each
    /// with its page; what repeats its title or notes (whole or a piece) once.
    @Test func aJoinedTableKeepsTheNotesOfEveryPage() {
        var first = pageTable(page: 3, title: "收入预算总表", header: header, rows: [row("一、财政拨款", "", "10.00")])
        first.notes = ["表三"]
        var second = pageTable(page: 4, header: header, rows: [row("二、其他资金", "", "2.00")])
        second.notes = ["表三", "收入预算", "注：本表无政府性基金收入。"]
        let tables = TableStitcher.stitch(pages([first], [second]))
        #expect(tables.first?.notes == ["表三", "注：本表无政府性基金收入。"])
        #expect(tables.first?.printedNotes.map(\.page) == [3, 4])
    }

    @Test func aRowCutByThePageBreakIsJoined() {
        let first = pageTable(page: 7, header: header, rows: [row("八、社会保障和就", "", "1,608.51")])
        let second = pageTable(page: 8, rows: [row("业支出", "", ""), row("九、卫生健康支出", "", "")])
        let tables = TableStitcher.stitch(pages([first], [second]))
        #expect(tables[0].rows.map { texts($0.cells) } == [["八、社会保障和就业支出", "", "1,608.51"], ["九、卫生健康支出", "", ""]])
    }

    @Test func twoCompleteLabelsAreNotJoined() {
        let first = pageTable(page: 9, header: header, rows: [row("", "专户管理教育收费", "")])
        let second = pageTable(page: 10, rows: [row("", "其他非税收入", "")])
        #expect(TableStitcher.stitch(pages([first], [second]))[0].rows.count == 2)
    }

    @Test func aFragmentWithMergedColumnsIsMappedOntoTheColumnsBefore() {
        let first = pageTable(page: 8, header: header, rows: [row("当年收入", "13,649.07", "13,649.07")])
        let fragment = pageTable(page: 9, rows: [row("小计"), row("收入合计", "13,649.07")], bounds: [0, 100, 300])
        let tables = TableStitcher.stitch(pages([first], [fragment]))
        #expect(tables[0].rows.map { texts($0.cells) }
                == [["当年收入小计", "13,649.07", "13,649.07"], ["收入合计", "13,649.07", ""]])
    }

    @Test func aTitleAtTheFootOfAPageGoesToTheTableOpeningTheNext() {
        let first = pageTable(page: 12, title: "财政拨款收支预算总表", header: header, rows: [row("一、财政拨款", "", "1.00")])
        let next = pageTable(page: 13, header: header, rows: [row("合计", "", "7,666.68")])
        var layouts = pages([first], [next])
        layouts[0].footCaption = Caption(title: "财政拨款基本支出预算表", unit: "万元")
        let tables = TableStitcher.stitch(layouts)
        #expect(tables.map(\.title) == ["财政拨款收支预算总表", "财政拨款基本支出预算表"])
        #expect(tables[1].unit == "万元")
    }

    @Test func aTitledTableOnTheNextPageIsNewAndAnEmptyOneIsDropped() {
        let first = pageTable(page: 1, title: "收支预算总表", header: header, rows: [row("一、财政拨款", "", "1.00")])
        let second = pageTable(page: 2, title: "收入预算总表", header: header, rows: [row("收入总计", "", "1.00")])
        let empty = pageTable(page: 3, title: "支出预算总表", header: header, rows: [])
        let tables = TableStitcher.stitch(pages([first], [second], [empty]))
        #expect(tables.map(\.title) == ["收支预算总表", "收入预算总表"])
    }

    /// A form going on, untitled, in another column split of its frame is
    /// one form in the union of the pages' edges; a third page in the first
    /// page's split again finds its edges there (no column twice). A page
    /// opening with the form's own first field is the next form.
    @Test func aFormInAnotherSplitGoesOnInTheUnionOfTheEdges() {
        let first = pageTable(page: 5, title: "项目绩效目标表", rows: [row("项目名称", "社区养老服务", ""), row("资金总额", "21.50", "")])
        let second = pageTable(page: 6, rows: [row("年度目标", "提升服务能力。")], bounds: [0, 150, 300])
        let third = pageTable(page: 7, rows: [row("产出指标", "数量指标", "≥800人")])
        let tables = TableStitcher.stitch(pages([first], [second], [third]))
        #expect(tables.map(\.pages) == [[5, 6, 7]])
        #expect(tables.first?.columnCount == 4)
        #expect(tables.first?.rows.map { $0.cells.map { $0?.text } } == [
            ["项目名称", "社区养老服务", nil, nil], ["资金总额", "21.50", nil, nil],
            ["年度目标", nil, "提升服务能力。", nil], ["产出指标", "数量指标", nil, "≥800人"]])
        let nextForm = pageTable(page: 6, rows: [row("项目名称", "居家养老服务")], bounds: [0, 150, 300])
        #expect(TableStitcher.stitch(pages([first], [nextForm])).count == 2)
        var titled = second
        titled.title = "部门整体绩效目标表"
        #expect(TableStitcher.stitch(pages([first], [titled])).count == 2)
        let notAForm = pageTable(page: 5, title: "收入预算总表", rows: [row("一、财政拨款", "10.00", "")])
        #expect(TableStitcher.stitch(pages([notAForm], [second])).count == 2)
    }
}

@Suite("Captions in the grid, continuations without rules")
struct GridCaptionAndAlignedStitchTests {
    @Test func titleUnitAndNoteRowsLeaveTheGrid() {
        var table = pageTable(page: 1, header: [row("2025年部门支出预算表", "", ""), row("单位：万元", "", ""), row("项目", "合计", "基本支出")],
                              rows: [row("合计", "10.00", "10.00"), row("注：本表不含政府性基金。", "", "")])
        table.rowBounds = [0, 10, 20, 30, 40, 50, 60]
        Caption.liftOutOfGrid(&table)
        #expect(table.title == "2025年部门支出预算表")
        #expect(table.unit == "万元")
        #expect(table.header.count == 1 && table.rows.count == 1)
        #expect(table.notes == ["单位：万元", "注：本表不含政府性基金。"])
        #expect(table.rowBounds == [20, 30, 40, 50])
    }

    /// A caption line cut into cells by the grid (department left, unit
    /// over the last column) leaves it too, with the blank row under the
    /// title; the grid's own title beats a part heading read above the grid.
    @Test func aCaptionLineCutIntoCellsLeavesTheGrid() {
        var table = pageTable(page: 1, header: [row("收入总表（预算表2）", "", ""), row("", "", ""), row("预算单位：长春市信访局", "", "单位：万元"),
                                                row("项目", "合计", "基本支出")],
                              rows: [row("合计", "10.00", "10.00")])
        table.title = "第二部分2026年度部门预算表"
        table.rowBounds = [0, 10, 20, 30, 40, 50]
        Caption.liftOutOfGrid(&table)
        #expect(table.title == "收入总表（预算表2）")
        #expect(table.unit == "万元")
        #expect(table.header.map(texts) == [["项目", "合计", "基本支出"]])
        #expect(table.notes == ["第二部分2026年度部门预算表", "预算单位：长春市信访局", "单位：万元"])
        #expect(table.rowBounds == [30, 40, 50])
    }

    /// A header row of headings that start as caption lines do (`单位名称`,
    /// no colon) stays: a caption cell has its colon.
    @Test func headingsThatStartAsCaptionsStayInTheHeader() {
        var table = pageTable(page: 1, header: [row("单位名称", "总计", "本年收入")], rows: [row("合计", "10.00", "10.00")])
        table.rowBounds = [0, 10, 20]
        Caption.liftOutOfGrid(&table)
        #expect(table.header.map(texts) == [["单位名称", "总计", "本年收入"]])
        #expect(table.unit == nil && table.notes.isEmpty)
        #expect(Caption.isCaptionCell("预算单位：长春市信访局") && Caption.isCaptionCell("单位：万元") && !Caption.isCaptionCell("单位名称"))
    }

    @Test(arguments: [("万元", AmountUnit.tenThousandYuan), ("新臺幣千元", .thousandYuan), ("元", .yuan), ("億元", .hundredMillionYuan),
                      ("单位：万元", nil), ("万元整", nil), ("合计", nil)])
    func aWordThatIsAUnit(word: String, unit: AmountUnit?) {
        #expect(MoneyUnit(word: word)?.scale == unit)
    }

    @Test(arguments: [("注：本表为空表。", true), ("注1：单位为万元", true), ("说明:无", true), ("注册费", false), ("合计", false)])
    func notesUnderATable(text: String, isNote: Bool) {
        #expect(Caption.isNote(text) == isNote)
    }

    /// Without rules, boundaries lie between the words a page prints: a
    /// continuation's columns are matched by where their middles fall.
    @Test func columnsOfATableWithoutRulesMatchByTheirMiddles() {
        var previous = pageTable(page: 1, rows: [row("201", "一般公共服务支出", "10.00")], bounds: [0, 80, 260, 400, 520])
        previous.ruled = false
        var next = pageTable(page: 2, rows: [row("208", "社会保障", "3.00")], bounds: [5, 70, 250, 390])
        next.ruled = false
        #expect(TableStitcher.continuationMapping(next, after: previous) == [0, 1, 2])
        var shifted = next
        shifted.columnBounds = [300, 420, 500, 520]
        #expect(TableStitcher.continuationMapping(shifted, after: previous) == nil)
    }

    /// Samples/headerless-continuation-stretches.pdf: a table ruled between
    /// rows only goes on to page 2 without its header, as wkhtmltopdf breaks
    /// an HTML table. Codes stand right in the first column and `合计` left,
    /// each amount column's placeholder `－` at its left edge, the amounts
    /// right. Page 2, read from its words alone, makes a column of `合计` and
    /// one of each column's dashes, eight in all; those that fall in one
    /// column of page 1, no row printing in two of them, are that column
    /// (``TableStitcher/continuationMapping(_:after:)``). Before, page 2 had
    /// too many columns to continue page 1: a table of its own, every row lost.
    @Test func stretchesOfAHeaderlessContinuationAreTheColumnsOfThePageBefore() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("headerless-continuation-stretches.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 5)
        let names = [
            "一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "政协事务", "政府办公厅（室）及相关机构事务", "统计信息事务", "财政事务", "税收事务", "审计事务", "人力资源事务",
            "纪检监察事务", "商贸事务", "知识产权事务", "民族事务", "港澳台事务", "档案事务", "民主党派及工商联事务", "群众团体事务", "党委办公厅（室）及相关机构事务", "组织事务", "宣传事务",
            "统战事务", "对外联络事务", "其他共产党事务支出", "网信事务", "市场监督管理事务", "社会工作事务", "信访事务", "其他一般公共服务支出", "公共安全支出", "武装警察部队", "公安",
            "国家安全", "检察", "法院", "司法", "监狱", "行政事业单位基本养老保险缴费其他支出", "国家保密", "缉私警察", "其他公共安全支出", "教育支出", "教育管理事务", "普通教育", "职业教育", "成人教育",
            "广播电视教育", "留学教育", "特殊教育",
        ]
        func grouped(_ value: Int) -> String {
            let digits = String(abs(value))
            let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
                String(digits[digits.index(digits.startIndex, offsetBy: max(0, end - 3))..<digits.index(digits.startIndex, offsetBy: end)])
            }
            return (value < 0 ? "-" : "") + groups.joined(separator: ",")
        }
        func printed(_ value: Int) -> String { value == 0 ? "－" : grouped(value) }
        var expected: [[String]] = []
        var totals = (this: 0, last: 0)
        for (n, name) in names.enumerated() {
            let this = n % 5 == 3 ? 0 : 1000 + 37 * n, last = n % 9 == 4 ? 0 : 900 + 29 * n
            totals = (totals.this + this, totals.last + last)
            let code = "2" + [n / 10, n % 10].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined() + "01"
            expected.append([code, name, printed(this), printed(last), printed(this - last)])
        }
        expected.append(["合计", "", grouped(totals.this), grouped(totals.last), grouped(totals.this - totals.last)])
        #expect(table.rows.map { texts($0.cells) } == expected)
    }

    /// Samples/total-left-of-codes-continued.pdf: a 功能分类 table without
    /// rules over a page break, its header not printed again on page 2 (as
    /// wkhtmltopdf breaks an HTML table), the codes set right in their
    /// columns and `合计` left in the first. With no heading over them,
    /// `合计` alone is a stretch of x left of the 类 codes: the first
    /// column's cell, beside the codes set right
    /// (``AlignedTableFinder/joiningAlignedStretches(_:body:header:)``).
    /// Before, page 2 had a column of its own for `合计`, eight columns to
    /// page 1's seven, whose middle stood further left of page 1's first
    /// column (its heading `类` centred) than the page's columns may move:
    /// a table of its own, every row of page 2 lost.
    @Test func totalLeftOfCodesOnAHeaderlessPageIsTheFirstColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("total-left-of-codes-continued.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [
            ["201", "", "", "一般公共服务支出", "52,471", "44,386", "8,085"],
            ["201", "01", "", "人大事务", "12,000", "10,000", "2,000"],
            ["201", "01", "01", "行政运行", "10,000", "10,000", ""],
            ["201", "01", "02", "一般行政管理事务", "2,000", "", "2,000"],
            ["201", "02", "", "政府办公厅（室）及相关机构事务", "10,731", "10,731", ""],
            ["201", "02", "01", "行政运行", "10,731", "10,731", ""],
            ["201", "03", "", "统计信息事务", "14,296", "11,462", "2,834"],
            ["201", "03", "01", "行政运行", "11,462", "11,462", ""],
            ["201", "03", "02", "一般行政管理事务", "2,834", "", "2,834"],
            ["201", "04", "", "财政事务", "15,444", "12,193", "3,251"],
            ["201", "04", "01", "行政运行", "12,193", "12,193", ""],
            ["201", "04", "02", "一般行政管理事务", "3,251", "", "3,251"],
            ["204", "", "", "公共安全支出", "30,458", "28,041", "2,417"],
            ["204", "01", "", "公安", "16,072", "13,655", "2,417"],
            ["204", "01", "01", "行政运行", "13,655", "13,655", ""],
            ["204", "01", "02", "一般行政管理事务", "2,417", "", "2,417"],
            ["204", "02", "", "司法", "14,386", "14,386", ""],
            ["204", "02", "01", "行政运行", "14,386", "14,386", ""],
            ["205", "", "", "教育支出", "38,185", "35,351", "2,834"],
            ["205", "01", "", "普通教育", "20,144", "17,310", "2,834"],
            ["205", "01", "01", "行政运行", "17,310", "17,310", ""],
            ["205", "01", "02", "一般行政管理事务", "2,834", "", "2,834"],
            ["205", "02", "", "进修及培训", "18,041", "18,041", ""],
            ["205", "02", "01", "行政运行", "18,041", "18,041", ""],
            ["208", "", "", "社会保障和就业支出", "100,084", "88,246", "11,838"],
            ["208", "01", "", "人力资源和社会保障管理事务", "24,216", "20,965", "3,251"],
            ["208", "01", "01", "行政运行", "20,965", "20,965", ""],
            ["208", "01", "02", "一般行政管理事务", "3,251", "", "3,251"],
            ["208", "02", "", "行政事业单位养老支出", "21,696", "21,696", ""],
            ["208", "02", "01", "行政运行", "21,696", "21,696", ""],
            ["208", "03", "", "就业补助", "26,512", "22,427", "4,085"],
            ["208", "03", "01", "行政运行", "22,427", "22,427", ""],
            ["208", "03", "02", "一般行政管理事务", "4,085", "", "4,085"],
            ["208", "04", "", "红十字事业", "27,660", "23,158", "4,502"],
            ["208", "04", "01", "行政运行", "23,158", "23,158", ""],
            ["208", "04", "02", "一般行政管理事务", "4,502", "", "4,502"],
            ["210", "", "", "卫生健康支出", "53,639", "49,971", "3,668"],
            ["210", "01", "", "计划生育事务", "28,288", "24,620", "3,668"],
            ["210", "01", "01", "行政运行", "24,620", "24,620", ""],
            ["210", "01", "02", "一般行政管理事务", "3,668", "", "3,668"],
            ["210", "02", "", "行政事业单位医疗", "25,351", "25,351", ""],
            ["210", "02", "01", "行政运行", "25,351", "25,351", ""],
            ["212", "", "", "城乡社区支出", "96,022", "87,018", "9,004"],
            ["212", "01", "", "城乡社区管理事务", "32,360", "28,275", "4,085"],
            ["212", "01", "01", "行政运行", "28,275", "28,275", ""],
            ["212", "01", "02", "一般行政管理事务", "4,085", "", "4,085"],
            ["212", "02", "", "城乡社区公共设施", "29,006", "29,006", ""],
            ["212", "02", "01", "行政运行", "29,006", "29,006", ""],
            ["212", "03", "", "城乡社区环境卫生", "34,656", "29,737", "4,919"],
            ["212", "03", "01", "行政运行", "29,737", "29,737", ""],
            ["212", "03", "02", "一般行政管理事务", "4,919", "", "4,919"],
            ["221", "", "", "住房保障支出", "69,093", "64,591", "4,502"],
            ["221", "01", "", "住房改革支出", "36,432", "31,930", "4,502"],
            ["221", "01", "01", "行政运行", "31,930", "31,930", ""],
            ["221", "01", "02", "一般行政管理事务", "4,502", "", "4,502"],
            ["221", "02", "", "城乡社区住宅", "32,661", "32,661", ""],
            ["221", "02", "01", "行政运行", "32,661", "32,661", ""],
            ["合计", "", "", "", "439,952", "397,604", "42,348"],
        ])
    }

    /// Samples/repeated-header-continued.pdf: a 项目支出绩效目标表 ruled between
    /// rows only over three pages, its header repeated on each; the second
    /// page prints 一级指标 and 二级指标 as one cell over both columns
    /// (`产出指标：数量指标`), so its columns stand otherwise than the first
    /// page's. The third page, every column where the first printed it, goes
    /// on the table in the table's own columns (before: matched against the
    /// second page's only, two of its columns fell in one there, and it was
    /// read as a table of its own).
    @Test func pageUnderRepeatedHeaderGoesOnInTheTablesOwnColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("repeated-header-continued.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.pages == [1, 2, 3])
        #expect(table.columnCount == 8)
        let indicators = [["产出指标", "数量指标", "培训人次不少于300人次"], ["产出指标", "质量指标", "合格率不低于95%"],
                          ["效益指标", "社会效益指标", "群众知晓率不低于90%"], ["满意度指标", "服务满意度", "满意度不低于95%"]]
        func amount(_ value: Int) -> String { "\(value).00" }
        var expected: [[String]] = []
        func project(_ name: String, _ funds: Int, _ other: Int, spanning: Bool = false) {
            for k in 0..<5 {
                let indicator = indicators[k % indicators.count]
                let cells = spanning ? ["\(indicator[0])：\(indicator[1])", "", indicator[2]] : indicator
                expected.append((k == 0 ? [name, amount(funds + other), amount(funds), amount(other), "完成全年培训任务，提升服务水平"]
                                        : ["", "", "", "", ""]) + cells)
            }
        }
        for (n, name) in ["义务植树基地活动补助", "社区微花园建设", "古树保护宣传", "园林绿化巡查"].enumerated() {
            project(name, 300 - 40 * n, 10 + n)
        }
        for (n, name) in ["古树名木日常养护", "花园城市宣传", "湿地保护监测", "野生动物救护"].enumerated() {
            project(name, 180 - 30 * n, 0, spanning: true)
        }
        for (n, name) in ["绿地养护管理", "林业有害生物防治", "森林防火宣传"].enumerated() {
            project(name, 75 - 10 * n, 3 + n)
        }
        #expect(table.rows.map { texts($0.cells) } == expected)
    }

    /// Samples/rows-ruled-continuation-wider-text.pdf: a 基金用途明細表 ruled
    /// between rows only, as wkhtmltopdf prints an HTML table in narrow
    /// columns over page breaks: the header on page 1 only, over three rows,
    /// two headings nearly touching (`本年度預算數 上年度預算數`); the
    /// placeholder `-` at the left edge of its amount column; page 3 prints
    /// a name longer than any on page 1, reaching past the middle of the gap
    /// between the names and the amounts there; the break cuts page 2's last
    /// row, its line set lower in its band, no rule under it. Pages 2 and 3
    /// are read in page 1's columns, each boundary moved inside the gap page 1
    /// leaves only where a longer text reaches over it
    /// (``RowRuledGrids/continuedColumns(_:left:right:lines:)``), page 1's
    /// boundaries clear of its headings as the header splits them, and the
    /// cut row is the table's (``TableSettings/cutRowReachRows``). Before,
    /// the dashes of 上年度預算數 went into 本年度預算數 (`- -`, one cell)
    /// and the cut row was lost.
    @Test func headerlessRowRuledPagesSetTheBoundariesInThePageBeforesGaps() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("rows-ruled-continuation-wider-text.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.pages == [1, 2, 3])
        #expect(table.columnCount == 5)
        #expect(table.header.map(texts) == [["前年度決算數", "業務計畫及用途別科目", "本年度預算數", "上年度預算數", "計畫內容說明"]])
        let items = ["服務費用", "水電費", "郵電費", "旅運費", "印刷裝訂及公告費", "修理保養及保固費", "保險費", "一般服務費",
                     "專業服務費", "推展費", "材料及用品費", "使用材料費", "用品消耗", "租金、償債、利息及相關手續費", "地租及水租",
                     "房租", "機器租金", "交通及運輸設備租金", "雜項設備租金"]
        func grouped(_ value: Int) -> String {
            let digits = String(value)
            var result = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { result += "," }
                result.append(digit)
            }
            return result
        }
        var expected = [["1,204,310", "壹、農村再生規劃及人力培育計畫", "2,185,200", "2,245,000", ""],
                        ["353,294", "一、農村規劃及培力", "434,414", "450,000", ""],
                        ["197,301", "服務費用", "224,886", "223,435", ""]]
        for n in 0..<96 {
            let name = n == 85 ? "三、建構農業機械示範體系與營造多元服務價值鏈計畫(原為「全面推動農糧產業省工機械化及設備現代化」)"
                : items[(n + 1) % items.count]
            let dashes = n % 4 == 2
            expected.append([grouped((n * 7919) % 90000 + 40), name, dashes ? "-" : grouped((n * 4111) % 60000 + 100),
                             dashes ? "-" : grouped((n * 3467) % 60000 + 100), ""])
        }
        #expect(table.rows.map { texts($0.cells) } == expected)
    }

    /// Samples/other-header-next-page.pdf: a 資本資產明細表 without rules
    /// ending on page 1 with its `合計`, and at the top of page 2, under no
    /// title, a small table of its own headed `來源別 | 本年度預算數 |
    /// 實施內容`. Page 2's table is a table of its own, with its own header
    /// and rows (before: a table first on its page under no title went on
    /// the table ending the page before wherever its columns fell, whatever
    /// header it printed, so its header and rows came back as rows of the
    /// assets table, its three columns spread over that table's six).
    @Test func aHeaderOfOtherHeadingsOnTheNextPageOpensATable() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("other-header-next-page.pdf"))
        #expect(drawn.tables.count == 2)
        let assets = try #require(drawn.tables.first)
        #expect(assets.pages == [1])
        #expect(assets.columnCount == 6)
        #expect(assets.rows.count == 9)
        #expect(assets.rows.last.map { texts($0.cells) } == ["合計", "11,836", "-2,468", "516", "164", "9,720"])
        let sources = try #require(drawn.tables.last)
        #expect(sources.pages == [2])
        #expect(sources.header.map(texts) == [["來源別", "本年度預算數", "實施內容"]])
        #expect(sources.rows.map { texts($0.cells) } == [
            ["一、利息收入", "1,100", "專戶存款利息收入。"],
            ["二、公庫撥款收入", "6,214,390", "單位預算撥補39億6,085萬8千元。"],
        ])
    }
}
