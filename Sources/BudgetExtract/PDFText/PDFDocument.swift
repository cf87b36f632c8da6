import CPopplerGlib
import Foundation

/// Why a file could not be read as a PDF with text.
public enum PDFReadFailure: Sendable, Equatable {
    case notFound
    case empty
    case notAPDF
    case encrypted
    case damaged(String)
    case noTextLayer
    case tooLarge(pages: Int, limit: Int)

    /// One line a person understands.
    public var explanation: String {
        switch self {
        case .notFound: "no such file, or it cannot be read"
        case .empty: "the file is empty (0 bytes)"
        case .notAPDF: "not a PDF (the file does not start with %PDF-)"
        case .encrypted: "the PDF is encrypted with a password"
        case .damaged(let detail): "the PDF is damaged or truncated (\(detail))"
        case .noTextLayer: "no text layer: the pages are images (a scan?), so there is no text to read"
        case .tooLarge(let pages, let limit): "the PDF has \(pages) pages, over the limit of \(limit)"
        }
    }

    /// A short stable name for machines (error JSON, logs).
    public var code: String {
        switch self {
        case .notFound: "not-found"
        case .empty: "empty"
        case .notAPDF: "not-a-pdf"
        case .encrypted: "encrypted"
        case .damaged: "damaged"
        case .noTextLayer: "no-text-layer"
        case .tooLarge: "too-large"
        }
    }
}

/// A PDF that could not be read, with the file it is about.
public struct PDFReadError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var failure: PDFReadFailure

    public init(path: String, failure: PDFReadFailure) {
        self.path = path
        self.failure = failure
    }

    public var description: String { "\(path): \(failure.explanation)" }
}

/// An open PDF, read through poppler-glib.
///
/// Not thread-safe: poppler documents must stay on one thread at a time, so a
/// `PDFDocument` is used by one conversion and never shared.
public final class PDFDocument {
    public let path: String
    public let pageCount: Int
    /// The producing application, from the document information (`Producer`, else `Creator`).
    public let producer: String?
    private let document: OpaquePointer

    /// Opens the file, or throws a ``PDFReadError`` saying why it cannot be read.
    public init(path: String) throws(PDFReadError) {
        self.path = path
        try Self.checkHeader(path: path)

        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            g_clear_error(&error)
            throw PDFReadError(path: path, failure: .notFound)
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            let failure: PDFReadFailure
            if let error, error.pointee.domain == poppler_error_quark(),
               error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                failure = .encrypted
            } else {
                failure = .damaged(error.map { String(cString: $0.pointee.message) } ?? "poppler could not open it")
            }
            g_clear_error(&error)
            throw PDFReadError(path: path, failure: failure)
        }
        self.document = document
        self.pageCount = Int(poppler_document_get_n_pages(document))
        self.producer = Self.takeString(poppler_document_get_producer(document))
            ?? Self.takeString(poppler_document_get_creator(document))
        if pageCount == 0 {
            g_object_unref(UnsafeMutableRawPointer(document))
            throw PDFReadError(path: path, failure: .damaged("it has no pages"))
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// One page (0-based), open for reading. Reading its text and then
    /// rendering it through the same `PDFPage` lets poppler keep the text it
    /// read: the rendering does not collect it a second time.
    public func page(_ index: Int) -> PDFPage {
        PDFPage(poppler_document_get_page(document, Int32(index))!, number: index + 1, document: self)
    }

    /// Pairs poppler's page text with its per-character boxes, drops white
    /// space, and removes the second copy of glyphs printed twice (fake bold).
    fileprivate static func glyphs(of page: OpaquePointer) -> [Glyph] {
        guard let cText = poppler_page_get_text(page) else { return [] }
        defer { g_free(cText) }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else { return [] }
        defer { g_free(rects) }

        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        var index = 0
        for scalar in String(cString: cText).unicodeScalars {
            defer { index += 1 }
            guard index < Int(count) else { break }
            let character = Character(scalar)
            if character.isWhitespace || scalar.properties.generalCategory == .control { continue }
            let r = rects[index]
            let glyph = Glyph(character: GlyphText.clean(character),
                              box: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2))
            if let last = glyphs.last, last.isFakeBoldCopy(of: glyph) { continue }
            glyphs.append(glyph)
        }
        return glyphs
    }

    private static func checkHeader(path: String) throws(PDFReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PDFReadError(path: path, failure: .notFound)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        if head.isEmpty { throw PDFReadError(path: path, failure: .empty) }
        if head.range(of: Data("%PDF-".utf8)) == nil { throw PDFReadError(path: path, failure: .notAPDF) }
    }

    private static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let string = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return string.isEmpty ? nil : string
    }
}

/// One open page of a `PDFDocument`. Not thread-safe, like its document.
public final class PDFPage {
    let page: OpaquePointer
    /// 1-based.
    public let number: Int
    /// Poppler's page refers to its document, which must outlive it.
    private let document: PDFDocument

    fileprivate init(_ page: OpaquePointer, number: Int, document: PDFDocument) {
        self.page = page
        self.number = number
        self.document = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(page))
    }

    /// Width and height in points as poppler gives them (the page's own
    /// rotation applied), before a sideways page is turned upright.
    private var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// The glyphs as poppler places them, read once.
    private lazy var placedGlyphs: [Glyph] = PDFDocument.glyphs(of: page)

    /// Which way the page's text runs; a sideways page is read turned upright.
    public private(set) lazy var orientation = PageOrientation.of(placedGlyphs)

    /// The page's glyphs, with their boxes, upright.
    public func text() -> PageText {
        let (width, height) = size
        let upright = orientation.uprightSize(width: width, height: height)
        let glyphs = orientation == .upright ? placedGlyphs : placedGlyphs.map { glyph in
            Glyph(character: glyph.character, box: orientation.upright(glyph.box, width: width, height: height))
        }
        return PageText(number: number, width: upright.width, height: upright.height, glyphs: glyphs)
    }

    /// The most pixels a rendering may have: a page the size of a poster
    /// is rendered at a lower scale rather than fill memory.
    static let maximumPixels = 16_000_000.0

    /// The page upright in grey levels (0 black … 255 white) at `scale`
    /// pixels per point (less for a huge page: the image says which).
    public func renderGrey(scale requested: Double) -> GreyImage {
        let (width, height) = size
        let upright = orientation.uprightSize(width: width, height: height)
        let scale = min(requested, (Self.maximumPixels / max(1, width * height)).squareRoot())
        let pixelWidth = max(1, Int((upright.width * scale).rounded(.up)))
        let pixelHeight = max(1, Int((upright.height * scale).rounded(.up)))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        render(into: cairo!, scale: scale)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        return GreyImage(surface: surface!, width: pixelWidth, height: pixelHeight, scale: scale)
    }

    /// Renders the page into a cairo context, upright, at `scale` pixels per point.
    func render(into cairo: OpaquePointer, scale: Double) {
        let (width, height) = size
        cairo_save(cairo)
        orientation.transform(cairo, scale: scale, width: width, height: height)
        poppler_page_render(page, cairo)
        cairo_restore(cairo)
    }
}

extension Glyph {
    /// Fake bold prints a glyph twice, a fraction of a point apart.
    func isFakeBoldCopy(of other: Glyph) -> Bool {
        character == other.character
            && abs(box.x0 - other.box.x0) < box.width * 0.3
            && abs(box.y0 - other.box.y0) < box.height * 0.3
    }
}
