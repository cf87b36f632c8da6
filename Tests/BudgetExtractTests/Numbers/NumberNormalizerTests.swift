import Testing
@testable import BudgetExtract

/// The plain form of the amount `printed` reads as, or nil when it is not an amount.
private func amount(_ printed: String) -> String? {
    guard case .amount(let value) = NumberNormalizer.read(printed) else { return nil }
    return value.description
}

/// The number and comparator of the percentage `printed` reads as, or nil.
private func percentage(_ printed: String) -> (String, Comparator?)? {
    guard case .percentage(let value, let comparator) = NumberNormalizer.read(printed) else { return nil }
    return (value.description, comparator)
}

@Suite("Number normaliser")
struct NumberNormalizerTests {
    @Test func plainAmountsReadByBytesAsByTheStringSteps() {
        // Every text of up to six of these characters that passes for a plain amount.
        let alphabet: [Character] = ["0", "1", "5", ",", ".", "-"]
        var texts = [""]
        var compared = 0
        for _ in 1...6 {
            texts = texts.flatMap { text in alphabet.map { text + String($0) } }
            for text in texts where NumberNormalizer.isPlainAmount(text) {
                var byBytes: [NumberRepair] = [], byStrings: [NumberRepair] = []
                let fast = NumberNormalizer.plainNumber(text, repairs: &byBytes)
                let slow = NumberNormalizer.number(Substring(text), repairs: &byStrings)
                #expect(fast == slow && fast?.description == slow?.description && byBytes == byStrings, "\(text)")
                compared += 1
            }
        }
        #expect(compared > 10_000)
        var repairs: [NumberRepair] = []
        #expect(NumberNormalizer.plainNumber("-12,500,471.05", repairs: &repairs)?.description == "-12500471.05" && repairs == [.thousandsSeparators])
    }

    @Test(arguments: [
        // Plain, separated, and split into glyph runs.
        ("12500471", "12500471"), ("12,500,471", "12500471"), ("12, 500, 471", "12500471"),
        ("1,250.05", "1250.05"), ("82,096,797.42", "82096797.42"), ("0.00", "0.00"), ("0", "0"),
        ("0.50", "0.50"), ("22395.50", "22395.50"), ("999", "999"), ("1,000", "1000"),
        // Negatives: ASCII, U+2212, full-width, en dash, parentheses, trailing minus.
        ("-3.5", "-3.5"), ("−3.5", "-3.5"), ("－3.5", "-3.5"), ("–3.5", "-3.5"),
        ("(3.5)", "-3.5"), ("(20,076)", "-20076"), ("（3.5）", "-3.5"), ("3.5-", "-3.5"),
        ("-0.00", "0.00"), ("+3.5", "3.5"), ("- 3.5", "-3.5"),
        // Digits split by a wrapped cell or separate glyph runs.
        ("20 00 0", "20000"), ("10 0", "100"), ("1 234.56", "1234.56"), ("25 00", "2500"),
        // A function code printed with spaces: an amount by the digit-join rule (see NumberNormalizer).
        ("201 36 01", "2013601"),
        // Full-width digits and punctuation.
        ("１２３４．５６", "1234.56"), ("１２，３４５", "12345"),
        // White space around the cell: spaces, tabs, NBSP, ideographic space, newlines.
        ("  12.5  ", "12.5"), ("\u{00A0}12.5\u{00A0}", "12.5"), ("\u{3000}12.5\u{3000}", "12.5"),
        ("\t12\n", "12"), ("12\u{00A0}500", "12500"),
    ])
    func readsAmounts(printed: String, plain: String) {
        #expect(amount(printed) == plain)
    }

    @Test(arguments: [
        ("38%", "38", nil), ("38.5%", "38.5", nil), ("-2%", "-2", nil), ("-12.5%", "-12.5", nil),
        ("100.00%", "100.00", nil), ("１００％", "100", nil), ("95 %", "95", nil),
        ("≥95%", "95", .atLeast), (">=95%", "95", .atLeast), ("≧95%", "95", .atLeast), ("≥ 95%", "95", .atLeast),
        ("≤5%", "5", .atMost), ("<=5%", "5", .atMost), ("=100%", "100", .equal),
        (">97%", "97", .greater), ("<3%", "3", .less), ("＞97％", "97", .greater),
    ] as [(String, String, Comparator?)])
    func readsPercentages(printed: String, number: String, comparator: Comparator?) throws {
        let reading = try #require(percentage(printed))
        #expect(reading.0 == number)
        #expect(reading.1 == comparator)
    }

