import Testing
@testable import BudgetExtract

/// Glyphs of words at given x positions, one line every 20 pt from y = 100.
private func page(_ rows: [[(Double, String)]]) -> [Glyph] {
    rows.enumerated().flatMap { index, words in
        words.flatMap { x, text in glyphs(text, x: x, y: 100 + Double(index) * 20, size: 9, advance: text.allSatisfy(\.isASCII) ? 5 : 9) }
    }
}

@Suite("Tables without rules")
struct AlignedTableTests {
    @Test func columnsComeFromAlignment() throws {
        let lines = page([
            [(60, "科目编码"), (130, "科目名称"), (330, "合计"), (420, "基本支出")],
            [(130, "合计"), (320, "5,012.67"), (410, "3,000.00")],
            [(60, "201"), (130, "一般公共服务支出"), (320, "4,000.00"), (410, "2,500.00")],
            [(60, "2010101"), (130, "行政运行"), (320, "1,012.67"), (410, "500.00")],
        ])
        let tables = AlignedTableFinder.tables(in: lines, page: 1)
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(!table.ruled)
        #expect(table.header.map(texts) == [["科目编码", "科目名称", "合计", "基本支出"]])
        #expect(table.rows.map(texts) == [
            ["", "合计", "5,012.67", "3,000.00"],
            ["201", "一般公共服务支出", "4,000.00", "2,500.00"],
            ["2010101", "行政运行", "1,012.67", "500.00"],
        ])
    }

    /// Amounts printed so close that they read as one word are cut after
    /// their decimals; a date with two points is left whole.
    @Test func fusedAmountsAreCutApart() {
        let line = { (text: String) in TextLine(words: [Word(glyphs: glyphs(text, x: 0, y: 0, size: 9, advance: 5))]) }
        let cut = AlignedTableFinder.splittingFusedAmounts(line("12,029,501.843,807,295.58"))
        #expect(cut.words.map(\.text) == ["12,029,501.84", "3,807,295.58"])
        #expect(AlignedTableFinder.splittingFusedAmounts(line("2020.12.31")).words.map(\.text) == ["2020.12.31"])
        #expect(AlignedTableFinder.splittingFusedAmounts(line("1,250.05")).words.map(\.text) == ["1,250.05"])
    }

    /// `合      计` spread over its cell is one label; `类 款 项` stay three.
    @Test func spreadLabelsReadAsOneWord() {
        let line = { (pieces: [(Double, String)]) in
            TextLine(words: pieces.map { Word(glyphs: glyphs($0.1, x: $0.0, y: 0, size: 9)) })
        }
        #expect(AlignedTableFinder.joiningSpacedLabels(line([(10, "合"), (60, "计"), (200, "5,012.67")])).words.map {
            $0.text.filter { !$0.isWhitespace }
        } == ["合计", "5,012.67"])
        #expect(AlignedTableFinder.joiningSpacedLabels(line([(10, "类"), (40, "款"), (70, "项")])).words.count == 3)
    }

    @Test func proseWithFiguresIsNoTable() {
        let lines = page([
            [(60, "2023年收入预算300.32万元，其中：一般公共预算财政拨款300.32万元。")],
            [(60, "支出预算较2022年增加82.37万元，主要是基本支出预算增加11.12万元。")],
            [(60, "项目支出167.13万元，比2022年增加71.25万元。")],
            [(60, "“三公”经费预算6.2万元，比2022年减少1.3万元。")],
        ])
        #expect(AlignedTableFinder.tables(in: lines, page: 1).isEmpty)
    }

    @Test func tableOfContentsIsNoTable() {
        let lines = page([
            [(60, "一、部门主要职能……………………"), (400, "3")],
            [(60, "二、部门机构设置……………………"), (400, "4")],
            [(60, "三、2025年部门收入预算总表………"), (400, "12")],
            [(60, "四、2025年部门支出预算总表………"), (400, "135")],
        ])
        #expect(AlignedTableFinder.tables(in: lines, page: 1).isEmpty)
    }

    /// Entries of a table of contents align like rows (the entry number,
    /// the year set apart and read as an amount, the title), with or
    /// without page numbers: under a `目 录` heading, or naming tables, they
    /// are no table.
    @Test func contentsWithoutLeadersIsNoTable() {
        let entries: [[(Double, String)]] = [
            [(80, "1."), (100, "2026"), (130, "年预算单位财务收支预算总表")],
            [(80, "2."), (100, "2026"), (130, "年预算单位收入预算总表")],
            [(80, "3."), (100, "2026"), (130, "年预算单位支出预算总表")],
            [(80, "4."), (100, "2026"), (130, "年单位“三公”经费和机关运行经费预算表")],
        ]
        #expect(AlignedTableFinder.tables(in: page([[(250, "目 录")], [(60, "五、单位预算表")]] + entries), page: 1).isEmpty)
        #expect(AlignedTableFinder.tables(in: page(entries), page: 1).isEmpty)
        #expect(AlignedTableFinder.tables(in: page(entries.enumerated().map { $1 + [(480, "\(120 + $0)")] }), page: 1).isEmpty)
    }

    /// An entry names a table; an item's row, even one counting tables, does not.
    @Test func contentsEntriesNameTables() {
        #expect(PrintedVocabulary.isContentsEntry(["1.", "2026", "年预算单位收入预算总表"]))
        #expect(PrintedVocabulary.isContentsEntry(["（三）2025年部门支出预算总表………", "12"]))
        #expect(!PrintedVocabulary.isContentsEntry(["2010101", "行政运行", "1,012.67"]))
        #expect(!PrintedVocabulary.isContentsEntry(["编制报表", "1,250.00"]))
        #expect(!PrintedVocabulary.isContentsEntry(["2025年共填报35张表", "35"]))
    }

    /// contents-pages.pdf: a page headed `目    录` without page numbers and
    /// one going on with leaders and page numbers come before the two
    /// tables they list: only those two are tables.
    @Test func noTableComesFromTheContentsPages() throws {
        let document = try Converter().convert(path: Fixtures.sample("contents-pages.pdf"))
        #expect(document.tables.map(\.pages) == [[3], [4]])
        #expect(document.tables.map(\.title) == ["2025年部门收入预算总表", "2025年部门支出预算总表"])
        #expect(document.tables.first?.rows.map { texts($0.cells) }.last == ["合计", "1,405.60", "1,308.50"])
        #expect(document.tables.last?.rows.map { texts($0.cells) }.first == ["2010101", "行政运行", "860.00", "860.00", ""])
    }

    @Test func codesFusedToTheirNamesAreCutWhereTheColumnsMeet() throws {
        // A spreadsheet export: codes right-aligned, ending 2 pt before the names start.
        func code(_ text: String) -> (Double, String) { (133 - Double(text.count - 1) * 5 - 9, text) }
        let lines = page([
            [code("201"), (135, "一般公共服务支出"), (320, "35,956.42")],
            [code("20103"), (135, "政府办公厅事务"), (320, "35,956.42")],
            [code("2010301"), (135, "行政运行"), (320, "12,029.84")],
            [code("208"), (135, "社会保障和就业支出"), (320, "2,435.76")],
        ])
        let table = try #require(AlignedTableFinder.tables(in: lines, page: 1).first)
        #expect(table.rows.map(texts) == [
            ["201", "一般公共服务支出", "35,956.42"], ["20103", "政府办公厅事务", "35,956.42"],
            ["2010301", "行政运行", "12,029.84"], ["208", "社会保障和就业支出", "2,435.76"],
        ])
    }

    /// amounts-against-names.pdf: amounts right-aligned against the next
    /// column's names, two cells' padding apart, no vertical rule (a
    /// spreadsheet printed without vertical borders): the amount and the
    /// name are two cells, in a 收支总表 and a 平衡表 ruled by rows only.
    @Test func amountsAgainstNamesAreCutWhereTheColumnsMeet() throws {
        let document = try Converter().convert(path: Fixtures.sample("amounts-against-names.pdf"))
        #expect(document.tables.count == 2)
        #expect(document.tables.first?.rows.map { texts($0.cells) } == [
            ["一、财政拨款收入", "304,413,900", "一、教育支出", "326,658,710"],
            ["二、事业收入", "50,000,000", "二、社会保障和就业支出", "48,817,900"],
            ["三、其他收入", "54,282,100", "三、卫生健康支出", "15,502,390"],
            ["", "", "四、住房保障支出", "17,717,000"],
            ["收入总计", "408,696,000", "支出总计", "408,696,000"],
        ])
        #expect(document.tables.last?.rows.map { texts($0.cells) } == [
            ["97,549,430", "资产", "59,660,805", "-18,846,463"],
            ["75,144,000", "流动资产", "37,050,908", "-18,952,401"],
            ["58,669,825", "现金", "23,152,353", "-11,201,152"],
            ["909,405", "应收款项", "2,260,198", "233,671"],
            ["33,282,687", "负债", "25,935,048", "-3,020,924"],
            ["97,549,430", "负债及基金余额合计", "59,660,805", "-18,846,463"],
        ])
    }

    /// names-beside-few-amounts.pdf: an explanation column that one row
    /// fills, glued to that row's last amount (no rule, the cells' padding
    /// between): the amount ends where the other rows' amounts end, so the
    /// explanation is a column of its own and the table keeps five.
    @Test func aNameBesideOneAmountIsCutAtTheAmountColumnsEdge() throws {
        let document = try Converter().convert(path: Fixtures.sample("names-beside-few-amounts.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["17,186,642", "壹、提升农业经营及发展计划", "18,683,875", "17,576,803", "各计划内容"],
            ["4,936", "用人费用", "4,899", "7,788", ""],
            ["1,372", "聘雇及兼职人员薪资", "690", "1,374", ""],
            ["3,154", "加班费", "4,000", "6,000", ""],
            ["428,996", "服务费用", "500,003", "601,731", ""],
            ["26,274", "水电费", "29,941", "30,041", ""],
        ])
    }

    /// amounts-against-names-few.pdf: a 收支总表's receipts amounts glued to
    /// the spending items beside them (no rule, the cells' padding between)
    /// on two rows only, the first and `收入总计`: two seams, where the
    /// headings above (`预算数 | 支出`) part too, cut the column. Before: too
    /// few seams to cut, the amount and the item one cell, the table three
    /// columns wide.
    @Test func amountsAgainstNamesOnTwoRowsAreCutWhereTheHeadingsPart() throws {
        let document = try Converter().convert(path: Fixtures.sample("amounts-against-names-few.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、一般公共预算", "66,716,064", "一、科学技术支出", "65,733,764"],
            ["二、政府性基金预算", "", "二、社会保障和就业支出", "589,500"],
            ["三、国有资本经营预算", "", "三、卫生健康支出", "221,000"],
            ["", "", "四、住房保障支出", "171,800"],
            ["收入总计", "66,716,064", "支出总计", "66,716,064"],
        ])
    }

    /// amount-against-two-digit-item-unruled.pdf: a 收支总表's receipts
    /// amounts right-aligned against the spending items beside them, the
    /// cells' padding between (one word each), the items numbered past nine
    /// (`0.0011、节能环保支出`): the amount ends at the gap its figure shows,
    /// `0.00`, never inside the item's number. Before: the longest amount
    /// before an item's mark, `0.001`, was cut off, and the items read
    /// `1 1、节能环保支出`, `1 2、城乡社区支出`, `1 3、农林水支出`.
    @Test func amountAgainstATwoDigitItemEndsAtTheGapInItsFigure() throws {
        let document = try Converter().convert(path: Fixtures.sample("amount-against-two-digit-item-unruled.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、财政拨款", "1,235.50", "1、一般公共服务支出", "400.00"],
            ["二、事业收入", "0.00", "2、外交支出", "0.00"],
            ["三、经营收入", "0.00", "3、国防支出", "0.00"],
            ["四、其他收入", "12.00", "4、公共安全支出", "35.00"],
            ["", "0.00", "5、教育支出", "0.00"],
            ["", "0.00", "6、科学技术支出", "120.50"],
            ["", "0.00", "7、文化旅游体育与传媒支出", "0.00"],
            ["", "0.00", "8、社会保障和就业支出", "300.00"],
            ["", "0.00", "9、社会保险基金支出", "0.00"],
            ["", "0.00", "10、卫生健康支出", "180.00"],
            ["", "0.00", "11、节能环保支出", "0.00"],
            ["", "0.00", "12、城乡社区支出", "212.00"],
            ["", "0.00", "13、农林水支出", "0.00"],
            ["收入总计", "1,247.50", "支出总计", "1,247.50"],
        ])
    }

    /// amount-against-item-once.pdf: a 收支总表 headed only by `收入` and
    /// `支出`, whose one receipt amount is glued to the spending item beside
    /// it (`19,572.91一、一般公共服务支出`, and again at `支出总计`): the piece
    /// after the amount opens an item or a total, and the other rows' items
    /// start where it starts, so the word is cut there. Before: two seams
    /// were too few and no headings parted there, the amount and the item
    /// one cell, the table three columns wide.
    @Test func anAmountAgainstAnItemIsCutWhereTheItemsStart() throws {
        let document = try Converter().convert(path: Fixtures.sample("amount-against-item-once.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、一般公共预算财政拨款收入", "19,572.91", "一、一般公共服务支出", "10,685.56"],
            ["二、政府性基金预算财政拨款收入", "", "二、教育支出", "180.03"],
            ["三、事业收入", "", "三、社会保障和就业支出", "1,207.32"],
            ["", "", "四、住房保障支出", "7,500.00"],
            ["收入总计", "19,572.91", "支出总计", "19,572.91"],
        ])
    }

    /// explained-amounts-row.pdf: a 用途明细表's first row explains its
    /// amounts in a sentence (`详基金用途明细表说明。`) in a 说明 column no
    /// other row fills, glued to its last amount: amounts before the full
    /// stop make the line a row, the explanation a fifth column. Before: the
    /// line was prose, and the table lost that row, its header and a column.
    @Test func aRowExplainingItsAmountsInASentenceIsNoProse() throws {
        let document = try Converter().convert(path: Fixtures.sample("explained-amounts-row.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1,060,446", "森林游乐及林业铁路经营管理计划", "1,153,045", "1,193,001", "详基金用途明细表说明。"],
            ["1,110", "用人费用", "1,199", "1,206", ""],
            ["493", "正式员额薪资", "457", "457", ""],
            ["166", "加班费", "193", "196", ""],
            ["787,229", "服务费用", "904,109", "913,181", ""],
            ["26,200", "水电费", "25,900", "22,060", ""],
        ])
    }

    /// amounts-against-items.pdf: amounts glued to the numbered items of the
    /// next column, the amount's last digit run into the item's number
    /// (`92,165,133.991、一般公共服务支出`, `230,000.00(1)普通教育`): the item
    /// starts at its number, so each is two cells. Before: the seam was read
    /// after the item's number, the columns stayed one and `1、` was cut in two.
    @Test func amountsAgainstNumberedItemsAreCutWhereTheItemStarts() throws {
        let document = try Converter().convert(path: Fixtures.sample("amounts-against-items.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、部门预算", "92,165,133.99", "一、部门预算", "92,165,133.99"],
            ["1、财政拨款", "92,165,133.99", "1、一般公共服务支出", "72,302,752.62"],
            ["(1)一般公共预算拨款", "85,065,133.99", "2、教育支出", "230,000.00"],
            ["(2)政府性基金拨款", "7,100,000.00", "(1)普通教育", "230,000.00"],
            ["2、上级补助收入", "", "3、卫生健康支出", "19,632,381.37"],
            ["本年收入合计", "92,165,133.99", "本年支出合计", "92,165,133.99"],
        ])
    }

    /// A word's leading figure: a code's digits or an amount with separators,
    /// never an item number's point.
    @Test func leadingFiguresAreCodesOrAmounts() {
        func length(_ text: String) -> Int { AlignedTableFinder.leadingFigureLength(glyphs(text, x: 0, y: 0, size: 9)) }
        #expect(length("97,549,430資產") == 10)
        #expect(length("-455,308合计") == 8)
        #expect(length("2010301行政运行") == 7)
        #expect(length("1.一般公共预算") == 1)
        #expect(length("一、教育支出") == 0)
    }

    /// A serial number run into the code beside it, a gap apart (`2 201`),
    /// ends where its digits stop short of the code; digits that abut are
    /// one number, and a serial needs a whole code after it.
    @Test func aSerialNumberEndsAtItsGapBeforeACode() {
        func seam(_ text: String) -> Int? { AlignedTableFinder.serialSeam(in: glyphs(text, x: 0, y: 0, size: 9)) }
        #expect(seam("2 201") == 1)
        #expect(seam("12 2011301") == 2)
        #expect(seam("2011301") == nil)
        #expect(seam("2 01") == nil)
    }

    /// Samples/serials-against-codes-unruled.pdf: a 基本支出明细表 without
    /// rules whose narrow 序号 column right-aligns its numbers against the
    /// codes left-aligned beside them, a cell's padding apart (Calc's print
    /// of 西安市商务局's table). Serial number and code are two cells, under
    /// two headings (before: one figure, `2201` for `2 | 201`, under
    /// `序号功能科目编码`).
    @Test func serialNumbersAgainstCodesAreTheirOwnColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("serials-against-codes-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1", "", "合计", "4,624.98", "4,311.76", "313.22"],
            ["2", "201", "一般公共服务支出", "2,283.57", "2,095.51", "188.06"],
            ["3", "20113", "商贸事务", "2,283.57", "2,095.51", "188.06"],
            ["4", "2011301", "行政运行", "2,093.85", "1,919.92", "173.93"],
            ["5", "2011350", "事业运行", "189.72", "175.59", "14.13"],
            ["6", "205", "教育支出", "1,321.65", "1,196.49", "125.16"],
            ["7", "20503", "职业教育", "1,321.65", "1,196.49", "125.16"],
            ["8", "2050303", "技校教育", "1,321.65", "1,196.49", "125.16"],
            ["9", "208", "社会保障和就业支出", "306.60", "306.60", "0.00"],
            ["10", "20805", "行政事业单位养老支出", "306.60", "306.60", "0.00"],
            ["11", "2080505", "机关事业单位基本养老保险缴费支出", "306.60", "306.60", "0.00"],
            ["12", "221", "住房保障支出", "713.16", "713.16", "0.00"],
        ])
    }

    /// A figure run into the figure of the next column a gap apart
    /// (`87416000 3`: an amount against an item's number, `310 07`: two
    /// codes) parts at that gap; the digits of one number abut, and an
    /// amount whose groups of three stand a space apart (`12 345`) is one.
    @Test func aFigureEndsAtTheOnlyGapInItsDigits() {
        func gap(_ text: String) -> Int? { AlignedTableFinder.figureGap(in: glyphs(text, x: 0, y: 0, size: 9)) }
        #expect(gap("87416000 3、国防支出") == 8)
        #expect(gap("48032297.20 1") == 11)
        #expect(gap("310 07") == 3)
        #expect(gap("12 345") == nil)
        #expect(gap("12 345.00") == nil)
        #expect(gap("1 234 567") == nil)
        #expect(gap("87416000") == nil)
    }

    /// Samples/bare-amounts-against-items.pdf: a 收支总表 without rules
    /// whose amounts, some without separators (`87416000`), stand
    /// right-aligned against the numbered items of the next column a cell's
    /// padding apart, as Calc prints 西安市科学技术局's table. Each amount
    /// and each item is a cell (before: `874160003、国防支出` was read with
    /// its seam after the item's number, and amounts and items one column).
    @Test func bareAmountsAgainstItemsAreTwoColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("bare-amounts-against-items.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["部门预算", "936647884.33", "一、部门预算", "936647884.33"],
            ["财政拨款", "936647884.33", "1、一般公共服务支出", ""],
            ["一般公共预算拨款", "849231884.33", "2、外交支出", ""],
            ["专项资金", "87416000", "3、国防支出", ""],
            ["上级补助收入", "", "4、教育支出", "29440"],
            ["事业收入", "", "5、科学技术支出", "820196139.30"],
            ["其他收入", "1304600", "6、社会保障和就业支出", "116422304.03"],
            ["本年收入合计", "937952484.33", "本年支出合计", "936647884.33"],
        ])
    }

    @Test func proseStartingWithYearsIsNeverCut() {
        let lines = page([
            [(60, "2023年收入预算300.32万元，其中财政拨款300.32万元")],
            [(60, "2023年支出预算300.32万元，比上年增加82.37万元")],
            [(60, "2023年“三公”经费预算6.2万元，比上年减少1.3万元")],
        ])
        #expect(AlignedTableFinder.tables(in: lines, page: 1).isEmpty)
    }

    /// A group heading centred over a label column and an amount column
    /// (`支 出` over `项目 | 预算数`, as a 三线表 or a borderless sheet prints
    /// it) can fall in the gap between their headings and over no body word:
    /// it groups them, it is no column of its own (before: an empty column
    /// between the labels and the amounts in every row).
    @Test func aGroupHeadingOverTheGapBetweenItsColumnsIsNoColumn() throws {
        let lines = page([
            [(116, "收入"), (346, "支出")],
            [(40, "项目"), (180, "预算数"), (250, "项目"), (430, "预算数")],
            [(40, "一、财政拨款"), (170, "1,377.60"), (250, "一、一般公共服务支出"), (420, "556.17")],
            [(40, "二、事业收入"), (185, "75.00"), (250, "二、社会保障支出"), (420, "896.43")],
            [(40, "收入总计"), (170, "1,452.60"), (250, "支出总计"), (420, "1,452.60")],
        ])
        let table = try #require(AlignedTableFinder.tables(in: lines, page: 1).first)
        #expect(table.columnBounds.count == 5)
        #expect(table.rows.map(texts) == [
            ["一、财政拨款", "1,377.60", "一、一般公共服务支出", "556.17"], ["二、事业收入", "75.00", "二、社会保障支出", "896.43"],
            ["收入总计", "1,452.60", "支出总计", "1,452.60"],
        ])
        let drawn = try Converter().convert(path: Fixtures.sample("three-line-sides.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [4])
        #expect(drawn.tables.first?.rows.map { texts($0.cells) }.last == ["收入总计", "1,452.60", "支出总计", "1,452.60"])
        // An empty column's heading set over both header lines between two
        // groups (`上年结转`) stands half a line above the sub-headings that
        // flank it: still a column of its own.
        let guarded = try Converter().convert(path: Fixtures.sample("empty-between-groups.pdf"))
        #expect(guarded.tables.map(\.columnCount) == [6])
        #expect(guarded.tables.first?.rows.map { texts($0.cells) }.last == ["合计", "1,426.86", "20.00", "", "1,151.86", "295.00"])
    }

    /// Dot leaders from each item to its amounts (a word processor's tab with
    /// a leader) are no text: the lines are rows, the leaders left out; a
    /// contents page, whose leaders lead to page numbers, stays no table.
    @Test func leadersToAmountsAreDroppedFromRows() throws {
        let lines = page([
            [(60, "科目名称"), (300, "2024年"), (380, "2025年")],
            [(60, "一般公共服务支出"), (140, ".........."), (290, "5,210.40"), (370, "5,561.69")],
            [(60, "行政运行"), (104, "..................."), (290, "1,986.25"), (370, "2,106.39")],
            [(60, "合计"), (215, "...............5,210.40"), (370, "5,561.69")],
        ])
        let table = try #require(AlignedTableFinder.tables(in: lines, page: 1).first)
        #expect(table.rows.map(texts) == [
            ["一般公共服务支出", "5,210.40", "5,561.69"], ["行政运行", "1,986.25", "2,106.39"], ["合计", "5,210.40", "5,561.69"],
        ])
        let drawn = try Converter().convert(path: Fixtures.sample("leader-rows.pdf"))
        #expect(drawn.tables.first?.rows.map { texts($0.cells) }.first == ["一般公共服务支出", "5,210,400.00", "5,561,690.00"])
        let contents = page([
            [(60, "一、部门收支总表 .................... 3")],
            [(60, "二、部门收入总表 .................... 4")],
            [(60, "三、部门支出总表 .................... 5")],
        ])
        #expect(AlignedTableFinder.tables(in: contents, page: 1).isEmpty)
    }

    /// An amount printed touching the next column's signed amount or
    /// percentage (tab stops set tight) is cut where the sign or bracket
    /// begins the next one, so the corridor between the columns stays; a
    /// date's hyphens are no such sign.
    @Test func touchingSignedAmountsAreCutApart() throws {
        let line = { (text: String) in TextLine(words: [Word(glyphs: glyphs(text, x: 0, y: 0, size: 9, advance: 5))]) }
        #expect(AlignedTableFinder.splittingSignedNeighbours(line("(50,000.00)-100.00%")).words.map(\.text) == ["(50,000.00)", "-100.00%"])
        #expect(AlignedTableFinder.splittingSignedNeighbours(line("120,140.00(31.15)")).words.map(\.text) == ["120,140.00", "(31.15)"])
        #expect(AlignedTableFinder.splittingSignedNeighbours(line("2020-12-31")).words.map(\.text) == ["2020-12-31"])
        #expect(AlignedTableFinder.splittingSignedNeighbours(line("-131,576.00")).words.map(\.text) == ["-131,576.00"])
        let drawn = try Converter().convert(path: Fixtures.sample("bracket-negatives-tabs.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [5])
        #expect(drawn.tables.first?.rows.map { texts($0.cells) }[3] == ["资本性支出", "50,000.00", "", "(50,000.00)", "-100.00%"])
    }

    /// Samples/bare-amounts-set-close-unruled.pdf: amounts without
    /// separators right-aligned in narrow columns 0.4 em apart, as Chromium
    /// prints 西安市科学技术局's 三公 table, run into one word (`0 104390
    /// 15000`); it reads one way only, since no gap can print a thousands
    /// separator, and a lone `0` ends its column. Before: `104390 15000` also
    /// read as one amount, the word was never cut, and three columns read as
    /// one (six columns of eight).
    @Test func bareAmountsSetCloseAreCutAtTheirGaps() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("bare-amounts-set-close-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 8)
        #expect(table.rows.map { texts($0.cells) } == [
            ["合计", "746130", "119390", "0", "104390", "15000", "306185", "320555"],
            ["西安市科学技术局", "746130", "119390", "0", "104390", "15000", "306185", "320555"],
            ["西安市社会科学院", "378250", "40850", "0", "125850", "15000", "233850", "103550"],
            ["西安地球环境创新研究院", "131580", "29240", "0", "129240", "0", "25585", "76755"],
            ["西安科技大市场服务中心", "15300", "3400", "0", "3400", "0", "2975", "8925"],
        ])
    }

    /// Samples/group-heading-over-empty-column-rows-ruled.pdf: a table ruled
    /// between rows only, `本年政府性基金预算支出` centred over `合 计 | 基本支出 |
    /// 项目支出`, a row of column numbers `** 1 2 3` under them, no row filling
    /// 基本支出. The group heading is no line of `基本支出` and the `2` no
    /// heading under it: 基本支出 is an empty column of its own (before: the
    /// three read as one heading over the 合计 amounts, 3 columns, every
    /// 项目支出 amount one column left).
    @Test func headingOverAColumnNoRowFillsUnderAGroupHeadingIsAColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("group-heading-over-empty-column-rows-ruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(Array(table.rows.map { texts($0.cells) }.prefix(3)) == [
            ["合计", "221,670.92", "", "221,670.92"],
            ["城乡社区支出", "211,000.00", "", "211,000.00"],
            ["国有土地使用权出让收入安排的支出", "211,000.00", "", "211,000.00"],
        ])
        #expect(table.rows.count == 10)
        #expect(table.rows.allSatisfy { texts($0.cells)[2].isEmpty })
    }

    /// Codes right-aligned in wide columns under `类 款 项` centred in them,
    /// side by side, with a group heading standing over both: each heading
    /// is its codes' own, no column of its own (before: ten columns, an
    /// empty one left of each column of codes).
    @Test func headingBesideItsCellsUnderAGroupHeadingIsTheirs() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("headings-beside-cells.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [
            ["201", "", "", "一般公共服务支出", "1,500.00", "1,200.00", "300.00"],
            ["201", "03", "", "政府办公厅（室）及相关机构事务", "1,500.00", "1,200.00", "300.00"],
            ["201", "03", "01", "行政运行", "1,200.00", "1,200.00", ""],
            ["201", "03", "02", "一般行政管理事务", "300.00", "", "300.00"],
            ["208", "", "", "社会保障和就业支出", "450.50", "450.50", ""],
            ["208", "05", "", "行政事业单位养老支出", "450.50", "450.50", ""],
            ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "450.50", "450.50", ""],
            ["", "", "", "合计", "1,950.50", "1,650.50", "300.00"],
        ])
    }

    /// Samples/centred-headings-unruled.pdf: tables without rules as a web
    /// page prints them, each heading centred in its cell and wrapped in it
    /// where the column is narrow, headings of one, two and three lines half
    /// a line apart. `科目编码` centred beside codes right-aligned in a wide
    /// column and `科目名称` beside short names are those columns' headings,
    /// `政府性基金预算拨款收入` over a column no row fills is an empty column,
    /// and `政府性基金预算 国有资本经营预算` side by side are two (before: the
    /// header, read as lines as tall as a title, was cut off and the empty
    /// column lost; `科目编码` and `科目名称` made empty columns of their
    /// own; the two side by side made one). A heading wrapped inside its
    /// cell is one header cell, in the row of its first line
    /// (`一般公共预算拨款收入`), and names its column alone (before: its lines
    /// stayed in three header rows, `一般公共预算` read as a group heading
    /// over `合计` and over its own last line, and the sum of the row's parts
    /// failed three times); `科目`, centred over `科目编码 科目名称` at the
    /// table's left edge, groups those two, not `合计` on their right.
    @Test func centredHeadingsBelongToTheColumnsTheyStandOver() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("centred-headings-unruled.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [7, 7])
        #expect(drawn.tables.first?.title == "2026年部门收入预算表")
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == [
            ["301", "工资福利支出", "3,465,480.00", "3,365,480.00", "", "60,000.00", "40,000.00"],
            ["30101", "基本工资", "516,600.00", "516,600.00", "", "", ""],
            ["30102", "津贴补贴", "47,520.00", "47,520.00", "", "", ""],
            ["30107", "绩效工资", "2,901,360.00", "2,801,360.00", "", "60,000.00", "40,000.00"],
            ["302", "商品和服务支出", "682,584.00", "682,584.00", "", "", ""],
            ["30201", "办公费", "88,250.00", "88,250.00", "", "", ""],
            ["30214", "租赁费", "594,334.00", "594,334.00", "", "", ""],
            ["", "合计", "4,148,064.00", "4,048,064.00", "", "60,000.00", "40,000.00"],
        ])
        #expect(drawn.tables.last?.rows.map { texts($0.cells) } == [
            ["一、一般公共预算资金", "189,767,551", "一、一般公共服务支出", "3,296,600", "3,296,600", "", ""],
            ["二、政府性基金", "", "二、公共安全支出", "2,878,025", "2,878,025", "", ""],
            ["三、国有资本经营预算", "", "三、教育支出", "250,000", "250,000", "", ""],
            ["", "", "四、城乡社区支出", "183,342,926", "183,342,926", "", ""],
            ["收入总计", "189,767,551", "支出总计", "189,767,551", "189,767,551", "", ""],
        ])
        #expect(drawn.tables.last.map { texts($0.header.last ?? []) }
            == ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
        #expect(drawn.tables.first?.header.map { texts($0) } == [
            ["", "科目", "", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", ""],
            ["", "", "合计", "", "", "", "事业收入"],
            ["科目编码", "科目名称", "", "", "", "", ""],
        ])
        let names = drawn.records.filter { $0.table == 0 }.map { ($0.column, $0.columnName ?? "") }
        #expect(Dictionary(names, uniquingKeysWith: { first, _ in first }) == [
            2: "合计", 3: "一般公共预算拨款收入", 5: "国有资本经营预算拨款收入", 6: "事业收入",
        ])
        #expect(!drawn.checks.isEmpty)
        #expect(drawn.checks.filter { $0.outcome == .fail }.map(\.description) == [])
    }

    /// A spreadsheet's General alignment: `合计` at the left edge of the 类
    /// column, its codes at the right edge, one heading `类` over both: one
    /// column (before: seven columns, an empty one before every code). Outline
    /// levels in columns of their own under their own headings stay apart.
    @Test func wordsLeftAndCodesRightUnderOneHeadingAreOneColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("words-left-codes-right.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [6, 4])
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == [
            ["301", "", "工资福利支出", "3,465,480", "3,465,480", ""],
            ["301", "01", "基本工资", "516,600", "516,600", ""],
            ["301", "02", "津贴补贴", "47,520", "47,520", ""],
            ["301", "07", "绩效工资", "1,902,400", "1,902,400", ""],
            ["301", "99", "其他工资福利支出", "998,960", "998,960", ""],
            ["302", "", "商品和服务支出", "20,682,584", "", "20,682,584"],
            ["302", "01", "办公费", "88,250", "", "88,250"],
            ["302", "14", "租赁费", "20,594,334", "", "20,594,334"],
            ["合计", "", "", "24,148,064", "3,465,480", "20,682,584"],
        ])
        #expect(drawn.tables.dropFirst().first?.rows.map { texts($0.cells) } == [
            ["一、基本支出", "", "", "24,148,064"],
            ["", "301", "工资福利支出", "3,465,480"],
            ["", "302", "商品和服务支出", "20,682,584"],
            ["二、项目支出", "", "", "4,000,000"],
            ["", "310", "资本性支出", "4,000,000"],
            ["合计", "", "", "28,148,064"],
        ])
    }

    /// one-row-unruled.pdf: tables of one body row without rules, an empty
    /// table's `合计` alone at its left and a 三公 table's one row of amounts,
    /// each under a header of headings: both are tables, their columns from
    /// the headings (before: a table needed three lines of amounts, and
    /// neither was found).
    @Test func oneRowUnderHeadingsIsATable() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("one-row-unruled.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [5, 4])
        #expect(drawn.tables.map { $0.header.map(texts) } == [
            [["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"]],
            [["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费"]],
        ])
        #expect(drawn.tables.map { $0.rows.map { texts($0.cells) } } == [
            [["合计", "", "", "", ""]],
            [["12.50", "3.00", "2.50", "7.00"]],
        ])
    }

    /// Samples/headings-fused-unruled.pdf: a table without rules whose
    /// wrapped headings are set closer than their type, so their lines run
    /// into one line and `一般公共预` over `算拨款收入` into one word two
    /// lines tall; its last column is empty in every row. The header's type
    /// is its glyphs' size, the body's: it is the table's header, and the
    /// empty column its heading shows is a column (before: the tall word read
    /// as a title's type, the header was cut off, and every row came back
    /// without its last cell).
    @Test func headingsFusedIntoTallWordsAreTheHeaderNoTitle() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("headings-fused-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "合计", "1,452.60", "1,377.60", "40.00", "35.00", ""],
            ["201", "一般公共服务支出", "556.17", "556.17", "", "", ""],
            ["2013101", "行政运行", "210.64", "210.64", "", "", ""],
            ["2013102", "一般行政管理事务", "275.00", "275.00", "", "", ""],
            ["2013150", "事业运行", "70.53", "70.53", "", "", ""],
            ["208", "社会保障和就业支出", "862.03", "822.03", "40.00", "", ""],
            ["2080501", "行政单位离退休", "824.36", "784.36", "40.00", "", ""],
            ["2080505", "机关事业单位基本养老保险缴费支出", "37.67", "37.67", "", "", ""],
            ["229", "其他支出", "34.40", "-0.60", "", "35.00", ""],
            ["2296002", "用于社会福利的彩票公益金支出", "34.40", "-0.60", "", "35.00", ""],
        ])
    }

    /// Samples/full-width-separators-unruled.pdf: a table without rules whose
    /// amounts print full-width digits and separators (`１９，５１８，０００`).
    /// The full-width comma between digits is each amount's thousands
    /// separator, no sentence's mark: the lines are the table's rows, every
    /// one (before: each line of amounts read as prose, and the page had no
    /// table). A comma that ends a word (`3，`) is a sentence's still.
    @Test func fullWidthSeparatorsInAmountsAreNoSentence() throws {
        #expect(!PrintedVocabulary.hasSentencePunctuation(outsideAmounts: ["契税", "２，４９０，０００", "８８．３"]))
        #expect(PrintedVocabulary.hasSentencePunctuation(outsideAmounts: ["增长", "3，", "其中"]))
        #expect(PrintedVocabulary.hasSentencePunctuation(outsideAmounts: ["合计", "96,688.07", "万元，比上年增长"]))
        let drawn = try Converter().convert(path: Fixtures.sample("full-width-separators-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、税收收入", "１９，５１８，０００", "１９，１１８，０００", "１６，３４７，４７４", "８５．５"],
            ["个人所得税", "６，６５７，０００", "６，６５７，０００", "６，３６０，７３１", "９５．５"],
            ["契税", "２，４９０，０００", "２，４９０，０００", "２，１９９，１４５", "８８．３"],
            ["增值税", "１０，３７１，０００", "９，９７１，０００", "７，７７４，７９１", "７８．０"],
            ["其他税收收入", "", "", "１２，８０７", ""],
            ["二、非税收入", "３，７６４，０００", "３，７６４，０００", "４，１９６，０３８", "１１１．５"],
            ["收入合计", "２３，２８２，０００", "２２，８８２，０００", "２０，５４３，５１２", "８９．８"],
        ])
    }

    /// Samples/values-against-numeral-units-unruled.pdf: indicators without
    /// rules whose 指标值 is set right 2 pt short of its 计量单位 set left
    /// (one word, `240天`, cut where the values end together), one unit
    /// opening with a numeral that is no digit (`8 万平方公里`). That value
    /// is a cell of its own under 指标值, its unit under 计量单位 (before:
    /// a numeral after the gap was taken for more of the figure, and the
    /// word `8万平方公里` read whole under 计量单位, 指标值 empty).
    @Test func aValueGappedFromANumeralUnitIsItsOwnCell() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("values-against-numeral-units-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1", "形成科技成果数", "125", "个（套）", "20"],
            ["2", "重点宣传项目", "140", "项", "20"],
            ["3", "保障窗口正常运行天数", "240", "天", "25"],
            ["4", "全年办件量", "100000", "件", "15"],
            ["5", "每年开采监测覆盖面积", "8", "万平方公里", "10"],
            ["6", "调度土地出让面积", "3000", "亩", "10"],
        ])
    }

    /// Samples/full-width-serials-against-names-unruled.pdf: a table without
    /// rules whose 序号 column prints full-width serial numbers (`１` …
    /// `１２`) right-aligned against the names left-aligned beside them, a
    /// cell's padding apart (one word with the name), section rows
    /// numbered in the name column with no serial. Each serial is a cell of
    /// its own under 序号 (before: only ASCII digits were figures a gap parts
    /// from the text beside them, the serials read into the names, four
    /// columns and the sums of every section broken).
    @Test func fullWidthSerialsAgainstNamesAreTheirOwnColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("full-width-serials-against-names-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "合计", "１，５７７，７４８", "１，４４７，５１７", "９１．７"],
            ["", "（一）一般公共服务支出", "６，３００", "５，７００", "９０．５"],
            ["１", "京台京港基层交流补助资金", "２，３００", "１，７００", "７３．９"],
            ["２", "涉密项目资金", "４，０００", "４，０００", "１００．０"],
            ["", "（二）公共安全及国防支出", "１０７，４１５", "７，４１５", "６．９"],
            ["３", "公共安全及国防转移支付资金", "１０７，４１５", "７，４１５", "６．９"],
            ["", "（三）教育支出", "８０３，１８５", "８０３，１８５", "１００．０"],
            ["４", "市对区促进教育事业发展和改革专项转移支付", "４０３，１８５", "３５６，０５４", "８８．３"],
            ["５", "市对区促进基础教育事业发展专项转移支付资金", "４００，０００", "４４７，１３１", "１１１．８"],
            ["", "（四）农林水支出", "５３１，４３２", "５０１，８０１", "９４．４"],
            ["６", "农业农村改革发展专项资金", "１９８，２７６", "２０１，１２７", "１０１．４"],
            ["７", "林业改革发展专项资金", "２８７，２５２", "２５３，８６７", "８８．４"],
            ["８", "水务改革发展专项资金", "４５，６０４", "４５，６０４", "１００．０"],
            ["９", "普惠金融发展专项资金", "３００", "１，２０３", "４０１．２"],
            ["", "（五）城乡社区支出", "１２５，７３４", "１２５，７３４", "１００．０"],
            ["１０", "首都环境建设专项补助资金", "１００，０００", "１００，０００", "１００．０"],
            ["１１", "垃圾分类专项补助资金", "２５，７３４", "２５，７３４", "１００．０"],
            ["", "（六）交通运输支出", "３，６８２", "３，６８２", "１００．０"],
            ["１２", "交通运输专项补助资金", "３，６８２", "３，６８２", "１００．０"],
        ])
        #expect(drawn.checks.allSatisfy { $0.outcome == .pass })
    }

    /// Samples/numbered-lists-unruled.pdf: two lists printed as tables
    /// without rules and without amounts, the units a budget covers:
    /// `序号 | 单位名称 | 拟变动情况` numbered `1` to `5`, and `序号 | 单位名称`
    /// numbered `（一）` to `（三）`. Under a 序号 heading, lines opening with
    /// serial numbers in order are the rows (before: a table needed amounts,
    /// and neither list was found). A word that holds more than a serial
    /// number (`1.5`, `2026年`) numbers no row.
    @Test func numberedListsWithoutAmountsAreTables() throws {
        #expect(ItemMarker.serialNumber("13")?.number == 13)
        #expect(ItemMarker.serialNumber("（三）")?.number == 3)
        #expect(ItemMarker.serialNumber("1.5") == nil)
        #expect(ItemMarker.serialNumber("2026年") == nil)
        let drawn = try Converter().convert(path: Fixtures.sample("numbered-lists-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        #expect(drawn.tables.map(\.columnCount) == [3, 2])
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == [
            ["1", "西安市商务局本级（机关）", "无变动"],
            ["2", "西安市商务综合执法支队", "无变动"],
            ["3", "西安市国际电子商务发展中心", "无变动"],
            ["4", "西安商贸旅游技师学院", "无变动"],
            ["5", "西安跨境电子商务服务中心", "无变动"],
        ])
        #expect(drawn.tables.last?.rows.map { texts($0.cells) } == [
            ["（一）", "福州市医疗保障局(本级)"],
            ["（二）", "福州市医疗保障基金中心"],
            ["（三）", "福州市医疗保障服务行为监测中心"],
        ])
    }

    /// Samples/numbered-list-against-names.pdf: a list of units without
    /// rules and without amounts, each serial number right-aligned in its
    /// cell against the name left-aligned in the next, so that
    /// `1西安市科学技术局（机关）` prints as one word. Under `序号`, digits that
    /// run into a name and go on the list's numbering are the row's number
    /// (before: no line opened with a serial number, and no table was found).
    @Test func serialNumbersRunIntoNamesNumberTheList() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("numbered-list-against-names.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 3)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1", "西安市科学技术局（机关）", "无变动"],
            ["2", "西安市硬科技产业发展服务中心", "无变动"],
            ["3", "西安市社会科学院", "无变动"],
            ["4", "西安地球环境创新研究院", "无变动"],
        ])
    }

    /// Samples/headings-fused-unruled.pdf: the lines of wrapped headings set
    /// closer than their type run into one line and their glyphs into one
    /// word (`一般公共预` over `算拨款收入`). Each glyph's box stands on its own
    /// baseline, so the word's text is read a baseline at a time
    /// (``TextLines/byBaseline(_:)``). Before, its glyphs were read left to
    /// right across both lines: `一算般拨公款共收预入`, `国营有预收资算入本拨经款`.
    @Test func aFusedHeadingReadsItsLinesInOrder() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("headings-fused-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(table.header.map { texts($0) } == [
            ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "事业单位经营收入"],
        ])
    }

    /// Samples/dashes-left-unruled.pdf: a table without rules whose cells
    /// keep a spreadsheet's General alignment, as Writer prints it: amounts
    /// right, the placeholder `－` at the left edge of its amount column.
    /// Each dash is its column's cell, five columns (before: each column's
    /// dashes made a column of their own, nine in all).
    @Test func aDashAtTheLeftOfItsAmountColumnIsItsCell() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("dashes-left-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["47,191,047", "基金來源", "52,009,992", "46,445,091", "5,564,901"],
            ["2,270,883", "徵收收入", "1,234,500", "1,159,500", "75,000"],
            ["4,664", "違規罰款收入", "4,500", "4,500", "－"],
            ["1,706,934", "農地變更回饋金收入", "630,000", "620,000", "10,000"],
            ["559,285", "其他徵收收入", "600,000", "535,000", "65,000"],
            ["－", "依法分配收入", "－", "－", "－"],
            ["200,721", "勞務收入", "247,445", "241,324", "6,121"],
            ["215", "財產處分收入", "－", "－", "－"],
            ["9,616", "租金收入", "11,223", "8,097", "3,126"],
        ])
    }

    /// Samples/items-without-amounts-unruled.pdf: a 财政拨款收支总表 without
    /// rules whose 支出 side lists twenty function classes, most with no
    /// amount, over a page break (two lines of amounts on the first page).
    /// Each item line is a row of its own, its empty amount cells null, and
    /// the table is found on both pages, stitched into one. Before, the
    /// first page's block (too few lines of amounts, the rest items) was no
    /// table, and the second page's items ran into one row as if wrapped.
    @Test func itemLinesWithoutAmountsAreRowsOfTheirOwn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("items-without-amounts-unruled.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
                        "十七", "十八", "十九", "二十"]
        let items = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
                     "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
                     "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "住房保障支出", "粮油物资储备支出", "灾害防治及应急管理支出",
                     "其他支出"]
        let incomes: [(String?, String?)] = [("一、一般公共预算资金", "5,131.70"), ("二、政府性基金预算资金", nil), ("三、国有资本经营预算资金", nil)]
        var expected: [[String?]] = items.indices.map { n in
            let (income, amount) = n < incomes.count ? incomes[n] : (nil, nil)
            return [income, amount, "\(numerals[n])、\(items[n])", n == 11 ? "5,133.73" : nil]
        }
        expected += [["本年收入合计", "5,131.70", "本年支出合计", "5,133.73"], ["上年结转结余", "2.03", "年终结转结余", nil],
                     ["收入总计", "5,133.73", "支出总计", "5,133.73"]]
        #expect(table.rows.map { $0.cells.map { $0?.text } } == expected)
    }

    /// Samples/headings-close-empty-columns.pdf: a 收支总表 without rules
    /// whose last two columns no row fills, their headings wrapped in cells
    /// so narrow that the two headings' text comes within a few points of
    /// each other (`政府性基 国有资本经` over `金预算 营预算`, under a word
    /// gap). Chinese text is set solid: a gap between ideographs of
    /// the header parts two headings, so the two empty columns are two
    /// (before: one word, one column, every row a cell short).
    @Test func headingsSetCloseOverEmptyColumnsAreTwo() throws {
        let table = try onlyTable(of: "headings-close-empty-columns.pdf", columns: 7)
        #expect(table.header.last.map { texts($0) } == ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、一般公共预算", "193,018,000", "一、社会保障和就业支出", "7,099,698", "7,099,698", "", ""],
            ["二、政府性基金预算", "", "二、卫生健康支出", "175,412,674", "175,412,674", "", ""],
            ["三、国有资本经营预算", "", "三、住房保障支出", "10,505,628", "10,505,628", "", ""],
            ["收入总计", "193,018,000", "支出总计", "193,018,000", "193,018,000", "", ""],
        ])
        let close = TextLine(words: [Word(glyphs: glyphs("政府性基", x: 0, y: 0) + glyphs("国有资本经", x: 44, y: 0))])
        #expect(AlignedTableFinder.splittingCloseHeadings(close).words.map(\.text) == ["政府性基", "国有资本经"])
        let spaced = TextLine(words: [Word(glyphs: glyphs("本年度", x: 0, y: 0, advance: 13))])
        #expect(AlignedTableFinder.splittingCloseHeadings(spaced).words.count == 1)
    }

    /// Samples/headings-closer-empty-columns.pdf: two empty columns whose
    /// headings wrap to three lines that nearly fill their narrow cells,
    /// 2 pt apart at 9 pt (0.18 em, Calc's print of 重庆市政府办公厅's
    /// 收入总表): the gap between ideographs set solid parts two headings,
    /// two columns (before: under a quarter em, one heading, one column).
    /// Characters spread over a cell on two lines (`前年度` over `決算數`,
    /// each pair one above the other as wide apart) stay one heading.
    @Test func headingsCloserStillOverEmptyColumnsAreTwo() throws {
        let table = try onlyTable(of: "headings-closer-empty-columns.pdf", columns: 7)
        #expect(table.header.last.map { texts($0) }?.suffix(2) == ["政府性基金预算拨款收入", "国有资本经营预算拨款收入"])
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、一般公共预算", "193,018,000", "一、社会保障和就业支出", "7,099,698", "7,099,698", "", ""],
            ["二、政府性基金预算", "", "二、卫生健康支出", "175,412,674", "175,412,674", "", ""],
            ["三、国有资本经营预算", "", "三、住房保障支出", "10,505,628", "10,505,628", "", ""],
            ["收入总计", "193,018,000", "支出总计", "193,018,000", "193,018,000", "", ""],
        ])
        let spread = TextLine(words: [Word(glyphs: glyphs("前年度", x: 0, y: 0, advance: 12) + glyphs("決算數", x: 0, y: 9, advance: 12))])
        #expect(AlignedTableFinder.splittingCloseHeadings(spread).words.count == 1)
    }

    /// Samples/dash-against-name.pdf: a table without rules whose first
    /// column's amounts a spreadsheet right-aligns against the names of the
    /// next with no gap but the cells' padding, and whose placeholder `－`
    /// in that column, right-aligned too, is glued to its row's name
    /// (`－依法分配收入`). The placeholder ends at the amounts' seam with the
    /// names and is cut there like them (before: the placeholder and the
    /// name stayed one word across the column edge, and the two columns
    /// read as one).
    @Test func aPlaceholderAgainstTheNameBesideItIsItsCell() throws {
        let table = try onlyTable(of: "dash-against-name.pdf", columns: 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["47,191,047", "基金來源", "52,009,992", "46,445,091", "5,564,901"],
            ["2,270,883", "徵收收入", "1,234,500", "1,159,500", "75,000"],
            ["－", "依法分配收入", "－", "－", "－"],
            ["1,706,934", "農地變更回饋金收入", "630,000", "620,000", "10,000"],
            ["200,721", "勞務收入", "247,445", "241,324", "6,121"],
            ["－", "財產處分收入", "11,223", "8,097", "3,126"],
        ])
    }

    /// Samples/amount-against-long-name.pdf: a 收支总表 without rules as a
    /// browser prints it, whose longest spending item runs to three points
    /// from the amount right-aligned in the next column
    /// (`五、资源勘探工业信息支出293,810,000.00`, under a word gap). The
    /// amount ends where the column's other amounts end, so it is a word of
    /// its own (before: one word across the column edge, the item and 合计
    /// columns one, every 合计 in its item's cell).
    @Test func anAmountAgainstALongNameIsItsColumnsCell() throws {
        let table = try onlyTable(of: "amount-against-long-name.pdf", columns: 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00"],
            ["二、事业收入", "", "二、科学技术支出", "17,200,000.00", "", "17,200,000.00"],
            ["三、其他收入", "", "三、社会保障和就业支出", "3,808,085.00", "3,808,085.00", ""],
            ["", "", "五、资源勘探工业信息支出", "293,810,000.00", "", "293,810,000.00"],
            ["", "", "六、商业服务业等支出", "35,094,837.00", "", "35,094,837.00"],
            ["收入总计", "371,514,655.00", "支出总计", "371,514,655.00", "16,099,818.00", "355,414,837.00"],
        ])
        #expect(AlignedTableFinder.trailingAmountStart(glyphs("支出1073.21", x: 0, y: 0)) == 2)
        #expect(AlignedTableFinder.trailingAmountStart(glyphs("2024年", x: 0, y: 0)) == nil)
    }

    /// The one table a Sample reads, checked to be its only one, of `columns` columns.
    private func onlyTable(of sample: String, columns: Int) throws -> Table {
        let drawn = try Converter().convert(path: Fixtures.sample(sample))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.columnCount == columns)
        return table
    }

    /// Samples/sentence-in-a-cell-unruled.pdf: a 单位成本分析表 without rules
    /// whose labels are sentences, a comma on the line beside the amounts or
    /// on the first of two lines with the amounts centred between. Each such
    /// line keeps inside its column, lines of amounts follow: cell text,
    /// every row read. Before, the comma made the line prose, which ended
    /// the table after its fifth row.
    @Test func sentenceInsideItsColumnIsCellText() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("sentence-in-a-cell-unruled.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [
            ["壹、调整产业或防范措施计划", nil, nil, nil, "3,879,115"],
            ["一、养猪产业韧性高效加值及竞争力优化计划", nil, nil, nil, "1,474,500"],
            ["提升饲料安全品质及强化风险管理", "场/项次", "10,526.32", "3,800", "40,000"],
            ["整合育种选拔及优化种原供应体系", "头", "13,333.33", "3,000", "40,000"],
            ["稳定毛猪产销供应及屠宰冷链升级", "场/辆(处)", "2,640,264.03", "303", "800,000"],
            ["优化学校午餐溯源猪肉供需管理，辅导特色品牌发展", "件/场", "75,829.38", "1,055", "80,000"],
            ["二、养牛产业全面升级转型计划", nil, nil, nil, "279,300"],
            ["强化国产乳品溯源，辅导业者参加验证，开发多元乳制品", "场/项", "219,444.45", "360", "79,000"],
            ["辅导国内肉牛饲养最适化模式建立，及肉品市场屠宰线改善升级", "场/项", "4,149,000.00", "15", "62,235"],
            ["行政费用", nil, nil, nil, "5,590"],
        ])
    }

    /// Samples/numbered-row-with-comma-unruled.pdf: a 收费标准 table without
    /// rules read as a numbered list (serial numbers under `序号`, fees printed
    /// with their unit, no amount), some rows' 结构内容 printing a comma.
    /// Each such row opens with the next serial number in the numbers'
    /// column: a row of the list, every row read. Before, the comma made the
    /// row prose, which ended the list after its third row.
    @Test func numberedRowWithACommaStaysInTheList() throws {
        let table = try onlyTable(of: "numbered-row-with-comma-unruled.pdf", columns: 4)
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [
            ["1", "快速路、主干路沥青路面", "沥青砼15cm+水稳18cm+无机料36cm（69cm）", "342元/平方米"],
            ["2", "次干路沥青路面", "沥青砼12cm+水稳18cm+无机料36cm（66cm）", "312元/平方米"],
            ["3", "支路沥青路面", "沥青砼12cm+水稳18cm+无机料20cm（50cm）", "277元/平方米"],
            ["4", "水泥混凝土路面", "30cm无机结合料，22cm水泥砼面层", "255元/平方米"],
            ["5", "彩色方砖路面", "30cm无机结合料、7cm面层", "190元/平方米"],
            ["6", "水泥方砖路面", "30cm无机结合料，50×50×10大方砖", "182元/平方米"],
            ["7", "石材路面", "30cm无机结合料、8cm面层", "468元/平方米"],
            ["8", "抗车辙沥青混凝土路面增加费用", nil, "15元/平方米"],
        ])
    }

    /// Samples/items-tail-on-next-page.pdf: a 财政拨款收支总表 without rules
    /// whose 支出 side runs over a page break that leaves the second page,
    /// printed without the header, one item with an amount, three items with
    /// nothing to report and the totals. Those five lines are the table's
    /// last rows, stitched to the first page's. Before, two lines of amounts
    /// were too few for a table and no headings stood above them for a short
    /// one: the rows were lost.
    @Test func tableTailWithoutHeaderOnNextPageIsItsLastRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("items-tail-on-next-page.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.rows.count == 27)
        #expect(table.rows.suffix(5).map { $0.cells.map { $0?.text } } == [
            [nil, nil, "二十三、其他支出", "75.00"],
            [nil, nil, "二十四、债务还本支出", nil],
            [nil, nil, "二十五、债务付息支出", nil],
            [nil, nil, "二十六、债务发行费用支出", nil],
            ["收入合计", "2219.92", "支出合计", "2219.92"],
        ])
    }

    /// Samples/bare-label-row-short-table.pdf: the last two rows of a 收支总表
    /// without rules under its header, a row of labels only (`上年结转结余`,
    /// `年终结转结余`) over the totals. The labels start where the totals'
    /// labels start and are no heading's words: a row with nothing to
    /// report. Before, the line was read as a header line and the row lost.
    @Test func labelOnlyLineOverAShortTablesAmountsIsARow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("bare-label-row-short-table.pdf"))
        #expect(drawn.tables.count == 1)
        let table = try #require(drawn.tables.first)
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [
            ["上年结转结余", nil, "年终结转结余", nil],
            ["收入总计", "249,977.11", "支出总计", "249,977.11"],
        ])
    }

    /// Samples/explanations-wrapped-unruled.pdf: a 项目支出表 without rules
    /// whose last column explains each project in sentences wrapped over two
    /// to four lines, the amount centred on the row. Each project is a row
    /// with its explanation whole (before: every line with a comma or a full
    /// stop was prose, the wrapped lines right of the amounts closed the
    /// block and a row of one amount beside a sentence was no line of
    /// amounts, so no table was found).
    @Test func sentencesWrappedInTheLastColumnAreItsCells() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("explanations-wrapped-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.rows.map { texts($0.cells) } == [
            ["农产品质量安全监管", "750", "开展农产品质量安全例行监测和监督抽查，提升农产品质量，保障群众餐桌安全。"],
            ["农业技术推广服务", "1,280", "推广绿色高效种养技术，组织农技人员下乡指导，服务新型农业经营主体，提高农业生产效率。"],
            ["动物防疫专项经费", "300", "购置强制免疫疫苗，开展重大动物疫病监测，防范疫情发生。"],
            ["农田水利设施维护", "2,450", "维修灌溉渠道和泵站，清理沟渠淤泥，保障农田灌溉用水，为粮食生产提供有力支撑，确保全年粮食稳产。"],
            ["合计", "4,780", ""],
        ])
    }

    /// Samples/explained-amounts-few-unruled.pdf: a 基金來源明細表 of two
    /// rows without rules, each an amount beside an 實施內容 wrapped over
    /// up to three lines, the first row's amount centred on them (its first
    /// line above the amount). Both rows are read, each explanation whole
    /// in its cell; on page 2 a table of one row whose explanation wraps
    /// three lines above its amount and three below, none beside it: one
    /// row (before: two lines of amounts, or one, were too few for a table,
    /// the wrapped lines no row of a short table, and `來源別` and `實施內容`
    /// no headings, so neither table was found).
    @Test func aShortTableOfExplainedAmountsIsFound() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("explained-amounts-few-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        let table = try #require(drawn.tables.first)
        #expect(table.header.map(texts) == [["來源別", "本年度預算數", "實施內容"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、利息收入", "1,100", "專戶存款利息收入。"],
            ["二、公庫撥款收入", "6,214,390", "一、單位預算撥補39億6,085萬8千元。二、丹娜絲颱風及七二八豪雨災後復原重建特別預算撥補22億5,353萬2千元。"],
        ])
        let centred = try #require(drawn.tables.last)
        #expect(centred.header.map(texts) == [["項目", "本年度預算數", "實施內容"]])
        #expect(centred.rows.map { texts($0.cells) } == [
            ["農業天然災害救助計畫", "6,215,490", "一、依「農業天然災害救助辦法」規定，辦理農業天然災害現金救助、補助及低利貸款利息差額補貼，"
                + "以協助農漁民迅速恢復生產，編列39億6,195萬8千元。二、因應丹娜絲颱風及七二八豪雨災後復原重建，辦理農業損失現金救助及低利貸款利息補貼。"],
        ])
    }

    /// Samples/explained-rows-few-unruled.pdf: a 5年來主要業務計畫分析表
    /// without rules whose 說明 column only its first two rows fill, one
    /// sentence each beside the row's amount. Those lines are rows of the
    /// table, under its header (before: a line of a label, an amount and a
    /// sentence was prose where fewer than three lines started a sentence
    /// at one x, so the table began under them, its header and first rows lost).
    @Test func rowsExplainedOnFewLinesAreRowsOfTheirTable() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("explained-rows-few-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.header.map(texts) == [["年度及項目", "預(決)算數", "說明"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["農村再生規劃及人力培育計畫", "2,185,200", "詳基金用途明細表。"],
            ["農村再生建設及發展計畫", "15,049,740", "詳基金用途明細表。"],
            ["上年度預算數", "", ""],
            ["農村再生規劃及人力培育計畫", "2,245,000", ""],
            ["農村再生建設及發展計畫", "13,381,700", ""],
            ["前年度決算數", "", ""],
            ["農村再生規劃及人力培育計畫", "1,204,310", ""],
            ["農村再生建設及發展計畫", "12,205,276", ""],
        ])
    }

    /// Samples/explanations-close-after-amounts-unruled.pdf: a 基金來源明細表
    /// without rules whose 說明 column two of its five rows fill, each
    /// sentence set a cell's padding after the amount (under half an em: one
    /// word with it), its heading on no line with 金額. The lone amounts of
    /// the other rows end where those figures end, the amount column's edge:
    /// each explanation is cut off into the last column and every row is
    /// its own (before: the two words were too few for a seam, their lines
    /// had no amount and joined the rows above, `政府撥入收入公庫撥款收入`).
    /// The headings `數量(業務量) 利(費)率` 0.4 em apart over two empty
    /// columns are two columns (before: one word, one column).
    @Test func explanationsCloseAfterLoneAmountsAreTheirOwnColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("explanations-close-after-amounts-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["政府撥入收入", "", "", "", "2,903,206", ""],
            ["公庫撥款收入", "", "", "", "2,903,206", "丹娜絲颱風及七二八豪雨災後復原重建特別預算撥補本基金。"],
            ["其他收入", "", "", "", "10,000", ""],
            ["雜項收入", "", "", "", "10,000", "主要係收回以前年度補助計畫賸餘款。"],
            ["總計", "", "", "", "2,913,206", ""],
        ])
    }

    /// Samples/centred-cells-unruled.pdf: a 项目支出表 without rules as a
    /// browser prints it, each cell centred in its row and the rows set
    /// tight, so that a column's wrapped lines run on at one pitch from one
    /// row's cell into the next's (a name of three lines over one of two, an
    /// explanation's first line above its row's amount). Each project is a
    /// row with its whole name and explanation (before: a line went with its
    /// column's line right above, `到期设备报废更新…` ran into the row above
    /// and `专项工作经` into `信息化整体运维服务项目经费`).
    @Test func cellsCentredOnTheirAmountsAreTheirRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("centred-cells-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.rows.map { texts($0.cells) } == [
            ["工作经费", "226.48", "严肃开展监督执纪问责，落实全面从严治党主体责任，促进党风廉政建设工作的深入开展，保障因公出国任务有效开展。"],
            ["购置经费", "21.20", "到期设备报废更新，购置空调、电脑、打印机，完善办公设备配置。"],
            ["其他运行经费", "156.38", "组织政府参事开展调查研究、参政议政、撰写调研报告；开展传统文化研究和书画创作，传承优秀传统文化，调动工作积极性。"],
            ["信息化整体运维服务项目经费", "138.05", "完善系统运维的手段，保障信息化工作；完善核心应用软件，提升工作开展的稳定和效率。"],
            ["专项工作经费", "749.25", "保障文电处理和会议组织工作，用于组织开展调查研究，为领导同志提供决策参考。"],
            ["机构运行经费", "7.00", "保障机构日常运转。"],
            ["合计", "1,298.36", ""],
        ])
    }

    /// Samples/wrapped-heading-beside-single-unruled.pdf: an empty table
    /// without rules as a spreadsheet prints it, `合计` its one row and every
    /// other column shown in the header only, `功能分类科目名称` wrapped in its
    /// narrow cell (its two lines read as one word two lines tall) beside the
    /// single heading `项`, a cell's padding apart. Two headings a glyph's
    /// height apart or more are two columns, whatever the height of a wrapped
    /// heading (before: `项` and the 科目名称 one column, six in all).
    @Test func wrappedHeadingBesideASingleHeadingIsAColumnOfItsOwn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("wrapped-heading-beside-single-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [["合计", "", "", "", "", "", ""]])
    }

    /// Samples/text-columns-close-unruled.pdf: a 项目支出绩效目标表 without
    /// rules as LibreOffice Calc prints it, 绩效目标 and 绩效指标 wrapped side by
    /// side, each cell's full lines ending 4 pt (0.4 em) short of the lines
    /// beside them, the indicators' lines starting at one x. Each goal and
    /// each indicator text is a cell of its own (before: each goal line and
    /// the indicator line beside it were one word, the two columns one).
    @Test func textColumnsSetCloseAreTwoColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("text-columns-close-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["合计", "2,123.70", "2,123.70", "", ""],
            ["热线平台运营项目", "1,200.00", "1,200.00",
             "加强热线规范管理，完善工作机制，强化数字赋能，提升服务效能，更好发挥窗口作用，更好解决群众和企业的急难愁盼问题。",
             "产出指标：工单转派准确率不低于百分之九十七；话务平台可用率达到百分之百；效益指标：话务接通率不低于百分之九十三；满意度指标：受理服务满意度不低于百分之九十五。"],
            ["政务信息化项目管理经费", "365.50", "365.50",
             "完成全市信息化项目的立项、备案、验收工作，推广系统效能评估体系应用，清理僵尸系统，促进系统整合，实现数据共享，提高管理水平。",
             "产出指标：立项终验审核数量不少于四百个；效益指标：发布项目管理规范文件两份；成本指标：项目概算平均核减率不低于百分之五。"],
            ["业务用房物业管理费", "271.19", "271.19",
             "做好大楼安保工作、场地日常维修工作、卫生保洁及客服指引群众工作，改善大厅环境，保障市民办事体验，保障工作人员日常工作正常进行。",
             "产出指标：故障处理及时率不低于八十分；效益指标：办事群众满意度达到百分之九十五；成本指标：支出不超过物业管理费相关标准。"],
            ["其他运行经费", "280.01", "280.01",
             "做好公共区域日常运作涉及的公共服务、后勤服务保障，推进安置房专项合同等历史遗留问题的处置工作，包括安置房过户和诉讼工作。",
             "产出指标：开展资产清查不少于一次；效益指标：地块处置后的社会满意度良好；满意度指标：群众满意度不低于百分之九十五。"],
            ["机构运行经费", "7.00", "7.00", "保障机构日常运转。", "运转保障率达到百分之百。"],
        ])
    }

    /// Samples/cell-beside-wrapped-name-unruled.pdf: a 新增债券使用情况表
    /// without rules as LibreOffice Calc prints it, every 项目类型 set flush
    /// left at one x, two rows' 项目名称 wrapped over two lines and filled to
    /// 3 pt short of the type centred beside them, so that the name's lines,
    /// run into the row's line, make one word with the type. The seam shows
    /// on two lines only; the type column's own words starting at that x
    /// make it a column's edge. Each project is a row, its name whole and its
    /// type a cell of its own (before: the name and type columns read as one
    /// on every row, `顺潮街道路工程 市政建设`).
    @Test func typeColumnFlushLeftPartsNameRunIntoIt() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("cell-beside-wrapped-name-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1", "城乡基础设施建设及拆迁腾退等项目", "其他", "北京市密云区人民政府", "一般债券", "1.65"],
            ["2", "老旧小区综合整治、区医院感染楼、档案馆、数智综合信息平台等民生项目", "社会保障", "北京市密云区人民政府", "一般债券", "1.50"],
            ["3", "老旧小区综合整治、区医院感染楼、档案馆、数智综合信息平台等民生项目", "社会保障", "北京市密云区人民政府", "一般债券", "0.07"],
            ["4", "顺潮街道路工程", "市政建设", "密云区城市管理委员会", "一般债券", "0.48"],
            ["5", "城乡基础设施建设和环境提升项目", "生态建设和环境保护", "延庆区财政局", "一般债券", "0.50"],
            ["6", "农村地区基础设施改造和环境提升项目", "农林水利建设", "延庆区财政局", "一般债券", "4.50"],
            ["7", "东城区直管公房解危排险项目", "保障性住房", "东城区住建委", "一般债券", "3.34"],
            ["8", "安定循环经济园区项目", "生态建设和环境保护", "市城管委", "专项债券", "4.00"],
            ["9", "北京城市副中心站综合交通枢纽", "市政建设", "副中心党工委发改局", "专项债券", "20.00"],
            ["10", "北京高速公路建设工程项目", "公路", "市发展和改革委员会", "专项债券", "7.50"],
            ["11", "东六环加宽改造", "公路", "市交通委", "专项债券", "2.00"],
            ["12", "轨道交通１１号线西段（冬奥支线）", "市政建设", "市重大项目建设指挥部", "专项债券", "0.70"],
        ])
    }

    /// Samples/centred-beside-wrapped-tall-boxes-unruled.pdf: a
    /// 项目绩效目标表 without rules as LibreOffice Calc prints it, each
    /// project's 当年绩效目标 wrapped over an even number of lines and filled
    /// to 2.5 pt short of the 指标名称 beside it, the row's other cells
    /// centred half a line lower than a goal line, in a font whose
    /// descriptor declares boxes 1.26 em tall. The gap between two
    /// ideographs is measured in ems, so the goal and the indicator are
    /// cells of their own (before: measured in the tall boxes, the gap was
    /// too narrow, and goal and indicator ran into one column,
    /// `通过信息化平台全年形成科技成果数办件量`).
    @Test func goalSetCloseBesideCentredCellsInTallBoxesIsItsOwnColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("centred-beside-wrapped-tall-boxes-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.rows.map { texts($0.cells) } == [
            ["1", "规划和自然资源综合管理", "28,901.54",
             "确保行政服务窗口正常运行不少于二百四十天，通过信息化平台全年办件量不少于十万件；策划重点宣传项目不少于四十项。",
             "形成科技成果数", "25"],
            ["", "", "", "", "重点宣传项目", "40"],
            ["", "", "", "", "保障窗口正常运行天数", "240"],
            ["", "", "", "", "全年办件量", "100000"],
            ["2", "规划和自然资源事务", "35,786.65",
             "全年监测全市域范围内矿产资源露天开采面积，矿产品监测成果发布频次每月不少于一次；保障重大项目用地调度土地出让面积。",
             "每年开采监测覆盖面积", "8"],
            ["", "", "", "", "调度土地出让面积", "3000"],
            ["", "", "", "", "矿产品监测成果发布频次", "1"],
            ["3", "测绘地理信息管理", "1,260.00", "开展测绘行业质量检查、成果审查和信用监管等工作，提升质量。", "质量检查项目数", "30"],
            ["", "", "", "", "成果审查件数", "120"],
        ])
    }

    /// Samples/heading-gap-over-equal-amounts-unruled.pdf: a 支出总表
    /// without rules as a browser prints it, a group heading
    /// `2026 年政府采购项目` whose year stands a word space before its text
    /// (one word parted by a gap wider than solid text leaves), over a 其中
    /// column whose amounts are all of one width and so start at the x of
    /// its `年`. Amounts are set right: their starts are no flush edge of a
    /// text column, the heading is not cut there, and the table reads with
    /// its seven columns (before, with every word's start counted as a
    /// column's flush edge, the heading was cut into two columns and no row
    /// read exactly).
    @Test func amountsOfOneWidthMakeNoTextEdgeUnderAHeading() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("heading-gap-over-equal-amounts-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "合计", "25,164.01", "3,222.33", "21,941.68", "2,469.28", "585.20"],
            ["208", "社会保障和就业支出", "5,827.86", "3,222.33", "2,605.53", "1,304.92", "138.91"],
            ["20802", "民政管理事务", "5,827.86", "3,222.33", "2,605.53", "1,304.92", "138.91"],
            ["2080201", "行政运行", "3,222.33", "3,222.33", "0.00", "159.24", "0.00"],
            ["2080202", "一般行政管理事务", "2,605.53", "0.00", "2,605.53", "1,145.68", "138.91"],
            ["229", "其他支出", "19,336.15", "0.00", "19,336.15", "1,164.36", "446.29"],
            ["22960", "彩票公益金安排的支出", "19,336.15", "0.00", "19,336.15", "1,164.36", "446.29"],
        ])
    }

    /// Samples/unit-heading-unruled.pdf: tables of one and two rows without
    /// rules whose header line opens with the units' column heading
    /// (`预算单位`, `单位名称`, no colon), which also opens a caption line
    /// (`预算单位：…`). The line is the tables' header, and both tables are
    /// found with their headings (before: it was read as a department line
    /// that ends the header, too few headings were left above the rows, and
    /// neither table was found).
    @Test func unitsHeadingOpensTheHeaderNotACaption() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("unit-heading-unruled.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [5, 4])
        #expect(drawn.tables.map { $0.header.map(texts) } == [
            [["预算单位", "收入总计", "一般公共预算拨款", "事业收入", "其他收入"]],
            [["单位名称", "合计", "基本支出", "项目支出"]],
        ])
        #expect(drawn.tables.map { $0.rows.map { texts($0.cells) } } == [
            [["某某市财政局（本级）", "1,385.88", "989.05", "0.00", "396.83"]],
            [["合计", "2,249.92", "2,144.92", "105.00"], ["某某市民政局", "2,249.92", "2,144.92", "105.00"]],
        ])
    }

    /// Samples/values-against-units-unruled.pdf: a 项目支出绩效目标表 ruled
    /// between rows only, as a spreadsheet shrunk to fit its page prints it,
    /// each value set right in 指标值 (`800`, `29`, `1000`) a sixth of an em
    /// from its unit set left in 度量单位 (`个`, `万元`, `%`), under a word gap.
    /// A figure parted from the text after it by a gap wider than one text's
    /// glyphs leave, where such figures set right end at one x on three
    /// lines, ends its column (before: `800个` and `90%` read as one word
    /// across the column edge, their lines as no lines of amounts, the
    /// header taken down to the first row, 度量单位 merged with 指标值).
    @Test func valuesSetRightAgainstUnitsSetLeftAreTwoColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("values-against-units-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 8)
        #expect(table.rows.map { texts($0.cells) } == [
            ["千家万盆鲜花祝福祖国", "30.00", "产出指标", "数量指标", "向先进代表赠送花坛花卉", "＝", "800", "个"],
            ["", "", "产出指标", "质量指标", "花卉满足花坛要求", "定性", "满足", ""],
            ["", "", "成本指标", "经济成本指标", "购买花卉", "≤", "29", "万元"],
            ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
            ["", "", "效益指标", "社会效益指标", "全市发动家庭参加活动", "定性", "1000", "户"],
            ["全民参与花园城市建设实践", "450.00", "产出指标", "数量指标", "社区邻里花园展示活动", "＝", "20", "次"],
            ["", "", "产出指标", "时效指标", "全部成果完成时间", "≤", "10", "月"],
        ])
    }

    /// Samples/centred-tallest-cell-unruled.pdf: a 项目支出绩效目标表 without
    /// rules as a spreadsheet prints it, every cell centred in its row, the
    /// rows set tight, each 绩效指标 cell (opening `1、1-产出指标；…`) the
    /// tallest of its row, so that the indicator column runs on at one pitch
    /// from row to row and its first lines stand above the project's name
    /// and goal. Each project is one row with its whole indicator cell
    /// (before: the first indicator lines were a row of their own without
    /// amounts, and every row's cell took the first lines of the next one's).
    @Test func tallestCellCentredBesideItsRowIsItsRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("centred-tallest-cell-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 5)
        #expect(table.rows.map { texts($0.cells) } == [
            ["合计", "1,820.73", "1,820.73", "", ""],
            ["政务服务管理局", "1,820.73", "1,820.73", "", ""],
            ["穗智管运营服务项目", "1,391.47", "1,391.47",
             "汇聚更新数据量不低于十亿条，推进数据资源目录定期更新，确保场地稳定、安全、高效运行。",
             "1、1-产出指标；11-数量指标；会议活动保障次数；年度指标值:每年≥20场。2、1-产出指标；11-数量指标；汇聚数据量；年度指标值:≥10亿条。"
                + "3、1-产出指标；12-质量指标；保障场地正常运行；年度指标值:≥99.5%。4、2-效益指标；22-社会效益；构建城市运行监测指标体系；年度指标值:≥1次。"
                + "5、3-满意度指标；31-服务对象满意度；线下培训效果评价；年度指标值:≥4.5分。"],
            ["政务信息化项目管理经费", "365.50", "365.50",
             "完成全市信息化项目的立项、备案、验收工作，推广系统效能评估，促进系统整合，实现数据共享。",
             "1、1-产出指标；11-数量指标；立项终验审核数量；年度指标值:≥400个。2、2-效益指标；22-社会效益；新增系统效能评估数；年度指标值:≥400个。"
                + "3、4-成本指标；41-经济成本指标；项目概算平均核减率；年度指标值:≥5%。"],
            ["网上中介服务超市日常运营项目", "56.76", "56.76",
             "做好网上中介服务超市日常运营工作，提升服务效能，保证办件及时性。",
             "1、1-产出指标；11-数量指标；中介服务机构进驻检查率；年度指标值:100%。2、1-产出指标；11-数量指标；超时办件率；年度指标值:≤1%。"
                + "3、3-满意度指标；31-服务对象满意度；服务满意度；年度指标值:≥98%。4、4-成本指标；41-经济成本指标；办件综合成本；年度指标值:≤29.91元/件。"],
            ["机构运行经费", "7.00", "7.00", "保障机构日常运转", "机构日常运转保障率达到百分之百全年无运转中断"],
        ])
    }

    /// Samples/numbered-labels-unruled.pdf: a 收支总表 without rules as a
    /// spreadsheet prints it, each side's items numbered `1、` to `13、`, the
    /// amounts set right against the labels of the next column. An item's
    /// number is its label's own (``AlignedTableFinder/opensNumberedItem(_:figureLength:)``).
    /// Before, the digit before `、` was taken for a code run into a name, a
    /// column's edge on every numbered line, and each label crossing that
    /// point was cut there (`1 0、卫生健康支出`, `本 年支出合计`).
    @Test func anItemsNumberIsNoCodeAgainstAName() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("numbered-labels-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["一、部门预算", "9,366.48", "一、部门预算", "9,366.48"],
            ["1、财政拨款", "9,366.48", "1、一般公共服务支出", ""],
            ["(1)一般公共预算拨款", "9,366.48", "2、外交支出", ""],
            ["(2)政府性基金拨款", "", "3、国防支出", ""],
            ["2、上级补助收入", "", "4、公共安全支出", ""],
            ["3、事业收入", "", "5、教育支出", "294.40"],
            ["4、事业单位经营收入", "", "6、科学技术支出", "8,201.96"],
            ["5、附属单位上缴收入", "", "7、文化旅游体育与传媒支出", ""],
            ["6、其他收入", "", "8、社会保障和就业支出", "194.56"],
            ["", "", "9、社会保险基金支出", ""],
            ["", "", "10、卫生健康支出", "18.30"],
            ["", "", "11、节能环保支出", ""],
            ["", "", "12、住房保障支出", "57.11"],
            ["", "", "13、其他支出", "600.15"],
            ["本年收入合计", "9,366.48", "本年支出合计", "9,366.48"],
        ])
    }

    /// Samples/codes-against-long-names-unruled.pdf: a 基本支出情况表 ruled
    /// between rows only, the codes left-aligned in narrow columns, and the
    /// longest name filling its cell up to the code beside it, closer than a
    /// word gap. The code starts where the column's other codes start: a
    /// cell of its own (``AlignedTableFinder/trailingCodeStart(_:)``).
    /// Before, `机关事业单位基本养老保险缴费505` read as one word and the
    /// columns split one short.
    @Test func aCodeRunIntoTheNameBeforeItIsItsColumns() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("codes-against-long-names-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 9)
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "", "合计", "", "", "", "1,704.12", "1,573.37", "130.75"],
            ["301", "", "工资福利支出", "501", "", "机关工资福利支出", "705.28", "705.28", ""],
            ["301", "01", "基本工资", "501", "01", "工资奖金津补贴", "169.28", "169.28", ""],
            ["301", "02", "津贴补贴", "501", "01", "工资奖金津补贴", "177.68", "177.68", ""],
            ["301", "08", "机关事业单位基本养老保险缴费", "501", "02", "社会保障缴费", "69.37", "69.37", ""],
            ["301", "09", "职业年金缴费", "501", "02", "社会保障缴费", "25.00", "25.00", ""],
            ["301", "13", "住房公积金", "501", "03", "住房公积金", "59.50", "59.50", ""],
            ["301", "", "工资福利支出", "505", "", "对事业单位经常性补助", "746.73", "746.73", ""],
            ["301", "01", "基本工资", "505", "01", "工资福利支出", "189.31", "189.31", ""],
            ["301", "08", "机关事业单位基本养老保险缴费", "505", "01", "工资福利支出", "75.96", "75.96", ""],
            ["302", "01", "办公费", "502", "01", "办公经费", "130.75", "", "130.75"],
        ])
    }

    /// Samples/first-row-wrapped-above-amounts-unruled.pdf: a 支出总表
    /// without rules, each cell centred in its row, whose first row alone
    /// fills the 预算单位 column with a name wrapped over two lines
    /// (`深圳市财政局` above the row's amounts, `（本级）` under them). The
    /// name's first line is the row's, not the header's, and the units make
    /// a column of their own (before: `深圳市财政局` was the header's last
    /// line, the table had five columns and `（本级）` went to the codes').
    @Test func firstRowWrappedAboveItsAmountsIsBody() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("first-row-wrapped-above-amounts-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 6)
        #expect(table.header.map { texts($0) } == [["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"]])
        let rows = table.rows.map { texts($0.cells) }
        #expect(rows.count == 10)
        #expect(rows.prefix(3) == [
            ["深圳市财政局（本级）", "", "", "20864.43", "6502.86", "14361.57"],
            ["", "201", "一般公共服务支出", "20563.76", "6487.76", "14076.00"],
            ["", "20106", "财政事务", "20563.76", "6487.76", "14076.00"],
        ])
    }

    /// Samples/empty-table-tall-rows-unruled.pdf: a table with nothing to
    /// report, without rules, as a spreadsheet prints it with tall rows: its
    /// header's last row some 7 em below the one above, its lone `合计` as far
    /// again below, at the table's left edge. The `合计` is the table's one
    /// row, under its seven headings (before: the blank above it ended the
    /// block of lines, the `合计` stood alone, and the table was never found).
    @Test func loneTotalFarBelowItsHeadingsIsAnEmptyTable() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("empty-table-tall-rows-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.rows.map { texts($0.cells) } == [["合计", "", "", "", "", "", ""]])
    }

    /// A 年度 column, in a table ruled between rows only (LibreOffice Calc),
    /// printing `2022` and `2021` set right as figures and `2022比 2021` set
    /// left as text, `年度` centred over both in the wide cell: the year
    /// opening the comparison is one cell's text
    /// (``AlignedTableFinder/opensYear(_:figureLength:)``), and the text and
    /// the figures one column (``AlignedTableFinder/joiningAlignedStretches(_:body:header:)``:
    /// the comparison's `2021` is no number of its own, the heading centred
    /// over the pair). Before, `2022比` was cut as a code glued to the name
    /// of the next column, and the text and the figures were two columns:
    /// every row a column or two off.
    @Test func aYearOpeningAComparisonIsNoCodeAgainstAName() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("years-compared-in-period-column.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [6])
        #expect(drawn.tables.first?.rows.count == 15)
        #expect(drawn.tables.first?.rows.prefix(6).map { texts($0.cells) } == [
            ["培训支出（进修及培训）", "2022", "29.44", "0", "21.44", "8"],
            ["", "2021", "32.06", "0", "27.06", "5"],
            ["", "2022比2021", "-2.62", "0", "-5.62", "3"],
            ["行政运行（科学技术管理事务）", "2022", "1187.6", "1086.45", "101.15", "0"],
            ["", "2021", "1304.65", "1225.96", "78.69", "0"],
            ["", "2022比2021", "-117.05", "-139.51", "22.46", "0"],
        ])
    }

    /// Samples/row-cut-by-page-break-centred.pdf: a table without rules whose
    /// cells are centred in their rows (LibreOffice Writer), `商品和服务支出`
    /// wrapped over three lines beside each row's amount. The page break cuts
    /// page 1's last row after `商品和`; page 2 opens, under the repeated
    /// header, with the cell's rest `服务支` / `出`, then the next row's
    /// `商品和` above its amount. The rest is the row's on page 1, and every
    /// row keeps its three lines (before: those lines were header rows of
    /// page 2, appended as rows of their own, and two rows were wrong).
    @Test func restOfARowCutByThePageBreakGoesBackToIt() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("row-cut-by-page-break-centred.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [4])
        let rows = try #require(drawn.tables.first).rows.map { texts($0.cells) }
        #expect(rows.map { $0[2] } == Array(repeating: "商品和服务支出", count: 16))
        #expect(rows[8] == ["30213", "维修(护)费", "商品和服务支出", "4.16"])
        #expect(rows[9] == ["30215", "会议费", "商品和服务支出", "4.53"])
    }
}

