/// A rectangle in PDF points, origin at the top-left of the page as displayed
/// (page rotation already applied), y growing downwards.
///
/// Geometry uses `Double`: positions are measurements, not money.
public struct Rect: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// How far the two overlap vertically (negative: the gap between them).
    public func verticalOverlap(_ other: Rect) -> Double {
        min(y1, other.y1) - max(y0, other.y0)
    }

    /// How far the two overlap horizontally (negative: the gap between them).
    public func horizontalOverlap(_ other: Rect) -> Double {
        min(x1, other.x1) - max(x0, other.x0)
    }

    /// The part both cover; nil when they do not overlap.
    public func intersection(_ other: Rect) -> Rect? {
        guard horizontalOverlap(other) > 0, verticalOverlap(other) > 0 else { return nil }
        return Rect(x0: max(x0, other.x0), y0: max(y0, other.y0), x1: min(x1, other.x1), y1: min(y1, other.y1))
    }

    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }
}

extension Rect {
    /// The union of many rectangles; nil when there are none.
    static func enclosing<S: Sequence>(_ rects: S) -> Rect? where S.Element == Rect {
        var result: Rect?
        for rect in rects { result = result.map { $0.union(rect) } ?? rect }
        return result
    }
}
