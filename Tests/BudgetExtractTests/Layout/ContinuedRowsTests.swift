import Testing
@testable import BudgetExtract

/// A first row on a continuation page that prints only a label is the rest
/// of the row the page break cut, unless that row is complete: a total.
@Suite("Rows at a page break")
struct ContinuedRowsTests {
    private func row(_ texts: String...) -> PrintedRow {
        texts.enumerated().map { index, text in
            text.isEmpty ? nil : PrintedCell(text: text, box: Rect(x0: Double(index) * 100, y0: 0, x1: Double(index) * 100 + 90, y1: 10))
        }
    }

    @Test func aWordUnderATotalStartsANewRow() {
        #expect(!TableStitcher.isCutByPageBreak(row("", "项目支出", ""), after: row("", "小计", "31,413.28")))
        #expect(!TableStitcher.isCutByPageBreak(row("", "项目支出", ""), after: row("", "收 入 总 计", "31,413.28")))
        // The label beside a total in another column may still be cut: 当年收入 | 小计.
        #expect(TableStitcher.isCutByPageBreak(row("小计", "", ""), after: row("当年收入", "13649.07", "当年支出小计")))
        #expect(TableStitcher.isCutByPageBreak(row("", "支出", ""), after: row("", "基本", "31,413.28")))
    }

    /// An item right of a label that goes on plainly goes on the list of
    /// the cell above; an item in the label column starts a new row.
    @Test func anItemBesideTheRestOfTheLabelGoesOnTheListAbove() {
        let last = row("二、农畜产品供", "5,725,343", "一、销售牛流行热不活化疫苗收入187万5千元。")
        #expect(TableStitcher.isCutByPageBreak(row("销计划", "", "二、粮食销售收入57亿2,346万8千元。"), after: last))
        #expect(!TableStitcher.isCutByPageBreak(row("三、其他", "", "利息收入1亿7,858万元。"), after: last))
        #expect(!TableStitcher.isCutByPageBreak(row("", "", "二、粮食销售收入57亿2,346万8千元。"), after: last))
    }

    /// Samples/list-after-break.pdf: page 1 ends on a row whose label and
    /// numbered explanation the break cuts; page 2 opens with the label's
    /// rest beside the list's `二、`.
    @Test func theRestOfALabelBesideTheNextItemOfAListIsTheCutRow() throws {
        let document = try Converter().convert(path: Fixtures.sample("list-after-break.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.rows.map { $0.cells.map { $0?.text.withoutWhitespace } } == [
            ["一、森林游乐及林业铁路服务收费计划", "958,597", "森林游乐区环境美化及清洁维护费收入、停车场清洁维护收入、住宿收入。"],
            ["二、农畜产品供销计划", "5,725,343", "一、销售疫苗收入187万5千元。二、粮食销售收入57亿2,346万8千元。"],
            ["三、其他", "1,493,087", "利息收入1亿7,858万元。"],
        ])
    }

    /// An item that goes on the numbered list of the cell above (its next
    /// number, the cell printing every earlier one, two at least; or a first
    /// item under a text that announces it) goes on that cell.
    @Test func anItemThatGoesOnTheListOfTheCellAboveGoesOnIt() {
        #expect(ItemMarker.continuesList("四、家禽流行性感冒防疫计划", after: "一、粮政。二、肥料，编列26亿。三、产销调节。"))
        #expect(ItemMarker.continuesList("（十）推动农药减量", after: "一、规划(一)跨域（二）社区(三)重划(四)(五)(六)(七)(八)(九)金融"))
        #expect(ItemMarker.continuesList("(一)持续开源稳定供给：", after: "三、人力活化计划，计划重点如下："))
        #expect(ItemMarker.continuesList("3.区域人力中心", after: "1.人力团运作。2.外国人力引进。"))
        // One earlier item is no list in one cell: each item may be a row.
        #expect(!ItemMarker.continuesList("二、粮食销售收入", after: "一、销售疫苗收入。"))
        // An item missing, another numbering, or a number inside another: not the list's next item.
        #expect(!ItemMarker.continuesList("四、其他", after: "一、粮政。三、产销。"))
        #expect(!ItemMarker.continuesList("四、其他", after: "(一)粮政(二)肥料(三)产销"))
        #expect(!ItemMarker.continuesList("三、其他", after: "十一、粮政。十二、肥料。"))
        #expect(!ItemMarker.continuesList("3.其他", after: "收入21.5万元，支出12.3万元。"))
        // A first item under a text that does not announce it, and a label's next heading.
        #expect(!ItemMarker.continuesList("(一)基本支出", after: "一般公共服务支出"))
        #expect(!ItemMarker.continuesList("四、基本支出", after: "三、项目支出"))
        #expect(TableStitcher.isCutByPageBreak(row("", "", "四、家禽防疫计划。"), after: row("一、提升计划", "18,683,875", "一、粮政。二、肥料。三、产销。")))
        #expect(!TableStitcher.isCutByPageBreak(row("四、其他", "", ""), after: row("三、产销。", "18,683,875", "")))
    }

