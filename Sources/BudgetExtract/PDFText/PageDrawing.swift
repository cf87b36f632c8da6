import CPopplerGlib

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

extension PDFDocument {
    /// Renders one page (0-based) at `scale` pixels per point with `overlays`
    /// drawn on top, and writes it as a PNG. Returns false when cairo could not write the file.
    public func writePNG(page index: Int, scale: Double, overlays: [Overlay], to path: String) -> Bool {
        let page = self.page(index)
        let text = page.text()
        let surface = cairo_image_surface_create(
            CAIRO_FORMAT_RGB24, Int32((text.width * scale).rounded(.up)), Int32((text.height * scale).rounded(.up)))
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        page.render(into: cairo!, scale: scale)
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
        return cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS
    }
}
