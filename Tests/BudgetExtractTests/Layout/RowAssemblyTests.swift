import Testing
@testable import BudgetExtract

/// Rows of tables whose rows no rule separates: wrapped labels, headings
/// on a line of their own, explanations and codes over their names.
@Suite("Rows without rules")
struct RowAssemblyTests {
    /// The body rows of a Sample that prints one table, as texts.
    private func rowsOfTheOnlyTable(in sample: String) throws -> [[String]] {
        let document = try Converter().convert(path: Fixtures.sample(sample))
        try #require(document.tables.count == 1)
        return document.tables[0].rows.map { texts($0.cells) }
    }

    /// A line of one cell, 10 pt type, its box `width` wide from x.
    private func line(_ column: Int, _ text: String, x: Double, y: Double, width: Double) -> RowAssembly.Line {
        RowAssembly.Line(column: column, text: text, box: Rect(x0: x, y0: y, x1: x + width, y1: y + 10), height: 10,
                         printsNumber: PrintedVocabulary.looksLikeNumber(text) || PrintedVocabulary.isAmount(text))
    }

    /// Amounts on a wrapped label's first line, the amounts' boxes a little
    /// higher than the label's: the label's last line lies nearer the next
    /// row's amounts, yet it ends the label above it (the line before it is
    /// full, it is not).
    @Test func aWrappedLabelsLastLineStaysWithItsAmountsAbove() {
        let lines = [
            line(0, "會費、捐助、補助、分攤", x: 100, y: 100, width: 100), line(1, "375,308", x: 250, y: 98, width: 35),
            line(0, "與交流活動費", x: 100, y: 114, width: 60),
            line(0, "捐助、補助與獎助", x: 110, y: 128, width: 80), line(1, "356,605", x: 250, y: 126, width: 35),
        ]
        #expect(RowAssembly.rows(of: lines, columnEnds: [215, 300]) == [0, 0, 0, 1, 1])
    }

    /// A heading without amounts on a line of its own, right above the
    /// first item under it, is a row of its own.
    @Test func aHeadingOnItsOwnLineIsARow() {
        let lines = [
            line(0, "業務活動之現金流量", x: 100, y: 100, width: 90),
            line(0, "本期賸餘（短絀）", x: 110, y: 114, width: 80), line(1, "-939,002", x: 250, y: 114, width: 40),
            line(0, "調整非現金項目", x: 110, y: 128, width: 70), line(1, "874,042", x: 250, y: 128, width: 35),
        ]
        #expect(RowAssembly.rows(of: lines, columnEnds: [215, 300]) == [0, 1, 1, 2, 2])
    }

