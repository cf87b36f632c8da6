/// The unit a budget prints its amounts in, and how it turns them into 元:
/// the scale of the amounts only; the currency is ``MoneyUnit``'s.
public enum AmountUnit: String, Codable, Sendable, CaseIterable {
    case yuan = "元"
    case thousandYuan = "千元"
    case tenThousandYuan = "万元"
    case hundredMillionYuan = "亿元"

    /// The power of ten from this unit to 元.
    public var powerOfTen: Int {
        switch self {
        case .yuan: 0
        case .thousandYuan: 3
        case .tenThousandYuan: 4
        case .hundredMillionYuan: 8
        }
    }

    /// The units as printed, longest first so that `万元` is not read as `元`;
    /// traditional spellings (`萬元`, `億元`) are the same units.
    static let spellings: [(printed: String, unit: AmountUnit)] = [
        ("万元", .tenThousandYuan), ("萬元", .tenThousandYuan), ("千元", .thousandYuan),
        ("亿元", .hundredMillionYuan), ("億元", .hundredMillionYuan), ("元", .yuan),
    ]
}

/// The currency of a budget's amounts, as its unit prints it (`新臺幣千元`,
/// `万美元`); a unit that prints none (`万元`) is read as 人民币, the
/// currency of every mainland budget.
public enum Currency: String, Codable, Sendable, CaseIterable {
    case renminbi = "CNY"
    case newTaiwanDollar = "TWD"
    case hongKongDollar = "HKD"
    case macaoPataca = "MOP"
    case usDollar = "USD"
    case euro = "EUR"

    /// Currency names printed before a unit (`新臺幣千元`, `人民币万元`), the first of each its name in ``MoneyUnit/name``.
    static let namesBeforeUnit: [(printed: String, currency: Currency)] = [
        ("人民币", .renminbi), ("人民幣", .renminbi), ("新臺幣", .newTaiwanDollar), ("新台币", .newTaiwanDollar),
        ("新台幣", .newTaiwanDollar), ("港币", .hongKongDollar), ("港幣", .hongKongDollar),
        ("澳门币", .macaoPataca), ("澳門幣", .macaoPataca),
    ]
    /// Currencies printed as a kind of 元, after the scale (`万美元`, `千港元`, `欧元`).
    static let yuanNames: [(printed: String, currency: Currency)] = [
        ("美元", .usDollar), ("港元", .hongKongDollar), ("澳门元", .macaoPataca), ("澳門元", .macaoPataca),
        ("欧元", .euro), ("歐元", .euro),
    ]
}

/// A unit as a budget prints it: the scale of its amounts (`千元`) and the
/// currency printed with it (`新臺幣`), nil where none is printed (人民币).
/// Read from a caption (`单位：万元`, `單位：新臺幣千元`) or from a heading
/// (`金额（万元）`, `單價(元)`); never guessed.
public struct MoneyUnit: Hashable, Sendable {
    public var scale: AmountUnit
    /// The currency the unit prints; nil: none printed.
    public var currency: Currency?

    public init(scale: AmountUnit, currency: Currency? = nil) {
        self.scale = scale
        self.currency = currency
    }

    /// The currency the amounts are in: the printed one, else 人民币.
    public var currencyOfAmounts: Currency { currency ?? .renminbi }

    /// An amount in this unit, exactly in 元 of its currency (`万元` × 10000).
    public func yuan(of amount: ExactDecimal) -> ExactDecimal { amount.timesPowerOfTen(scale.powerOfTen) }

    /// The unit's name as a table states it: its scale, after the currency's
    /// name where one is printed (`新臺幣千元`, `万美元`); read back by ``init(word:)``.
    public var name: String {
        guard let currency else { return scale.rawValue }
        if let before = Currency.namesBeforeUnit.first(where: { $0.currency == currency }) { return before.printed + scale.rawValue }
        let yuanName = Currency.yuanNames.first { $0.currency == currency }?.printed ?? ""
        return String(scale.rawValue.dropLast("元".count)) + yuanName
    }

    /// Every unit as it may be printed, each with its reading: the scales,
    /// each after a currency's name, and each scale's 元 as a currency's.
    static let spellings: [(printed: String, unit: MoneyUnit)] = {
        var spellings: [(printed: String, unit: MoneyUnit)] = AmountUnit.spellings.map { ($0.printed, MoneyUnit(scale: $0.unit)) }
        for scale in AmountUnit.spellings {
            for name in Currency.namesBeforeUnit {
                spellings.append((name.printed + scale.printed, MoneyUnit(scale: scale.unit, currency: name.currency)))
            }
            for name in Currency.yuanNames {
                spellings.append((String(scale.printed.dropLast("元".count)) + name.printed, MoneyUnit(scale: scale.unit, currency: name.currency)))
            }
        }
        // Longest first, so that `万美元` is not read as `美元` nor `万元` as `元`.
        return spellings.sorted { $0.printed.count > $1.printed.count }
    }()

