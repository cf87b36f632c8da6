/// Glyphs that sit side by side on one baseline, close enough to read as one piece of text.
public struct Word: Sendable, Hashable {
    public let glyphs: [Glyph]
    public let box: Rect
    /// The text, with a space wherever the glyphs leave a visible gap.
    public let text: String

    /// `glyphs` must not be empty: a word prints at least one.
    init(glyphs: [Glyph]) {
        self.glyphs = glyphs
        self.box = Rect.enclosing(glyphs.lazy.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        self.text = TextLines.join(glyphs)
    }
}

/// One printed line: words that share a baseline, left to right.
public struct TextLine: Sendable, Hashable {
    public let words: [Word]
    public let box: Rect
    /// The words' texts joined by a space (kept: layout reads it many times).
    public let text: String

    /// `words` must not be empty: a line prints at least one.
    init(words: [Word]) {
        self.words = words
        self.box = Rect.enclosing(words.lazy.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        self.text = words.count == 1 ? words[0].text : words.map(\.text).joined(separator: " ")
    }

    public var glyphs: [Glyph] { words.flatMap(\.glyphs) }
}

/// Groups glyphs into lines and words, from their positions alone.
public enum TextLines {
    /// Lines top to bottom. Glyphs whose boxes overlap vertically by
    /// ``TableSettings/lineOverlapFraction`` of the smaller height share a
    /// line; within a line a gap wider than `wordGap` times the glyph height
    /// starts a new word.
    public static func build(from glyphs: [Glyph], wordGap: Double = TableSettings.standard.wordGapEm) -> [TextLine] {
        let sorted = glyphs.sorted { $0.box.midY < $1.box.midY }
        // Each glyph's line is found first, and the lines' glyphs gathered
        // once their sizes are known: no array grown glyph by glyph.
        var lineOfGlyph: [Int] = []
        lineOfGlyph.reserveCapacity(sorted.count)
        var lineBoxes: [Rect] = []
        var lineSizes: [Int] = []
        for glyph in sorted {
            // Only the last few lines can still take a glyph: they are sorted by height.
            var line = lineBoxes.count
            for index in lineBoxes.indices.suffix(4).reversed() {
                let box = lineBoxes[index]
                let overlap = box.verticalOverlap(glyph.box)
                if overlap >= TableSettings.standard.lineOverlapFraction * min(glyph.box.height, box.height) {
                    line = index
                    break
                }
            }
            if line == lineBoxes.count {
                lineBoxes.append(glyph.box)
                lineSizes.append(1)
            } else {
                lineBoxes[line] = lineBoxes[line].union(glyph.box)
                lineSizes[line] += 1
            }
            lineOfGlyph.append(line)
        }
        var lines = lineSizes.map { size in
            var line: [Glyph] = []
            line.reserveCapacity(size)
            return line
        }
        for (glyph, line) in zip(sorted, lineOfGlyph) { lines[line].append(glyph) }
        return lines.map { line in
            // Each word is cut from the sorted line once its end is found,
            // not grown glyph by glyph; a line of one word is that word's.
            let sorted = line.sorted { $0.box.x0 < $1.box.x0 }
            var words: [Word] = []
            var start = 0
            for end in 1...sorted.count {
                if end < sorted.count {
                    let previous = sorted[end - 1], glyph = sorted[end]
                    if glyph.box.x0 - previous.box.x1 <= wordGap * max(glyph.box.height, previous.box.height) { continue }
                }
                words.append(Word(glyphs: start == 0 && end == sorted.count ? sorted : Array(sorted[start..<end])))
                start = end
            }
            return TextLine(words: words)
        }
        .sorted { $0.box.midY < $1.box.midY }
    }

