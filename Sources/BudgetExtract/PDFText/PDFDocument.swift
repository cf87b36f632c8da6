import CPopplerShim
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

/// An open PDF, read through the one-pass PDF layer (CPopplerShim on poppler's C++ API).
///
/// Not thread-safe: a document is read by one thread at a time, so a
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
        var status = SHIM_OPEN_OK
        guard let document = shim_document_open(path, &status) else {
            let failure: PDFReadFailure = switch status {
            case SHIM_OPEN_FILE: .notFound
            case SHIM_OPEN_ENCRYPTED: .encrypted
            default: .damaged("poppler could not open it")
            }
            throw PDFReadError(path: path, failure: failure)
        }
        self.document = document
        self.pageCount = Int(shim_document_page_count(document))
        self.producer = Self.information(document, "Producer") ?? Self.information(document, "Creator")
        if pageCount == 0 {
            // Every property is set, so deinit closes the document.
            throw PDFReadError(path: path, failure: .damaged("it has no pages"))
        }
    }

    deinit {
        shim_document_close(document)
    }

    /// One page (0-based), read in one interpretation: its glyphs and its
    /// painted paths, upright. Fails, saying why, when poppler cannot give
    /// the page or its size is not one a page can have.
    public func read(page index: Int) -> Result<PageContent, PageReadFailure> {
        var width = 0.0, height = 0.0
        guard index >= 0, index < pageCount, let index32 = Int32(exactly: index),
              shim_page_size(document, index32, &width, &height) else {
            return .failure(.notInPageTree)
        }
        if let failure = PageReadFailure.checkingSize(width: width, height: height) { return .failure(failure) }
        guard let page = shim_page_read(document, index32) else { return .failure(.interpretationFailed) }
        defer { shim_page_free(page) }
        return .success(PageContent(page, number: index + 1, width: width, height: height))
    }

    /// What poppler said about the file while it was read so far: repairs and messages.
    public var damage: DocumentDamage {
        DocumentDamage(xrefReconstructed: shim_document_xref_reconstructed(document),
                       messages: shim_document_messages(document), firstMessage: firstMessage)
    }

    private var firstMessage: String? {
        var buffer = [CChar](repeating: 0, count: 512)
        guard shim_document_first_message(document, &buffer, buffer.count) else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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

    private static func information(_ document: OpaquePointer, _ key: String) -> String? {
        guard let pointer = shim_document_info(document, key) else { return nil }
        defer { shim_string_free(pointer) }
        let string = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return string.isEmpty ? nil : string
    }
}
