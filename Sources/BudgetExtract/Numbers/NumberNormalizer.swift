/// What a printed cell holds, as far as numbers go.
public enum CellReading: Sendable, Equatable {
    /// Blank, or white space only. Never zero: an empty cell is not `0`.
    case empty
    /// A number: `12, 500, 471`, `(3.5)`, `１２３４．５６`.
    case amount(ExactDecimal)
    /// A percentage, its number without the `%`: `38%` is 38, `≥95%` is 95 with `.atLeast`.
    case percentage(ExactDecimal, comparator: Comparator?)
    /// A mark printed to mean "nothing": `-`, `—`, `--`, `－`, `――`, `/`. Not zero.
    case placeholder
    /// A spreadsheet error printed as is, in its canonical spelling: `#DIV/0!`.
    case spreadsheetError(String)
    /// Anything else: labels, codes with letters, dates, `2025年`, `≤40000.00（元）`.
    case text
}

/// The comparison printed before a target value, as in `≥95%`.
extension CellReading {
    /// Whether the cell prints an amount.
    public var isAmount: Bool {
        if case .amount = self { true } else { false }
    }
}

public enum Comparator: String, Sendable {
    /// `≥` (also printed `>=`, `≧`, `⩾`).
    case atLeast = "≥"
    /// `≤` (also printed `<=`, `≦`, `⩽`).
    case atMost = "≤"
    /// `>`.
    case greater = ">"
    /// `<`.
    case less = "<"
    /// `=`.
    case equal = "="
}

/// A repair `NumberNormalizer` made to read a number, for the JSON to say what was done.
public enum NumberRepair: String, Sendable, Codable {
    /// Full-width digits or punctuation read as ASCII: `１２３４．５６`, `（3.5）`, `１００％`, `－3.5`.
    case fullWidth
    /// A dash other than `-` read as the minus sign: `−3.5` (U+2212), `–3.5` (U+2013).
    case minusSign
    /// Spaces inside the number removed: `20 00 0`, `12, 500, 471`.
    case spacesRemoved
    /// Thousands separators removed: `12,500,471`.
    case thousandsSeparators
    /// Parentheses read as a negative sign: `(3.5)` is -3.5.
    case parenthesesNegative
    /// A trailing minus read as a negative sign: `3.5-` is -3.5.
    case trailingMinus
    /// A leading plus dropped: `+3.5` is 3.5.
    case plusSign
}

/// Reads the number a PDF cell prints, repairing the forms PDF extraction produces.
///
/// In order: white space around the cell (including NBSP and the ideographic
/// space) is ignored; full-width forms become ASCII; then the cell is a
/// placeholder, a spreadsheet error, a percentage, an amount, or text.
///
/// An amount is a sign form (`-3.5`, `(3.5)`, `3.5-`, `+3.5`) around digits
/// with at most one point. The rules, and the choices they make:
/// - Thousands separators, when present, must group the whole integer part in
///   threes (`1,234,567`); `1,23,4` is text.
/// - Spaces inside are removed only when the cell holds nothing but digits,
///   `,`, `.`, signs and spaces: they are glyph runs or a wrapped cell
///   (`20 00 0` is 20000). So a function code printed `201 36 01` reads as
///   the amount 2013601; that is deliberate, the digits are the same either
///   way and telling codes from amounts needs the column, a later stage.
/// - Leading zeros make text (`05`, `007` are codes; `0.5` is fine), and so
///   does a missing integer part (`.5`) or fraction (`12.`): printed amounts
///   never look like that, and the evaluation format does not read them as numbers.
/// - A comparator is read only before a percentage (`≥95%`); a bare `≥95`
///   is text, since an amount has nowhere to keep the comparator.
/// - A value followed by a parenthesised unit (`≤40000.00（元）`, `>45.00(人)`,
///   `≥95.00（%）`) is a performance target, text for a later stage.
public enum NumberNormalizer {
    /// Reads `printed`, the text of one cell.
    public static func read(_ printed: String) -> CellReading {
        readWithRepairs(printed).reading
    }

