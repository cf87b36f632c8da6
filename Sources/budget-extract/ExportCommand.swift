import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract export`: the records (or checks, indicators, cells, failures) of a folder of JSON documents as one table.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the records of many JSON documents as one CSV table (or JSON Lines).",
        discussion: """
            Reads the JSON documents that `convert` and `watch` write and writes one CSV with a header \
            row: UTF-8 with a byte order mark, comma-separated, CRLF line ends, so that it opens cleanly \
            in a spreadsheet. Each line starts with the document's file, department, year and kind \
            (预算 or 决算), the JSON's name and the PDF's SHA-256. Table, row and column numbers are \
            0-based as in the JSON; pages are 1-based. A text that a spreadsheet would run as a formula \
            (`=100%`) is written with a leading `'`. `--format jsonl` writes the same lines as JSON \
            objects, every value a string or null (codes and exact amounts never become numbers).

            The watcher's <name>.error.json documents are counted and skipped (`--what failures` lists \
            them). Any other file that is not a budget-extract document gets one line on stderr and is \
            skipped; the exit status is then 1.

            Examples:
              budget-extract export output -o records.csv
              budget-extract export output --what checks -o checks.csv
              budget-extract export output --what failures
              budget-extract export output --format jsonl -o records.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @Argument(help: "JSON documents; a folder stands for every .json file inside it, at any depth.",
              completion: .file(extensions: ["json"]))
    var inputs: [String] = ["output"]

    @Option(name: .shortAndLong, help: "What to export: records (one line per amount), checks, indicators, cells (every printed body cell), findings (what the audit found), or failures (the watcher's error documents).")
    var what: CSVExport.Content = .records

    @Option(help: "csv, or jsonl (one JSON object per line).")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: "The file to write (atomically); - for standard output.")
    var output: String = "-"

    @Flag(inversion: .prefixedNo, help: "Start a CSV with a UTF-8 byte order mark (spreadsheets need it to read Chinese).")
    var byteOrderMark = true

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let files = expandingFolders(inputs, toFilesEndingIn: ".json")
        let header = CSVExport.header(what)
        let line = { (fields: [String?]) in format == .csv ? CSVExport.line(fields) : CSVExport.jsonLine(fields, header: header) }
        var documents = 0, errorDocuments = 0, lines = 0, failures = 0
        func write(to handle: FileHandle) throws {
            var text = format == .csv ? (byteOrderMark ? CSVExport.byteOrderMark : "") + CSVExport.line(header) : ""
            let decoder = JSONDecoder()
            for file in files {
                let name = (file as NSString).lastPathComponent
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                    printToStandardError("error: \(file): \(error.localizedDescription)")
                    failures += 1
                    continue
                }
                if name.hasSuffix(ErrorDocument.suffix), let failure = try? decoder.decode(ErrorDocument.self, from: data) {
                    errorDocuments += 1
                    if what == .failures {
                        text += line(CSVExport.row(of: failure, json: name))
                        lines += 1
                    }
                    continue
                }
                // Listing failures, the documents themselves need not be read.
                if what == .failures { continue }
                let document: DocumentJSON
                do {
                    document = try decoder.decode(DocumentJSON.self, from: data)
                } catch {
                    printToStandardError("error: \(file): not a budget-extract JSON document (\(Self.reason(error)))")
                    failures += 1
                    continue
                }
                let rows = CSVExport.rows(what, of: document, json: name)
                for row in rows { text += line(row) }
                lines += rows.count
                documents += 1
                // Written a document at a time: ten thousand documents never sit in memory at once.
                try handle.write(contentsOf: Data(text.utf8))
                text = ""
            }
            try handle.write(contentsOf: Data(text.utf8))
        }
        do {
            if output == "-" {
                try write(to: FileHandle.standardOutput)
            } else {
                try AtomicFile.write(to: URL(fileURLWithPath: output), write)
            }
        } catch {
            throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
        }
        if !quiet {
            let into = output == "-" ? "" : " into \(output)"
            if what == .failures {
                printToStandardError("exported \(lines) failures from \(errorDocuments) error documents of the watcher\(into)")
            } else {
                let skipped = errorDocuments == 0 ? ""
                    : "; skipped \(errorDocuments) error \(errorDocuments == 1 ? "document" : "documents") of the watcher (--what failures lists them)"
                printToStandardError("exported \(lines) \(what.rawValue) from \(documents) of \(files.count - errorDocuments) documents\(into)\(skipped)")
            }
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
