import CPopplerGlib
import Foundation
import Testing
@testable import BudgetExtract

/// Every kind of unreadable input gets a clear error naming the file and the
/// reason, never a crash and never a partial result.
@Suite("Bad input")
final class BadInputTests {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    private func file(_ name: String, _ bytes: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    private func failure(_ path: String) -> PDFReadError? {
        do {
            _ = try Converter().convert(path: path)
            return nil
        } catch {
            return error
        }
    }

    /// A small good PDF drawn with cairo: two lines of text.
    private func goodPDF() throws -> Data {
        let path = folder.appendingPathComponent("good-source.pdf").path
        let surface = cairo_pdf_surface_create(path, 200, 100)
        let cairo = cairo_create(surface)
        cairo_select_font_face(cairo, "WenQuanYi Zen Hei", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cairo, 12)
        cairo_move_to(cairo, 20, 40)
        cairo_show_text(cairo, "一般公共服务支出 22,395.50")
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func notAPDF() throws {
        let path = try file("notes.pdf", Data("部门预算说明，不是PDF".utf8))
        #expect(failure(path)?.failure == .notAPDF)
        #expect(failure(path)?.description == "\(path): not a PDF (the file does not start with %PDF-)")
    }

    @Test func empty() throws {
        let path = try file("empty.pdf", Data())
        #expect(failure(path)?.failure == .empty)
    }

    @Test func missing() {
        let path = folder.appendingPathComponent("nowhere.pdf").path
        #expect(failure(path)?.failure == .notFound)
    }

    @Test func truncated() throws {
        let good = try goodPDF()
        let path = try file("truncated.pdf", good.prefix(good.count * 2 / 5))
        guard case .damaged = failure(path)?.failure else {
            Issue.record("expected damaged, got \(String(describing: failure(path)))")
            return
        }
    }

    @Test func corruptInTheMiddle() throws {
        var bytes = try goodPDF()
        let middle = bytes.count / 3
        bytes.replaceSubrange(middle..<(middle + bytes.count / 3), with: Data(repeating: 0x41, count: bytes.count / 3))
        let path = try file("corrupt.pdf", bytes)
        // Poppler may rebuild what it can; either way no crash, and either a
        // one-page document or one of the two errors that say so.
        do {
            #expect(try Converter().convert(path: path).pageCount == 1)
        } catch {
            #expect(["damaged", "no-text-layer"].contains(error.failure.code), "\(error)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf"), "needs qpdf (scripts/install-deps)"))
    func encrypted() throws {
        let source = try file("plain.pdf", try goodPDF())
        let path = folder.appendingPathComponent("encrypted.pdf").path
        #expect(try CommandRun.program(["/usr/bin/qpdf", "--encrypt", "secret", "owner", "256", "--", source, path]).status == 0)
        #expect(failure(path)?.failure == .encrypted)
        #expect(failure(path)?.description == "\(path): the PDF is encrypted with a password")
    }

    @Test func imageOnly() throws {
        // A page that is only a picture of a table: no text layer at all.
        let path = folder.appendingPathComponent("scan.pdf").path
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100)
        let drawing = cairo_create(image)
        cairo_set_source_rgb(drawing, 1, 1, 1)
        cairo_paint(drawing)
        cairo_set_source_rgb(drawing, 0, 0, 0)
        cairo_rectangle(drawing, 10, 10, 180, 80)
        cairo_stroke(drawing)
        cairo_destroy(drawing)
        let surface = cairo_pdf_surface_create(path, 200, 100)
        let page = cairo_create(surface)
        cairo_set_source_surface(page, image, 0, 0)
        cairo_paint(page)
        cairo_destroy(page)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        cairo_surface_destroy(image)
        #expect(failure(path)?.failure == .noTextLayer)
    }

    @Test func tooManyPages() throws {
        let path = try file("good.pdf", try goodPDF())
        var converter = Converter()
        converter.maximumPages = 0
        #expect(throws: PDFReadError.self) { try converter.convert(path: path) }
        #expect((try? converter.convert(path: path)) == nil)
        #expect(try Converter().convert(path: path).pageCount == 1)
    }

    /// A page whose MediaBox no page can have (10⁷ pt wide) is skipped with
    /// its reason; the other pages convert and the JSON says what was lost.
    @Test func aPageThatCannotBeReadIsSkipped() throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("two-page.pdf")))
        let box = Data("/MediaBox [ 0 0 595 842 ]".utf8)
        let ranges = bytes.ranges(of: box)
        try #require(ranges.count == 4)
        // The same length, so the cross-reference table stays right.
        bytes.replaceSubrange(ranges[1], with: Data("/MediaBox [ 0 0 9999999 8]".utf8))
        let document = try Converter().convert(path: try file("huge-page.pdf", bytes))
        #expect(document.skippedPages == [SkippedPage(page: 2, reason: "cannot be read (its size, 9999999 × 8 pt, is not a page's)")])
        #expect(document.warnings.first == "page 2: cannot be read (its size, 9999999 × 8 pt, is not a page's)")
        #expect(document.tables.map(\.pages) == [[1], [3, 4]])
        let json = String(decoding: try DocumentJSON(document).encoded(), as: UTF8.self)
        #expect(json.contains("\"skipped_pages\""))
    }

    /// A one-page PDF written by hand around a content stream, with a right cross-reference table.
    private func handWrittenPDF(content: String) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    /// A page whose only text is invisible (a scan's OCR layer) is not read as
    /// printed, and the warnings say so rather than lose it silently.
    @Test func onlyInvisibleTextIsReported() throws {
        let path = try file("ocr-layer.pdf", handWrittenPDF(content: "BT /F1 12 Tf 3 Tr 72 720 Td (Total 123.45) Tj ET"))
        let document = try Converter().convert(path: path)
        #expect(document.tables.isEmpty)
        #expect(document.warnings == ["only invisible text on page 1 (a scan's OCR layer?): not printed, not read"])
    }
}
