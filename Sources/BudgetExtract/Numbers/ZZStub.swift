// Temporary stand-in until the number normaliser lands.
public struct ExactDecimal: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public init?(_ plain: String) { text = plain }
    public var description: String { text }
}
public enum Comparator: String, Sendable { case atLeast = "≥", atMost = "≤", greater = ">", less = "<", equal = "=" }
public enum CellReading: Sendable, Equatable {
    case empty, amount(ExactDecimal), percentage(ExactDecimal, comparator: Comparator?), placeholder, spreadsheetError(String), text
}
public enum NumberNormalizer {
    public static func read(_ printed: String) -> CellReading {
        var s = printed.filter { !$0.isWhitespace && $0 != "," }
        if s.isEmpty { return .empty }
        var negative = false
        if s.hasPrefix("("), s.hasSuffix(")") { negative = true; s = String(s.dropFirst().dropLast()) }
        guard s.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil else { return .text }
        return .amount(ExactDecimal(negative ? "-" + s : s)!)
    }
}
