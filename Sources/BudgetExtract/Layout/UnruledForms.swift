/// Performance forms (绩效目标表: `项目名称 | …`, `主管部门 | … | 实施单位 | …`,
/// the year's goal, then the indicator block `一级指标 | 二级指标 | 三级指标 |
/// 指标值`) printed without rules.
///
/// Such a form prints few amounts, so ``AlignedTableFinder`` (which needs
/// lines of amounts) found at most its money lines and lost the rest. What the
/// print shows instead is the indicator block's heading line and the cells'
/// alignment: each cell's text stays inside its column, so the columns are
/// the corridors no word crosses, as in any table without rules; and each
/// cell's text is set as a block of lines, its wrapped lines a line's pitch
/// apart, the cells of one row side by side, so a row is the cells whose
/// blocks overlap in height.
///
/// The form is the run of lines around a line that prints two indicator
/// block headings (``PrintedVocabulary/isIndicatorBlockHeading(_:)``) in
/// columns of their own, up to a caption or a title above and below (or a
/// gap of ``TableSettings/blockGapEm``). Its rows are all body, as the ruled
/// forms' are (HeaderSplitter reads a form's fields as body from the first).
enum UnruledForms {
    private static let settings = TableSettings.standard

    /// One cell's text on one line: a piece of a block.
    private struct Piece {
        let column: Int
        let cell: PrintedCell
        /// The width of what the line could not have ended with on the line above (``TextLines/leadWidth(of:)``).
        let leadWidth: Double
        var box: Rect { cell.box }
    }

    /// The page's forms; `continuing`, the column bounds of a form ending
    /// the page before: the page's first lines, when they go on in its
    /// columns above `limit` (the page's first ruled table), are read as its
    /// continuation (``continuation(of:in:above:page:)``). `openedBy`, the
    /// lines of the opening of the page's first form, printed at the foot of
    /// the page before (``opening(of:in:below:page:)``): its columns are read
    /// with them too (``spans(of:heading:opening:)``).
    /// `cutCellOnly`: the page prints one-word lines only, no table by itself: its continuation may print in one
    /// column, the rest of a cell the page break cut (``isCutCell(_:)``).
    static func tables(in glyphs: [Glyph], page: Int, continuing: [Double]? = nil, above limit: Double = .infinity,
                       openedBy: [TextLine] = [], cutCellOnly: Bool = false) -> [PageTable] {
        let lines = formLines(of: glyphs)
        var tables: [PageTable] = []
        var taken = -1
        if let continuing, let (table, last) = continuation(of: continuing, in: lines, above: limit, page: page, cutCellOnly: cutCellOnly) {
            tables.append(table)
            taken = last
        }
        for anchor in lines.indices where anchor > taken && isIndicatorHeading(lines[anchor].line) {
            let region = extent(around: anchor, in: lines, after: taken)
            if let table = table(from: region.map { lines[$0].line }, heading: lines[anchor].line, page: page,
                                 opening: tables.isEmpty ? openedBy : []) {
                tables.append(table)
                taken = region.upperBound
            }
        }
        return tables
    }

    /// The glyphs' lines top to bottom, each with its solid text split (``splittingSolidText(_:)``).
    private static func formLines(of glyphs: [Glyph]) -> [AlignedTableFinder.Line] {
        splittingSolidText(AlignedTableFinder.classifiedLines(of: glyphs, explanations: false).lines)
            .sorted { $0.line.box.y0 < $1.line.box.y0 }
    }

    /// Each line with its solid text split (``splittingSolidText(_:)``), its class kept.
    static func splittingSolidText(_ lines: [AlignedTableFinder.Line]) -> [AlignedTableFinder.Line] {
        lines.map { classified in
            var split = classified
            split.line = splittingSolidText(classified.line)
            return split
        }
    }

