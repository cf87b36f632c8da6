/// The running text of a document: the lines printed outside its tables,
/// page by page, and the sentences they make. The audit reads the figures
/// of the 说明 part and the headings from here.
public struct ProseText: Sendable {
    /// One printed line outside every table, white space removed.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var page: Int
    }

    /// A run of text up to a `。`, with the pages it was printed on.
    public struct Sentence: Sendable {
        public let text: String
        public let pages: [Int]
        /// Its amounts and percentages, read once: five rules read them.
        public let figures: [ProseFigure]

        init(text: String, pages: [Int]) {
            self.text = text
            self.pages = pages
            figures = ProseFigures.figures(in: text)
        }

        private init(text: String, pages: [Int], figures: [ProseFigure]) {
            self.text = text
            self.pages = pages
            self.figures = figures
        }

        /// This sentence read on from `previous` as one text, and where this
        /// one starts in it. Where `previous` ends with a full stop and this
        /// one starts with a plain scalar (a character of its own), no
        /// figure, label or character runs across the join: the figures of
        /// both, read once, are moved into the joined text. Else it is read anew.
        func joined(after previous: Sentence) -> (sentence: Sentence, start: String.Index) {
            let text = previous.text + self.text
            let pages = Array(Set(previous.pages + self.pages)).sorted()
            guard previous.text.last == "。", let first = self.text.unicodeScalars.first, TextSearch.isPlain(first) else {
                return (Sentence(text: text, pages: pages), text.index(text.startIndex, offsetBy: previous.text.count))
            }
            let shift = previous.text.utf8.count
            func moved(_ figure: ProseFigure, from source: String, by shift: Int) -> ProseFigure {
                func index(_ old: String.Index) -> String.Index {
                    text.utf8.index(text.startIndex, offsetBy: source.utf8.distance(from: source.startIndex, to: old) + shift)
                }
                var figure = figure
                figure.range = index(figure.range.lowerBound)..<index(figure.range.upperBound)
                return figure
            }
            let figures = previous.figures.map { moved($0, from: previous.text, by: 0) } + self.figures.map { moved($0, from: self.text, by: shift) }
            return (Sentence(text: text, pages: pages, figures: figures), text.utf8.index(text.startIndex, offsetBy: shift))
        }
    }

    public var lines: [Line]
    public var sentences: [Sentence]

    /// A sentence longer than this many characters is cut there: text without
    /// full stops (a list, a table read as lines) is not one sentence.
    static let longestSentence = 400

    /// `pageLines[i]` holds the lines of page i + 1, top to bottom.
    public init(pageLines: [[String]]) {
        lines = pageLines.enumerated().flatMap { index, texts in
            texts.map { Line(text: $0.withoutWhitespace, page: index + 1) }.filter { !$0.text.isEmpty }
        }
        var sentences: [Sentence] = []
        var text = "", length = 0, pages: [Int] = []
        func close() {
            if !text.isEmpty { sentences.append(Sentence(text: text, pages: pages)) }
            text = ""
            length = 0
            pages = []
        }
        for line in lines {
            let heading = Self.isHeading(line.text)
            if heading { close() }
            if pages.last != line.page { pages.append(line.page) }
            // In plain text each scalar is a character of its own: such a line is read by its scalars.
            let plain = line.text.isPlainText
            // A line without a full stop that ends no sentence by its length goes in whole.
            if !line.text.unicodeScalars.contains("。") {
                let count = plain ? line.text.unicodeScalars.count : line.text.count
                if length + count < Self.longestSentence {
                    text += line.text
                    length += count
                    if heading { close() }
                    continue
                }
            }
            if plain {
                // Each piece up to a full stop, or up to where the sentence reaches its longest, goes in at once.
                let scalars = line.text.unicodeScalars
                var pieceStart = scalars.startIndex
                for index in scalars.indices {
                    length += 1
                    guard scalars[index] == "。" || length >= Self.longestSentence else { continue }
                    let pieceEnd = scalars.index(after: index)
                    if pages.isEmpty { pages.append(line.page) }
                    text.append(contentsOf: line.text[pieceStart..<pieceEnd])
                    close()
                    pieceStart = pieceEnd
                }
                if pieceStart < scalars.endIndex {
                    if pages.isEmpty { pages.append(line.page) }
                    text.append(contentsOf: line.text[pieceStart...])
                }
            } else {
                for character in line.text {
                    if pages.isEmpty { pages.append(line.page) }
                    text.append(character)
                    length += 1
                    if character == "。" || length >= Self.longestSentence { close() }
                }
            }
            if heading { close() }
        }
        close()
        self.sentences = sentences
    }

    /// Headings are short: a longer line is running text.
    static let longestHeading = 40

    /// An outline mark: `第一部分`, `二、`, `（三）`, `4.`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let outlineMark = #/第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]{1,2}[、.．](?![0-9])/#

    /// The scalars `outlineMark` can start with.
    static let outlineStarts = Set("第一二三四五六七八九十（(0123456789".unicodeScalars)

    /// A short line that starts with an outline mark (`第一部分`, `二、`,
    /// `（三）`, `4.`) and ends without punctuation: a heading, whose words
    /// do not run on into the next line's sentence.
    public static func isHeading(_ line: String) -> Bool {
        guard EmptyTableRule.mayStart(line, with: outlineStarts), let last = line.last, !headingEnds.contains(last),
              hasAtMost(longestHeading, charactersIn: line) else { return false }
        return startsWithOutlineMark(line)
    }

    /// The punctuation a heading does not end with (a set: a character is
    /// compared with each as a string in a `String`).
    static let headingEnds: Set<Character> = Set("，,、；;：:。")

    /// Whether `text` has at most `limit` characters: told from its scalars
    /// where it has no more scalars than that (a character holds one or more)
    /// or where it is plain (each scalar a character of its own); else counted.
    static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
        if text.unicodeScalars.dropFirst(limit).isEmpty { return true }
        return text.isPlainText ? false : text.dropFirst(limit).isEmpty
    }

    /// The numerals of an outline mark.
    static let outlineNumerals: Set<Character> = Set("一二三四五六七八九十")

    /// Whether `line` starts with what `outlineMark` matches, read character
    /// by character as the pattern reads them (every heading test ran the
    /// pattern; a test holds the two to the same answers).
    static func startsWithOutlineMark(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        let rest = line.dropFirst()
        switch first {
        case "第":
            // 第一部分
            let after = rest.drop(while: outlineNumerals.contains)
            return after.startIndex > rest.startIndex && after.hasPrefix("部分")
        case "（", "(":
            // （三）
            let after = rest.drop(while: outlineNumerals.contains)
            return after.startIndex > rest.startIndex && (after.first == "）" || after.first == ")")
        case _ where outlineNumerals.contains(first):
            // 二、
            return rest.drop(while: outlineNumerals.contains).first == "、"
        default:
            // 4. : one or two digits, a separator, and no digit after it.
            let isDigit = { (character: Character) in character.asciiValue.map { (0x30...0x39).contains($0) } ?? false }
            let digits = line.prefix(while: isDigit).count
            guard (1...2).contains(digits) else { return false }
            let after = line.dropFirst(digits)
            guard let separator = after.first, "、.．".contains(separator) else { return false }
            return !(after.dropFirst().first.map(isDigit) ?? false)
        }
    }
}