    /// The same, with the repairs applied, for the JSON to say what was done.
    /// Repairs are listed in the order they were made, each once, and only
    /// for amounts and percentages: other readings keep the cell as printed.
    public static func readWithRepairs(_ printed: String) -> (reading: CellReading, repairs: [NumberRepair]) {
        var repairs: [NumberRepair] = []
        // Most cells of amounts print a plain one (`1,234.56`, `-3.5`): the steps before `number` change nothing there.
        if isPlainAmount(printed) {
            return plainNumber(printed, repairs: &repairs).map { (.amount($0), repairs) } ?? (.text, [])
        }
        if holdsIdeograph(printed) { return (.text, []) }
        let cell = trimmed(Substring(printed))
        guard !cell.isEmpty else { return (.empty, []) }
        let ascii = halfWidth(cell, repairs: &repairs)
        if isPlaceholder(ascii) { return (.placeholder, []) }
        if let error = spreadsheetError(ascii) { return (.spreadsheetError(error), []) }

        let (comparator, rest) = splitComparator(ascii)
        if rest.hasSuffix("%") {
            guard let number = number(rest.dropLast(), repairs: &repairs) else { return (.text, []) }
            return (.percentage(number, comparator: comparator), repairs)
        }
        guard comparator == nil, let number = number(rest, repairs: &repairs) else { return (.text, []) }
        return (.amount(number), repairs)
    }

    // MARK: Steps

    /// Dashes that PDF text uses for a minus sign; `—` (em dash) is not one of them.
    private static let minusSigns: Set<Unicode.Scalar> = ["\u{2212}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{FE63}"]

    /// `halfWidth` for readers of other printed forms (performance targets).
    static func halfWidth(_ text: String) -> String {
        var repairs: [NumberRepair] = []
        return halfWidth(Substring(text), repairs: &repairs)
    }