/// Samples/names-wrapped-around-amounts-unruled.pdf: a table without rules
/// as LibreOffice Writer prints it (a 科学技术局's 基本支出明细表), 11 pt type,
/// 14.8 pt between a cell's lines, each cell centred in its row, going on
/// over a second page without its header. The 部门经济科目名称 wrap over two
/// lines (`办公经费` over `支出`) with the row's codes and amounts on a line
/// between them; on the second page no name of that column shares a line
/// with an amount. The names make a column of their own, between the
/// department codes and the amounts. Before, the second page's lines of
/// amounts showed no stretch of x for the names, which went to the codes'
/// column: `办公经费50201支出` in one cell, the code column left empty.
@Suite("Wrapped columns of tables without rules")
struct WrappedColumnTests {
    @Test func namesWrappedAroundTheirAmountsAreAColumn() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("names-wrapped-around-amounts-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 8)
        let rows = table.rows.map { texts($0.cells) }
        #expect(rows.count == 30)
        #expect(rows.prefix(5) == [
            ["1", "", "合计", "", "", "16691785.83", "16691785.83", "0"],
            ["2", "30101", "基本工资", "50101", "工资奖金津补贴", "724151.55", "724151.55", "0"],
            ["3", "30101", "基本工资", "50501", "工资福利支出", "470544.17", "470544.17", "0"],
            ["4", "30101", "基本工资", "50905", "离退休费", "216936.79", "216936.79", "0"],
            ["5", "30102", "津贴补贴", "50501", "工资福利支出", "1194695.72", "1194695.72", "0"],
        ])
        // The second page, without header: every name wrapped around its amounts.
        #expect(rows.suffix(11) == [
            ["20", "302", "公用经费", "", "", "5517997.77", "5517997.77", "0"],
            ["21", "30201", "办公费", "50201", "办公经费支出", "831076.57", "831076.57", "0"],
            ["22", "30205", "水费", "50201", "办公经费支出", "577469.19", "577469.19", "0"],
            ["23", "30206", "电费", "50201", "办公经费支出", "323861.81", "323861.81", "0"],
            ["24", "30207", "邮电费", "50201", "办公经费支出", "70254.43", "70254.43", "0"],
            ["25", "30211", "差旅费", "50201", "办公经费支出", "1048013.36", "1048013.36", "0"],
            ["26", "30213", "维修费", "50209", "维修保护支出", "794405.98", "794405.98", "0"],
            ["27", "30216", "培训费", "50203", "培训经费支出", "540798.60", "540798.60", "0"],
            ["28", "30228", "工会经费", "50201", "办公经费支出", "287191.22", "287191.22", "0"],
            ["29", "30229", "福利费", "50201", "办公经费支出", "33583.84", "33583.84", "0"],
            ["30", "30231", "公务用车", "50208", "公务用车运行维护费", "1011342.77", "1011342.77", "0"],
        ])
    }
}