    /// Chinese text is set solid, its characters' boxes abutting: a gap of
    /// ``TableSettings/formSolidTextGapEm`` or more beside an ideograph or a
    /// full-width mark parts two cells' texts, though narrower than a word
    /// gap (a browser pads a form's cells by a few pixels: `实施单位` and
    /// `和城乡建设`, 6 pt apart in 14-pt boxes). So does such a gap between a
    /// figure (a digit, or a percentage's sign) and a placeholder's dash or
    /// another figure: no cell prints an amount and a dash apart, nor two
    /// figures a quarter em apart (`980` set right in 全年执行数 beside `—` set
    /// left in 分值, Samples/scores-right-in-form.pdf; `100%` under 执行率
    /// beside `—` under 得分, the score `18` set right beside `9月验收交付` set
    /// left under 偏差原因, Samples/percentages-right-in-form.pdf). Latin text
    /// and amounts broken at their point (`9. 14`) keep their spaces.
    static func splittingSolidText(_ line: TextLine) -> TextLine {
        func isDash(_ glyph: Glyph) -> Bool { PrintedVocabulary.placeholders.contains(String(glyph.character)) }
        // A figure ends with a digit, or a percentage with its sign (`100%` beside `—`).
        func endsFigure(_ glyph: Glyph) -> Bool { glyph.character.isNumber || PrintedVocabulary.percentSigns.contains(glyph.character) }
        func partsCells(_ left: Glyph, _ right: Glyph) -> Bool {
            left.isSetSolid || right.isSetSolid || (endsFigure(left) && (isDash(right) || right.character.isNumber))
                || (isDash(left) && right.character.isNumber)
        }
        var words: [Word] = []
        for word in line.words {
            var pieces: [[Glyph]] = [[]]
            for glyph in word.glyphs {
                if let last = pieces.last?.last, partsCells(last, glyph),
                   glyph.box.x0 - last.box.x1 >= settings.formSolidTextGapEm * max(glyph.box.height, last.box.height) {
                    pieces.append([])
                }
                pieces[pieces.count - 1].append(glyph)
            }
            words += pieces.map(Word.init)
        }
        return words.count == line.words.count ? line : TextLine(words: words)
    }

    /// A form's continuation on the next page: it prints no indicator
    /// heading line (nor a title), its lines go on in the form's columns.
    /// The page's lines from its first, down to a caption, a title (type
    /// ``TableSettings/titleHeightRatio`` taller than the lines above, or
    /// one word centred on the form above a caption: ``isCentredTitle(_:over:)``), an
    /// indicator heading or a gap of ``TableSettings/blockGapEm``, while each word
    /// lies inside one of the form's columns (within
    /// ``TableSettings/formContinuationSlackPoints``: a title or a line of
    /// another table crosses them), and on two columns or more; read with
    /// the form's columns, so that ``TableStitcher`` joins it to the form.
    /// Returns the table and the index of its last line.
    private static func continuation(of bounds: [Double], in lines: [AlignedTableFinder.Line], above limit: Double,
                                     page: Int, cutCellOnly: Bool = false) -> (PageTable, Int)? {
        let slack = settings.formContinuationSlackPoints
        func column(of word: Word) -> Int? {
            bounds.indices.dropLast().first { word.box.x0 >= bounds[$0] - slack && word.box.x1 <= bounds[$0 + 1] + slack }
        }
        var last = -1
        var lower = 0.0
        var type = Double.infinity
        var columns: Set<Int> = []
        func isCaption(_ line: AlignedTableFinder.Line) -> Bool {
            let text = line.line.text.withoutWhitespace
            return Caption.unit(in: text) != nil || Caption.isCaptionPrefix(text)
        }
        for index in lines.indices {
            let line = lines[index]
            if line.line.box.y1 > limit || isCaption(line) || isIndicatorHeading(line.line)
                || line.typeHeight > type * settings.titleHeightRatio
                || index + 1 < lines.count && isCaption(lines[index + 1]) && isCentredTitle(line, over: bounds) { break }
            if index > 0, line.line.box.y0 - lower > settings.blockGapEm * max(lines[index - 1].typeHeight, line.height) { break }
            let placed = line.line.words.map(column(of:))
            guard placed.allSatisfy({ $0 != nil }) else { break }
            columns.formUnion(placed.compactMap { $0 })
            last = index
            lower = max(lower, line.line.box.y1)
            type = min(type, line.typeHeight)
        }
        // A title on the page's first line opens another table.
        guard last >= 0, columns.count >= 2 && (!cutCellOnly || isSetLeftInColumns(lines[0...last], column: column(of:)))
                            || cutCellOnly && columns.count == 1 && isCutCell(lines[0...last]),
              lines[0].typeHeight <= type * settings.titleHeightRatio,
              var table = table(from: lines[0...last].map(\.line), bounds: bounds, page: page) else { return nil }
        // One column's lines alone are the rest of one cell: one row, which ``TableStitcher`` joins to the row the break cut.
        if columns.count == 1, let first = table.rows.first, let top = table.rowBounds.first, let bottom = table.rowBounds.last {
            table.rows = [table.rows.dropFirst().reduce(first, AlignedTableFinder.joined)]
            table.rowBounds = [top, bottom]
        }
        table.continuesForm = true
        return (table, last)
    }