    @Test(arguments: ["-", "—", "--", "——", "－", "―", "――", "–", "/", "／", " - ", "- -", "---------"])
    func readsPlaceholders(printed: String) {
        #expect(NumberNormalizer.read(printed) == .placeholder)
    }

    @Test(arguments: [
        ("#DIV/0!", "#DIV/0!"), ("#VALUE!", "#VALUE!"), ("#REF!", "#REF!"), ("#N/A", "#N/A"),
        ("#NUM!", "#NUM!"), ("#NAME?", "#NAME?"), ("#NULL!", "#NULL!"), ("#div/0!", "#DIV/0!"),
        (" #DIV/0! ", "#DIV/0!"),
    ])
    func readsSpreadsheetErrors(printed: String, code: String) {
        #expect(NumberNormalizer.read(printed) == .spreadsheetError(code))
    }

    @Test(arguments: ["", " ", "\u{00A0}", "\u{3000}", "\t\n"])
    func blankIsEmptyNeverZero(printed: String) {
        #expect(NumberNormalizer.read(printed) == .empty)
    }

    @Test(arguments: [
        // Targets with a unit: a later stage reads them.
        "≤40000.00（元）", ">45.00(人)", "≥95.00（%）", "≥10次",
        // A comparator without a percentage.
        "≥95", "=2",
        // Text that merely contains digits.
        "2025年", "第1页", "1.一般公共预算", "一、", "2月底前", "12:00", "2025-01-01", "2025–01–01",
        "023-81715964", "2022 年预算数", "95%以上", "分值(90分)", "(2020年度)",
        // Implausible separators, leading zeros, missing digits, two numbers, two signs.
        "1,23,4", "1,2345", "12,34.5", ",500", "1.234,5", "05", "007", "0,500", ".5", "12.", "1.2.3",
        "1,250.05 3,380", "(-3.5)", "--5", "-(3.5)", "(3.5", "%", "≥%",
        // Too many digits for an amount.
        "1234567890123456789",
        // Labels and codes with letters.
        "合计", "A01", "1e5",
    ])
    func leavesTextAsText(printed: String) {
        #expect(NumberNormalizer.read(printed) == .text)
    }

    @Test func readingsCompareNumerically() {
        #expect(NumberNormalizer.read("22,395.5") == .amount(ExactDecimal("22395.50")!))
        #expect(NumberNormalizer.read("0") != .empty)
        #expect(NumberNormalizer.read("-") != .amount(.zero))
    }

    @Test func reportsTheRepairsMade() {
        func repairs(_ printed: String) -> [NumberRepair] { NumberNormalizer.readWithRepairs(printed).repairs }
        #expect(repairs("12500471") == [])
        #expect(repairs("12,500,471") == [.thousandsSeparators])
        #expect(repairs("12, 500, 471") == [.spacesRemoved, .thousandsSeparators])
        #expect(repairs("（3.5）") == [.fullWidth, .parenthesesNegative])
        #expect(repairs("１２，３４５") == [.fullWidth, .thousandsSeparators])
        #expect(repairs("−3.5") == [.minusSign])
        #expect(repairs("3.5-") == [.trailingMinus])
        #expect(repairs("+3.5") == [.plusSign])
        #expect(repairs("20 00 0") == [.spacesRemoved])
        #expect(repairs("１００％") == [.fullWidth])
        #expect(repairs("95 %") == [])
        // Only numbers carry repairs; text, placeholders and errors are kept as printed.
        #expect(repairs("－") == [])
        #expect(repairs("２０２５年") == [])
        #expect(NumberNormalizer.readWithRepairs("(20,076)").reading == .amount(ExactDecimal("-20076")!))
    }

    @Test func repairsEncodeAsTheirNames() {
        #expect(NumberRepair.spacesRemoved.rawValue == "spacesRemoved")
        #expect(NumberRepair(rawValue: "parenthesesNegative") == .parenthesesNegative)
        #expect(Comparator.atLeast.rawValue == "≥")
    }
}
