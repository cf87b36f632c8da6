import CPopplerGlib

/// A page rendered in grey levels, one byte a pixel (0 black … 255 white).
public struct GreyImage: Sendable {
    public let width: Int
    public let height: Int
    /// Pixels per PDF point.
    public let scale: Double
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, scale: Double, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.scale = scale
        self.pixels = pixels
    }

    /// Copies a cairo RGB24 surface, taking each pixel's luminance.
    init(surface: OpaquePointer, width: Int, height: Int, scale: Double) {
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for y in 0..<height {
                let row = data + y * stride
                for x in 0..<width {
                    // RGB24 is stored as a native-endian 32-bit word: B, G, R, unused on little-endian.
                    let b = Int(row[x * 4]), g = Int(row[x * 4 + 1]), r = Int(row[x * 4 + 2])
                    buffer[y * width + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                }
            }
            count = width * height
        }
        self.init(width: width, height: height, scale: scale, pixels: pixels)
    }

    public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Whether anything at all is drawn inside the rectangle (in points),
    /// inset a little, leaving out the pixel rows and columns within a pixel
    /// of `rows` and `columns` (rules crossing it, in points).
    public func hasInk(in rect: Rect, ignoringRows rows: [Double] = [], columns: [Double] = [],
                       darkerThan threshold: UInt8 = 250) -> Bool {
        let insetX = rect.width * 0.1, insetY = rect.height * 0.15
        let x0 = max(0, Int(((rect.x0 + insetX) * scale).rounded(.down)))
        let x1 = min(width, Int(((rect.x1 - insetX) * scale).rounded(.up)))
        let y0 = max(0, Int(((rect.y0 + insetY) * scale).rounded(.down)))
        let y1 = min(height, Int(((rect.y1 - insetY) * scale).rounded(.up)))
        guard x0 < x1, y0 < y1 else { return true }
        let skippedRows = rows.map { Int($0 * scale) }
        let skippedColumns = columns.map { Int($0 * scale) }
        for y in y0..<y1 where !skippedRows.contains(where: { abs($0 - y) <= 1 }) {
            for x in x0..<x1 where pixels[y * width + x] < threshold && !skippedColumns.contains(where: { abs($0 - x) <= 1 }) {
                return true
            }
        }
        return false
    }
}
