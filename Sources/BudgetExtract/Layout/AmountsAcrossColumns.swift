/// Cuts a word of figures that runs across the boundary between two amount
/// columns of a table without column rules: right-aligned amounts set close
/// (Chromium, wkhtmltopdf, a spreadsheet's narrow columns) arrive as one word
/// (`90,238,58490,238,584`, `326,658,710 254,273,240`, `26 1,179`), which
/// would join the two columns in every row and leave one cell fused, the
/// other empty.
///
/// The other lines of the page say where the columns end: amounts in a
/// right-aligned column end at one x (its edge), as standalone words, as the
/// end of every word of figures, or as the pieces of a word that reads one
/// way only. A word of figures with such an edge inside it is cut where the
/// edge falls between two of its glyphs (the left amount ends at the column's
/// edge). Every piece must read as one well-formed amount (thousands grouped
/// by three, a sign only in front), with the decimals its column prints; a
/// cut with no gap between the glyphs needs grouping or a decimal point on one
/// side (digits run on into digits could be a code: `2013101` never splits);
/// a word that reads as one amount is cut only at a visible gap. Where
/// more than one cut is possible nothing is cut.
enum AmountsAcrossColumns {
    private static let settings = TableSettings.standard

    /// A column's right edge: where its amounts end, and the lines that print
    /// each count of decimals there.
    struct Edge {
        var x: Double
        var linesByDecimals: [Int: Set<Int>]

        /// The decimals the column's amounts print on lines other than `line`
        /// (a word never vouches for its own reading).
        func decimals(apartFrom line: Int) -> Set<Int> {
            Set(linesByDecimals.filter { !$0.value.subtracting([line]).isEmpty }.keys)
        }
    }

    /// The lines with their words of amounts cut at the columns' edges, and
    /// the x of each cut (the middle between the glyphs it parts), which
    /// bounds two columns however close their amounts stand. `only`: the
    /// lines whose words may be cut (nil: all); every line shows the edges.
    static func splitting(_ lines: [TextLine], only: Set<Int>? = nil) -> (lines: [TextLine], cuts: [Double]) {
        let edges = edges(of: lines)
        guard !edges.isEmpty, only?.isEmpty != true else { return (lines, []) }
        var positions: [Double] = []
        let cut = lines.enumerated().map { index, line in
            guard only?.contains(index) ?? true else { return line }
            var isCut = false
            let words = line.words.flatMap { word -> [Word] in
                guard isFigure(word.glyphs), let cuts = cuts(of: word, at: edges, line: index) else { return [word] }
                isCut = true
                positions += cuts.map { (word.glyphs[$0 - 1].box.x1 + word.glyphs[$0].box.x0) / 2 }
                return zip([0] + cuts, cuts + [word.glyphs.count]).map { Word(glyphs: Array(word.glyphs[$0..<$1])) }
            }
            return isCut ? TextLine(words: words) : line
        }
        return (cut, positions)
    }

    /// The right edges of the page's columns of amounts: the x where amounts
    /// end on ``TableSettings/fusedAmountEdgeLinesCount`` lines or more,
    /// within ``TableSettings/fusedAmountEdgePoints``.
    static func edges(of lines: [TextLine]) -> [Edge] {
        var ends: [(x: Double, line: Int, decimals: Int?)] = []
        for (index, line) in lines.enumerated() {
            // A lone digit ends its column too (`0` set right in an amount column).
            for word in line.words where isFigure(word.glyphs) || (word.glyphs.count == 1 && isDigit(word.glyphs[0].character)) {
                let glyphs = word.glyphs
                if let cuts = onlyReading(of: glyphs) {
                    for (start, end) in zip([0] + cuts, cuts + [glyphs.count]) {
                        ends.append((glyphs[end - 1].box.x1, index, amount(glyphs[start..<end])?.decimals))
                    }
                } else {
                    ends.append((word.box.x1, index, amount(glyphs[...])?.decimals))
                }
            }
        }
        var edges: [Edge] = []
        var group: [(x: Double, line: Int, decimals: Int?)] = []
        func close() {
            if Set(group.map(\.line)).count >= settings.fusedAmountEdgeLinesCount {
                var linesByDecimals: [Int: Set<Int>] = [:]
                for end in group { if let decimals = end.decimals { linesByDecimals[decimals, default: []].insert(end.line) } }
                edges.append(Edge(x: group.map(\.x).reduce(0, +) / Double(group.count), linesByDecimals: linesByDecimals))
            }
            group = []
        }
        for end in ends.sorted(by: { $0.x < $1.x }) {
            if let first = group.first, end.x - first.x > settings.fusedAmountEdgePoints { close() }
            group.append(end)
        }
        close()
        return edges
    }