    /// Whether a continuation that prints in one column only is the rest of a
    /// cell the page break cut: ``TableSettings/formOneColumnContinuationLinesCount``
    /// lines or more, each set left where the first is (within
    /// ``TableSettings/formContinuationSlackPoints``), as a cell's wrapped lines are.
    /// A 绩效目标 wrapped down a narrow column may fill whole pages alone
    /// (Writer sets it so: `Samples/form-cell-over-whole-pages.pdf`); a title
    /// or a note under the form is one line, or centred.
    private static func isCutCell(_ lines: ArraySlice<AlignedTableFinder.Line>) -> Bool {
        guard lines.count >= settings.formOneColumnContinuationLinesCount, let left = lines.first?.line.box.x0 else { return false }
        return lines.allSatisfy { abs($0.line.box.x0 - left) <= settings.formContinuationSlackPoints }
    }

    /// Whether a continuation of one-word lines that prints in two columns or
    /// more goes on with the form's rows: each column's lines start at one x
    /// (within ``TableSettings/formContinuationSlackPoints``), as its cells'
    /// wrapped lines set left do, and ``TableSettings/formOneColumnContinuationLinesCount``
    /// lines or more. A browser centres a cell's one-line value beside the
    /// indicator wrapped next to it, so that no two words of a row share a
    /// line (wkhtmltopdf's 西安市商务局 绩效目标表,
    /// `Samples/form-one-word-lines-continued.pdf`); a page of words set
    /// anywhere, or centred, is no such continuation.
    private static func isSetLeftInColumns(_ lines: ArraySlice<AlignedTableFinder.Line>, column: (Word) -> Int?) -> Bool {
        guard lines.count >= settings.formOneColumnContinuationLinesCount else { return false }
        var starts: [Int: (low: Double, high: Double)] = [:]
        for line in lines {
            for (index, words) in Dictionary(grouping: line.line.words, by: { column($0) ?? -1 }) {
                let x = words.map(\.box.x0).min() ?? 0
                let known = starts[index] ?? (x, x)
                starts[index] = (min(known.low, x), max(known.high, x))
            }
        }
        return starts.values.allSatisfy { $0.high - $0.low <= settings.formContinuationSlackPoints }
    }