    /// ``spellings`` by their printed text (the first of each, as a search
    /// of the list finds it): a word is looked up, not compared with each.
    private static let spellingsByText: [String: MoneyUnit] =
        Dictionary(spellings.map { ($0.printed, $0.unit) }, uniquingKeysWith: { first, _ in first })
    /// ``spellings`` grouped by their first scalar, in their order.
    private static let spellingsByFirstScalar: [Unicode.Scalar: [(printed: String, unit: MoneyUnit)]] =
        Dictionary(grouping: spellings) { $0.printed.unicodeScalars.first ?? " " }

    /// The spellings that may start `text`: in text of plain scalars (each a
    /// character of its own, ``TextSearch/isPlain(_:)``) only those that start
    /// with its first scalar; in any other text all of them.
    private static func spellings(starting text: Substring) -> [(printed: String, unit: MoneyUnit)] {
        guard text.isPlainText else { return spellings }
        return text.unicodeScalars.first.flatMap { spellingsByFirstScalar[$0] } ?? []
    }

    /// The label a caption prints before its unit (`单位：万元`, `單位︰千元`), and the colons after it.
    static let captionLabels = ["单位", "單位"]
    static let captionColons: Set<Character> = [":", "：", "︰"]

    /// The unit a text starts with (`新臺幣千元` → 千元 in 新臺幣).
    public init?(startOf text: Substring) {
        guard let match = Self.spellings(starting: text).first(where: { text.hasPrefix($0.printed) }) else { return nil }
        self = match.unit
    }

    /// The unit a word is and nothing else (`万元`, `新臺幣千元`): a unit
    /// printed bare at the end of a caption line, without `单位：`.
    public init?(word: String) {
        let compact = word.withoutWhitespace
        guard let unit = Self.spellingsByText[compact] else { return nil }
        self = unit
    }

    /// The unit a caption names: `单位：万元` (or `單位︰新臺幣千元`) anywhere in
    /// the text, after any `单位全称：…` on the same line.
    public static func caption(in text: String) -> MoneyUnit? {
        let compact = text.withoutWhitespace
        // The cheap tests first: most texts name no unit, and every unit as printed ends in 元.
        guard compact.includes("元") else { return nil }
        for word in captionLabels where compact.includes(word) {
            var searchStart = compact.startIndex
            while let range = compact.range(of: word, range: searchStart..<compact.endIndex) {
                let rest = compact[range.upperBound...].drop { captionColons.contains($0) }
                if let unit = MoneyUnit(startOf: rest) { return unit }
                searchStart = range.upperBound
            }
        }
        return nil
    }

    /// Whether a caption's unit is cut short at its end (`单位：万`, its `元`
    /// on the next line of a wrapped cell): what follows its last `单位：` is
    /// the first part of a unit as printed, and no unit yet.
    public static func isCutCaption(_ text: String) -> Bool {
        // Every label prints 位: text of plain scalars (searched by its bytes) without it prints none.
        if text.isPlainText && !text.includes("位") { return false }
        let compact = text.withoutWhitespace
        // The cheap tests first: it runs on every line, most print no label,
        // and of those that do few end in part of a unit (`单位名称`, `单位：万元`).
        guard compact.includesAny(of: captionLabels), let last = compact.last, cutUnitEnds.contains(last),
              let lastLabel = captionLabels.compactMap({ compact.range(of: $0, options: .backwards) })
                  .max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let rest = compact[lastLabel.upperBound...].drop { captionColons.contains($0) }
        let restCount = rest.count
        return restCount > 0 && spellings(starting: rest).contains { $0.printed.count > restCount && $0.printed.hasPrefix(rest) }
            && caption(in: compact) == nil
    }

    /// The characters a unit cut short ends in: those of every unit as
    /// printed but its last (`万` of `万元`; `新`, `臺`, `幣`, `千` of `新臺幣千元`).
    private static let cutUnitEnds = Set(spellings.flatMap { $0.printed.dropLast() })

    /// The unit a heading names in brackets: `金额（万元）`, `單價(元)`,
    /// `(新臺幣千元)`, `预算数（单位：万元）`; the brackets hold the unit and
    /// nothing else but a `单位：` label before it.
    public static func heading(in text: String) -> MoneyUnit? {
        let compact = text.withoutWhitespace
        var searchStart = compact.startIndex
        while let opening = compact[searchStart...].firstIndex(where: { "（(".contains($0) }) {
            let inside = compact[compact.index(after: opening)...]
            guard let closing = inside.firstIndex(where: { "）)".contains($0) }) else { return nil }
            var content = inside[..<closing]
            if let label = captionLabels.first(where: { content.hasPrefix($0) }) {
                content = content.dropFirst(label.count).drop { captionColons.contains($0) }
            }
            if let unit = spellingsByText[String(content)] { return unit }
            searchStart = closing
        }
        return nil
    }
}
