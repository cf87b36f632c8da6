/// The unit a budget prints its amounts in, and how it turns them into 元.
/// Read from a caption (`单位：万元`, `單位：新臺幣千元`) or from a heading
/// (`金额（万元）`, `單價(元)`); never guessed.
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

    /// The characters the units end in as printed (`元`): a text without one names no unit.
    private static let spellingEnds = Array(Set(spellings.compactMap { $0.printed.last.map(String.init) }))

    /// Currency names printed before the unit (`新臺幣千元`, `人民币万元`).
    static let currencyNames = ["新臺幣", "新台币", "人民币", "人民幣"]
    /// The label a caption prints before its unit (`单位：万元`, `單位︰千元`), and the colons after it.
    static let captionLabels = ["单位", "單位"]
    static let captionColons: Set<Character> = [":", "：", "︰"]

    /// The unit a text starts with, after any currency name (`新臺幣千元` → 千元).
    public init?(startOf text: Substring) {
        var rest = text
        if let currency = Self.currencyNames.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(currency.count) }
        guard let match = Self.spellings.first(where: { rest.hasPrefix($0.printed) }) else { return nil }
        self = match.unit
    }

    /// The unit a word is and nothing else (`万元`, `新臺幣千元`): a unit
    /// printed bare at the end of a caption line, without `单位：`.
    public init?(word: String) {
        let compact = word.withoutWhitespace
        let currency = Self.currencyNames.first { compact.hasPrefix($0) } ?? ""
        guard let match = Self.spellings.first(where: { currency + $0.printed == compact }) else { return nil }
        self = match.unit
    }

    /// The unit a caption names: `单位：万元` (or `單位︰新臺幣千元`) anywhere in
    /// the text, after any `单位全称：…` on the same line.
    public static func caption(in text: String) -> AmountUnit? {
        let compact = text.withoutWhitespace
        // The cheap tests first: most texts name no unit, and most that print its label print no unit after it.
        guard compact.includesAny(of: spellingEnds) else { return nil }
        for word in captionLabels where compact.includes(word) {
            var searchStart = compact.startIndex
            while let range = compact.range(of: word, range: searchStart..<compact.endIndex) {
                let rest = compact[range.upperBound...].drop { captionColons.contains($0) }
                if let unit = AmountUnit(startOf: rest) { return unit }
                searchStart = range.upperBound
            }
        }
        return nil
    }

    /// Whether a caption's unit is cut short at its end (`单位：万`, its `元`
    /// on the next line of a wrapped cell): what follows its last `单位：` is
    /// the first part of a unit as printed, and no unit yet.
    public static func isCutCaption(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        // The cheap tests first: it runs on every line, most print no label,
        // and of those that do few end in part of a unit (`单位名称`, `单位：万元`).
        guard compact.includesAny(of: captionLabels), let last = compact.last, cutUnitEnds.contains(last),
              let lastLabel = captionLabels.compactMap({ compact.range(of: $0, options: .backwards) })
                  .max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let rest = compact[lastLabel.upperBound...].drop { captionColons.contains($0) }
        let restCount = rest.count
        return restCount > 0 && printedUnits.contains { $0.count > restCount && $0.hasPrefix(rest) } && caption(in: compact) == nil
    }

    /// Every unit as printed, alone and after each currency name (`万元`, `新臺幣千元`).
    private static let printedUnits = spellings.map(\.printed).flatMap { spelling in [spelling] + currencyNames.map { $0 + spelling } }
    /// The characters a unit cut short ends in: those of every unit as
    /// printed but its last (`万` of `万元`; `新`, `臺`, `幣`, `千` of `新臺幣千元`).
    private static let cutUnitEnds = Set(printedUnits.flatMap { $0.dropLast() })

    /// The unit a heading names in brackets: `金额（万元）`, `單價(元)`,
    /// `(新臺幣千元)`, `预算数（单位：万元）`; the brackets hold the unit and
    /// nothing else but a `单位：` label before it.
    public static func heading(in text: String) -> AmountUnit? {
        let compact = text.withoutWhitespace
        var searchStart = compact.startIndex
        while let opening = compact[searchStart...].firstIndex(where: { "（(".contains($0) }) {
            let inside = compact[compact.index(after: opening)...]
            guard let closing = inside.firstIndex(where: { "）)".contains($0) }) else { return nil }
            var content = inside[..<closing]
            if let label = captionLabels.first(where: { content.hasPrefix($0) }) {
                content = content.dropFirst(label.count).drop { captionColons.contains($0) }
            }
            if let currency = currencyNames.first(where: { content.hasPrefix($0) }) { content = content.dropFirst(currency.count) }
            if let match = spellings.first(where: { $0.printed == content }) { return match.unit }
            searchStart = closing
        }
        return nil
    }
}
