/// A straight ruling line printed on the page: a table border or cell rule.
public struct Ruling: Sendable, Hashable, Codable {
    public enum Orientation: String, Sendable, Codable { case horizontal, vertical }

    public var orientation: Orientation
    /// y for a horizontal line, x for a vertical one, in points.
    public var position: Double
    /// Where the line starts and ends along its own direction, in points.
    public var start: Double
    public var end: Double

    public init(_ orientation: Orientation, at position: Double, from start: Double, to end: Double) {
        self.orientation = orientation
        self.position = position
        self.start = min(start, end)
        self.end = max(start, end)
    }

    /// The line as a rectangle of no thickness.
    var extent: Rect {
        switch orientation {
        case .horizontal: Rect(x0: start, y0: position, x1: end, y1: position)
        case .vertical: Rect(x0: position, y0: start, x1: position, y1: end)
        }
    }

    /// Whether the line passes through the rectangle.
    public func crosses(_ rect: Rect) -> Bool {
        switch orientation {
        case .horizontal: position > rect.y0 && position < rect.y1 && start < rect.x1 && end > rect.x0
        case .vertical: position > rect.x0 && position < rect.x1 && start < rect.y1 && end > rect.y0
        }
    }
}
