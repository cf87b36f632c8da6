import Testing
@testable import BudgetExtract

/// A part heading of the document's outline and a running header printed
/// on the page before too are no table's title.
@Suite("Outline headings and running headers are no titles")
struct FurnitureTitleTests {
    /// The one table the sample's conversion finds.
    private func onlyTable(in sample: String) throws -> Table {
        let document = try Converter().convert(path: Fixtures.sample(sample))
        #expect(document.tables.count == 1)
        return try #require(document.tables.first)
    }

    /// Samples/part-heading.pdf: a part cover (`第一部分` / `部门概况`) before a page whose table prints no title.
    @Test func aPartHeadingIsNoTitle() throws {
        let table = try onlyTable(in: "part-heading.pdf")
        #expect(table.pages == [2])
        #expect(table.title == nil)
        #expect(table.unit == "万元")
        #expect(table.rows.map { $0.cells.map { $0?.text.withoutWhitespace } } == [
            ["本级", "1,250.00", "1,200.00"],
            ["信息中心", "30.00", "20.00"],
            ["合计", "1,280.00", "1,220.00"],
        ])
    }

    @Test func partHeadingsAreReadByTheirOrdinal() {
        #expect(Caption.isPartHeading("第一部分"))
        #expect(Caption.isPartHeading("第二部分 2026年部门预算表"))
        #expect(Caption.isPartHeading("第 3 部分"))
        #expect(Caption.isPartHeading("第十二篇"))
        #expect(!Caption.isPartHeading("第部分"))
        #expect(!Caption.isPartHeading("一般公共预算支出表"))
        #expect(!Caption.isPartHeading("第一季度支出表"))
    }

    /// Samples/running-header-opening.pdf: a page of prose, then a page
    /// whose table opens right under the running header both pages print.
    @Test func aRunningHeaderIsNoTitleOfATableOpeningUnderIt() throws {
        let table = try onlyTable(in: "running-header-opening.pdf")
        #expect(table.pages == [2])
        #expect(table.title == nil)
        #expect(table.unit == "千元")
        #expect(table.rows.map { $0.cells.map { $0?.text.withoutWhitespace } } == [
            ["一、政府拨入收入", "1,500,000", "由农业部公务预算拨入，办理农村再生计划。"],
            ["二、利息收入", "12,000", "基金存款之利息收入。"],
        ])
    }
}
