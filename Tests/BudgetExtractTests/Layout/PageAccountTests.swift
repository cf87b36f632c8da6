import Foundation
import Testing
@testable import BudgetExtract

/// Every glyph of a page with a table is accounted for (docs/schema.md, "Pages").
@Suite("Page accounts")
struct PageAccountTests {
    /// On every Sample, each page's counts add up to its glyphs, and the
    /// tables hold every amount but on the page drawn to lose some.
    @Test func everyGlyphOfTheSamplesIsAccountedFor() throws {
        for name in SamplesTests.names {
            let document = try Converter().convert(path: Fixtures.sample("\(name).pdf"))
            #expect(!document.pageAccounts.isEmpty, "\(name): no page accounted for")
            for page in document.pageAccounts {
                let sum = page.cells + page.captions + page.furniture + page.prose + page.unplaced + page.notPrinted
                #expect(sum == page.glyphs, "\(name) page \(page.page): \(sum) of \(page.glyphs) glyphs accounted for")
                #expect(page.losesAmounts == (name == "loose-amounts"), "\(name) page \(page.page): \(page.amountsOutsideTables)")
            }
        }
    }

    /// A line of amounts apart from the table is listed, as printed, and the
    /// title, unit line and cells are counted where they went.
    @Test func amountsOutsideTablesAreListed() throws {
        let document = try Converter().convert(path: Fixtures.sample("loose-amounts.pdf"))
        let page = try #require(document.pageAccounts.first)
        #expect(page.amountsOutsideTables == ["3,456.78", "2,345.67"])
        #expect(page.prose == "本年结转3,456.782,345.67".count)
        #expect(page.captions == "2026年部门收入预算表编制部门：上海市XX局单位：元".count)
        #expect(page.cells == "项目预算数上年预算数一、财政拨款收入1,250.001,200.00二、事业收入30.0020.00合计1,280.001,220.00".count)
        let json = try JSONDecoder().decode(DocumentJSON.self, from: DocumentJSON(document).encoded())
        #expect(json.pages == document.pageAccounts)

        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = BatchConverter(jobs: 1).convertOne(InputFile(path: Fixtures.sample("loose-amounts.pdf")),
                                                         writingTo: folder.appendingPathComponent("loose-amounts.json"))
        #expect(result.pagesLosingAmounts == [1])
    }

