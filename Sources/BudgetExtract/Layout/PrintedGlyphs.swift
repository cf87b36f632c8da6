/// Which glyphs a page really shows. A PDF may carry text that leaves no
/// ink: clipped away by its cell (spreadsheet exports), drawn invisibly (the
/// text layer of a scan, render mode 3), placed off the page, drawn in
/// white on white paper, painted over by a white box, or hidden under an
/// opaque image drawn after it (a picture of a title pasted over the text).
enum PrintedGlyphs {
    /// The least part of a glyph's box, across and along, that must show
    /// inside the clip and the page: a sliver of a line a cell clips shows
    /// the tips of a few strokes, not a glyph one can read.
    static let minimumShown = 0.25

    /// The glyphs printed on the page, in drawing order (one pass: no
    /// array of the drawn glyphs kept is built on the way), and how many of
    /// those left out would show but for an image drawn over them.
    static func filter(_ page: PageContent, fills: PaintedFills) -> (printed: [Glyph], coveredByImages: Int) {
        let bounds = page.bounds
        let covering = CoveringImages(page.images)
        var printed: [Glyph] = []
        printed.reserveCapacity(page.glyphs.count)
        var covered = 0
        for drawn in page.glyphs where isPrinted(drawn, on: bounds, fills: fills) {
            if covering.hideLater(drawn) {
                covered += 1
            } else {
                printed.append(drawn.glyph)
            }
        }
        return (printed, covered)
    }

    static func isPrinted(_ drawn: DrawnGlyph, on page: Rect, fills: PaintedFills) -> Bool {
        if drawn.isInvisible { return false }
        let box = drawn.glyph.box
        let clip = drawn.clip
        let shownWidth = min(box.x1, clip.x1, page.x1) - max(box.x0, clip.x0, page.x0)
        let shownHeight = min(box.y1, clip.y1, page.y1) - max(box.y0, clip.y0, page.y0)
        guard shownWidth >= box.width * minimumShown, shownHeight >= box.height * minimumShown else { return false }
        let (x, y) = (box.midX, box.midY)
        // Paper-coloured text shows only on a darker fill painted before it.
        if drawn.fill.isPaper {
            let beneath = fills.lastCovering(x: x, y: y) { $0.order < drawn.order && $0.colour.isOpaque }
            guard let beneath, !beneath.colour.isPaper else { return false }
        }
        // Text a paper-coloured box was painted over is hidden.
        return !fills.coveredLater(x: x, y: y, after: drawn.order) { $0.colour.isPaper }
    }
}

/// The images of a page that hide what lies under them, found by position
/// (``RectBands``): a page asks for every glyph.
private struct CoveringImages {
    private let images: [PaintedImage]
    private let bands: RectBands

    init(_ drawn: [PaintedImage]) {
        images = drawn.filter(\.covers)
        bands = RectBands(images.map(\.rect))
    }

    /// Whether an image drawn after the glyph hides it.
    func hideLater(_ drawn: DrawnGlyph) -> Bool {
        guard !images.isEmpty else { return false }
        return bands.contains(near: drawn.glyph.box.midY) { images[$0].order > drawn.order && images[$0].hides(drawn.glyph.box) }
    }
}
