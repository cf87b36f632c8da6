/// A figure printed in a sentence of the prose: an amount with its unit or a
/// percentage, and the words just before it that say what it is.
public struct ProseFigure: Sendable {
    /// As printed, unit included (`1,234.56万元`, `4.8%`).
    public var printed: String
    /// The number, exactly as printed (`1234.56`).
    public var value: ExactDecimal
    /// `亿元`, `万元`, `元` or `%`.
    public var unit: String
    /// The words before the figure, back to the previous punctuation mark or
    /// figure (`其中：基本支出105.58万元` → `基本支出`).
    public var label: String
    /// Where the figure's number starts and its unit ends in the sentence.
    public var range: Range<String.Index>

    public var isPercentage: Bool { unit == "%" }

    /// The amount in 元, exactly; nil for a percentage.
    public var yuan: ExactDecimal? {
        Self.yuanPerUnit[unit].map { value.timesPowerOfTen($0) }
    }

    /// Half a unit of the last printed decimal, in 元 for an amount (`3.20万元`
    /// → 50 元): how far the true figure may lie from the printed one.
    public var roundingInYuan: ExactDecimal {
        let half = ExactDecimal(significand: 5, scale: value.scale + 1)
        return Self.yuanPerUnit[unit].map { half.timesPowerOfTen($0) } ?? half
    }

    /// The power of ten from each unit to 元.
    static let yuanPerUnit = ["亿元": 8, "万元": 4, "元": 0]
}

/// Reads the figures of one sentence.
public enum ProseFigures {
    /// Marks that end the words a figure's label is read from.
    static let labelStops: Set<Character> = ["，", ",", "。", "；", ";", "：", ":", "、", "（", "）", "(", ")"]
    /// The same marks as scalars, each a character of its own.
    static let labelStopScalars = Set(labelStops.flatMap(\.unicodeScalars))

    public static func figures(in sentence: String) -> [ProseFigure] {
        var figures: [ProseFigure] = []
        var labelStart = sentence.startIndex
        // Every figure ends in 元 or %: a sentence without either is not searched.
        guard sentence.unicodeScalars.contains(where: { $0 == "元" || $0 == "%" }) else { return [] }
        // Text of plain scalars (most sentences) is read by its bytes and scalars, any other by its characters.
        let plain = sentence.isPlainText
        for match in figureMatches(in: sentence, plain: plain) {
            // A number's characters are ASCII digits, commas and a point, one byte each.
            let digits = String(decoding: match.number.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
            guard let value = ExactDecimal(digits) else { continue }
            let start = plain
                ? wordsStart(before: match.range.lowerBound, after: labelStart, in: sentence.unicodeScalars, isStop: labelStopScalars.contains)
                : wordsStart(before: match.range.lowerBound, after: labelStart, in: sentence, isStop: labelStops.contains)
            let label = String(sentence[start..<match.range.lowerBound])
            figures.append(ProseFigure(printed: String(sentence[match.range]), value: value, unit: String(match.unit),
                                       label: label, range: match.range))
            labelStart = match.range.upperBound
        }
        return figures
    }

    /// Where the words before `end` start: back from it to the last stop after `floor`, read as the elements of `view`.
    private static func wordsStart<View: BidirectionalCollection>(before end: String.Index, after floor: String.Index, in view: View,
                                                             isStop: (View.Element) -> Bool) -> String.Index where View.Index == String.Index {
        var start = end
        while start > floor {
            let previous = view.index(before: start)
            if isStop(view[previous]) { break }
            start = previous
        }
        return start
    }

    /// The units a figure is printed in, longest first where one ends another.
    static let figureUnits = ["亿元", "万元", "元", "%"]

    /// Each figure and its unit in `sentence`, left to right: ASCII digits
    /// and commas (`1,234`), a decimal part (`.5`) where a unit follows it,
    /// then a unit of `figureUnits` (`1,234.5万元`, `12%`). By hand, not a
    /// regex: every rule on the prose reads every sentence's figures. Text
    /// of `plain` scalars (``TextSearch/isPlain(_:)``, most sentences) is read
    /// by its bytes: there each character is one scalar, equal to no other,
    /// and a figure's characters (ASCII digits and marks, the units) are
    /// found as their bytes; any other text by its characters.
    static func figureMatches(in sentence: String, plain: Bool) -> [(range: Range<String.Index>, number: Substring, unit: Substring)] {
        if plain {
            return figureMatches(in: sentence, read: sentence.utf8, isDigit: ExactDecimal.isDigit,
                                 comma: UInt8(ascii: ","), point: UInt8(ascii: "."), units: figureUnits.map { Array($0.utf8) })
        }
        return figureMatches(in: sentence, read: sentence, isDigit: ExactDecimal.isDigit,
                             comma: ",", point: ".", units: figureUnits.map { Array($0) })
    }

    /// `figureMatches(in:)` on `sentence` read as the elements of `view`
    /// (its characters, or the bytes of text of plain scalars).
    private static func figureMatches<View: BidirectionalCollection>(
        in sentence: String, read view: View, isDigit: (View.Element) -> Bool, comma: View.Element, point: View.Element, units: [[View.Element]]
    ) -> [(range: Range<String.Index>, number: Substring, unit: Substring)] where View.Index == String.Index, View.Element: Equatable {
        func unit(at index: String.Index) -> String.Index? {
            units.lazy.compactMap { view[index...].starts(with: $0) ? view.index(index, offsetBy: $0.count) : nil }.first
        }
        var found: [(range: Range<String.Index>, number: Substring, unit: Substring)] = []
        var start = view.startIndex
        while let digit = view[start...].firstIndex(where: isDigit) {
            start = digit
            let integerEnd = view[start...].dropFirst().firstIndex { !isDigit($0) && $0 != comma } ?? view.endIndex
            var numberEnd = integerEnd
            if integerEnd < view.endIndex, view[integerEnd] == point {
                let fraction = view[integerEnd...].dropFirst()
                let fractionEnd = fraction.firstIndex { !isDigit($0) } ?? view.endIndex
                if fractionEnd > fraction.startIndex, unit(at: fractionEnd) != nil { numberEnd = fractionEnd }
            }
            if let end = unit(at: numberEnd) {
                found.append((start..<end, sentence[start..<numberEnd], sentence[numberEnd..<end]))
                start = end
            } else {
                start = view.index(after: start)
            }
        }
        return found
    }

    /// Whether two amounts agree within the rounding of their printed decimals.
    public static func agree(_ a: ExactDecimal, within roundingA: ExactDecimal,
                             _ b: ExactDecimal, within roundingB: ExactDecimal) -> Bool {
        !(roundingA + roundingB < (a - b).magnitude)
    }
}
