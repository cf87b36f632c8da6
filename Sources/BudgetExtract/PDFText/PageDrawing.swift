import CPopplerGlib
import Foundation

/// A mark drawn over a rendered page: how the debugging diagram shows what the
/// reconstructor saw.
public struct Overlay: Sendable {
    public enum Shape: Sendable {
        case rectangle(Rect)
        case line(x0: Double, y0: Double, x1: Double, y1: Double)
    }

    public var shape: Shape
    /// Red, green, blue, alpha, each 0...1.
    public var colour: (Double, Double, Double, Double)
    public var lineWidth: Double

    public init(_ shape: Shape, colour: (Double, Double, Double, Double), lineWidth: Double = 1) {
        self.shape = shape
        self.colour = colour
        self.lineWidth = lineWidth
    }
}

/// The picture `inspect` draws: the page rendered by poppler-glib through
/// cairo, upright, with overlays on top. The only rendering left: `convert`
/// and `watch` read every page once through the shim and draw nothing.
public enum PagePicture {
    /// The most pixels the picture may have: a page the size of a poster is drawn at a lower scale.
    static let maximumPixels = 16_000_000.0

    /// Writes page `page` (read before, for its size and orientation) of the
    /// PDF at `path` as a PNG. Returns false when it cannot be drawn or written.
    public static func writePNG(of path: String, page: PageContent, scale requested: Double,
                                overlays: [Overlay], to output: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            g_clear_error(&error)
            return false
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            g_clear_error(&error)
            return false
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        guard let index = Int32(exactly: page.number - 1), let poppler = poppler_document_get_page(document, index) else {
            return false
        }
        defer { g_object_unref(UnsafeMutableRawPointer(poppler)) }

        let scale = min(requested, (maximumPixels / max(1, page.width * page.height)).squareRoot())
        guard let pixelWidth = Int32(exactly: (page.width * scale).rounded(.up)),
              let pixelHeight = Int32(exactly: (page.height * scale).rounded(.up)),
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, max(1, pixelWidth), max(1, pixelHeight))
        else { return false }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { return false }
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_save(cairo)
        let placed = page.orientation.uprightSize(width: page.width, height: page.height)
        // `placed` is the page as poppler gives it: turning upright is its own inverse in size.
        page.orientation.transform(cairo, scale: scale, width: placed.width, height: placed.height)
        poppler_page_render(poppler, cairo)
        cairo_restore(cairo)
        cairo_scale(cairo, scale, scale)
        for overlay in overlays {
            let (r, g, b, a) = overlay.colour
            cairo_set_source_rgba(cairo, r, g, b, a)
            cairo_set_line_width(cairo, overlay.lineWidth)
            switch overlay.shape {
            case .rectangle(let rect):
                cairo_rectangle(cairo, rect.x0, rect.y0, rect.width, rect.height)
            case .line(let x0, let y0, let x1, let y1):
                cairo_move_to(cairo, x0, y0)
                cairo_line_to(cairo, x1, y1)
            }
            cairo_stroke(cairo)
        }
        cairo_surface_flush(surface)
        return cairo_surface_write_to_png(surface, output) == CAIRO_STATUS_SUCCESS
    }
}
