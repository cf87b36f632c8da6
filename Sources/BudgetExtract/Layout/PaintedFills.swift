/// The rectangles a page fills, in painting order, found by position: what
/// covers a point, and what was painted over a rule or a glyph later.
///
/// A fill shows only inside the clip in force when it was painted, so each
/// is kept as the part of its rectangle the clip leaves. A page printed from
/// a long web page (Qt WebKit) paints each page's share of the document
/// through a clip the size of the page's text area: the white background,
/// exactly that size, and the cells of a table cut by the page break, which
/// run on beyond the clip. Unclipped, those cells lay just beyond the
/// background's top and bottom edges, so each edge met a "different fill"
/// and became a rule as wide as the page, and the table cut at that edge
/// gained an empty column out to the page's margin.
struct PaintedFills {
    /// One filled axis-aligned rectangle.
    struct Fill {
        /// The part of the rectangle that shows: inside the clip.
        var rect: Rect
        var colour: Colour
        var order: Int
    }

    /// Every filled rectangle, in painting order.
    let fills: [Fill]
    /// Fills by the bands of height they touch, so a lookup scans a few, not all.
    private let bands: RectBands

    init(_ paths: [PaintedPath]) {
        var fills: [Fill] = []
        for path in paths where path.paint == .fill {
            for subpath in path.subpaths {
                if let rect = subpath.axisAlignedRectangle, let shown = rect.intersection(path.clip) {
                    fills.append(Fill(rect: shown, colour: path.colour, order: path.order))
                }
            }
        }
        self.fills = fills
        self.bands = RectBands(fills.map(\.rect))
    }

    /// The last fill, in painting order, whose rectangle holds the point and
    /// that `accept` takes; nil when none does. The point's band and the
    /// tall fills are searched in place: a page asks this for every glyph.
    func lastCovering(x: Double, y: Double, where accept: (Fill) -> Bool) -> Fill? {
        var last: Int?
        func consider(_ index: Int) {
            guard index > last ?? -1, fills[index].rect.contains(x: x, y: y), accept(fills[index]) else { return }
            last = index
        }
        bands.forEach(near: y, consider)
        return last.map { fills[$0] }
    }

    /// What the page shows at a point: the colour of the last fill there, or paper.
    func colour(x: Double, y: Double) -> Colour? {
        lastCovering(x: x, y: y) { $0.colour.isOpaque }?.colour
    }

    /// Whether an opaque fill painted after `order` covers the point.
    func coveredLater(x: Double, y: Double, after order: Int, where accept: (Fill) -> Bool = { _ in true }) -> Bool {
        func covers(_ index: Int) -> Bool {
            let fill = fills[index]
            return fill.order > order && fill.colour.isOpaque && fill.rect.contains(x: x, y: y) && accept(fill)
        }
        return bands.contains(near: y, where: covers)
    }
}

extension PaintedPath.Subpath {
    /// The box around a subpath of straight segments; nil when it has a curve or no points.
    var straightOutline: Rect? {
        guard !points.contains(where: \.curve), let first = points.first else { return nil }
        var box = Rect(x0: first.x, y0: first.y, x1: first.x, y1: first.y)
        for point in points.dropFirst() { box = box.union(Rect(x0: point.x, y0: point.y, x1: point.x, y1: point.y)) }
        return box
    }

    /// The rectangle the subpath outlines when it is one with sides along
    /// the axes (4 corners, or 5 with the first repeated), else nil.
    var axisAlignedRectangle: Rect? {
        var corners = points
        if corners.count == 5, let first = corners.first, let last = corners.last, first.x == last.x, first.y == last.y {
            corners.removeLast()
        }
        guard corners.count == 4, !corners.contains(where: \.curve) else { return nil }
        let xs = Set(corners.map(\.x)), ys = Set(corners.map(\.y))
        guard xs.count <= 2, ys.count <= 2,
              let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
        // Consecutive corners must differ in x or in y, not both: a rectangle, not a bow tie.
        for (a, b) in zip(corners, corners.dropFirst() + corners.prefix(1)) where a.x != b.x && a.y != b.y {
            return nil
        }
        return Rect(x0: x0, y0: y0, x1: x1, y1: y1)
    }
}