extension ProseText {
    /// Whether a text has a point or a comma at all: the cheap test before `amountLike`, a regex search.
    static func mayPrintAmount(_ text: String) -> Bool {
        text.contains { $0 == "." || $0 == "," }
    }

    /// Digits around a decimal point or a thousands separator. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let amountLike = #/[0-9][.,][0-9]/#

    /// Whether a text prints what `amountLike` matches: plain text (each
    /// scalar a character of its own) told from its bytes, other text by
    /// the pattern where it has a point or a comma at all.
    static func printsAmountLike(_ text: String) -> Bool {
        let bytewise = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard TextSearch.isPlain(utf8: bytes) else { return nil }
            return bytes.indices.dropFirst().dropLast().contains { index in
                (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","))
                    && ExactDecimal.isDigit(bytes[index - 1]) && ExactDecimal.isDigit(bytes[index + 1])
            }
        } ?? nil
        return bytewise ?? (mayPrintAmount(text) && text.contains(amountLike))
    }

    /// The lines of a page the audit reads: those outside the page's tables
    /// of amounts, rebuilt from the glyphs that lie outside them, less page
    /// numbers (a `3` at the foot would run into the next page's sentence),
    /// then the title of each table that no such line prints (a title read
    /// inside its grid). A grid without amounts (a list of tables, an empty
    /// table saying `本部门无此项`) is read as text. `pageLines`, the texts
    /// of the lines of all `glyphs`, are those lines where no table holds amounts.
    public static func linesOutsideTables(glyphs: [Glyph], pageLines: [String], tables: [PageTable]) -> [String] {
        let areas = tables.filter { table in
            (table.header + table.rows).contains { row in row.contains { cell in cell.map { printsAmountLike($0.text) } ?? false } }
        }.map(\.box)
        let outside = areas.isEmpty ? pageLines : TextLines.build(from: glyphs.filter { glyph in
            !areas.contains { $0.contains(x: glyph.box.midX, y: glyph.box.midY) }
        }).map(\.text)
        let lines = outside.filter { !PageTables.isPageNumber($0) }
        let titles = tables.compactMap(\.title)
        // The lines are gathered into a set only where a table has a title to look for.
        guard !titles.isEmpty else { return lines }
        let printed = Set(lines.map(\.withoutWhitespace))
        return lines + titles.filter { !printed.contains($0) }
    }
}
