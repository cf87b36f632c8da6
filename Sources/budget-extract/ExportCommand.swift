import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract export`: the records (or checks, or indicators) of a folder of JSON documents as one CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the records of many JSON documents as one CSV table.",
        discussion: """
            Reads the JSON documents that `convert` and `watch` write and writes one CSV with a header \
            row: UTF-8 with a byte order mark, comma-separated, CRLF line ends, so that it opens cleanly \
            in a spreadsheet. Each line starts with the document's file, department, year and kind \
            (预算 or 决算). Table, row and column numbers are 0-based as in the JSON; pages are 1-based. \
            A text that a spreadsheet would run as a formula (`=100%`) is written with a leading `'`. \
            A file that is not a budget-extract document gets one line on stderr and is skipped; the \
            exit status is then 1.
            """
    )

    @Argument(help: "JSON documents; a folder stands for every .json file inside it, at any depth.",
              completion: .file(extensions: ["json"]))
    var inputs: [String] = ["output"]

    @Option(name: .shortAndLong, help: "What to export: records (one line per amount), checks, indicators, cells (every printed body cell), or findings (what the audit found).")
    var what: CSVExport.Content = .records

    @Option(name: .shortAndLong, help: "The CSV file to write (atomically); - for standard output.")
    var output: String = "-"

    @Flag(inversion: .prefixedNo, help: "Start the file with a UTF-8 byte order mark (spreadsheets need it to read Chinese).")
    var byteOrderMark = true

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let files = expandingFolders(inputs, toFilesEndingIn: ".json")
        var documents = 0, lines = 0, failures = 0
        func write(to handle: FileHandle) throws {
            var text = (byteOrderMark ? CSVExport.byteOrderMark : "") + CSVExport.line(CSVExport.header(what))
            let decoder = JSONDecoder()
            for file in files {
                let document: DocumentJSON
                do {
                    document = try decoder.decode(DocumentJSON.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
                } catch {
                    printToStandardError("error: \(file): not a budget-extract JSON document (\(Self.reason(error)))")
                    failures += 1
                    continue
                }
                let rows = CSVExport.rows(what, of: document)
                for row in rows { text += CSVExport.line(row) }
                lines += rows.count
                documents += 1
                // Written a document at a time: ten thousand documents never sit in memory at once.
                try handle.write(contentsOf: Data(text.utf8))
                text = ""
            }
            try handle.write(contentsOf: Data(text.utf8))
        }
        if output == "-" {
            try write(to: FileHandle.standardOutput)
        } else {
            try AtomicFile.write(to: URL(fileURLWithPath: output), write)
        }
        if !quiet {
            printToStandardError("exported \(lines) \(what.rawValue) from \(documents) of \(files.count) documents"
                                 + (output == "-" ? "" : " into \(output)"))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no \(key.stringValue)"
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: (error as NSError).localizedDescription
        }
    }
}

extension CSVExport.Content: ExpressibleByArgument {}
