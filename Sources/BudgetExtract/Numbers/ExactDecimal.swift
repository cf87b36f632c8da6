/// An exact decimal: `significand × 10^-scale`. Money never goes through `Double`.
///
/// The scale is the number of digits printed after the point, so `22395.50`
/// is `2239550 × 10^-2` and prints back as `22395.50`. Equality, hashing and
/// ordering are numeric: `22395.5 == 22395.50`, and the two hash alike.
///
/// Range: the scale is 0...18, and `init?(_:)` accepts at most 18 integer
/// digits, so any parsed value brought to scale 18 stays below 10^36 and sums
/// of a hundred such values still fit in `Int128`. Like `Int`, arithmetic
/// traps on overflow rather than returning a wrong amount.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// All the digits as one integer: `22395.50` has significand `2239550`.
    public let significand: Int128
    /// How many of those digits come after the point (0...18): `22395.50` has scale 2.
    public let scale: Int

    /// The largest scale, and the most integer digits `init?(_:)` accepts.
    static let maxDigits = 18

    /// `significand × 10^-scale`; `scale` must be in 0...18.
    public init(significand: Int128, scale: Int) {
        precondition((0...Self.maxDigits).contains(scale), "ExactDecimal scale \(scale) is outside 0...18")
        self.significand = significand
        self.scale = scale
    }

    /// Reads the plain form `-12500471.05`, `0.5` or `12`: an optional `-`,
    /// 1 to 18 ASCII digits, then optionally a point and 1 to 18 digits.
    /// Anything else (`.5`, `12.`, `+1`, `1,000`, spaces) is `nil`; the forms
    /// printed in PDF cells are repaired by `NumberNormalizer`, not here.
    /// Read by bytes: every form accepted is ASCII, and every figure of every table and sentence comes here.
    public init?(_ plain: String) {
        var rest = Substring(plain).utf8
        let negative = rest.first == UInt8(ascii: "-")
        if negative { rest = rest.dropFirst() }
        let point = rest.firstIndex(of: UInt8(ascii: "."))
        let integer = rest[..<(point ?? rest.endIndex)]
        let fraction = point.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
        guard (1...Self.maxDigits).contains(integer.count), fraction.count <= Self.maxDigits,
              point == nil || !fraction.isEmpty,
              integer.allSatisfy(Self.isDigit), fraction.allSatisfy(Self.isDigit)
        else { return nil }
        var value: Int128 = 0
        for digit in [integer, fraction].joined() { value = value * 10 + Int128(digit - UInt8(ascii: "0")) }
        self.init(significand: negative ? -value : value, scale: fraction.count)
    }

    /// The plain form, keeping the scale: `22395.50`, `-3.5`, `0`, `0.05`.
    /// Its bytes are filled in from the last digit into one buffer (every record,
    /// check and cell of the JSON spells its amounts here); an amount that fits
    /// in 64 bits, all of them in practice, is divided by ten in 64 bits.
    public var description: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestDescription) { bytes in
            let magnitude = significand.magnitude
            var start = if let small = UInt64(exactly: magnitude) {
                Self.fillDigits(of: small, scale: scale, endingAt: bytes.count, in: bytes)
            } else {
                Self.fillDigits(of: magnitude, scale: scale, endingAt: bytes.count, in: bytes)
            }
            if significand < 0 {
                start -= 1
                bytes[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
    }

    /// The most bytes `description` writes: the 39 digits of `Int128.max`, a sign and a point
    /// (a value padded with zeros to its point has at most `maxDigits + 1` digits).
    private static let longestDescription = 41

    /// Writes `magnitude`'s digits backwards ending before `end`, the point `scale`
    /// digits from the last and zeros before the digits so one stands before the point;
    /// returns where the digits start.
    private static func fillDigits<Magnitude: UnsignedInteger>(of magnitude: Magnitude, scale: Int, endingAt end: Int,
                                                                in bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var rest = magnitude
        var start = end
        var written = 0
        repeat {
            if written == scale, scale > 0 {
                start -= 1
                bytes[start] = UInt8(ascii: ".")
            }
            let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
            start -= 1
            bytes[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digit)
            rest = quotient
            written += 1
        } while rest > 0 || written <= scale
        return start
    }

    /// Zero, with no digits after the point.
    public static let zero = ExactDecimal(significand: 0, scale: 0)

    /// Whether the value is zero, at any scale (`0.00` is zero).
    public var isZero: Bool { significand == 0 }

    /// The absolute value, at the same scale.
    public var magnitude: ExactDecimal { significand < 0 ? -self : self }

    // MARK: Arithmetic

    /// The exact sum; its scale is the larger of the two (`1.5 + 2.25` is `3.75`, `1.50 + 2` is `3.50`).
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let scale = max(a.scale, b.scale)
        return ExactDecimal(significand: a.at(scale) + b.at(scale), scale: scale)
    }

    /// The exact difference; its scale is the larger of the two.
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        a + -b
    }

    /// The negation, at the same scale.
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -a.significand, scale: a.scale)
    }

    /// The value × 10^n, exactly: moving the point is all a change of unit does.
    ///
    /// - `n > 0` (万元 to 元 is `timesPowerOfTen(4)`): the scale drops by up to
    ///   `n` before digits are appended, so `22395.50` becomes `223955000`
    ///   (not `223955000.00`) and `1.234567` becomes `12345.67`.
    /// - `n < 0` (元 to 万元 is `timesPowerOfTen(-4)`): trailing zeros of the
    ///   significand are divided away while they last (exact), and the scale
    ///   grows for the rest: `223955000` becomes `22395.5`, `12` becomes
    ///   `0.0012`; zero keeps its scale. The resulting scale must stay within 18.
    public func timesPowerOfTen(_ n: Int) -> ExactDecimal {
        if n >= 0 {
            let fromScale = min(n, scale)
            return ExactDecimal(significand: significand * Self.powerOfTen(n - fromScale), scale: scale - fromScale)
        }
        var digits = significand
        var remaining = -n
        while remaining > 0, digits % 10 == 0 {
            digits /= 10
            remaining -= 1
        }
        return ExactDecimal(significand: digits, scale: scale + remaining)
    }

    // MARK: Numeric equality and ordering

    /// Equal values: `22395.5 == 22395.50`.
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        a.reduced == b.reduced
    }

    /// Hashes the value, not its printed scale, so equal values hash alike.
    public func hash(into hasher: inout Hasher) {
        let (significand, scale) = reduced
        hasher.combine(significand)
        hasher.combine(scale)
    }

    /// Numeric order: `-3.5 < 0 < 0.05 < 1.5`.
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        // Bring both to the larger scale. Only the one with the smaller scale is
        // multiplied, and if that overflows, its magnitude exceeds the other's:
        // it is the smaller exactly when it is negative.
        let scale = max(a.scale, b.scale)
        let (x, xOverflows) = a.significand.multipliedReportingOverflow(by: powerOfTen(scale - a.scale))
        let (y, yOverflows) = b.significand.multipliedReportingOverflow(by: powerOfTen(scale - b.scale))
        if xOverflows { return a.significand < 0 }
        if yOverflows { return b.significand > 0 }
        return x < y
    }

    // MARK: Helpers

    /// Whether `character` is one of the ASCII digits 0-9 (not `٣`, not `３`);
    /// by its ASCII value, not by comparing strings or the Unicode tables.
    static func isDigit(_ character: Character) -> Bool {
        character.asciiValue.map(isDigit) ?? false
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// 10^n for n in 0...38.
    private static func powerOfTen(_ n: Int) -> Int128 {
        (0..<n).reduce(1) { power, _ in power * 10 }
    }

    /// The significand brought to `newScale` (not smaller than `scale`).
    private func at(_ newScale: Int) -> Int128 {
        significand * Self.powerOfTen(newScale - scale)
    }

    /// The same value with trailing zeros after the point removed: `(22395.50)` is `(223955, 1)`.
    private var reduced: (significand: Int128, scale: Int) {
        var (digits, scale) = (significand, scale)
        while scale > 0, digits % 10 == 0 {
            digits /= 10
            scale -= 1
        }
        return (digits, scale)
    }
}