/// Samples/caption-word-in-a-wrapped-cell-unruled.pdf: a 基本支出明细表 by
/// economic classification without rules as LibreOffice Writer prints it,
/// the name columns narrow and each cell centred vertically in its row:
/// `机关事业单位基本养老保险缴费` wraps over four lines, the second of them
/// `单位基本`, which opens with a caption's word (`单位：万元`) but names no
/// field (no colon). It is a line of its row, and so is the header's first
/// line, `部门经济 部门经济 政府经济 政府经济 人员经费 公用经费`. Before,
/// `单位基本` ended the table as a caption would: the row was lost, the rows
/// under it made a second table without header, and the header's first line
/// was left out of the header.
@Suite("Caption words in cells of tables without rules")
struct CaptionWordInCellTests {
    @Test func wrappedCellOpeningWithACaptionWordStaysInItsRow() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("caption-word-in-a-wrapped-cell-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 7)
        #expect(table.header.first.map(texts) == ["部门经济科目编码", "部门经济科目名称", "政府经济科目编码", "政府经济科目名称", "", "人员经费支出", "公用经费支出"])
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "合计", "", "", "1,290.70", "1,067.83", "222.87"],
            ["301", "工资福利支出", "", "", "1,067.83", "1,067.83", ""],
            ["30101", "基本工资", "50101", "工资奖金津补贴", "237.03", "237.03", ""],
            ["30102", "津贴补贴", "50101", "工资奖金津补贴", "317.69", "317.69", ""],
            ["30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "81.23", "81.23", ""],
            ["30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", "15.86", "15.86", ""],
            ["30113", "住房公积金", "50103", "住房公积金", "87.86", "87.86", ""],
            ["30199", "其他工资福利支出", "50199", "其他工资福利支出", "328.16", "328.16", ""],
            ["302", "商品和服务支出", "", "", "222.87", "", "222.87"],
            ["30201", "办公费", "50201", "办公经费", "28.00", "", "28.00"],
            ["30211", "差旅费", "50201", "办公经费", "31.00", "", "31.00"],
        ])
    }
}