    /// The drawn variants, cell for cell, in a grid ruled by column only and
    /// without rules: amounts on a wrapped label's first line (with headings
    /// and, ruled, an explanation), on its last, centred, and codes printed
    /// on their own line above their names.
    @Test(arguments: ["wrapped-rows.pdf", "wrapped-rows-unruled.pdf"])
    func wrappedRowsSampleReadsAsDrawn(name: String) throws {
        let ruled = name == "wrapped-rows.pdf"
        let document = try Converter().convert(path: Fixtures.sample(name))
        try #require(document.tables.count == 4)
        let first = document.tables[0].rows.map { texts($0.cells) }
        #expect(first.map { $0[0] } == ["一、基本支出", "工资福利支出", "会费、捐助、补助、分摊、照护、救济与交流活动费", "捐助、补助与奖助",
                                        "购建固定资产、无形资产、非理财目的之长期投资及营舍与设施工程支出", "购置无形资产", "业务活动之现金流量",
                                        "本期结余", "流动资产净减（净增）", "流动负债净增（净减）"])
        #expect(first[2] == ["会费、捐助、补助、分摊、照护、救济与交流活动费", "300.00", "280.00", ""])
        #expect(first[6] == ["业务活动之现金流量", "", "", ""])
        #expect(first[8] == ["流动资产净减（净增）", "1,960.51", "1,500.00", ruled ? "其他应收款增加227.69万元，物料增加20.65万元，农产品减少2,096.31万元。" : ""])
        #expect(first[9] == ["流动负债净增（净减）", "295.87", "200.00", ""])
        let last = document.tables[1].rows.map { texts($0.cells) }
        #expect(last[1] == ["政府办公厅（室）及相关机构事务其他支出", "830.00", "820.50", ""])
        #expect(last[3] == ["国有土地使用权出让收入安排的支出", "600.00", "598.00", ""])
        let centred = document.tables[2].rows.map { texts($0.cells) }
        #expect(centred.map { $0[0] } == ["政府性基金预算支出合计", "国家电影事业发展专项资金安排的支出", "资助国产影片放映", "其他国家电影事业发展专项资金支出",
                                          "国有土地收益基金安排的支出（含征地和拆迁补偿、土地开发）", "土地开发支出"])
        #expect(centred[4] == ["国有土地收益基金安排的支出（含征地和拆迁补偿、土地开发）", "500.00", "245.54", ""])
        let coded = document.tables[3].rows.map { texts($0.cells) }
        #expect(coded == [["", "合计", "1,830.00", "1,780.00"], ["201", "一般公共服务支出", "1,830.00", "1,780.00"],
                          ["2010301", "行政运行", "1,200.00", "1,150.00"], ["2010302", "一般行政管理事务", "630.00", "630.00"]])
    }

    /// fixed-wrap.pdf: labels wrapped after 14 characters, far short of a
    /// wide column's end, amounts on the first line: each label is one row;
    /// a 14-character label that does not wrap and a heading without
    /// amounts stay rows of their own.
    @Test func labelsWrappedAtACountAreOneRowEach() throws {
        let rows = try rowsOfTheOnlyTable(in: "fixed-wrap.pdf")
        #expect(rows.map { $0[0] } == ["壹、特作产业结构调整计划", "推动蔬菜产业跃升计划", "特作产业结构调整暨建构产业新价值链计划",
                                       "调整渔业产业结构强化管理机制计划", "强化植物有害生物防范措施计划", "建构动物防疫及畜产品安全卫生预警体系计划",
                                       "贰、农村再生基金", "农村再生规划及人力培育计划", "建构农业机械示范体系与营造多元服务价值链", "农村规划及培力"])
        #expect(rows[2] == ["特作产业结构调整暨建构产业新价值链计划", "项", "2", "3,200"])
        #expect(rows[3] == ["调整渔业产业结构强化管理机制计划", "", "", "192,408"])
        #expect(rows[6] == ["贰、农村再生基金", "", "", ""])
        #expect(rows[8] == ["建构农业机械示范体系与营造多元服务价值链", "项", "3", "2,300,000"])
    }

    /// small-type-column.pdf: an explanation column in 8 pt type beside
    /// labels in 10, wrapped at the same leading in ems (tighter in
    /// points): each wrapped label is one row, its explanation with it.
    @Test func aColumnInSmallerTypeSetsNoTighterPitchForTheLabels() throws {
        let rows = try rowsOfTheOnlyTable(in: "small-type-column.pdf")
        #expect(rows.map { $0[0] } == ["一、基本支出", "工资福利支出", "会费、捐助、补助、分摊、照护、救济与交流活动费", "二、项目支出",
                                       "购建固定资产、无形资产、非理财目的之长期投资及营舍与设施工程支出", "信息化系统运行维护与网络安全等级保护测评服务", "合计"])
        #expect(rows[1] == ["工资福利支出", "1,200.00", "1,100.00", "按编制核定的人数与标准测算，含基本工资、津贴补贴与奖金"])
        #expect(rows[4] == ["购建固定资产、无形资产、非理财目的之长期投资及营舍与设施工程支出", "400.00", "390.00", "按项目库核定的预算数列示"])
    }

    /// hanging-heading.pdf: headings with an item mark whose wrapped line
    /// hangs under the text after the mark at a looser leading (18 pt) than
    /// the items' lines (14 pt): each heading is one row with its amount.
    @Test func aHeadingsLineHungUnderItsTextStaysWithIt() throws {
        let rows = try rowsOfTheOnlyTable(in: "hanging-heading.pdf")
        #expect(rows.map { $0[0] } == ["七、特作产业结构调整暨建构产业新价值链计划", "形塑国产安全优质特作品牌形象，提高消费忠诚度", "行政费用",
                                       "八、推动蔬菜产业跃升计划", "辅导大宗蔬菜供苗量调查、预警作业及敏感性蔬菜相关措施", "行政费用",
                                       "九、调整渔业产业结构强化管理机制计划", "渔业结构调整"])
        #expect(rows[0] == ["七、特作产业结构调整暨建构产业新价值链计划", "", "", "", "3,200"])
        #expect(rows[6] == ["九、调整渔业产业结构强化管理机制计划", "", "", "", "192,408"])
    }

    /// long-explanations.pdf: one-line labels beside an explanation column
    /// whose numbered notes run over more lines than the labels: the labels
    /// are the rows, and each note, its `2.` too, is in the row it stands beside.
    @Test func anExplanationLongerThanTheLabelsStaysBesideItsRow() throws {
        let rows = try rowsOfTheOnlyTable(in: "long-explanations.pdf").map { $0.map { $0.filter { !$0.isWhitespace } } }
        #expect(rows.map { $0[0] } == ["政府拨入收入", "公库拨款收入", "其他收入", "杂项收入", "（一）粮政业务", "（二）收回农渔会积欠内部融资"])
        #expect(rows[1] == ["公库拨款收入", "18,620,226", "1.单位预算拨补183亿9,769万3千元。2.台风及豪雨灾后复原重建特别预算拨补2亿2,253万3千元。"])
        #expect(rows[2] == ["其他收入", "2,417", ""])
        #expect(rows[4][2] == "1.为办理市售小包装食米抽检，随机价购不同品牌包装食米样品进行标示检查及品质检验。2.违约迟延罚款收入500千元。")
    }

    /// count-rows.pdf: a table of counts ruled by column only, one-digit
    /// numbers side by side on each row's line: each line is a row, its
    /// counts read one by one, never `4 2 6` as 426.
    @Test func countsSideBySideMakeARowEach() throws {
        let document = try Converter().convert(path: Fixtures.sample("count-rows.pdf"))
        try #require(document.tables.count == 1)
        let rows = document.tables[0].rows
        #expect(rows.map { texts($0.cells) } == [["职员", "4", "1", "5", ""], ["技工", "2", "", "2", ""], ["总计", "6", "1", "7", ""]])
        let counts = rows.map { row in row.cells[1].map { DocumentJSON.CellJSON(text: $0.text) } }
        #expect(counts.map { $0?.value } == ["4", "2", "6"])
        #expect(counts.allSatisfy { $0?.read == nil })
    }

    /// explanation-onto-next-row.pdf: the first explanation's last line
    /// (`成本分析表。`) prints on the next row's line; it ends the sentence
    /// the two lines above began. Explanations that end their sentence, or
    /// stop short, leave the next row its own.
    @Test func anExplanationsLastLineOnTheNextRowsLineStaysWithItsRow() throws {
        let rows = try rowsOfTheOnlyTable(in: "explanation-onto-next-row.pdf").map { $0.map { $0.filter { !$0.isWhitespace } } }
        #expect(rows.count == 8)
        #expect(rows[0] == ["壹、农业发展基金", "", "", "", "14,290,406", "详见各分基金单位(或计划)成本分析表。"])
        #expect(rows[1] == ["提升农业经营及发展计划", "", "", "", "14,290,406", ""])
        #expect(rows[4] == ["行政费用", "", "", "", "2,690,936", "含人事费。"])
        #expect(rows[5] == ["稳定肥料及相关资材计划", "", "", "", "44,030", ""])
        #expect(rows[6] == ["疏运库存肥料", "公吨", "270.00", "30,000", "8,100", "依库存量"])
        #expect(rows[7] == ["生物农药补助", "公顷", "10,000.00", "3,593", "35,930", "依申请面积。"])
    }

    /// items-beyond-other-half.pdf: a 收支总表 without rules whose 支出 half
    /// lists seven items more than the 收入 half beside it, one a line, most
    /// without an amount, and no label wrapped anywhere: each item under
    /// `五、其他收入` is a row of its own (before: with the row pitch taken
    /// for a wrapped line's, each went on the row of the line above it,
    /// `五、卫生健康支出六、节能环保支出七、城乡社区支出八、农林水支出` in one cell).
    @Test func itemsBeyondTheOtherHalfAreRowsOfTheirOwn() throws {
        let rows = try rowsOfTheOnlyTable(in: "items-beyond-other-half.pdf")
        #expect(rows == [
            ["一、一般公共预算拨款收入", "2,144.92", "一、一般公共服务支出", "1,506.40"],
            ["二、政府性基金预算拨款收入", "75.00", "二、公共安全支出", ""],
            ["三、事业收入", "", "三、教育支出", "96.86"],
            ["四、事业单位经营收入", "", "四、社会保障和就业支出", "292.73"],
            ["五、其他收入", "", "五、卫生健康支出", ""],
            ["", "", "六、节能环保支出", ""],
            ["", "", "七、城乡社区支出", ""],
            ["", "", "八、农林水支出", ""],
            ["", "", "九、交通运输支出", "248.93"],
            ["", "", "十、资源勘探工业信息等支出", ""],
            ["", "", "十一、住房保障支出", ""],
            ["", "", "十二、其他支出", "75.00"],
            ["本年收入合计", "2,219.92", "本年支出合计", "2,219.92"],
            ["上年结转结余", "", "结转下年", ""],
            ["收入总计", "2,219.92", "支出总计", "2,219.92"],
        ])
    }

    /// codes-beside-equal-names.pdf: a list of economic classification
    /// codes without rules, one name a line, four names of nine glyphs ending
    /// at one width, three over a row with no amount. Each line is a row: a
    /// row prints one code, and a line with its own code starts the next row (before: the names ending
    /// at one width read as a producer wrapping after a count of characters,
    /// the next line as their rest: `3021230213 | 因公出国（境）费用维修（护）费`).
    @Test func aCodeBesideALineStartsItsRow() throws {
        let rows = try rowsOfTheOnlyTable(in: "codes-beside-equal-names.pdf")
        #expect(rows == [
            ["301", "工资福利支出", "120.00"],
            ["30101", "基本工资", "50.00"],
            ["30102", "津贴补贴", "40.00"],
            ["30199", "其他工资福利支出", "30.00"],
            ["302", "商品和服务支出", "45.50"],
            ["30201", "办公费", "10.00"],
            ["30211", "差旅费", "3.00"],
            ["30212", "因公出国（境）费用", ""],
            ["30213", "维修（护）费", ""],
            ["30215", "会议费", "3.50"],
            ["30231", "公务用车运行维护费", ""],
            ["30239", "其他交通费用", ""],
            ["30299", "其他商品和服务支出", "29.00"],
            ["303", "对个人和家庭的补助", "25.61"],
            ["30301", "离休费", ""],
            ["30302", "退休费", "25.61"],
            ["", "合计", "191.11"],
        ])
    }

    /// headings-at-row-pitch-unruled.pdf: a 基本支出决算表 without rules as
    /// LibreOffice Calc prints it, every row one line at the type's own
    /// leading, so that no two lines of a column lie closer than two rows of
    /// amounts. Headings without amounts end a glyph or two short of the
    /// column's widest label: the next line's first glyph would have fitted on
    /// them, so each is a row of its own (before: a heading within two ems of
    /// the widest, a pitch above the next line, read as a label running out
    /// of room: `因公出国（境）费用公务用车运行维护费 | 17,306`).
    @Test func aHeadingWithRoomLeftIsARowAtRowPitch() throws {
        let rows = try rowsOfTheOnlyTable(in: "headings-at-row-pitch-unruled.pdf")
        #expect(rows == [
            ["一般公共预算支出", "8,098,541"],
            ["机关工资福利支出", "2,807,922"],
            ["工资奖金津补贴", "1,933,905"],
            ["社会保障缴费", "461,373"],
            ["机关商品和服务支出", "420,017"],
            ["公务接待费", "215"],
            ["因公出国（境）费用", ""],
            ["公务用车运行维护费", "17,306"],
            ["其他商品和服务支出", "72,087"],
            ["机关资本性支出（一）", "8,428"],
            ["房屋建筑物购建", ""],
            ["基础设施建设", "23"],
            ["土地征迁补偿和安置支出", "1,120"],
            ["设备购置", "8,264"],
            ["机关资本性支出（二）", ""],
            ["房屋建筑物购建", ""],
            ["大型修缮", ""],
            ["其他对事业单位补助", ""],
            ["对事业单位资本性补助", "74,075"],
        ])
    }

    /// headings-at-foot-unruled.pdf: a 基本支出决算表 without rules as
    /// LibreOffice Calc prints it, its last eight rows headings and items
    /// with nothing to report, one a line in the label column at the rows'
    /// pitch, and a note under the table. Each heading is a row, the note is
    /// none (before: every row after the last row of amounts was a note,
    /// dropped).
    @Test func headingsUnderTheLastAmountsAtTheRowsPitchAreRows() throws {
        let rows = try rowsOfTheOnlyTable(in: "headings-at-foot-unruled.pdf")
        #expect(rows == [
            ["对个人和家庭的补助", "236,445"],
            ["社会福利和救助", "37,916"],
            ["助学金", "518"],
            ["个人农业生产补贴", ""],
            ["离退休费", "167,210"],
            ["其他对个人和家庭补助", "30,801"],
            ["对机关事业单位基本养老保险基金的补助", "12,828"],
            ["对社会保险基金补助", "12,828"],
            ["补充全国社会保障基金", ""],
            ["对机关事业单位职业年金的补助", ""],
            ["债务利息及费用支出", ""],
            ["国内债务付息", ""],
            ["国外债务付息", ""],
            ["其他支出", ""],
            ["经常性赠与", ""],
            ["资本性赠与", ""],
        ])
    }

    /// codes-beyond-other-panels-unruled.pdf: a 基本支出 table without
    /// rules in three panels side by side, the second panel running on five
    /// lines past the first, its last items (`307 债务利息及费用支出`,
    /// `30701 国内债务付息` …) a code and a name with no amount, beside no
    /// name of the first panel. Each is a row: a row prints one code (before:
    /// each went on its column's line above, `302993073070130702 |
    /// 其他商品和服务支出债务利息及费用支出…` in one row).
    @Test func codesBeyondTheOtherPanelsAreRows() throws {
        let rows = try rowsOfTheOnlyTable(in: "codes-beyond-other-panels-unruled.pdf")
        #expect(rows == [
            ["301", "工资福利支出", "120.00", "302", "商品和服务支出", "45.50", "310", "资本性支出", "7.17"],
            ["30101", "基本工资", "50.00", "30201", "办公费", "10.00", "31002", "办公设备购置", "7.17"],
            ["30102", "津贴补贴", "40.00", "30202", "印刷费", "", "31003", "专用设备购置", ""],
            ["30199", "其他工资福利支出", "30.00", "30211", "差旅费", "3.00", "399", "其他支出", ""],
            ["303", "对个人和家庭的补助", "25.61", "30239", "其他交通费用", "", "39907", "国家赔偿费用支出", ""],
            ["30302", "退休费", "25.61", "30240", "税金及附加费用", "", "39909", "经常性赠与", ""],
            ["", "", "", "30299", "其他商品和服务支出", "32.50", "39910", "资本性赠与", ""],
            ["", "", "", "307", "债务利息及费用支出", "", "39999", "其他支出", ""],
            ["", "", "", "30701", "国内债务付息", "", "", "", ""],
            ["", "", "", "30702", "国外债务付息", "", "", "", ""],
            ["", "", "", "30703", "国内债务发行费用", "", "", "", ""],
            ["", "人员经费合计", "145.61", "", "", "", "", "公用经费合计", "52.67"],
        ])
    }
}