    /// Where to cut a word of figures, at the column edges inside it, or nil.
    static func cuts(of word: Word, at edges: [Edge], line: Int) -> [Int]? {
        let glyphs = word.glyphs
        let slack = settings.fusedAmountEdgePoints
        let inside = edges.filter { $0.x > word.box.x0 + slack && $0.x < word.box.x1 - slack }
        guard !inside.isEmpty else { return nil }
        var cuts: [Int] = []
        for edge in inside {
            let at = (1..<glyphs.count).filter { abs(glyphs[$0 - 1].box.x1 - edge.x) <= slack }
            if at.count == 1 { cuts.append(at[0]) }
        }
        if !cuts.isEmpty && reads(glyphs, cutAt: cuts, edges: edges, line: line) { return cuts }
        // Another table's edge on the page may fall between two glyphs of one amount (narrow figures of
        // even width end every few points): where the word's amounts stand a visible gap apart, they end
        // at those gaps only (`226.48 0.00 0.00` against edges of `14,913.65` above).
        let gapped = cuts.filter { visibleGap(glyphs, at: $0) }
        return !gapped.isEmpty && gapped.count < cuts.count && reads(glyphs, cutAt: gapped, edges: edges, line: line) ? gapped : nil
    }

    /// Whether cutting `glyphs` at `cuts` leaves well-formed amounts, each
    /// with the decimals the column whose edge it ends at prints on the other
    /// lines (`line` is the word's); the last piece
    /// may be a placeholder (`1,810,000 -`: nothing in the next column) a
    /// visible gap after the amount before it.
    static func reads(_ glyphs: [Glyph], cutAt cuts: [Int], edges: [Edge] = [], line: Int = -1) -> Bool {
        let wholeIsAmount = amount(glyphs[...]) != nil
        let bounds = Array(zip([0] + cuts, cuts + [glyphs.count]))
        var pieces: [(decimals: Int, marked: Bool, placeholder: Bool)] = []
        for (start, end) in bounds {
            guard start < end else { return false }
            guard let piece = amount(glyphs[start..<end]) else {
                let text = String(glyphs[start..<end].map(\.character))
                guard end == glyphs.count, start > 0, PrintedVocabulary.placeholders.contains(text), visibleGap(glyphs, at: start)
                else { return false }
                pieces.append((0, false, true))
                continue
            }
            let x = glyphs[end - 1].box.x1
            if let edge = edges.first(where: { abs($0.x - x) <= settings.fusedAmountEdgePoints }) {
                let decimals = edge.decimals(apartFrom: line)
                if !decimals.isEmpty && !decimals.contains(piece.decimals) { return false }
            }
            pieces.append((piece.decimals, piece.marked, false))
        }
        for (index, cut) in cuts.enumerated() where !pieces[index + 1].placeholder {
            let visible = visibleGap(glyphs, at: cut)
            let (left, right) = (pieces[index], pieces[index + 1])
            if wholeIsAmount && !visible { return false }
            if !visible && !left.marked && !right.marked { return false }
            // A sign inside the word is a date's or a range's (`2019-04-12`) unless amounts
            // marked on both sides meet there, a placeholder ends the word, or the sign opens
            // the right amount: set off from the left one by a gap wider than the one after it
            // (`0 -53090`; a range's dash, `10 - 20`, stands in the middle).
            if PrintedVocabulary.minusSigns.contains(glyphs[cut].character) && !(left.marked && right.marked)
                && !opensAmount(glyphs, signAt: cut) { return false }
        }
        return true
    }