    /// A form's opening at the foot of the page before the one its
    /// indicator heading opens (``PageLayout/formOpening``): its title and
    /// fields (`项目名称`, `主管部门`, the funds, `年度总体目标`) fit, the indicator
    /// block does not. The page's last lines below `limit` (its last table),
    /// from the foot up to a caption (a unit, or a caption word with its
    /// colon: a field's label prints none), a title (type
    /// ``TableSettings/titleHeightRatio`` taller than the lines below), an
    /// indicator heading or a gap of ``TableSettings/blockGapEm``, while no
    /// word crosses the edge between the form's first column and the rest
    /// (its labels' column: prose runs across it; a label may reach
    /// ``TableSettings/formOpeningEdgeSlackEm`` past it, into the corridor
    /// the next page's narrower labels leave), printing in two columns or
    /// more, and only when they stand right under a caption or title (the
    /// form's own: lines under a table, or under a gap, are no opening); read
    /// with the form's columns, so that ``TableStitcher`` joins the form to
    /// it, and its caption above names the form.
    static func opening(of bounds: [Double], in glyphs: [Glyph], below limit: Double, page: Int) -> PageTable? {
        guard bounds.count >= 3 else { return nil }
        let lines = formLines(of: glyphs).filter { $0.line.box.y0 >= limit && !PageTables.isPageNumber($0.line.text) }
        let edge = bounds[1]
        var first = lines.count
        var upper = Double.infinity
        var type = Double.infinity
        var columns: Set<Int> = []
        var underCaption = false
        for index in lines.indices.reversed() {
            let line = lines[index]
            let text = line.line.text.withoutWhitespace
            if index + 1 < lines.count, upper - line.line.box.y1 > settings.blockGapEm * max(lines[index + 1].typeHeight, line.height) { break }
            // A caption names with a colon (`部门：…`); a field's label (`部门（单位）名称`) does not.
            let isCaption = Caption.unit(in: text) != nil || Caption.isCaptionPrefix(text) && text.contains(where: PrintedVocabulary.colons.contains)
            if isCaption || line.typeHeight > type * settings.titleHeightRatio {
                underCaption = true
                break
            }
            // A label a glyph wider than the next page's (`年度总体目` over
            // `绩效指标`) reaches into the corridor past its middle, not across it.
            let crossing = edge + settings.formOpeningEdgeSlackEm * line.typeHeight
            if isIndicatorHeading(line.line) || line.line.words.contains(where: { $0.box.x0 < edge && $0.box.x1 > crossing }) { break }
            for word in line.line.words {
                if let column = bounds.indices.dropLast().first(where: { word.box.midX >= bounds[$0] && word.box.midX < bounds[$0 + 1] }) {
                    columns.insert(column)
                }
            }
            first = index
            upper = min(upper, line.line.box.y0)
            type = min(type, line.typeHeight)
        }
        guard underCaption, first < lines.count, columns.count >= 2, columns.contains(0),
              var table = table(from: lines[first...].map(\.line), bounds: bounds, page: page, byStart: true) else { return nil }
        table.openingLines = lines[first...].map(\.line)
        return table
    }

    /// A line of one word centred on the form's width, within
    /// ``TableSettings/formTitleCentreSlackEm``: above a caption line, the
    /// next table's title (a form's cells are set left in their columns).
    private static func isCentredTitle(_ line: AlignedTableFinder.Line, over bounds: [Double]) -> Bool {
        guard line.line.words.count == 1, let left = bounds.first, let right = bounds.last else { return false }
        return abs(line.line.box.midX - (left + right) / 2) <= settings.formTitleCentreSlackEm * line.typeHeight
    }

    /// A line printing two indicator block headings or more (`一级指标`, `二级指标`, `三级指标`;
    /// `指标名称`, `指标性质`: ``PrintedVocabulary/isIndicatorBlockHeading(_:)``).
    static func isIndicatorHeading(_ line: TextLine) -> Bool {
        line.words.filter { PrintedVocabulary.isIndicatorBlockHeading($0.text) }.count >= settings.formIndicatorHeadingsCount
    }

    /// The lines of the form around its indicator heading: up and down while
    /// the next line lies within ``TableSettings/blockGapEm`` of those taken
    /// and is no caption (a unit, department or note line) nor a title (type
    /// ``TableSettings/titleHeightRatio`` taller than the heading's).
    private static func extent(around anchor: Int, in lines: [AlignedTableFinder.Line], after taken: Int) -> ClosedRange<Int> {
        let type = lines[anchor].typeHeight
        func stops(_ line: AlignedTableFinder.Line) -> Bool {
            let text = line.line.text.withoutWhitespace
            return Caption.unit(in: text) != nil || Caption.isCaptionPrefix(text) || line.typeHeight > type * settings.titleHeightRatio
        }
        var top = anchor, bottom = anchor
        var upper = lines[anchor].line.box.y0
        while top - 1 > taken, !stops(lines[top - 1]),
              upper - lines[top - 1].line.box.y1 <= settings.blockGapEm * max(type, lines[top - 1].height) {
            top -= 1
            upper = min(upper, lines[top].line.box.y0)
        }
        var lower = lines[anchor].line.box.y1
        while bottom + 1 < lines.count, !stops(lines[bottom + 1]),
              lines[bottom + 1].line.box.y0 - lower <= settings.blockGapEm * max(type, lines[bottom + 1].height) {
            bottom += 1
            lower = max(lower, lines[bottom].line.box.y1)
        }
        return top...bottom
    }

