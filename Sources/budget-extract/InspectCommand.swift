import ArgumentParser
import BudgetExtract
import Foundation

/// `budget-extract inspect`: what the reconstructor saw on one page, as a picture and as text.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Draw what the table reconstructor saw on one page, and print its tables.",
        discussion: """
            The PNG shows glyph boxes (green), horizontal and vertical ruling lines (red, blue), and each \
            table's column and row boundaries (orange). The text lists the tables and the sums on the \
            page that do not add up. Attach both when you report a wrong table.

            Examples:
              budget-extract inspect budget.pdf --page 5 --png p5.png
              budget-extract inspect budget.pdf --page 12 --png p12.png --scale 3
            """
    )

    @Argument(help: "The PDF file.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(name: .shortAndLong, help: "The 1-based page to inspect.")
    var page: Int = 1

    @Option(help: "Where to write the picture.")
    var png: String = "inspect.png"

    @Option(help: "Pixels per point of the picture.")
    var scale: Double = 1.5

    func run() throws {
        let document: PDFDocument
        do { document = try PDFDocument(path: file) } catch { throw CommandFailure(error.description) }
        guard (1...document.pageCount).contains(page) else {
            throw CommandFailure("\(file) has pages 1 to \(document.pageCount); there is no page \(page)")
        }
        var timings = StageTimings()
        let analysis: PageAnalysis
        switch Converter().analysePage(page - 1, of: document, timings: &timings) {
        case .success(let read): analysis = read
        case .failure(let failure): throw CommandFailure("\(file): page \(page): \(failure.explanation)")
        }
        if let problem = PagePicture.unavailable { throw CommandFailure("cannot draw the picture: \(problem)") }
        guard PagePicture.writePNG(of: file, page: analysis.content, scale: scale, overlays: overlays(analysis), to: png) else {
            throw CommandFailure("could not write the picture to \(png)")
        }
        print("page \(page): \(analysis.text.glyphs.count) glyphs, \(analysis.rulings.count) ruling lines, "
              + "\(analysis.tables.count) tables; picture in \(png)")
        if let foot = analysis.layout.footTitle {
            print("title at the foot of the page, for a table on the next: \(foot)")
        }
        for (number, table) in analysis.tables.enumerated() {
            print("\ntable \(number + 1): \(table.title ?? "(no title)"), unit \(table.unit ?? "?"), "
                  + "\(table.columnCount) columns, \(table.ruled ? "ruled" : "from alignment")")
            for row in table.header { print("  header | " + row.map { $0?.text ?? "" }.joined(separator: " | ")) }
            for row in table.rows { print("         | " + row.map { $0?.text ?? "" }.joined(separator: " | ")) }
        }
        // The sums of this page's tables that do not add up: often a misread cell.
        let checks = ArithmeticChecks.checks(of: analysis.tables.map(Table.init))
        let doubtful = checks.filter { $0.outcome != .pass }
        if !checks.isEmpty { print("\n\(checks.count) sums checked, \(doubtful.count) not exact") }
        for check in doubtful {
            let repair = check.repair.map { "; \($0.cell.text) may be \($0.proposed) (\($0.reason))" } ?? ""
            print("  \(check.outcome.rawValue): \(check.description): printed \(check.printed), parts add up to \(check.expected)\(repair)")
        }
    }

    private func overlays(_ analysis: PageAnalysis) -> [Overlay] {
        var overlays = analysis.text.glyphs.map { Overlay(.rectangle($0.box), colour: (0, 0.6, 0, 0.5), lineWidth: 0.3) }
        for ruling in analysis.rulings {
            let horizontal = ruling.orientation == .horizontal
            let shape: Overlay.Shape = horizontal
                ? .line(x0: ruling.start, y0: ruling.position, x1: ruling.end, y1: ruling.position)
                : .line(x0: ruling.position, y0: ruling.start, x1: ruling.position, y1: ruling.end)
            overlays.append(Overlay(shape, colour: horizontal ? (1, 0, 0, 0.7) : (0, 0, 1, 0.7), lineWidth: 1))
        }
        for table in analysis.tables {
            let box = table.box
            for x in table.columnBounds {
                overlays.append(Overlay(.line(x0: x, y0: box.y0 - 4, x1: x, y1: box.y1 + 4), colour: (1, 0.5, 0, 0.9), lineWidth: 0.6))
            }
            for y in table.rowBounds {
                overlays.append(Overlay(.line(x0: box.x0 - 4, y0: y, x1: box.x1 + 4, y1: y), colour: (1, 0.5, 0, 0.9), lineWidth: 0.6))
            }
        }
        return overlays
    }
}
