/// Decides where a table's header rows end and its body begins.
enum HeaderSplitter {
    /// The number of leading rows that are header: the rows before the first
    /// row that prints an amount or a classification code, starts an item
    /// (`一、…`), or is a lone total such as `合计` (a total printed above the
    /// items it sums, or the only row of an empty table).
    static func headerRowCount(_ rows: [PrintedRow]) -> Int {
        rows.indices.first { index in
            let row = rows[index]
            return isDataRow(row) || isLoneTotal(row) || row.contains { $0.map { ItemMarker.startsItem($0.text) } ?? false }
                || (startsWithTotal(row) && !(rows.dropFirst(index + 1).first { $0.first! != nil }.map(startsWithAmount) ?? false))
        } ?? rows.count
    }

    /// A total in the label column: the total row of the body, unless the
    /// next row printing something under it prints an amount (then `合计`
    /// labels an amount column, perhaps as a header cell merged downwards).
    static func startsWithTotal(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return totalWords.contains(text.filter { !$0.isWhitespace })
    }

    static func startsWithAmount(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return looksLikeNumber(text) && text.contains { ".,，．".contains($0) }
    }

    static func isDataRow(_ row: PrintedRow) -> Bool {
        row.contains { cell in cell.map { looksLikeNumber($0.text) } ?? false }
    }

    static func isLoneTotal(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text.filter { !$0.isWhitespace } }
        return texts.count == 1 && totalWords.contains(texts[0])
    }

    static let totalWords: Set<String> = ["合计", "总计", "小计"]

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