    /// The form its lines print, or nil when its indicator headings do not
    /// stand in columns of their own (no grid shows); `opening`, the lines of
    /// its opening at the foot of the page before.
    private static func table(from lines: [TextLine], heading: TextLine, page: Int, opening: [TextLine] = []) -> PageTable? {
        let spans = spans(of: lines, heading: heading, opening: opening)
        guard spans.count >= 2 else { return nil }
        var bounds = [spans[0].lowerBound]
        for (left, right) in zip(spans, spans.dropFirst()) { bounds.append((left.upperBound + right.lowerBound) / 2) }
        bounds.append(spans[spans.count - 1].upperBound)
        let headingColumns = heading.words.filter { PrintedVocabulary.isIndicatorBlockHeading($0.text) }.compactMap { word in
            spans.firstIndex { $0.contains(word.box.midX) }
        }
        guard Set(headingColumns).count >= settings.formIndicatorHeadingsCount else { return nil }
        return table(from: lines, bounds: bounds, page: page)
    }

    /// The form its lines print in the columns `bounds` (left edges, then the last's right edge):
    /// each word in the column it overlaps most, or with `byStart` in the one it starts in (an
    /// opening read in the indicator block's columns: a cell spanning several is its first's, an
    /// amount set right in a wide cell starts in it though it ends near the next column's text).
    private static func table(from lines: [TextLine], bounds: [Double], page: Int, byStart: Bool = false) -> PageTable? {
        // Each column's glyphs of a line are read as lines again, on their own: a cell's
        // wrapped lines set tighter than their type (wkhtmltopdf) make one page line with
        // a line centred beside them, `福州市民政` over `局` read as `福局州市民政`.
        var pieces: [Piece] = []
        for line in lines {
            var glyphs: [Int: [Glyph]] = [:]
            for word in line.words {
                if byStart {
                    let column = bounds.indices.dropLast().last { bounds[$0] <= word.box.x0 } ?? 0
                    glyphs[column, default: []] += word.glyphs
                    continue
                }
                guard let column = bounds.indices.dropLast().max(by: { a, b in
                    overlap(word.box, bounds[a], bounds[a + 1]) < overlap(word.box, bounds[b], bounds[b + 1])
                }) else { continue }
                glyphs[column, default: []] += word.glyphs
            }
            // Column by column, left to right: a dictionary's order changes from run to run.
            for column in glyphs.keys.sorted() {
                for part in TextLines.build(from: glyphs[column] ?? [], wordGap: settings.alignedWordGapEm) {
                    let cell = PrintedCell(text: part.words.map(\.text).joined(separator: " "), box: part.box,
                                           firstGlyph: part.words.first?.glyphs.first?.box, lastGlyph: part.words.last?.glyphs.last?.box)
                    pieces.append(Piece(column: column, cell: cell, leadWidth: TextLines.leadWidth(of: part.words)))
                }
            }
        }
        let blocks = cellBlocks(of: pieces)
        // A row: the blocks whose heights overlap, top to bottom.
        var rows: [(blocks: [[Piece]], y0: Double, y1: Double)] = []
        for block in blocks.sorted(by: { $0[0].box.y0 < $1[0].box.y0 }) {
            let y0 = block[0].box.y0, y1 = block.map(\.box.y1).max() ?? y0
            let height = block.map(\.box.height).min() ?? 0
            if let last = rows.last, min(last.y1, y1) - y0 > settings.formRowOverlapFraction * height {
                rows[rows.count - 1].blocks.append(block)
                rows[rows.count - 1].y1 = max(last.y1, y1)
            } else {
                rows.append(([block], y0, y1))
            }
        }
        let columnCount = bounds.count - 1
        let printed: [PrintedRow] = rows.map { row in
            var cells = PrintedRow(repeating: nil, count: columnCount)
            for block in row.blocks {
                for piece in block { cells[piece.column] = AlignedTableFinder.joined([cells[piece.column]], [piece.cell])[0] }
            }
            return cells
        }
        guard let top = lines.map(\.box.y0).min(), let bottom = lines.map(\.box.y1).max() else { return nil }
        let box = Rect(x0: bounds[0], y0: top, x1: bounds[bounds.count - 1], y1: bottom)
        var table = PageTable(page: page, title: nil, unit: nil, header: [], rows: printed, columnBounds: bounds,
                              rowBounds: rows.map(\.y0) + [bottom], box: box, ruled: false)
        table.unruledForm = true
        return table
    }

