/// Decides where a table's header rows end and its body begins.
enum HeaderSplitter {
    /// The number of leading rows that are header: the rows before the first
    /// row that prints an amount or a classification code, starts an item
    /// (`一、…`), or is a lone total such as `合计` (a total printed above the
    /// items it sums, or the only row of an empty table).
    static func headerRowCount(_ rows: [PrintedRow]) -> Int {
        rows.firstIndex { row in
            isDataRow(row) || isLoneTotal(row) || row.contains { $0.map { ItemMarker.startsItem($0.text) } ?? false }
        } ?? rows.count
    }

    static func isDataRow(_ row: PrintedRow) -> Bool {
        row.contains { cell in cell.map { looksLikeNumber($0.text) } ?? false }
    }

    static func isLoneTotal(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text }.map { $0.filter { !$0.isWhitespace } }
        return texts.count == 1 && totalWords.contains(texts[0])
    }

    static let totalWords: Set<String> = ["合计", "总计", "小计", "合 计", "总 计"]

    /// Digits with optional separators, sign and point: an amount, a code, a serial number.
    static func looksLikeNumber(_ text: String) -> Bool {
        var digits = 0
        for character in text {
            if character.isNumber, character.isASCII || ("０"..."９").contains(character) {
                digits += 1
            } else if !",.，． -−－()（）".contains(character) {
                return false
            }
        }
        return digits > 0
    }
}
