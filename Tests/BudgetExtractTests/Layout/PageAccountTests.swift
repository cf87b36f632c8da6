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
}
