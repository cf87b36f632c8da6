/// The outline marks that number items: `壹、` (0), `一、` (1), `（一）` (2), `1.` (3),
/// `（1）` (4); an unmarked label is deepest (5).
enum OutlineMark {
    /// The depth of a label's mark, read from its first characters in place.
    static func depth(of label: String) -> Int {
        let chinese = ItemMarker.chineseNumerals
        guard let first = label.first else { return unmarked }
        let second = label.dropFirst().first
        // 壹、貳、… number the parts above 一、.
        if financialNumerals.contains(first), let second, "、.．".contains(second) { return 0 }
        if chinese.contains(first) {
            let rest = label.drop { chinese.contains($0) }
            if let mark = rest.first, "、.．".contains(mark) { return 1 }
        }
        if "（(".contains(first), let second {
            if chinese.contains(second) { return 2 }
            if second.isNumber { return 4 }
        }
        if first.isASCII, first.isNumber {
            let rest = label.drop { $0.isASCII && $0.isNumber }
            if let mark = rest.first, ".、．".contains(mark), rest.dropFirst().first.map({ $0.isASCII && $0.isNumber }) != true { return 3 }
        }
        return unmarked
    }

    /// The depth of a label without a mark: deeper than every mark.
    static let unmarked = 5

    /// The numerals of 壹、 貳、 參、 …, simplified and traditional (and 参, printed for 叁).
    static let financialNumerals: Set<Character> = ["壹", "贰", "貳", "叁", "参", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾"]

    /// The number an item's mark gives it: `1、` and `（1）` are 1, `三、` and `（三）` are 3.
    static func ordinal(of label: String) -> Int? {
        var characters = Substring(label)
        if let first = characters.first, "（(".contains(first) { characters = characters.dropFirst() }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty { return Int(digits) }
        let numerals = characters.prefix { ItemMarker.chineseNumerals.contains($0) }
        guard !numerals.isEmpty else { return nil }
        let values: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if numerals == "十" { return 10 }
        if numerals.first == "十" { return numerals.dropFirst().first.flatMap { values[$0] }.map { 10 + $0 } }
        if numerals.count >= 2, numerals.dropFirst().first == "十" {
            let tens = numerals.first.flatMap { values[$0] } ?? 0
            return tens * 10 + (numerals.dropFirst(2).first.flatMap { values[$0] } ?? 0)
        }
        return numerals.count == 1 ? numerals.first.flatMap { values[$0] } : nil
    }

    /// Items split where their numbering starts again at 1: at a mark
    /// (`1.`, `一、`), never at a word that starts with a numeral (`一般会议服务`).
    static func breakdowns<Item>(_ items: [Item], label: (Item) -> String) -> [[Item]] {
        var runs: [[Item]] = []
        for item in items {
            // Only a mark numbers: `一般行政管理事务` starts with 一 and is no first item.
            let restarts = depth(of: label(item)) < unmarked && ordinal(of: label(item)) == 1
            if runs.isEmpty || restarts { runs.append([item]) } else { runs[runs.count - 1].append(item) }
        }
        return runs
    }
}