    /// Samples/list-cut-by-break.pdf: page 2 opens with `四、…` alone under a
    /// cell printing `一、` to `三、`, page 3 with `（一）…` `（二）…` under a
    /// cell ending `计划重点如下：`: the rest of each cell, one row each.
    @Test func theListCutByThePageBreakGoesOnItsCell() throws {
        let document = try Converter().convert(path: Fixtures.sample("list-cut-by-break.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2, 3])
        #expect(table.rows.map { $0.cells.map { $0?.text.withoutWhitespace } } == [
            ["一、森林游乐计划", "958,597", "森林游乐区环境美化及清洁维护。"],
            ["二、提升农业经营及发展计划", "18,683,875",
             "一、粮政业务计划，编列152亿9,781万元。二、稳定肥料及相关资材供需计划，编列26亿5,167万6千元。"
                + "三、产销调节计划，编列5亿9,708万9千元。四、家禽流行性感冒防疫计划，编列1亿3,730万元。"],
            ["三、农村再生规划及人力培育计划", "2,185,200",
             "一、农村规划及培力，编列4亿3,441万4千元。二、农业人才多元培育，编列12亿6,300万7千元。"
                + "三、农村农产业人力活化计划，编列4亿8,777万9千元，计划重点如下："
                + "（一）持续开源稳定供给：滚动调整农业人力团运作机制。（二）减省人力根本节流：推动农事服务。"],
            ["四、其他", "1,493,087", "利息收入1亿7,858万元。"],
        ])
        #expect(table.rows.map(\.page) == [1, 1, 2, 3])
    }

    /// A label whose last line stops short of the widest line its column
    /// prints on the page was complete: the word under it starts a new row.
    @Test func aWordUnderALabelThatEndedShortStartsANewRow() {
        var ended = PrintedCell(text: "国有土地收益基金安排的支出", box: Rect(x0: 76, y0: 0, x1: 201, y1: 22))
        ended.lastGlyph = Rect(x0: 84, y0: 12, x1: 94, y1: 22)
        var full = ended
        full.lastGlyph = Rect(x0: 191, y0: 12, x1: 201, y1: 22)
        let amounts = Array(row("", "500,000", "245,540").dropFirst())
        let next: PrintedRow = [PrintedCell(text: "征地和拆迁补偿支出", box: Rect(x0: 94, y0: 0, x1: 175, y1: 10)), nil, nil]
        #expect(!TableStitcher.isCutByPageBreak(next, after: [ended] + amounts, widestLineEnds: [201, nil, nil]))
        #expect(TableStitcher.isCutByPageBreak(next, after: [full] + amounts, widestLineEnds: [201, nil, nil]))
        // Without the column's lines on the page, as before: cut.
        #expect(TableStitcher.isCutByPageBreak(next, after: [ended] + amounts))
    }

