/// Rectangles filed by the bands of height they touch, so that what lies at
/// a point is looked for among a few of them, not all: a page asks for every
/// glyph. A rectangle over more bands than ``bandsPerRect`` (a page
/// background) is kept apart and looked at for every point instead.
struct RectBands {
    /// Height of one band, in points: a line or two of text.
    static let bandHeight = 24.0
    /// More bands than this, a rectangle is kept apart (filing it would cost more than it saves).
    static let bandsPerRect = 64

    private var bands: [Int: [Int]] = [:]
    private var tall: [Int] = []

    /// Files each rectangle under its index in `rects`.
    init<S: Sequence>(_ rects: S) where S.Element == Rect {
        for (index, rect) in rects.enumerated() {
            let first = Self.band(rect.y0), last = Self.band(rect.y1)
            if last - first > Self.bandsPerRect {
                tall.append(index)
            } else {
                for band in first...last { bands[band, default: []].append(index) }
            }
        }
    }

    private static func band(_ y: Double) -> Int {
        guard y.isFinite else { return 0 }
        return Int(max(-1e6, min(1e6, (y / bandHeight).rounded(.down))))
    }

    /// Calls `body` with the index of every rectangle that may hold a point at height `y`, searched in place.
    func forEach(near y: Double, _ body: (Int) -> Void) {
        for index in bands[Self.band(y)] ?? [] { body(index) }
        for index in tall { body(index) }
    }

    /// Whether any rectangle that may hold a point at height `y` passes `test`.
    func contains(near y: Double, where test: (Int) -> Bool) -> Bool {
        (bands[Self.band(y)] ?? []).contains(where: test) || tall.contains(where: test)
    }
}