    /// Full-width forms (U+FF01...U+FF5E: `１`, `，`, `．`, `（`, `％`, `－`, `＞`)
    /// as their ASCII twins, and the dashes of `minusSigns` as `-`.
    private static func halfWidth(_ text: Substring, repairs: inout [NumberRepair]) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
                note(.fullWidth, in: &repairs)
            } else if minusSigns.contains(scalar) {
                scalars.append("-")
                note(.minusSign, in: &repairs)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Dashes alone (`-`, `--`, `—`, `——`, `―`; `－` and `–` arrive here as `-`) or a lone `/`.
    private static func isPlaceholder(_ text: String) -> Bool {
        let marks = text.filter { !$0.isWhitespace }
        return marks == "/" || marks.allSatisfy { "-—―─".contains($0) }
    }

    private static let spreadsheetErrors: Set<String> = ["#DIV/0!", "#VALUE!", "#REF!", "#N/A", "#NUM!", "#NAME?", "#NULL!"]

    /// The error's canonical spelling when `text` is a spreadsheet error.
    private static func spreadsheetError(_ text: String) -> String? {
        let code = text.filter { !$0.isWhitespace }.uppercased()
        return spreadsheetErrors.contains(code) ? code : nil
    }

    /// Printed comparators, two-character spellings before the one-character ones they start with.
    private static let comparators: [(printed: String, comparator: Comparator)] = [
        (">=", .atLeast), ("≥", .atLeast), ("≧", .atLeast), ("⩾", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("⩽", .atMost),
        (">", .greater), ("<", .less), ("=", .equal),
    ]

    /// A leading comparator, and the rest of the text.
    static func splitComparator(_ text: String) -> (Comparator?, Substring) {
        for (printed, comparator) in comparators where text.hasPrefix(printed) {
            return (comparator, text.dropFirst(printed.count))
        }
        return (nil, Substring(text))
    }

    /// The amount `body` prints (see the rules on `NumberNormalizer`), or nil.
    static func number(_ body: Substring, repairs: inout [NumberRepair]) -> ExactDecimal? {
        var text = String(trimmed(body))
        if text.contains(where: TextSearch.isWhitespace) {
            guard text.allSatisfy({ ExactDecimal.isDigit($0) || $0.isWhitespace || ",.()+-".contains($0) })
            else { return nil }
            text.removeAll(where: \.isWhitespace)
            note(.spacesRemoved, in: &repairs)
        }

        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            text = String(text.dropFirst().dropLast())
            negative = true
            note(.parenthesesNegative, in: &repairs)
        } else if text.hasPrefix("-") {
            text.removeFirst()
            negative = true
        } else if text.hasPrefix("+") {
            text.removeFirst()
            note(.plusSign, in: &repairs)
        } else if text.hasSuffix("-") {
            text.removeLast()
            negative = true
            note(.trailingMinus, in: &repairs)
        }

        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            note(.thousandsSeparators, in: &repairs)
        }
        let integer = groups.joined()
        guard integer == "0" || integer.first != "0" else { return nil }
        let fraction = parts.count == 2 ? "." + parts[1] : ""
        // ExactDecimal checks the rest: digits only, both parts present, at most 18 digits each.
        return ExactDecimal((negative ? "-" : "") + integer + fraction)
    }

    /// `number` of a plain amount (``isPlainAmount(_:)``: ASCII digits, `,`
    /// and `.`, a leading `-`), read from its bytes: the same checks of the
    /// thousands groups and the leading zero, and the same plain form given to
    /// ExactDecimal, without splitting and joining strings (every cell of
    /// every table comes here; a test holds both to the same answers).
    static func plainNumber(_ text: String, repairs: inout [NumberRepair]) -> ExactDecimal? {
        let bytes = Array(text.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        let body = bytes.dropFirst(negative ? 1 : 0)
        let point = body.firstIndex(of: UInt8(ascii: ".")) ?? body.endIndex
        var plain: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        plain.reserveCapacity(bytes.count)
        // The groups the commas make: the first 1 to 3 digits long, every other one 3.
        var groups = 1, firstGroup = 0, length = 0, groupsRight = true
        for byte in body[..<point] {
            guard byte == UInt8(ascii: ",") else {
                plain.append(byte)
                length += 1
                continue
            }
            if groups == 1 { firstGroup = length } else if length != 3 { groupsRight = false }
            groups += 1
            length = 0
        }
        if groups > 1 {
            guard groupsRight, length == 3, (1...3).contains(firstGroup) else { return nil }
            note(.thousandsSeparators, in: &repairs)
        }
        let integer = plain.dropFirst(negative ? 1 : 0)
        guard integer.count <= 1 || integer.first != UInt8(ascii: "0") else { return nil }
        plain.append(contentsOf: body[point...])
        return ExactDecimal(String(decoding: plain, as: UTF8.self))
    }

    // MARK: Helpers

    /// ASCII digits, `,` and `.` after at most a leading `-`, with a digit
    /// among them: no white space, full-width form, placeholder, spreadsheet
    /// error, comparator or percentage sign for the steps before `number`.
    static func isPlainAmount(_ text: String) -> Bool {
        var hasDigit = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
            case UInt8(ascii: ","), UInt8(ascii: "."): continue
            case UInt8(ascii: "-") where index == 0: continue
            default: return false
            }
        }
        return hasDigit
    }

    /// CJK ideographs (the unified block and extension A): no form above
    /// prints one, and white space trimming never removes one, so a cell
    /// holding one is text. Most label cells are: they are told at once.
    private static let ideographs: ClosedRange<UInt32> = 0x3400...0x9FFF

    private static func holdsIdeograph(_ text: String) -> Bool {
        text.unicodeScalars.contains { ideographs.contains($0.value) }
    }

    /// `text` without white space (NBSP and U+3000 included) at either end.
    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while text.first.map(TextSearch.isWhitespace) == true { text.removeFirst() }
        while text.last.map(TextSearch.isWhitespace) == true { text.removeLast() }
        return text
    }

    /// Adds `repair` to `repairs` unless it is there already.
    private static func note(_ repair: NumberRepair, in repairs: inout [NumberRepair]) {
        if !repairs.contains(repair) { repairs.append(repair) }
    }
}