    /// `convert`'s progress line names the page whose amounts are in no
    /// table, and stays quiet about a file whose tables hold every amount.
    @Test func convertWarnsAboutAPageThatLostAmounts() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.run(["convert", Fixtures.sample("loose-amounts.pdf"), Fixtures.sample("halves-notes.pdf"),
                                      "-o", folder.path])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        let loose = try #require(lines.first { $0.contains("loose-amounts.pdf") })
        #expect(loose.contains("; warning: amounts outside tables on page 1"))
        let halves = try #require(lines.first { $0.contains("halves-notes.pdf") })
        #expect(!halves.contains("amounts outside tables"))
    }

    /// A note under either half of a table printed in halves on facing pages
    /// is counted as a caption on the page that prints it, and the joined
    /// table holds it there: the account says no more than the JSON has.
    @Test func theNotesOfFacingHalvesAreCountedWhereTheTableHoldsThem() throws {
        let document = try Converter().convert(path: Fixtures.sample("halves-notes.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.pageAccounts.map(\.captions) == [23, 23, 23, 23])
        func notes(on page: Int) -> String { table.printedNotes.filter { $0.page == page }.map(\.text).joined() }
        #expect(notes(on: 2) == "说明：总计为各项资金之和。")
        #expect(document.pageAccounts[1].captions == ("费用汇计表" + "单位：万元" + notes(on: 2)).count)
        #expect(notes(on: 4) == "说明：其他资金含上年结转。")
        #expect(document.pageAccounts[3].captions == ("费用汇计表" + "单位：万元" + notes(on: 4)).count)
    }

    /// Samples/running-header.pdf: a running header wrapped over four
    /// centred lines, from the top margin down to the period line at
    /// 100 pt, is the page's furniture, with the page number; the paragraph
    /// under it is prose, and the table's title, department and unit its captions.
    @Test func aRunningHeaderWrappedBelowTheMarginIsFurniture() throws {
        let document = try Converter().convert(path: Fixtures.sample("running-header.pdf"))
        let page = try #require(document.pageAccounts.first)
        #expect(page.furniture == "农业部农业特别收入基金业务计划及预算说明2026年度1-3".count)
        #expect(page.prose == ("一、本基金依农业发展条例设置，办理农业发展所需之各项计划与补助。"
            + "二、本年度收入来源为财政拨款及基金孳息，支出依计划执行。").count)
        #expect(page.captions == "2026年基金收入预算表编制部门：上海市XX局单位：万元".count)
        #expect(document.tables.first?.title == "2026年基金收入预算表")
    }

    /// Samples/blank-page-notice.pdf: `本頁空白` alone on a page before a
    /// table without a title, and `（以下空白）` under that table: page
    /// furniture, never the table's title or a note.
    @Test func aBlankPageNoticeIsFurnitureNeverATitleOrANote() throws {
        let document = try Converter().convert(path: Fixtures.sample("blank-page-notice.pdf"))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == nil)
        #expect(table.unit == "新臺幣千元")
        #expect(!table.notes.contains { $0.contains("空白") })
        #expect(table.rows.map { $0.cells.map { $0?.text } } == [
            ["本期賸餘(短絀)", "-939,002", "36,517"],
            ["調整非現金項目", "874,042", "-15,454"],
            ["提存呆帳", "1,000", "－"],
            ["業務活動之淨現金流入(流出)", "-64,960", "21,063"],
        ])
        let page = try #require(document.pageAccounts.first { $0.page == 2 })
        #expect(page.furniture == "（以下空白）54".count)
        #expect(PrintedVocabulary.isBlankPageNotice("本 頁 空 白"))
        #expect(PrintedVocabulary.isBlankPageNotice("- 以下空白 -"))
        #expect(!PrintedVocabulary.isBlankPageNotice("空白处理费"))
    }

    /// The quick test `isBlankPageNotice` makes first holds for every notice:
    /// each prints one of the scalars it looks for, framed or not.
    @Test func everyBlankPageNoticePrintsAScalarTheQuickTestLooksFor() {
        for notice in PrintedVocabulary.blankPageNotices {
            #expect(notice.unicodeScalars.contains(where: PrintedVocabulary.blankPageNoticeScalars.contains), "\(notice)")
            #expect(PrintedVocabulary.isBlankPageNotice("（\(notice)）"), "\(notice)")
        }
        #expect(!PrintedVocabulary.isBlankPageNotice("本页白"))
    }

    /// Samples/numbered-notes.pdf: notes under a table that number their
    /// items (`一、`, `二、`, `三、`), each set apart by a blank line: all of
    /// them are the table's notes, its captions, none of them prose.
    @Test func aNumberedListOfNotesGoesOnOverBlankLines() throws {
        let document = try Converter().convert(path: Fixtures.sample("numbered-notes.pdf"))
        let table = try #require(document.tables.first)
        #expect(table.notes.dropFirst() == ["註：", "一、農業發展基金", "(一)約用人員：農業研究、實驗、技術改進計畫編列分攤2人。",
                                            "二、林務發展及造林基金：約用人員328人、勞務承攬386人。",
                                            "三、農業天然災害救助基金：約用人員，編列採按次計酬。"])
        #expect(document.pageAccounts.first?.prose == 0)
        #expect(ItemMarker.chineseOrdinal("二、林務") == 2)
        #expect(ItemMarker.chineseOrdinal("十二、") == 12)
        #expect(ItemMarker.chineseOrdinal("二十、") == nil)
        #expect(ItemMarker.chineseOrdinal("(一)約用") == nil)
    }
}
