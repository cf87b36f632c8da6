import Testing
@testable import BudgetExtract

/// Shorthand for a decimal written in plain form in a test.
private func d(_ plain: String) -> ExactDecimal {
    guard let value = ExactDecimal(plain) else { fatalError("not a plain decimal: \(plain)") }
    return value
}

@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test(arguments: [
        ("-12500471.05", -1_250_047_105, 2), ("0.5", 5, 1), ("12", 12, 0), ("0", 0, 0),
        ("0.00", 0, 2), ("22395.50", 2_239_550, 2), ("-3.5", -35, 1), ("0.05", 5, 2),
    ] as [(String, Int128, Int)])
    func parsesThePlainForm(plain: String, significand: Int128, scale: Int) throws {
        let value = try #require(ExactDecimal(plain))
        #expect(value.significand == significand)
        #expect(value.scale == scale)
        #expect(value.description == plain)
    }

    @Test(arguments: [".5", "12.", "+1", "1,000", " 1", "1 0", "", "-", "1.2.3", "１２", "٣", "1e5",
                      "1234567890123456789", "0.1234567890123456789"])
    func rejectsEverythingElse(plain: String) {
        #expect(ExactDecimal(plain) == nil)
    }

    @Test func descriptionKeepsThePrintedScale() {
        #expect(ExactDecimal(significand: 5, scale: 3).description == "0.005")
        #expect(ExactDecimal(significand: -5, scale: 3).description == "-0.005")
        #expect(ExactDecimal(significand: 2_239_550, scale: 2).description == "22395.50")
        #expect(ExactDecimal.zero.description == "0")
        #expect(ExactDecimal(significand: 123_456_789_012_345_678, scale: 18).description == "0.123456789012345678")
        // Past 64 bits, and the ends of Int128 (39 digits, a sign, a point).
        #expect(ExactDecimal(significand: 100_000_000_000_000_000_000, scale: 2).description == "1000000000000000000.00")
        #expect(ExactDecimal(significand: .max, scale: 0).description == "170141183460469231731687303715884105727")
        #expect(ExactDecimal(significand: .min, scale: 18).description == "-170141183460469231731.687303715884105728")
        #expect(ExactDecimal(significand: 0, scale: 3).description == "0.000")
    }

    @Test func equalityAndHashingAreNumeric() {
        #expect(d("22395.5") == d("22395.50"))
        #expect(d("22395.5").hashValue == d("22395.50").hashValue)
        #expect(Set([d("1"), d("1.0"), d("1.000"), d("0"), d("0.00")]).count == 2)
        #expect(d("0.00") == .zero)
        #expect(d("1.5") != d("15"))
    }

    @Test func orderingIsNumeric() {
        #expect(d("-3.5") < d("0"))
        #expect(d("0") < d("0.05"))
        #expect(d("0.05") < d("1.5"))
        #expect(d("9.99") < d("10"))
        #expect(d("-10") < d("-9.99"))
        #expect(!(d("1.50") < d("1.5")) && !(d("1.5") < d("1.50")))
        #expect([d("3"), d("-1.25"), d("0.5"), d("2.75")].sorted().map(\.description) == ["-1.25", "0.5", "2.75", "3"])
    }

    @Test func orderingSurvivesAlignmentOverflow() {
        let huge = ExactDecimal(significand: Int128.max / 10, scale: 0)
        let tiny = ExactDecimal(significand: 1, scale: 18)
        #expect(tiny < huge)
        #expect(-huge < tiny)
        #expect(!(huge < tiny))
    }

    @Test func sumsKeepTheLargestScale() {
        #expect((d("1.5") + d("2.25")).description == "3.75")
        #expect((d("1.50") + d("2")).description == "3.50")
        #expect((d("0.1") + d("0.2")).description == "0.3")
        #expect((d("11700.63") + d("13025.38")).description == "24726.01")
        #expect((d("5") - d("7.25")).description == "-2.25")
        #expect((d("-3.5") + d("3.5")).description == "0.0")
        #expect((-d("3.50")).description == "-3.50")
        #expect((-d("-3.5")).description == "3.5")
    }

    @Test func sumsOfManyAmounts() {
        // The 一般公共预算 column of a budget table, in 万元, printed with mixed scales.
        let printed = ["271.33", "16.99", "5.51", "6.49", "0", "0.5", "-0.50", "1"]
        let total = printed.map(d).reduce(ExactDecimal.zero, +)
        #expect(total.description == "301.32")
        // A thousand cents add up exactly: no binary rounding.
        let cents = Array(repeating: d("0.01"), count: 1000).reduce(.zero, +)
        #expect(cents == d("10"))
        #expect(cents.description == "10.00")
        // The largest amounts init?(_:) accepts, a hundred times over, at scale 18.
        let big = d("999999999999999999.999999999999999999")
        let sum = Array(repeating: big, count: 100).reduce(.zero, +)
        #expect(sum.description == "99999999999999999999.999999999999999900")
    }

    @Test func timesPowerOfTenMovesThePoint() {
        #expect(d("22395.50").timesPowerOfTen(4).description == "223955000")
        #expect(d("22395.50").timesPowerOfTen(4).scale == 0)
        #expect(d("1.234567").timesPowerOfTen(4).description == "12345.67")
        #expect(d("12").timesPowerOfTen(3).description == "12000")
        #expect(d("-0.05").timesPowerOfTen(4).description == "-500")
        #expect(d("3.5").timesPowerOfTen(0).description == "3.5")
    }

    @Test func timesNegativePowerOfTenDividesExactlyThenGrowsTheScale() {
        #expect(d("223955000").timesPowerOfTen(-4).description == "22395.5")
        #expect(d("120000").timesPowerOfTen(-4).description == "12")
        #expect(d("12").timesPowerOfTen(-4).description == "0.0012")
        #expect(d("-1.5").timesPowerOfTen(-2).description == "-0.015")
        #expect(d("0.00").timesPowerOfTen(-4).description == "0.00")
        #expect(d("22395.50").timesPowerOfTen(4).timesPowerOfTen(-4) == d("22395.50"))
    }

    @Test func zeroAndMagnitude() {
        #expect(d("0.00").isZero)
        #expect(ExactDecimal.zero.isZero)
        #expect(!d("0.01").isZero)
        #expect(d("-3.50").magnitude.description == "3.50")
        #expect(d("3.5").magnitude.description == "3.5")
    }
}