/// Samples/items-wrapped-before-amounts-unruled.pdf: a 收支总表's last page
/// without rules as LibreOffice Writer prints it, each cell centred in its
/// row: under the header, the 支出 side's items with nothing to report, the
/// longer ones wrapped over two lines (`15、资源勘探工业` over `信息等支出`),
/// then one item with an amount, more items and the totals. The body starts
/// at the first item, the lines ending wrapped items with it. Before, the
/// first wrapped line stopped the walk up from the first line of amounts:
/// the items above it were read as the header and the title, their rows lost.
@Suite("Items wrapped before the amounts of tables without rules")
struct ItemsWrappedBeforeAmountsTests {
    @Test func wrappedItemsAboveTheFirstAmountsAreBody() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("items-wrapped-before-amounts-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.title == "部门综合预算财政拨款收支总表")
        #expect(table.header.map(texts) == [["收入项目", "预算数", "支出项目", "预算数"]])
        #expect(table.rows.map { texts($0.cells) } == [
            ["", "", "13、农林水支出", ""],
            ["", "", "14、交通运输支出", ""],
            ["", "", "15、资源勘探工业信息等支出", ""],
            ["", "", "16、商业服务业等支出", ""],
            ["", "", "17、金融支出", ""],
            ["", "", "18、援助其他地区支出", ""],
            ["", "", "19、住房保障支出", "7,343,316.06"],
            ["", "", "20、粮油物资储备支出", ""],
            ["", "", "21、其他支出", ""],
            ["本年收入合计", "7,343,316.06", "本年支出合计", "7,343,316.06"],
            ["收入总计", "7,343,316.06", "支出总计", "7,343,316.06"],
        ])
    }

    /// Samples/amount-between-wrapped-labels-unruled.pdf: a 项目支出绩效表
    /// without rules as a browser prints its continuation page, every cell
    /// centred in its row: 单位名称 and 项目名称 wrapped over two lines each,
    /// the 绩效目标 over four, so each row's one amount stands half a line
    /// between its labels' two lines and shares no baseline with any word.
    /// The amount is read on its row's upper line, each project one row
    /// (before: no line printed a label beside an amount, and the table
    /// was not found, as on Chromium's 湖州市卫生健康委员会 p. 17).
    @Test func amountBetweenWrappedLabelsIsItsRows() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("amount-between-wrapped-labels-unruled.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.columnCount == 4)
        #expect(table.rows.map { texts($0.cells) } == [
            ["湖州市中医院", "公共卫生事务", "14.39", "对门诊及住院病人做到法定传染病网络报告及时率百分之百，慢性病报告及死因监测及时率、完整率、准确率均不低于百分之九十五，听从上级指挥，认真完成各项公共卫生任务，不断提高公共卫生保障能力。"],
            ["湖州市中医院", "医院能力建设", "2,840.81", "以打造地市级标杆中医院为战略目标，以中医药服务能力提升为工作重点，加大中医药实验室建设，推广中医优势病种和适宜技术，加强重点学科的内涵建设及各专业人才培养，促进中医药事业发展。"],
            ["湖州市中医院", "医院建设发展", "5,500.00", "中医院迁建项目建设内容主要包括急诊部、门诊部、住院部、医技科室和药剂科室等医疗业务用房，中药制剂室、科研用房，大型医疗设备用房，保障系统、行政管理和院内生活服务等医疗辅助用房。"],
            ["湖州市中医院", "医学人才培养", "46.86", "规培学员完成本阶段轮转科室的临床医疗工作，深入学习和掌握本专业的临床技能和理论知识，顺利通过年度和结业考核，考核通过率在百分之九十以上，带教老师的带教水平和积极性大大提高。"],
        ])
    }

    /// Samples/short-table-wrapped-label-unruled.pdf: short tables without
    /// rules as a word processor prints them, each cell centred in its row: a
    /// 收入总表 of one row whose 预算单位 wraps over two lines (`深圳市民政` over
    /// `局（本级）`), a 收支总表 of two rows whose labels wrap in both label
    /// columns, so each row's amounts stand half a line between its label's
    /// lines. Each row is one row, its label whole (before: a short table
    /// took no label line after its rows, and neither table was found, as
    /// on Writer's 深圳市民政局 收入总表).
    @Test func shortTableTakesLabelsWrappedAroundItsAmounts() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("short-table-wrapped-label-unruled.pdf"))
        #expect(drawn.tables.count == 2)
        let income = try #require(drawn.tables.first)
        #expect(income.columnCount == 7)
        #expect(income.rows.map { texts($0.cells) } == [
            ["深圳市民政局（本级）", "28,283.46", "8,761.33", "19,336.15", "0.00", "0.00", "185.98"],
        ])
        let funds = try #require(drawn.tables.dropFirst().first)
        #expect(funds.columnCount == 5)
        #expect(funds.rows.map { texts($0.cells) } == [
            ["一、一般公共预算", "304,413,900", "一、教育支出", "236,893,390", "236,893,390"],
            ["二、政府性基金预算", "", "二、社会保障和就业支出", "44,691,820", "44,691,820"],
        ])
    }
}