    /// The cuts of the one way `glyphs` read as two amounts or more (by the
    /// rules of ``reads(_:cutAt:edges:line:)``, no column known), or nil when they
    /// read as one amount, in no way or in several (or in too many ways to
    /// tell: digits without marks cut anywhere). Where the glyphs leave
    /// visible gaps, amounts end only at a gap (`7,099,698 6,910,898
    /// 188,800`, never `6,910,898 1|88,800`), and glyphs that read as one
    /// amount do so only if each gap may print its thousands separator; so
    /// do the pieces a reading cuts (`0 104390 15000` of three columns set
    /// close is `0 | 104390 | 15000`, never `0 | 10439015000`), but for a
    /// gap after a piece's leading sign (`- 53090`).
    static func onlyReading(of glyphs: [Glyph]) -> [Int]? {
        guard glyphs.count >= 2 else { return nil }
        let gaps = (1..<glyphs.count).filter { visibleGap(glyphs, at: $0) }
        // One amount, unless a gap stands where no thousands separator can (`30 4.20`: not 304.20).
        if amount(glyphs[...]) != nil, gaps.allSatisfy({ groupsThousands(glyphs, gapAt: $0) }) { return nil }
        let limit = settings.fusedAmountReadingsCount
        // readings[i]: the ways to cut glyphs[i...] into well-formed amounts (the cuts after i), up to one more than the limit.
        var readings = [[[Int]]](repeating: [], count: glyphs.count + 1)
        readings[glyphs.count] = [[]]
        for start in stride(from: glyphs.count - 1, through: 0, by: -1) {
            var found: [[Int]] = []
            for end in (start + 1)...glyphs.count where !readings[end].isEmpty && (gaps.isEmpty || end == glyphs.count || gaps.contains(end))
                && amount(glyphs[start..<end]) != nil
                && gaps.allSatisfy({ gap in gap <= start || gap >= end || groupsThousands(glyphs, gapAt: gap, end: end)
                    || (gap == start + 1 && PrintedVocabulary.minusSigns.contains(glyphs[start].character)) }) {
                for rest in readings[end] where found.count <= limit {
                    found.append(end < glyphs.count ? [end] + rest : rest)
                }
            }
            readings[start] = found
        }
        guard readings[0].count <= limit else { return nil }
        let valid = readings[0].filter { !$0.isEmpty && reads(glyphs, cutAt: $0) }
        return valid.count == 1 ? valid[0] : nil
    }

    /// Whether a gap before `index` may print a thousands separator (`20 000`,
    /// `90, 238, 584`): after a separator, or before three digits that end
    /// the amount, its whole part or the next group.
    private static func groupsThousands(_ glyphs: [Glyph], gapAt index: Int, end: Int? = nil) -> Bool {
        let end = end ?? glyphs.count
        if PrintedVocabulary.separators.contains(glyphs[index - 1].character) { return true }
        let digits = glyphs[index..<end].prefix { isDigit($0.character) }.count
        return digits == 3 && (index + 3 == end || visibleGap(glyphs, at: index + 3)
            || PrintedVocabulary.separators.contains(glyphs[index + 3].character))
    }

    /// Whether the sign at `index` opens the amount after it: a visible gap
    /// before it, wider than the one after it.
    private static func opensAmount(_ glyphs: [Glyph], signAt index: Int) -> Bool {
        guard index + 1 < glyphs.count, visibleGap(glyphs, at: index) else { return false }
        return glyphs[index].box.x0 - glyphs[index - 1].box.x1 > glyphs[index + 1].box.x0 - glyphs[index].box.x1
    }

    /// Whether the glyphs before and at `index` leave a visible gap between them
    /// (wider than ``TableSettings/fusedAmountGapEm``: the digits of one amount touch).
    private static func visibleGap(_ glyphs: [Glyph], at index: Int) -> Bool {
        glyphs[index].box.x0 - glyphs[index - 1].box.x1 > settings.fusedAmountGapEm * max(glyphs[index].box.height, glyphs[index - 1].box.height)
    }

    /// A word of figures: digits, separators and signs only, two digits at least.
    static func isFigure(_ glyphs: [Glyph]) -> Bool {
        glyphs.filter { isDigit($0.character) }.count >= 2
            && glyphs.allSatisfy { isDigit($0.character) || PrintedVocabulary.separators.contains($0.character)
                || PrintedVocabulary.minusSigns.contains($0.character) }
    }

    /// One well-formed amount: a sign only in front, a whole part of `0` or
    /// without a leading zero, its thousands (if any) grouped by three after a
    /// first group of one to three digits, and a point with decimals; its
    /// decimals and whether it prints a separator or a point (is marked).
    static func amount(_ glyphs: ArraySlice<Glyph>) -> (decimals: Int, marked: Bool)? {
        var characters = glyphs.map(\.character)
        if let first = characters.first, PrintedVocabulary.minusSigns.contains(first) { characters.removeFirst() }
        let point = characters.firstIndex { PrintedVocabulary.decimalPoints.contains($0) }
        let whole = characters[..<(point ?? characters.endIndex)]
        var decimals = 0
        if let point {
            let fraction = characters[(point + 1)...]
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
            decimals = fraction.count
        }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "，", omittingEmptySubsequences: false) }
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(isDigit), head.first != "0" || (head.count == 1 && groups.count == 1) else { return nil }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(isDigit) }) else { return nil }
        }
        return (decimals, groups.count > 1 || point != nil)
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isNumber && (character.isASCII || ("０"..."９").contains(character))
    }
}