    /// Samples/stepped-after-break.pdf: page 1 ends on a 款 whose label ends
    /// in a short line, page 2 opens with a 项 stepped in without amounts.
    @Test func theSteppedInItemAfterACompleteLabelIsARow() throws {
        let document = try Converter().convert(path: Fixtures.sample("stepped-after-break.pdf"))
        #expect(document.tables.count == 1)
        let table = document.tables[0]
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 36)
        #expect(table.rows[31].cells.map { $0?.text } == ["国有土地收益基金安排的支出", "500.00", "245.54"])
        #expect(table.rows[31].page == 1)
        #expect(table.rows[32].cells.map { $0?.text } == ["征地和拆迁补偿支出", nil, nil])
        #expect(table.rows[32].page == 2)
        #expect(table.rows[33].cells.map { $0?.text } == ["土地开发支出", "500.00", "245.54"])
    }

    /// Samples/after-subtotal.pdf: page 1 ends on 小计, page 2 opens with 项目支出.
    @Test func theGroupHeadingAfterASubtotalIsARow() throws {
        let document = try Converter().convert(path: Fixtures.sample("after-subtotal.pdf"))
        #expect(document.tables.count == 1)
        let table = document.tables[0]
        #expect(table.pages == [1, 2])
        #expect(table.rows.count == 42)
        #expect(table.rows[32].cells.map { $0?.text } == [nil, "小计", "31,413.28"])
        #expect(table.rows[33].cells.map { $0?.text } == [nil, "项目支出", nil])
        #expect(table.rows[33].page == 2)
        #expect(table.rows[41].cells.map { $0?.text } == [nil, "合计", "33,709.28"])
    }
}

/// Samples/numbered-forms.pdf: one form a page under one title that starts
/// as a department line does, each with its table number apart above it.
@Suite("Numbered tables under one title")
struct NumberedTablesTests {
    @Test func theNamedLineIsTheTitleAndEachNumberATable() throws {
        let document = try Converter().convert(path: Fixtures.sample("numbered-forms.pdf"))
        #expect(document.tables.map(\.pages) == [[1], [2]])
        #expect(document.tables.map(\.title) == ["部门专项业务经费绩效目标表", "部门专项业务经费绩效目标表"])
        #expect(document.tables.map { $0.notes.first } == ["表14-1", "表14-2"])
        #expect(document.tables[1].rows.map { $0.cells.map { $0?.text } }
            == [["实施期资金总额（档案整理）", "12.50"], ["其中：财政拨款", "12.50"], ["合计", "12.50"]])
    }

    @Test func tableNumbers() {
        #expect(Caption.isTableNumber("表14-1"))
        #expect(Caption.isTableNumber("部门公开表3"))
        #expect(!Caption.isTableNumber("表14-"))
        #expect(!Caption.isTableNumber("表1-2-3"))
        #expect(Caption.namesTable("部门专项业务经费绩效目标表"))
        #expect(!Caption.namesTable("部门：西安市人民政府办公厅"))
    }
}

/// Samples/forms-per-page.pdf: two projects' forms under one title, one a
/// page, the second going on over a third page with its header printed again.
@Suite("Another form under the same title")
struct AnotherFormTests {
    @Test func aFormRepeatingTheHeadingRowsWithAnotherNameIsATableOfItsOwn() throws {
        let document = try Converter().convert(path: Fixtures.sample("forms-per-page.pdf"))
        #expect(document.tables.map(\.pages) == [[1], [2, 3]])
        #expect(document.tables.map(\.title) == Array(repeating: "西安市级2022年新冠疫情防控经费项目绩效自评表", count: 2))
        let first = try #require(document.tables.first)
        // A form has no column headings: its field row and the headings of its indicators are body.
        #expect(first.rows.map { $0.cells.map { $0?.text } } == [
            ["项目名称", "新冠疫情防控", nil, nil],
            ["二级指标", "三级指标", "年度指标值", "分值"],
            ["数量指标", "新冠流调、采样等队伍保障人数", "日均300人左右", "10"],
            ["质量指标", "流调工作准确率", "初次报告98%以上", "7"],
            ["成本指标", "资金投入", "≤1033万元", "10"],
            ["总分", nil, nil, "100"],
        ])
        let second = try #require(document.tables.last)
        // The form's heading rows, header or body, once: the third page's repeat is dropped.
        let printed = second.header + second.rows.map(\.cells)
        #expect(printed.filter { $0.first??.text == "项目名称" }.map { $0.compactMap { $0?.text } } == [["项目名称", "新冠疫情防控经费"]])
        #expect(printed.filter { $0.first??.text == "二级指标" }.count == 1)
        #expect(second.rows.count == 37)
        #expect(second.rows.first?.cells.map { $0?.text } == ["项目名称", "新冠疫情防控经费", nil, nil])
        #expect(second.rows[2].cells.map { $0?.text } == ["数量指标", "新冠流调、采样等保障人数", "日均300人左右", "10"])
        #expect(second.rows.last?.cells.map { $0?.text } == ["总分", nil, nil, "97.98"])
        #expect(second.rows.filter { $0.page == 3 }.count > 0)
    }
}