    /// The stretches of x the form's columns print in: those no word of its
    /// `lines` crosses (``AlignedTableFinder/columnSpans(of:cuts:)``), amounts
    /// set right joined to their column (``joiningAmountStretches(_:lines:heading:)``).
    /// A form broken before its indicator block prints its opening at the foot
    /// of the page before (`opening`), in the same columns: a word of it inside
    /// one stretch widens that stretch to where the word starts (`年初预算数`,
    /// set left in its column, over `1268.6` set right), and a stretch of
    /// amounts under such a word is a column of its own (its heading printed
    /// there); so is a word of it in no stretch, in a column the indicator
    /// block leaves empty (`年初预算数` and its amounts between `三级指标` and
    /// `年度指标值`, Samples/form-opening-with-funds.pdf; before, such words
    /// were dropped and the amounts joined the next column's). A word across
    /// stretches is a cell spanning columns, no evidence,
    /// as is one above the indicator heading (``withoutSpanningHeadings(_:heading:)``).
    private static func spans(of lines: [TextLine], heading: TextLine, opening: [TextLine]) -> [ClosedRange<Double>] {
        let lines = withoutSpanningHeadings(lines, heading: heading)
        var spans = AlignedTableFinder.columnSpans(of: lines)
        if !opening.isEmpty {
            let inside = opening.compactMap { line -> TextLine? in
                let words = line.words.filter { word in spans.filter { $0.overlaps(word.box.x0...word.box.x1) }.count <= 1 }
                return words.isEmpty ? nil : TextLine(words: words)
            }
            spans = AlignedTableFinder.columnSpans(of: lines + inside)
            return joiningAmountStretches(spans, lines: lines + inside, heading: heading)
        }
        return joiningAmountStretches(spans, lines: lines, heading: heading)
    }

    /// The form's `lines` without the words above its indicator heading that
    /// span columns: a group heading (`绩效指标` over `指标值` and
    /// `指标值内容`) or a note line stands over the corridor between two
    /// columns of the indicator block and its rows, no word of which crosses
    /// it. Such a word overlaps two or more of the stretches of x that the
    /// heading's line and the lines under it print in, each under a heading
    /// of its own on the heading's line; a cell spanning columns is no
    /// evidence of one column (a column's own heading over the two stretches
    /// of its cells, none under it, still joins them). Before, it joined the columns
    /// it spans (Samples/group-heading-over-close-form-columns.pdf).
    private static func withoutSpanningHeadings(_ lines: [TextLine], heading: TextLine) -> [TextLine] {
        guard let anchor = lines.firstIndex(of: heading), anchor > 0 else { return lines }
        let block = AlignedTableFinder.columnSpans(of: Array(lines[anchor...]))
        // A stretch under a heading of its own on the indicator heading's line: a column.
        let headed = block.filter { span in heading.words.contains { span.overlaps($0.box.x0...$0.box.x1) } }
        let above = lines[..<anchor].compactMap { line -> TextLine? in
            let words = line.words.filter { word in headed.filter { $0.overlaps(word.box.x0...word.box.x1) }.count <= 1 }
            return words.isEmpty ? nil : TextLine(words: words)
        }
        return above + lines[anchor...]
    }

