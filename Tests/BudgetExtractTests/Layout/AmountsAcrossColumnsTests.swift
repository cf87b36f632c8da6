import Testing
@testable import BudgetExtract

/// One word of right-aligned pieces: each piece's glyphs 5 pt wide and 9 pt
/// tall, touching, its last glyph ending at the x given.
private func word(_ pieces: [(String, Double)], y: Double) -> Word {
    Word(glyphs: pieces.flatMap { text, right in
        text.enumerated().map { index, character in
            let left = right - Double(text.count - index) * 5
            return Glyph(character: character, box: Rect(x0: left, y0: y, x1: left + 5, y1: y + 9))
        }
    })
}

/// Lines of words, one line every 20 pt.
private func lines(_ rows: [[[(String, Double)]]]) -> [TextLine] {
    rows.enumerated().map { index, words in TextLine(words: words.map { word($0, y: 100 + Double(index) * 20) }) }
}

@Suite("Amounts across columns")
struct AmountsAcrossColumnsTests {
    /// Three lines print amounts ending at x = 200 and 250; a word of
    /// figures across 200 is cut there when its pieces read as amounts.
    private func cut(_ pieces: [(String, Double)]) -> [String] {
        let page = lines([
            [[("10,827,702", 200)], [("123,456", 250)]],
            [[("4,333,478", 200)], [("275,460", 250)]],
            [[("6,084,184", 200)], [("10,000", 250)]],
            [pieces],
        ])
        return AmountsAcrossColumns.splitting(page).lines[3].words.map(\.text)
    }

    /// Amounts of two columns touching are cut at the first column's edge,
    /// grouping on both sides (`90,238,58490,238,584`), or a visible gap
    /// where the pair would read as one amount (`26 1,179`, not 261,179);
    /// a placeholder a gap after an amount is the next column's.
    @Test func amountsRunTogetherAreCutAtTheColumnEdge() {
        #expect(cut([("90,238,584", 200), ("90,238,584", 250)]) == ["90,238,584", "90,238,584"])
        #expect(cut([("26", 200), ("1,179", 229)]) == ["26", "1,179"])
        #expect(cut([("5,084,184", 200), ("0", 250)]) == ["5,084,184", "0"])
        #expect(cut([("1,810,000", 200), ("-", 250)]) == ["1,810,000", "-"])
    }

    /// Nothing is cut where the reading is not one: a code or a date across
    /// the edge, an amount whose digits touch at the edge (`261,179`, no
    /// gap), plain digits run on into plain digits, a piece that is no
    /// amount (`90,238,58`: the grouping cuts a glyph right of the edge),
    /// or decimals other than the column's.
    @Test func nothingIsCutWhereMoreThanOneReadingIsPossible() {
        #expect(cut([("201", 200), ("3101", 220)]) == ["2013101"])
        #expect(cut([("2019", 200), ("-04-12", 230)]) == ["2019-04-12"])
        #expect(cut([("26", 200), ("1,179", 225)]) == ["261,179"])
        #expect(cut([("5671", 200), ("234", 215)]) == ["5671234"])
        #expect(cut([("90,238,58", 200), ("490,238", 235)]) == ["90,238,58490,238"])
        #expect(cut([("1.5", 200), ("7", 250)]) == ["1.5 7"])
    }

