import Foundation
import Testing
@testable import BudgetExtract

/// Real poppler on real budget PDFs, checked against ../shared/eval/truth.
@Suite("Corpus PDFs", .enabled(if: Fixtures.corpusIsPresent, "needs ../shared/corpus beside the checkout"))
struct CorpusTests {
    static let jiangsu2019 = "江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf"
    static let npc2017 = "江苏省人大办公厅__江苏省人大办公厅2017年度预算公开.pdf"
    static let template = "上海市__附件2：部门决算模板.pdf"

    @Test func sideBySideSummaryTable() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF(Self.jiangsu2019))
        #expect(document.pageCount == 12)
        #expect(document.tables.count == 12)
        let summary = document.tables[0]
        #expect(summary.title == "收支预算总表")
        #expect(summary.unit == "万元")
        #expect(summary.pages == [1])
        #expect(summary.columnCount == 6)
        #expect(texts(summary.rows[0].cells)
                == ["一、财政拨款", "27,664.22", "一、一般公共服务支出", "22,395.50", "一、基本支出", "11,700.63"])
        #expect(texts(summary.rows.last!.cells) == ["收入合计", "27,664.22", "支出合计", "", "", "27,664.22"])
    }

    @Test func mergedCellsPutTheirTextInTheTopLeftSlot() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF(Self.jiangsu2019))
        let income = document.tables[1]
        #expect(income.title == "收入预算总表")
        #expect(texts(income.rows[0].cells) == ["收入总计", "", "27,664.22"])
        #expect(texts(income.rows[1].cells) == ["一般公共预算资金", "小计", "27,664.22"])
        #expect(texts(income.rows[2].cells) == ["", "公共财政拨款(补助)资金", "27,664.22"])
    }

    @Test func tableOverThreePagesWithRowsCutByPageBreaks() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF(Self.npc2017))
        let summary = try #require(document.tables.first { $0.title == "收支预算总表" })
        #expect(summary.pages == [7, 8, 9])
        #expect(summary.rows.count == 23)
        let labels = summary.rows.map { $0.cells[2]?.text.filter { !$0.isWhitespace } ?? "" }
        #expect(labels.contains("八、社会保障和就业支出"))
        #expect(summary.rows.contains { $0.cells[0]?.text.filter { !$0.isWhitespace } == "当年收入小计" })
        let income = try #require(document.tables.first { $0.title == "收入预算总表" })
        #expect(income.pages == [9, 10])
        #expect(income.rows.count == 15)
    }

    @Test func emptyTemplateTableKeepsItsTotalRow() throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF(Self.template))
        let fund = try #require(document.tables.first { $0.pages == [13] })
        #expect(fund.columnCount == 8)
        #expect(texts(fund.rows[0].cells) == ["合计", "", "", "", "合计", "基本支出", "项目支出", ""])
    }

    @Test(arguments: ["江苏省委办公厅__江苏省委办公厅2017年部门预算.pdf", "江苏省人大办公厅__江苏省人大常委会2019年度部门预算公开.pdf"])
    func proseDocumentsHaveNoTables(file: String) throws {
        let document = try Converter().convert(path: Fixtures.corpusPDF(file))
        #expect(document.tables.isEmpty)
    }

    /// The eval's main figure, recomputed: the share of truth rows reproduced
    /// cell for cell. A drop here is a regression in table reconstruction.
    @Test func rowsMatchTheGroundTruth() throws {
        var exact = 0, total = 0
        for truthFile in try FileManager.default.contentsOfDirectory(atPath: Fixtures.truth.path) where truthFile.hasSuffix(".truth.json") {
            let name = String(truthFile.dropLast(".truth.json".count))
            let truth = try TruthDocument(Fixtures.truth.appendingPathComponent(truthFile))
            let document = try Converter().convert(path: Fixtures.corpusPDF(name + ".pdf"))
            let score = truth.exactRows(in: document)
            exact += score.exact
            total += score.total
        }
        #expect(total > 1000)
        #expect(Double(exact) / Double(total) >= 0.99, "rows exact: \(exact) of \(total)")
    }
}