    /// Joins glyphs of one line into text, putting a space where the gap
    /// between two glyphs is wider than ``TableSettings/spaceGapEm``.
    /// Glyphs of several baselines (``byBaseline(_:)``) are joined a
    /// baseline at a time, top to bottom. The
    /// scalars are encoded as UTF-8 straight into the string's storage (each
    /// takes four bytes at most, and a space before it): appending character
    /// by character looks for a grapheme break at every join, and gathering
    /// the bytes in an array first builds and frees one more array a word.
    static func join(_ glyphs: [Glyph]) -> String {
        if let lines = byBaseline(glyphs) { return text(ofLines: lines.map { TextLine(words: [Word(glyphs: $0)]) }) }
        return String(unsafeUninitializedCapacity: glyphs.count * 5) { buffer in
            var count = 0
            var previous: Glyph?
            for glyph in glyphs {
                if let previous, glyph.box.x0 - previous.box.x1 > TableSettings.standard.spaceGapEm * max(glyph.box.height, previous.box.height) {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                UTF8.encode(glyph.scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
                previous = glyph
            }
            return count
        }
    }

    /// The glyphs of a word or line that lie on several baselines, a list
    /// for each baseline top to bottom, left to right along it; nil when
    /// they share one (every glyph overlapping the first vertically by
    /// ``TableSettings/lineOverlapFraction`` of the smaller height, as
    /// glyphs of one line do, or each overlapping the topmost of those it
    /// lies with). The lines of headings wrapped inside their
    /// cells and set closer than their type run into one line, and their
    /// glyphs into one word (`一般公共预` over `算拨款收入`): read left to right
    /// they interleave (`一算般拨公款共收预入`); a glyph's box stands on its
    /// own baseline at its own size, so its line is known.
    static func byBaseline(_ glyphs: [Glyph]) -> [[Glyph]]? {
        let fraction = TableSettings.standard.lineOverlapFraction
        func shareLine(_ one: Glyph, _ other: Glyph) -> Bool {
            one.box.verticalOverlap(other.box) >= fraction * min(one.box.height, other.box.height)
        }
        guard let first = glyphs.first, glyphs.contains(where: { !shareLine(first, $0) }) else { return nil }
        var lines: [[Glyph]] = []
        for glyph in glyphs.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let head = lines.last?.first, shareLine(head, glyph) {
                lines[lines.count - 1].append(glyph)
            } else {
                lines.append([glyph])
            }
        }
        return lines.count > 1 ? lines.map { $0.sorted { $0.box.x0 < $1.box.x0 } } : nil
    }

    /// The text of glyphs that may lie on several lines (a wrapped cell):
    /// lines top to bottom, joined without a separator between CJK text and
    /// with a space between Latin words.
    public static func text(of glyphs: [Glyph]) -> String {
        text(ofLines: build(from: glyphs, wordGap: .infinity))
    }

    /// ``text(of:)`` of the lines ``build(from:wordGap:)`` made of the
    /// glyphs with an infinite word gap, for a caller that built them already.
    static func text(ofLines lines: [TextLine]) -> String {
        var result = ""
        // Chinese text wraps where the line is full, inside a run of letters or digits too
        // (`11000025T00000335` over `7691-重大义务植树`): the break of a line that ends within the
        // widest glyph of the cell's rightmost end (the next glyph did not fit) is no space.
        let rightmost = lines.map(\.box.x1).max() ?? 0
        let writesChinese = lines.contains { $0.glyphs.contains { $0.scalar.properties.isIdeographic } }
        let widestGlyph = writesChinese ? lines.flatMap(\.glyphs).map(\.box.width).max() ?? 0 : 0
        var previous: TextLine?
        for line in lines {
            // A line of one word was joined as its text already.
            let piece = line.words.count == 1 ? line.text : join(line.glyphs)
            if let last = result.last, let first = piece.first, last.isASCIILetterOrDigit, first.isASCIILetterOrDigit,
               !completesDecimals(of: result, with: piece),
               !(writesChinese && previous.map { rightmost - $0.box.x1 < widestGlyph } ?? false) {
                result.append(" ")
            }
            result += piece
            previous = line
        }
        return result
    }

    /// Whether `piece`, a line of digits only, is the rest of the amount that
    /// ends `text`, wrapped by a cell too narrow for it (`576,171.1` over
    /// `1`): the amount's decimals and these digits make up
    /// ``TableSettings/amountDecimalsCount`` exactly.
    static func completesDecimals(of text: String, with piece: String) -> Bool {
        guard piece.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let amount = text.split(separator: " ").last.map(String.init) ?? text
        guard PrintedVocabulary.isAmount(amount), let point = amount.lastIndex(of: ".") else { return false }
        let decimals = amount[amount.index(after: point)...]
        return decimals.allSatisfy(\.isNumber)
            && decimals.count + piece.count == TableSettings.standard.amountDecimalsCount
    }
}

extension TextLines {
    /// The width of what a line (its `words`) could not have ended with on
    /// the line above, as a browser or word processor breaks lines: its first
    /// character, with the marks no line ends with before it (`（` of
    /// `（2025年度）`, `≥` of `≥1000万元`, even set apart as a word of its
    /// own), a run of Latin letters and digits it starts (a browser breaks
    /// between words, not inside one), and the marks no line starts with
    /// after it (`出，` under `…的支`: the comma may not start the line, so
    /// the character before it went down too), a hyphen with the figure it
    /// joins (`年-2025` under `2024`).
    static func leadWidth(of words: [Word]) -> Double {
        let glyphs = words.indices.flatMap { word in words[word].glyphs.map { (glyph: $0, word: word) } }
        guard let first = glyphs.first?.glyph else { return 0 }
        func isLatin(_ index: Int) -> Bool {
            let character = glyphs[index].glyph.character
            return character.isASCII && (character.isLetter || character.isNumber)
        }
        var end = 0
        func takeLatinRun() {
            while end + 1 < glyphs.count, isLatin(end), isLatin(end + 1), glyphs[end + 1].word == glyphs[end].word { end += 1 }
        }
        while end + 1 < glyphs.count, PrintedVocabulary.lineEndForbidden.contains(glyphs[end].glyph.character) { end += 1 }
        takeLatinRun()
        while end + 1 < glyphs.count, PrintedVocabulary.lineStartForbidden.contains(glyphs[end + 1].glyph.character) {
            end += 1
            if PrintedVocabulary.hyphens.contains(glyphs[end].glyph.character), end + 1 < glyphs.count, isLatin(end + 1) {
                end += 1
                takeLatinRun()
            }
        }
        return glyphs[end].glyph.box.x1 - first.box.x0
    }
}

extension Glyph {
    /// Whether the glyph is set solid with its neighbours: an ideograph, a
    /// CJK mark or a full-width form, whose boxes abut in running text, so
    /// that a gap beside it, however narrow, parts two texts.
    var isSetSolid: Bool {
        scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }
}

extension Character {
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
