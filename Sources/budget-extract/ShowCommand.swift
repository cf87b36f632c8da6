import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract show`: one table (or a page's, or all) of a document, to read in the terminal or paste.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a document's tables as aligned grids (or Markdown, CSV, TSV).",
        discussion: """
            Reads a JSON document (or converts a PDF first, writing nothing) and prints each table \
            with its title, unit, kind and pages above it: the header rows, a rule, then the body, \
            columns aligned (a CJK character counts two columns), amounts right-aligned. A total that \
            a failing arithmetic check found wrong is marked `!`, the one cell whose repair would fix \
            it `?`, with a note under the table. A cell that a finding of the audit quotes is marked `*`, \
            and every finding on the table's pages is listed under it. Tables are numbered from 1 in the order of the \
            document (the JSON's tables[0] is table 1).

            Examples:
              budget-extract show output/budget.json --table 3
              budget-extract show budget.pdf --page 5
              budget-extract show output/budget.json --table 3 --format markdown >> report.md
              budget-extract show output/budget.json --table 3 --format tsv | pbcopy
            """
    )

    @Argument(help: "A JSON document, or a PDF (converted in memory).", completion: .file(extensions: ["json", "pdf"]))
    var file: String

    @Option(help: "Show only the table with this number (from 1).")
    var table: Int?

    @Option(help: "Show only the tables printed on this page (from 1).")
    var page: Int?

    @Option(help: "grid (for the terminal), markdown, csv or tsv.")
    var format: TableText.Format = .grid

    func run() throws {
        let document = try Self.document(file)
        var chosen = Array(document.tables.indices)
        if let table {
            guard document.tables.indices.contains(table - 1) else {
                throw CommandFailure("\(file) has \(document.tables.count == 1 ? "1 table" : "tables 1 to \(document.tables.count)"); there is no table \(table)")
            }
            chosen = [table - 1]
        }
        if let page {
            chosen = chosen.filter { document.tables[$0].pages.contains(page) }
            guard !chosen.isEmpty else { throw CommandFailure("\(file) has no table on page \(page)") }
        }
        guard !chosen.isEmpty else { throw CommandFailure("\(file) has no tables") }
        let plain = format == .csv || format == .tsv
        let texts = chosen.map { index in
            let text = TableText(document, table: index)
            let caption = "table \(index + 1) of \(document.tables.count): \(text.caption)"
            let title = plain ? "" : (format == .markdown ? "**\(caption)**\n\n" : caption + "\n")
            let notes = plain || text.notes.isEmpty ? "" : "\n" + text.notes.joined(separator: "\n") + "\n"
            return title + text.render(format) + notes
        }
        print(texts.joined(separator: "\n"), terminator: "")
    }

    /// The document in a JSON file, or converted from a PDF.
    static func document(_ file: String) throws -> DocumentJSON {
        if file.lowercased().hasSuffix(".pdf") {
            do { return DocumentJSON(try Converter().convert(path: file)) } catch {
                throw CommandFailure("\(file): \(error.failure.explanation)")
            }
        }
        do {
            return try JSONDecoder().decode(DocumentJSON.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            throw CommandFailure("\(file): not a budget-extract JSON document (\(ExportCommand.reason(error)))")
        } catch {
            throw CommandFailure("\(file): \(error.localizedDescription)")
        }
    }
}

extension TableText.Format: ExpressibleByArgument {}