    /// A column's amounts are set right, its words left (`实施单位` over the
    /// funds' `21.50`): where no wrapped line fills the column, they leave two
    /// stretches of x. A stretch that prints numbers only (amounts, or scores
    /// as `10` under `分值`, Samples/scores-right-in-form.pdf, or percentages
    /// set right as amounts are, `100%` under 年度指标值,
    /// Samples/percentages-right-in-form.pdf; not a target value with its
    /// comparator, `≥90%`, set left as text), nothing on
    /// the indicator heading's line (every column of the indicator block has a
    /// heading there), and on no line its left neighbour prints on, is the
    /// right part of that neighbour's column.
    private static func joiningAmountStretches(_ spans: [ClosedRange<Double>], lines: [TextLine],
                                               heading: TextLine) -> [ClosedRange<Double>] {
        func words(in span: ClosedRange<Double>) -> [(line: Int, word: Word)] {
            lines.indices.flatMap { line in
                lines[line].words.filter { span.overlaps($0.box.x0...$0.box.x1) }.map { (line, $0) }
            }
        }
        var joined: [ClosedRange<Double>] = []
        for span in spans {
            let mine = words(in: span)
            if let last = joined.last, !mine.isEmpty, mine.allSatisfy({ printsNumber($0.word.text) }),
               !heading.words.contains(where: { span.overlaps($0.box.x0...$0.box.x1) }),
               Set(mine.map(\.line)).isDisjoint(with: words(in: last).map(\.line)) {
                joined[joined.count - 1] = last.lowerBound...span.upperBound
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// Each cell's lines, gathered per column: a line continues the one above
    /// it in its column when that one is full (what the line below starts
    /// with and could not have left on it, ``TextLines/leadWidth(of:)``, would have run
    /// past the column's widest line: the text wrapped) and it lies a wrapped line's pitch under it, the tightest
    /// pitch of such pairs in the form within
    /// ``TableSettings/formWrappedPitchSlackPoints``. That pitch is a wrapped
    /// line's only where the form also prints pitches that are no multiple of
    /// it (the padding between rows): a form whose cells all fit on one line
    /// prints its rows at one pitch, and no line of it continues another.
    private static func cellBlocks(of pieces: [Piece]) -> [[Piece]] {
        let columns = Dictionary(grouping: pieces, by: \.column).mapValues { $0.sorted { $0.box.y0 < $1.box.y0 } }
        let widest = columns.mapValues { $0.map(\.box.x1).max() ?? 0 }
        func pitch(_ upper: Piece, _ lower: Piece) -> Double { lower.box.midY - upper.box.midY }
        func isFull(_ upper: Piece, before lower: Piece) -> Bool {
            upper.box.x1 + lower.leadWidth >= (widest[upper.column] ?? 0) - settings.formFullLineSlackPoints
        }
        let pairs = columns.values.flatMap { column in zip(column, column.dropFirst()).map { ($0, $1) } }
        let fullPitches = pairs.filter { isFull($0.0, before: $0.1) }.map { pitch($0.0, $0.1) }
        let slack = settings.formWrappedPitchSlackPoints
        var wrapped: Double?
        if let tightest = fullPitches.min(), tightest > 0 {
            let rowPitches = pairs.map { pitch($0.0, $0.1) }.filter { candidate in
                let multiple = (candidate / tightest).rounded()
                return abs(candidate - multiple * tightest) > 2 * slack
            }
            if !rowPitches.isEmpty { wrapped = tightest }
        }
        var blocks: [[Piece]] = []
        for column in columns.keys.sorted() {
            for piece in columns[column] ?? [] {
                if let wrapped, let last = blocks.last?.last, last.column == column, isFull(last, before: piece),
                   pitch(last, piece) <= wrapped + slack {
                    blocks[blocks.count - 1].append(piece)
                } else {
                    blocks.append([piece])
                }
            }
        }
        return blocks
    }

    /// Whether `text` is an amount, a score or a percentage without a comparator: what a form sets right in its cells.
    static func printsNumber(_ text: String) -> Bool {
        if case .percentage(_, comparator: nil) = NumberNormalizer.read(text) { return true }
        return PrintedVocabulary.isAmount(text) || PrintedVocabulary.looksLikeNumber(text)
    }

    private static func overlap(_ box: Rect, _ low: Double, _ high: Double) -> Double {
        min(box.x1, high) - max(box.x0, low)
    }
}
