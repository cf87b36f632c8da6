/// Which way a page's text runs. A landscape table is often printed sideways
/// on portrait paper (turned a quarter, without the page saying so), and is
/// then read as if the page were turned upright.
public enum PageOrientation: Sendable, Hashable {
    case upright
    /// Lines run up the page: the content is turned a quarter counter-clockwise.
    case runsUp
    /// Lines run down the page: the content is turned a quarter clockwise.
    case runsDown
    /// Lines run right to left: the content is upside down.
    case upsideDown

    /// The way most neighbouring glyphs step in poppler's reading order:
    /// right on an upright page, up or down on a sideways one, left on one
    /// upside down.
    static func of(_ glyphs: [Glyph]) -> PageOrientation {
        // One counter a way (a dictionary hashed a key for every pair of glyphs).
        var upright = 0, upsideDown = 0, runsUp = 0, runsDown = 0
        for (a, b) in zip(glyphs, glyphs.dropFirst()) {
            let size = max(a.box.width, a.box.height, b.box.width, b.box.height)
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            guard abs(dx) + abs(dy) < 2 * size else { continue }
            if dx > 2 * abs(dy) { upright += 1 }
            else if -dx > 2 * abs(dy) { upsideDown += 1 }
            else if -dy > 2 * abs(dx) { runsUp += 1 }
            else if dy > 2 * abs(dx) { runsDown += 1 }
        }
        // Turned only when clearly most of the text says so.
        let turned: [(way: PageOrientation, count: Int)] = [(.upsideDown, upsideDown), (.runsUp, runsUp), (.runsDown, runsDown)]
        guard let most = turned.max(by: { $0.count < $1.count }), most.count > 2 * upright else { return .upright }
        return most.way
    }

    /// The size of the page turned upright.
    func uprightSize(width: Double, height: Double) -> (width: Double, height: Double) {
        self == .runsUp || self == .runsDown ? (height, width) : (width, height)
    }

    /// A box on the page (`width` × `height` as poppler gives it), turned upright.
    func upright(_ box: Rect, width: Double, height: Double) -> Rect {
        switch self {
        case .upright: box
        case .runsUp: Rect(x0: height - box.y1, y0: box.x0, x1: height - box.y0, y1: box.x1)
        case .runsDown: Rect(x0: box.y0, y0: width - box.x1, x1: box.y1, y1: width - box.x0)
        case .upsideDown: Rect(x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0)
        }
    }

    /// The transformation (cairo's six numbers: xx, yx, xy, yy, x0, y0) under
    /// which rendering the page at `scale` pixels per point draws it upright,
    /// the same way as ``upright(_:width:height:)``.
    func pictureMatrix(scale: Double, width: Double, height: Double) -> [Double] {
        switch self {
        case .upright: [scale, 0, 0, scale, 0, 0]
        case .runsUp: [0, scale, -scale, 0, height * scale, 0]
        case .runsDown: [0, -scale, scale, 0, 0, width * scale]
        case .upsideDown: [-scale, 0, 0, -scale, width * scale, height * scale]
        }
    }
}