    /// The one way a word reads as amounts, alone: grouping tells
    /// `90,238,58490,238,584`, gaps tell `326,658,710 254,273,240
    /// 72,385,470` (touching, `2|54,273,240` would read too);
    /// `5671,234` reads three ways, a date none.
    @Test func aWordReadsOneWayOrNone() {
        let reading = { (text: String) in AmountsAcrossColumns.onlyReading(of: word([(text, 100)], y: 0).glyphs) }
        #expect(reading("90,238,58490,238,584") == [10])
        #expect(reading("326,658,710254,273,24072,385,470") == nil)
        #expect(AmountsAcrossColumns.onlyReading(of: word([("326,658,710", 100), ("254,273,240", 160), ("72,385,470", 215)], y: 0).glyphs)
            == [11, 22])
        #expect(AmountsAcrossColumns.onlyReading(of: word([("30", 100), ("4.20", 123)], y: 0).glyphs) == [2])
        #expect(AmountsAcrossColumns.onlyReading(of: word([("20", 100), ("000", 118)], y: 0).glyphs) == nil)
        #expect(reading("5671,234") == nil)
        #expect(reading("90,238,584") == nil)
        #expect(reading("2019-04-12") == nil)
    }

    /// Samples/amounts-across-columns.pdf: amounts right-aligned in columns
    /// no wider than their widest amount, no rules between them, two tables
    /// on one page; every cell is its own (before: `90,238,58490,238,584`
    /// and `261,179` each one word, the two columns one in every row).
    @Test func closeSetAmountColumnsReadCellForCell() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("amounts-across-columns.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [4, 4])
        #expect(drawn.tables.first?.rows.map { texts($0.cells) } == [
            ["工资福利支出", "90,238,584", "90,238,584", "0"],
            ["基本工资", "72,089,277", "72,089,277", "0"],
            ["津贴补贴", "18,149,307", "18,149,307", "0"],
            ["商品和服务支出", "10,827,702", "0", "10,827,702"],
            ["办公费", "6,494,224", "0", "6,494,224"],
            ["手续费", "4,333,478", "0", "4,333,478"],
            ["对个人和家庭的补助", "275,460", "275,460", "0"],
            ["合计", "101,341,746", "90,514,044", "10,827,702"],
        ])
        #expect(drawn.tables.last?.rows.map { texts($0.cells) } == [
            ["一般公共服务支出", "1,205", "26", "1,179"],
            ["行政运行", "864", "12", "852"],
            ["一般行政管理事务", "341", "14", "327"],
            ["教育支出", "1,437", "9", "1,428"],
            ["普通教育", "588", "21", "567"],
            ["合计", "2,642", "35", "2,607"],
        ])
    }

    /// Samples/amounts-against-explanations-unruled.pdf: narrow amount
    /// columns 3 pt apart with a 绩效目标 column of sentences 3 pt after them,
    /// as wkhtmltopdf prints 广州市政府办公厅's 项目支出表, under a table of
    /// wider amounts. On the lines where a sentence's middle line meets the
    /// amounts, amounts and sentence are one word; once the sentence is cut
    /// off, the amounts are cut at the columns' edges, at their visible gaps
    /// only where the upper table's edge falls inside a `0.00`. Before, the
    /// five amount columns read as one (`226.480.000.000.000.00`).
    @Test func amountsRunIntoAnExplanationAreCutOnceItIsCutOff() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("amounts-against-explanations-unruled.pdf"))
        #expect(drawn.tables.map(\.columnCount) == [2, 9])
        #expect(drawn.tables.last?.rows.map { texts($0.cells) } == [
            ["合计", "1,153.31", "1,153.31", "1,153.31", "0.00", "0.00", "0.00", "0.00", ""],
            ["工作经费", "226.48", "226.48", "226.48", "0.00", "0.00", "0.00", "0.00",
             "通过把纪律挺在前面，严肃开展监督执纪问责，促进综合监督单位党风廉政建设工作的深入开展。"],
            ["购置经费", "21.20", "21.20", "21.20", "0.00", "0.00", "0.00", "0.00",
             "项目用于到期设备报废、更新工作，购置空调、电脑、打印机、办公家具等，保障日常工作顺利开展。"],
            ["运行经费", "156.38", "156.38", "156.38", "0.00", "0.00", "0.00", "0.00",
             "组织政府参事、文史馆员开展调查研究、参政议政、撰写调研报告，传承、弘扬岭南优秀传统文化。"],
            ["专项经费", "749.25", "749.25", "749.25", "0.00", "0.00", "0.00", "0.00",
             "用于保障市政府和市府办公厅的文电处理工作，保障市政府工作会议和市领导调研活动的组织安排。"],
            ["其他经费", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", ""],
        ])
    }
}
