/// Why one page of a document could not be read; the rest of the document still is.
public enum PageReadFailure: Sendable, Equatable, Error {
    /// The page tree does not give this page (a cycle, a deleted page object, a `/Count` too large).
    case notInPageTree
    /// The page's size is not a size a page can have.
    case impossibleSize(width: Double, height: Double)
    /// poppler failed while interpreting the page.
    case interpretationFailed

    /// The longest side a page may have, in points: ten times the largest
    /// page the PDF specification allows (200 in), so that a page scaled by
    /// a `UserUnit` still reads, while a nonsense size (10⁷ pt) does not.
    static let maximumSide = 144_000.0
    /// The largest area a page may have, in square points (a 31 m square).
    static let maximumArea = 1.0e10
    /// The shortest side a page may have, in points: nothing can be printed on less.
    static let minimumSide = 1.0

    /// nil when the size is one a page can have.
    static func checkingSize(width: Double, height: Double) -> PageReadFailure? {
        let sides = [width, height]
        guard sides.allSatisfy({ $0.isFinite && $0 >= minimumSide && $0 <= maximumSide }),
              width * height <= maximumArea else {
            return .impossibleSize(width: width, height: height)
        }
        return nil
    }

    /// What the JSON and the progress line say after `page N: `.
    public var explanation: String {
        switch self {
        case .notInPageTree: "cannot be read (the page tree does not give it)"
        case .impossibleSize(let width, let height):
            "cannot be read (its size, \(Self.points(width)) × \(Self.points(height)) pt, is not a page's)"
        case .interpretationFailed: "cannot be read (poppler failed on its content)"
        }
    }

    private static func points(_ value: Double) -> String {
        value.isFinite && abs(value) < 1e15 ? String(Int(value.rounded())) : String(describing: value)
    }
}
