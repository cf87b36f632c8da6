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
/// and `watch` read every page once through the shim and draw nothing, so
/// poppler-glib and cairo are loaded here, when a picture is drawn
/// (``RenderingLibrary``), and never by a conversion or its workers.
public enum PagePicture {
    /// The most pixels the picture may have: a page the size of a poster is drawn at a lower scale.
    static let maximumPixels = 16_000_000.0

    /// Why no picture can be drawn on this machine, or nil when it can: the
    /// rendering libraries are opened only here, so a machine without them
    /// still converts.
    public static var unavailable: String? {
        RenderingLibrary() == nil ? "\(RenderingLibrary.name) (poppler-glib, with cairo) cannot be loaded: \(Self.loadError)" : nil
    }

    /// What `dlopen` said when it last failed.
    private static var loadError: String {
        dlerror().map { String(cString: $0) } ?? "a function it should have is missing"
    }

    /// Writes page `page` (read before, for its size and orientation) of the
    /// PDF at `path` as a PNG. Returns false when it cannot be drawn or written.
    public static func writePNG(of path: String, page: PageContent, scale requested: Double,
                                overlays: [Overlay], to output: String) -> Bool {
        guard let library = RenderingLibrary() else { return false }
        let uri = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        guard let document = library.openDocument(uri, nil, nil) else { return false }
        defer { library.release(document) }
        guard let index = Int32(exactly: page.number - 1), let poppler = library.page(document, index) else {
            return false
        }
        defer { library.release(poppler) }

        let scale = min(requested, (maximumPixels / max(1, page.width * page.height)).squareRoot())
        guard let pixelWidth = Int32(exactly: (page.width * scale).rounded(.up)),
              let pixelHeight = Int32(exactly: (page.height * scale).rounded(.up)),
              let surface = library.createSurface(RenderingLibrary.rgb24, max(1, pixelWidth), max(1, pixelHeight))
        else { return false }
        defer { library.destroySurface(surface) }
        guard let cairo = library.create(surface) else { return false }
        defer { library.destroy(cairo) }
        library.setSourceRGB(cairo, 1, 1, 1)
        library.paint(cairo)
        library.save(cairo)
        let placed = page.orientation.uprightSize(width: page.width, height: page.height)
        // `placed` is the page as poppler gives it: turning upright is its own inverse in size.
        library.setMatrix(cairo, page.orientation.pictureMatrix(scale: scale, width: placed.width, height: placed.height))
        library.render(poppler, cairo)
        library.restore(cairo)
        library.scale(cairo, scale, scale)
        for overlay in overlays {
            let (r, g, b, a) = overlay.colour
            library.setSourceRGBA(cairo, r, g, b, a)
            library.setLineWidth(cairo, overlay.lineWidth)
            switch overlay.shape {
            case .rectangle(let rect):
                library.rectangle(cairo, rect.x0, rect.y0, rect.width, rect.height)
            case .line(let x0, let y0, let x1, let y1):
                library.moveTo(cairo, x0, y0)
                library.lineTo(cairo, x1, y1)
            }
            library.stroke(cairo)
        }
        library.flush(surface)
        return library.writePNG(surface, output) == RenderingLibrary.success
    }
}

/// poppler-glib and cairo, opened with `dlopen` when `inspect` draws a
/// picture: the functions the picture calls, looked up by name. Linked into
/// the binary instead, they (with GLib, pixman, X11's libraries and a dozen
/// more) would be loaded by every process that starts, a worker included,
/// for about 3 ms of CPU each (docs/architecture.md, "Processes").
struct RenderingLibrary {
    typealias Object = OpaquePointer
    /// poppler-glib's name with its ABI version: 8 since poppler 0.13 (2010).
    /// Its own dependencies (GObject, cairo) come with it and are searched too.
    static let name = "libpoppler-glib.so.8"
    /// `CAIRO_FORMAT_RGB24` and `CAIRO_STATUS_SUCCESS`, values fixed by cairo's ABI.
    static let rgb24: Int32 = 1
    static let success: Int32 = 0

    let openDocument: @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Object?
    let page: @convention(c) (Object, Int32) -> Object?
    let render: @convention(c) (Object, Object) -> Void
    let release: @convention(c) (Object) -> Void
    let createSurface: @convention(c) (Int32, Int32, Int32) -> Object?
    let destroySurface: @convention(c) (Object) -> Void
    let flush: @convention(c) (Object) -> Void
    let writePNG: @convention(c) (Object, UnsafePointer<CChar>) -> Int32
    let create: @convention(c) (Object) -> Object?
    let destroy: @convention(c) (Object) -> Void
    let paint: @convention(c) (Object) -> Void
    let save: @convention(c) (Object) -> Void
    let restore: @convention(c) (Object) -> Void
    let stroke: @convention(c) (Object) -> Void
    /// cairo_matrix_t is six doubles: xx, yx, xy, yy, x0, y0.
    let setMatrix: @convention(c) (Object, UnsafePointer<Double>) -> Void
    let scale: @convention(c) (Object, Double, Double) -> Void
    let setLineWidth: @convention(c) (Object, Double) -> Void
    let setSourceRGB: @convention(c) (Object, Double, Double, Double) -> Void
    let setSourceRGBA: @convention(c) (Object, Double, Double, Double, Double) -> Void
    let rectangle: @convention(c) (Object, Double, Double, Double, Double) -> Void
    let moveTo: @convention(c) (Object, Double, Double) -> Void
    let lineTo: @convention(c) (Object, Double, Double) -> Void

    /// Opens the libraries (a second time costs nothing: `dlopen` counts its
    /// users); nil when one of them or one of the functions is missing.
    init?() {
        guard let handle = dlopen(Self.name, RTLD_NOW | RTLD_LOCAL) else { return nil }
        struct Missing: Error {}
        func look<Function>(_ name: String) throws -> Function {
            guard let address = dlsym(handle, name) else { throw Missing() }
            return unsafeBitCast(address, to: Function.self)
        }
        do {
            openDocument = try look("poppler_document_new_from_file")
            page = try look("poppler_document_get_page")
            render = try look("poppler_page_render")
            release = try look("g_object_unref")
            createSurface = try look("cairo_image_surface_create")
            destroySurface = try look("cairo_surface_destroy")
            flush = try look("cairo_surface_flush")
            writePNG = try look("cairo_surface_write_to_png")
            create = try look("cairo_create")
            destroy = try look("cairo_destroy")
            paint = try look("cairo_paint")
            save = try look("cairo_save")
            restore = try look("cairo_restore")
            stroke = try look("cairo_stroke")
            setMatrix = try look("cairo_set_matrix")
            scale = try look("cairo_scale")
            setLineWidth = try look("cairo_set_line_width")
            setSourceRGB = try look("cairo_set_source_rgb")
            setSourceRGBA = try look("cairo_set_source_rgba")
            rectangle = try look("cairo_rectangle")
            moveTo = try look("cairo_move_to")
            lineTo = try look("cairo_line_to")
        } catch {
            return nil
        }
    }
}