/// Samples/groups-over-break.pdf: a table of one group of plans a year; the
/// first page ends with a plan each group before prints whole, the next
/// opens with the next period's row.
@Suite("A label printed whole before is complete")
struct WholeLabelTests {
    @Test func theNextPeriodOpensARowOfItsOwn() throws {
        let document = try Converter().convert(path: Fixtures.sample("groups-over-break.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.pages == [1, 2])
        let cut = try #require(table.rows.firstIndex { $0.page == 2 })
        #expect(table.rows[cut - 1].cells.map { $0?.text } == ["農村再生建設及發展計畫", "15,045,740"])
        #expect(table.rows[cut].cells.map { $0?.text } == ["112年度決算數", nil])
        #expect(table.rows[cut + 1].cells.map { $0?.text } == ["提升農業經營及發展計畫", "18,678,875"])
        #expect(table.rows.count == 41)
    }

    @Test func aLabelPrintedWholeBeforeIsNotJoinedWithTheNextPagesFirstLabel() {
        func cell(_ text: String, x0: Double = 10, x1: Double = 100) -> PrintedCell {
            PrintedCell(text: text, box: Rect(x0: x0, y0: 0, x1: x1, y1: 10))
        }
        let last: PrintedRow = [cell("農村再生建設及發展計畫"), cell("15,045,740", x0: 120, x1: 180)]
        let first: PrintedRow = [cell("112年度決算數", x1: 70), nil]
        #expect(TableStitcher.isCutByPageBreak(first, after: last))
        #expect(!TableStitcher.isCutByPageBreak(first, after: last, printedWhole: { $0 == 0 && $1 == "農村再生建設及發展計畫" }))
    }
}

/// Samples/running-header-continued.pdf: both pages print one running
/// header at their top; page 1's table stands far below it, page 2's right
/// under it, where the header reads as its title.
@Suite("A table under the running header")
struct RunningHeaderContinuationTests {
    @Test func theTableUnderTheRunningHeaderContinuesThePageBefore() throws {
        let document = try Converter().convert(path: Fixtures.sample("running-header-continued.pdf"))
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.title == nil)
        #expect(table.unit == "千元")
        #expect(table.rows.map(\.page) == [1, 1, 2, 2])
        #expect(table.rows.map { $0.cells.map { $0?.text.withoutWhitespace } } == [
            ["一、提升农业经营及发展计划", "18,683,875", "一、粮政业务计划，编列152亿9,781万元，调节粮食供需，稳定粮价，推广米食。"],
            ["二、稳定肥料及相关资材供需计划", "2,651,676",
             "为推动国内有机及友善环境耕作，奖励施用有机质肥料、微生物肥料、生物防治资材及农田地力改良肥料等友善环境农业资"
                + "材，并办理冬季休闲期种植绿肥作物，以降低化学肥料使用量。"],
            ["三、产销调节计划", "1,302,000", "因应天候等不确定因素，稳定农民收益与维护消费者权益。"],
            ["四、一般行政管理计划", "1,042", "办理本基金一般行政业务。"],
        ])
    }

    /// The title is dropped only where it is the text of the running header
    /// both pages print, read over one or more of its lines, and the table
    /// repeats the heading row of the table the page before ends with.
    @Test func onlyATitleReadFromTheHeaderBothPagesPrintIsDropped() {
        func heading(_ texts: String...) -> PrintedRow {
            texts.map { PrintedCell(text: $0, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)) }
        }
        let header = ["农业部", "农业特别收入基金", "业务计划及预算说明", "2026年度"]
        let table = PageTable(page: 2, title: "农业部农业特别收入基金业务计划及预算说明", unit: nil,
                              header: [heading("业务计划", "本年度预算数", "实施内容")], rows: [],
                              columnBounds: [0, 100], rowBounds: [0, 10], box: Rect(x0: 0, y0: 0, x1: 100, y1: 10), ruled: true)
        var previous = table
        previous.page = 1
        previous.title = nil
        let page = PageLayout(tables: [table], lines: [], runningHeader: header)
        let before = PageLayout(tables: [previous], lines: [], runningHeader: header)
        #expect(TableStitcher.withoutRunningHeaderTitle(table, on: page, after: before, continuing: previous).title == nil)
        // The page before prints another header (another part of the book): the title stands.
        let other = PageLayout(tables: [previous], lines: [], runningHeader: ["农业部", "农村再生基金", "业务计划及预算说明", "2026年度"])
        #expect(TableStitcher.withoutRunningHeaderTitle(table, on: page, after: other, continuing: previous).title == table.title)
        // Another heading row opens another table: the title stands.
        var sources = previous
        sources.header = [heading("来源别", "本年度预算数", "实施内容")]
        #expect(TableStitcher.withoutRunningHeaderTitle(table, on: page, after: before, continuing: sources).title == table.title)
        // A title of its own under the header stands.
        var titled = table
        titled.title = "2026年基金用途明细表"
        #expect(TableStitcher.withoutRunningHeaderTitle(titled, on: page, after: before, continuing: previous).title == titled.title)
        // Part of a line is not a line of the header.
        titled.title = "农业特别收入"
        #expect(TableStitcher.withoutRunningHeaderTitle(titled, on: page, after: before, continuing: previous).title == titled.title)
    }
    /// Samples/tall-row-split-by-page-break.pdf: a form ruled all over, as
    /// Writer prints it, whose row of two long texts (预期目标, 实际完成情况)
    /// is split at the page foot: its first lines close page 1 under a rule
    /// of their own, and page 2, without a header, opens with the rest of
    /// both, ruled round again. The rest goes on the row above; the rows
    /// after it are rows of their own (before: the rest was a row of its
    /// own, as it printed as many cells as the row above).
    @Test func tallRowSplitByThePageBreakGoesOnAcrossIt() throws {
        let drawn = try Converter().convert(path: Fixtures.sample("tall-row-split-by-page-break.pdf"))
        let table = try #require(drawn.tables.first)
        #expect(drawn.tables.count == 1)
        #expect(table.pages == [1, 2])
        let goal = "该项目保障采供血业务日常公用经费的非政府采购部分，西安市中心血站在西安市范围内开展无偿献血者的招募、"
            + "血液的采集与制备，供应西安地区一百八十余家医院的临床用血。该部分包括办公费、培训费、手续费、水电费、"
            + "取暖费、邮电费、差旅费、维修维修费、公务接待费、租赁费、劳务费、工会经费、其他交通费。"
        let done = "西安市中心血站2022年无偿献血二十三万六千六百零七人次，采血量八十四点七一吨，比去年同期增加百分之零点九一，"
            + "其中采集全血三十七万二千二百二十八单位，血小板五万一千三百零五个治疗量，比去年同期增加百分之六点五八，"
            + "采血量再创历史新高，未发生因血液供应影响急危重症病人医疗救治的现象。"
        #expect(table.rows.map { texts($0.cells) } == [
            ["数量指标", "目标采集血液人次二十三万人次", "完成采集血液人次二十三点六六万人次", "12.50"],
            ["质量指标", "血液检测制备完成率百分之百", "血液检测制备完成率百分之百", "12.50"],
            ["时效指标", "项目于2022年内完成", "项目于2022年12月完成", "12.50"],
            ["成本指标", "项目成本一千一百八十五万元", "项目成本九百六十五万元", "10.00"],
            ["社会效益指标", "年采供血量增幅百分之五至十", "年采供血量增幅百分之六点二三", "15.00"],
            ["", goal, done, ""],
            ["可持续影响指标", "输血安全事件发生率小于十万分之一", "输血安全事件发生率小于十万分之一", "15.00"],
            ["满意度指标", "献血者满意率均大于百分之九十五", "献血者满意率均大于百分之九十三", "8.00"],
        ])
    }
}
