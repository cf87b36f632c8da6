@testable import BudgetExtract
import Testing

/// The JSON document's cells say what the number reader read in each.
struct DocumentJSONTests {
    /// The body cells take their readings, with the repairs, from the tables'
    /// readings (each number is read once): the same cells as reading each
    /// printed text again.
    @Test func bodyCellsSayWhatTheNumberReaderRead() throws {
        let document = try Converter().convert(path: Fixtures.sample("split-digits.pdf"))
        let table = try #require(document.tables.first)
        let json = try #require(DocumentJSON(document).tables.first)
        let cells = json.rows.map { $0[1] }
        #expect(cells.map { $0?.value } == ["12500471", "20000", "1250.05", "1234.56", "-3.5", nil, nil, nil, nil, nil])
        #expect(cells[0]?.read == [.spacesRemoved])
        #expect(cells[4]?.read == [.parenthesesNegative])
        #expect(cells[5]?.kind == "placeholder")
        #expect(cells[9]?.percent == "95")
        #expect(cells[9]?.comparator == "≥")
        let readAgain = table.rows.map { row in row.cells.map { $0.map { DocumentJSON.CellJSON(text: $0.text) } } }
        #expect(json.rows == readAgain)
        #expect(json.kind == TableKind.of(table))
    }
}
