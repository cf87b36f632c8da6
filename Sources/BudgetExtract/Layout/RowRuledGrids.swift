/// Tables ruled between rows only: horizontal rules without column rules
/// draw no column grid (``RuledGridFinder`` finds none), yet they delimit
/// the rows. A stack of such rules, all the same width, over lines of
/// amounts is one table: its columns come from the text's alignment as
/// in a table without rules (``AlignedTableFinder/columnSpans(of:cuts:)``,
/// headings over columns the body leaves empty included), its rows from the
/// rules, so that a label wrapped over two lines, a cell of several lines
/// centred beside one line of amounts, and a heading of five lines stay in
/// their row (Samples/rules-between-rows.pdf). The table is not `ruled`:
/// it is continued and its columns named as one without rules. Before, the
/// rules were passed by and the rows guessed from the text alone: a label
/// printed above its row's amounts went into the header or the row above,
/// and a header of more lines than an unruled table's lost its headings.
///
/// A performance form so ruled whose lines of amounts leave columns unseen
/// (Samples/form-rows-ruled-few-amounts.pdf) is read as a form without
/// rules (``UnruledForms``) when that reading shows more columns.
enum RowRuledGrids {
    private static let settings = TableSettings.standard

    /// The grids of the page's stacks of row rules, top to bottom.
    /// `rulings` are the page's; `glyphs` and `taken` what no ruled table
    /// holds, and the ruled tables' outlines.
    static func grids(from rulings: [Ruling], glyphs: [Glyph], taken: [Rect]) -> [RuledGrid] {
        grids(from: rulings, glyphs: glyphs, taken: taken, continuing: nil).map(\.grid)
    }

    /// A stack's grid, and how its columns were read.
    struct Reading {
        var grid: RuledGrid
        /// It goes on with the table ending the page before, in that table's columns.
        var continues: Bool
        /// Its columns are those of a form read without rules: its lines of amounts showed fewer.
        var readAsForm: Bool
        /// The gap around each column boundary that no text of the stack reaches (``PageTable/columnGaps``).
        var gaps: [ClosedRange<Double>]
    }

    /// The readings of the page's stacks, top to bottom. `continuing` are
    /// the column bounds of the table ending the page before, if it is ruled
    /// between rows only: the page's first stack, when nothing is printed
    /// above it but its first row (no title, no caption: a row no taller
    /// than the stack's tallest, within its rules' extent), is read in those
    /// columns (``continuedColumns(_:left:right:lines:)``).
    static func grids(from rulings: [Ruling], glyphs: [Glyph], taken: [Rect],
                      continuing: [ClosedRange<Double>]?) -> [Reading] {
        stacks(of: rulings, glyphs: glyphs, taken: taken).enumerated().compactMap { index, stack in
            grid(of: stack, rulings: rulings, glyphs: glyphs, continuing: index == 0 ? continuing : nil)
        }
    }

    /// Horizontal rules outside the ruled tables, grouped by their extent
    /// (both ends within ``TableSettings/rowRuleExtentSlackPoints``), top to
    /// bottom, cut where a band between two of them prints a caption (a
    /// unit line, or a title in larger type: the next table's), each stack
    /// ``TableSettings/rowRulesMinimumCount`` rules or more. A rule that
    /// meets vertical ones counts (a shaded header is drawn as a grid of one
    /// column, its rules the table's first row rules).
    static func stacks(of rulings: [Ruling], glyphs: [Glyph], taken: [Rect]) -> [[Ruling]] {
        let tolerance = settings.ruleTolerancePoints
        let free = rulings.filter { rule in
            let middle = (rule.start + rule.end) / 2
            return rule.orientation == .horizontal && !taken.contains { box in
                middle >= box.x0 && middle <= box.x1 && rule.position >= box.y0 - tolerance && rule.position <= box.y1 + tolerance
            }
        }.sorted { $0.position < $1.position }
        let slack = settings.rowRuleExtentSlackPoints
        var groups: [[Ruling]] = []
        for rule in free {
            if let at = groups.firstIndex(where: { abs($0[0].start - rule.start) <= slack && abs($0[0].end - rule.end) <= slack }) {
                groups[at].append(rule)
            } else {
                groups.append([rule])
            }
        }
        var stacks: [[Ruling]] = []
        for group in groups {
            var current: [Ruling] = []
            for rule in group {
                if let last = current.last, bandHoldsCaption(from: last, to: rule, glyphs: glyphs) {
                    stacks.append(current)
                    current = []
                }
                current.append(rule)
            }
            stacks.append(current)
        }
        return stacks.filter { $0.count >= settings.rowRulesMinimumCount }.sorted { $0[0].position < $1[0].position }
    }

    /// The height of the stack's usual row: the median distance between two
    /// of its rules.
    private static func rowPitch(of stack: [Ruling]) -> Double {
        let gaps = zip(stack, stack.dropFirst()).map { $1.position - $0.position }.sorted()
        return gaps.isEmpty ? 0 : gaps[gaps.count / 2]
    }

    /// Where the row that the rule at `edge` opens or closes ends, when no
    /// rule stands on its other side: the band one row's height (`step`,
    /// negative upward) beyond the rule holds one line of amounts and
    /// nothing else, wholly inside it. A table ruled under each row (Calc's
    /// bottom borders) prints no rule over the first row a page goes on
    /// with, and one ruled over each row none under the last row a page
    /// ends with. Nil when the band holds anything else: a header, a
    /// caption, prose, or nothing.
    private static func openRowEdge(beyond edge: Double, by step: Double, from left: Double, to right: Double,
                                    glyphs: [Glyph]) -> Double? {
        guard step != 0 else { return nil }
        let band = Rect(x0: left, y0: min(edge, edge + step), x1: right, y1: max(edge, edge + step))
        let touching = glyphs.filter { glyph in
            glyph.box.x1 > band.x0 && glyph.box.x0 < band.x1 && glyph.box.y1 > band.y0 && glyph.box.y0 < band.y1
        }
        guard !touching.isEmpty, touching.allSatisfy({ band.contains(x: $0.box.midX, y: $0.box.midY) }),
              touching.allSatisfy({ $0.box.y0 >= band.y0 && $0.box.y1 <= band.y1 }) else { return nil }
        let (lines, _) = AlignedTableFinder.classifiedLines(of: touching)
        guard lines.count == 1, lines[0].isBody else { return nil }
        return edge + step
    }

    /// The bottom of the row the page break cut under the stack's last rule
    /// (at `edge`), the rule under it printed on the next page or nowhere:
    /// wkhtmltopdf prints the part of the cut row that fits, its line set
    /// lower in the band than a whole row's, past the one-row band
    /// ``openRowEdge(beyond:by:from:to:glyphs:)`` reads. It is one line of
    /// amounts, between the rule's ends, ending within
    /// ``TableSettings/cutRowReachRows`` rows (`pitch` points each) under
    /// the rule, and nothing but a page number prints below it. Before, the
    /// row was left out, on neither page (tw_moa_fund_115 p71
    /// `297 地租及水租`, Samples/rows-ruled-continuation-wider-text.pdf).
    private static func cutRowEdge(under edge: Double, pitch: Double, from left: Double, to right: Double,
                                   glyphs: [Glyph]) -> Double? {
        guard pitch > 0 else { return nil }
        let slack = settings.rowRuleExtentSlackPoints
        let lines = AlignedTableFinder.classifiedLines(of: glyphs.filter { $0.box.midY > edge }).lines
            .filter { !PageTables.isPageNumber($0.line.text) }
        guard lines.count == 1, let line = lines.first, line.isBody,
              line.line.box.x0 >= left - slack, line.line.box.x1 <= right + slack, line.line.box.y0 > edge,
              line.line.box.y1 <= edge + pitch * settings.cutRowReachRows else { return nil }
        return line.line.box.y1 + settings.ruleTolerancePoints
    }

    /// The top of a header shaded over the stack's first rule that no rule
    /// closes above (a page's repeated header, its fill's top edge drawn by
    /// no rule): its sides, vertical rules at both ends of the first rule
    /// standing on it, reach up to it. Nil when no such sides stand there.
    /// Before, the header was left out of the table, and with it the
    /// headings that make `合计` at the left of the `类` column and the
    /// codes at its right one column.
    private static func sidesTop(over top: Ruling, from left: Double, to right: Double, rulings: [Ruling]) -> Double? {
        let tolerance = settings.ruleTolerancePoints, slack = settings.rowRuleExtentSlackPoints
        let sides = rulings.filter { rule in
            rule.orientation == .vertical && abs(rule.end - top.position) <= tolerance
                && top.position - rule.start >= settings.minimumCellPoints
        }
        guard let leftSide = sides.first(where: { abs($0.position - left) <= slack }),
              let rightSide = sides.first(where: { abs($0.position - right) <= slack }) else { return nil }
        return max(leftSide.start, rightSide.start)
    }

    /// The header lines of a form's sections (a 绩效目标表's `年度绩效指标 一级指标
    /// 二级指标 指标内容 指标值 备注` under its 项目名称 and 资金金额 rows): a line
    /// below the table's header that prints no amount and no prose, a word
    /// over every body column and a word over none, with the other lines
    /// of its row. Each section's lines, top to bottom, and the rule under
    /// them. Their words over no body column are the headings of columns
    /// the body leaves empty
    /// (``AlignedTableFinder/addingHeaderOnlyColumns(to:header:body:)``),
    /// which the rows above it, read as the table's header, do not name; and
    /// the rows under the first set the columns where the rows above, split
    /// otherwise, join two (`资金金额 | 实施期资金总额： 77,000.00 | 实施期资金总额：
    /// 77,000.00` across 二级指标 and 指标内容). Before, a form's label column
    /// was taken for the column beside it and its `备注` for its neighbour's:
    /// four columns where the form has six.
    private static func sectionHeaders(in lines: [AlignedTableFinder.Line], below bodyTop: Double, rows: [Double],
                                       spans: [ClosedRange<Double>]) -> [(lines: [TextLine], bottom: Double)] {
        func over(_ word: Word, _ span: ClosedRange<Double>) -> Bool { (word.box.x0...word.box.x1).overlaps(span) }
        var sections: [(lines: [TextLine], bottom: Double)] = []
        var bands: Set<Double> = []
        for candidate in lines where !candidate.isBody && !candidate.isProse && candidate.line.box.midY > bodyTop {
            let words = candidate.line.words
            guard spans.allSatisfy({ span in words.contains { over($0, span) } }),
                  words.contains(where: { word in !spans.contains { over(word, $0) } }),
                  let upper = rows.last(where: { $0 <= candidate.line.box.midY }),
                  let lower = rows.first(where: { $0 > candidate.line.box.midY }), !bands.contains(upper) else { continue }
            bands.insert(upper)
            sections.append((lines.filter { !$0.isBody && !$0.isProse && $0.line.box.midY > upper && $0.line.box.midY < lower }
                .map(\.line), lower))
        }
        return sections
    }

    /// Whether the band between two rules prints a unit line or a title: a
    /// line of one word in type ``TableSettings/titleHeightRatio`` taller
    /// than the band's smallest, type measured by its tallest glyph. A
    /// line's box is no measure of its type: a cell's text wrapped beside a
    /// value centred on it (`起重机械安全检查` over `总数`, `>100台` between
    /// them) makes one line as tall as the two, which split a form's stack
    /// in two and left its rows below to no table (Chromium's 烟台 住建局
    /// forms, Samples/form-rows-ruled-wide-text-cells.pdf).
    ///
    /// A band whose only text is one line of one piece naming a table
    /// (``Caption/namesTable(_:)``) holds the next table's title whatever
    /// its type's size: alone in its band it has no smaller type to be
    /// measured against. Before, a title set between two tables of the
    /// same width ruled between rows joined them into one stack, the second
    /// table's rows went into the first one's grid and the second was not
    /// found (Chromium's and wkhtmltopdf's prints of tw_moa_fund_115's
    /// 員工人數彙計表 under its 5年來主要業務計畫分析表,
    /// Samples/title-between-row-ruled-tables.pdf).
    private static func bandHoldsCaption(from upper: Ruling, to lower: Ruling, glyphs: [Glyph]) -> Bool {
        let band = Rect(x0: upper.start, y0: upper.position, x1: upper.end, y1: lower.position)
        let lines = TextLines.build(from: glyphs.filter { band.contains(x: $0.box.midX, y: $0.box.midY) })
        func typeHeight(_ line: TextLine) -> Double { line.words.flatMap(\.glyphs).map(\.box.height).max() ?? 0 }
        guard let body = lines.map(typeHeight).min() else { return false }
        if lines.count == 1, lines[0].words.count == 1, Caption.namesTable(lines[0].text.withoutWhitespace) { return true }
        return lines.contains { line in
            Caption.unit(in: line.text.withoutWhitespace) != nil && line.words.count == 1
                || line.words.count == 1 && typeHeight(line) > body * settings.titleHeightRatio
        }
    }

    /// The grid of one stack: its rules (and the shorter horizontal rules
    /// between them, such as one under a group heading) as row boundaries,
    /// the columns its body lines align in as column boundaries. Nil when
    /// fewer than ``TableSettings/minimumBodyLinesCount`` lines print
    /// amounts, or they share no columns. Every column boundary is printed
    /// below the header; in the header a heading that crosses one joins the
    /// two cells, and so does a rule under part of the header that runs
    /// along both (the rule under a group heading spans its columns).
    static func grid(of stack: [Ruling], rulings: [Ruling], glyphs: [Glyph]) -> RuledGrid? {
        grid(of: stack, rulings: rulings, glyphs: glyphs, continuing: nil)?.grid
    }

    /// A table's continuation on the next page, ruled between rows the
    /// same way, prints no header when the producer repeats none: its
    /// columns cannot be read from its body alone. A column whose text is
    /// set left and whose numbers are set right (`效果显著` and `100` under
    /// 本年绩效指标值) is two stretches of x that only a heading over both
    /// joins, and a column the body leaves empty (其他资金) only a heading
    /// names, so the page read on its own had a column too many and one too
    /// few, and was a table of its own. When the stack's rules span the
    /// table's width on the page before (both ends within
    /// ``TableSettings/rowRuleExtentSlackPoints``) and every word inside it,
    /// its solid text split (``UnruledForms/splittingSolidText(_:)``), lies
    /// in one of that table's columns (within
    /// ``TableSettings/formContinuationSlackPoints``), or runs over a
    /// boundary only where two of its glyphs part at it (two cells' texts
    /// set a point apart), those are its columns.
    ///
    /// `gaps` are that table's boundaries, each as the gap around it that no
    /// text of its page reached (``PageTable/columnGaps``): a browser sets
    /// the columns once for all pages, so a boundary stands anywhere in
    /// it, and the page before, printing few rows, puts it in the middle.
    /// This page keeps each boundary unless a text reaching into the gap
    /// from one side (from where that column's texts stood on the page
    /// before) crosses it: then the boundary moves to the middle of what
    /// such texts leave of the gap (a name longer than any the page before
    /// printed). The page before's own boundaries stand clear of its
    /// headings as the header reads them: `本年度預算數 上年度預算數`, set
    /// close, two headings, the second where its column starts, so that a
    /// placeholder set left in that column (`-`, where its amounts stand
    /// right) is its cell. Before, such a page was read in the page before's
    /// middles: the long name crossed one, and the page was a table of its
    /// own with a column too many for each placeholder; or the
    /// placeholders went into the column before, two read as one cell
    /// (`- -`; tw_moa_fund_115 基金用途明細表 on wkhtmltopdf,
    /// Samples/rows-ruled-continuation-wider-text.pdf). Returns the columns
    /// and the gaps narrowed by this page's texts, for the page after.
    static func continuedColumns(_ gaps: [ClosedRange<Double>], left: Double, right: Double,
                                 lines: [AlignedTableFinder.Line]) -> (columns: [Double], gaps: [ClosedRange<Double>])? {
        guard gaps.count >= 3 else { return nil }
        let split = UnruledForms.splittingSolidText(lines)
        let words = split.flatMap(\.line.words)
        var columns: [Double] = [], narrowed: [ClosedRange<Double>] = []
        for (index, gap) in gaps.enumerated() {
            let bound = (gap.lowerBound + gap.upperBound) / 2
            guard index > 0, index < gaps.count - 1 else {
                (columns, narrowed) = (columns + [bound], narrowed + [gap])
                continue
            }
            // Only texts reaching in from a column's texts on the page before narrow its gap: what
            // this page prints inside the gap alone (a form's cells the page before left empty) does not.
            var low = gap.lowerBound, high = gap.upperBound
            for word in words where word.box.x1 > low && word.box.x0 < high {
                if word.box.x0 < gap.lowerBound && word.box.x1 < gap.upperBound { low = max(low, word.box.x1) }
                if word.box.x1 > gap.upperBound && word.box.x0 > gap.lowerBound { high = min(high, word.box.x0) }
            }
            guard low <= high else { return nil }
            columns.append(low <= bound && bound <= high ? bound : (low + high) / 2)
            narrowed.append(low...high)
        }
        guard let first = columns.first, let last = columns.last else { return nil }
        let extentSlack = settings.rowRuleExtentSlackPoints
        guard abs(first - left) <= extentSlack, abs(last - right) <= extentSlack else { return nil }
        let slack = settings.formContinuationSlackPoints
        func inOneColumn(_ glyphs: ArraySlice<Glyph>) -> Bool {
            guard let first = glyphs.first, let last = glyphs.last else { return true }
            return zip(columns, columns.dropFirst()).contains { first.box.x0 >= $0 - slack && last.box.x1 <= $1 + slack }
        }
        // A word may run over a boundary where two of its glyphs part there (``AlignedTableFinder/partedByGap(_:_:)``):
        // a wrapped 绩效目标's line run into the `产出指标` centred beside it, set a point apart.
        func fits(_ word: Word) -> Bool {
            let glyphs = word.glyphs
            let cuts = glyphs.indices.dropFirst().filter { index in
                AlignedTableFinder.partedByGap(glyphs[index - 1], glyphs[index]) && columns.dropFirst().dropLast().contains { bound in
                    bound >= glyphs[index - 1].box.x1 - slack && bound <= glyphs[index].box.x0 + slack
                }
            }
            let ends = [glyphs.startIndex] + cuts + [glyphs.endIndex]
            return zip(ends, ends.dropFirst()).allSatisfy { inOneColumn(glyphs[$0..<$1]) }
        }
        let fitting = split.allSatisfy { line in line.line.words.allSatisfy(fits) }
        return fitting ? (columns, narrowed) : nil
    }

    /// The stack's reading, `continuing` as in
    /// ``grids(from:glyphs:taken:continuing:)``.
    static func grid(of stack: [Ruling], rulings: [Ruling], glyphs: [Glyph],
                     continuing: [ClosedRange<Double>]?) -> Reading? {
        guard let top = stack.first, let bottom = stack.last else { return nil }
        let left = stack.map(\.start).min() ?? top.start, right = stack.map(\.end).max() ?? top.end
        // A row of amounts beyond the first or last rule, the page break having cut its other rule off, is the table's.
        let pitch = rowPitch(of: stack)
        let sides = sidesTop(over: top, from: left, to: right, rulings: rulings)
        let opening = sides ?? openRowEdge(beyond: top.position, by: -pitch, from: left, to: right, glyphs: glyphs)
        let closing = openRowEdge(beyond: bottom.position, by: pitch, from: left, to: right, glyphs: glyphs)
            ?? cutRowEdge(under: bottom.position, pitch: pitch, from: left, to: right, glyphs: glyphs)
        let box = Rect(x0: left, y0: opening ?? top.position, x1: right, y1: closing ?? bottom.position)
        let inside = glyphs.filter { box.contains(x: $0.box.midX, y: $0.box.midY) }
        // Sentences in a last column are its cells, but a performance form
        // (its indicator headings) reads its long cells in its own columns,
        // its solid text parted where a gap shows two cells' texts
        // (``UnruledForms/splittingSolidText(_:)``: `…至少50盆` set left
        // against `＝` in the next column, its value's line now one of amounts).
        let plain = AlignedTableFinder.classifiedLines(of: inside, explanations: false)
        let isForm = plain.lines.contains(where: { UnruledForms.isIndicatorHeading($0.line) })
        let (lines, cuts) = isForm ? (UnruledForms.splittingSolidText(plain.lines), plain.cuts)
            : AlignedTableFinder.classifiedLines(of: inside, fewRows: false)
        let body = lines.filter(\.isBody)
        // A continuation may print no line of amounts, or only a line or two
        // (a performance table's values all words: `50万元`, `2022年12月30日前完成`;
        // its last page closing with `总分 100`): its rows are the rules', its
        // columns the page before's (below), so its lines are enough, and it
        // prints no header: a line of words above its first amounts is a row.
        // Read on its own, such a page is no table.
        let mayContinue = continuing != nil && body.count < settings.minimumBodyLinesCount
            && lines.count >= settings.minimumBodyLinesCount
        guard body.count >= settings.minimumBodyLinesCount || mayContinue else { return nil }
        let tolerance = settings.ruleTolerancePoints
        let within = rulings.filter { rule in
            rule.orientation == .horizontal && rule.position >= box.y0 - tolerance && rule.position <= bottom.position + tolerance
                && rule.start >= left - tolerance && rule.end <= right + tolerance
        }
        // A stack whose usual row is thinner than a cell's usual minimum, its
        // type set small (a page shrunk to fit: wkhtmltopdf's 6.4-point type
        // in rows 6.9 points apart), parts rows that close: they are rows,
        // not a double rule (``RuledGridFinder/minimumCell(for:glyphs:)``).
        // A performance form keeps the usual minimum: its rows so thin are
        // read by ``UnruledForms``, whose block cells and wrapped texts this
        // grid would cut.
        let minimumCell = pitch < settings.minimumCellPoints && !isForm
            ? RuledGridFinder.minimumCell(for: stack, glyphs: glyphs) : settings.minimumCellPoints
        let rows = RuledGridFinder.cluster(within.map(\.position) + [opening, closing].compactMap { $0 }, minimumCell: minimumCell)
        // The header: lines above the rule over the first line of amounts.
        let bodyTop = (mayContinue ? nil : body.first).map { first in rows.last { $0 <= first.line.box.midY } ?? top.position } ?? box.y0
        let header = lines.filter { $0.line.box.midY < bodyTop }.map { AlignedTableFinder.splittingCloseHeadings($0.line) }
        let bodyLines = body.map(\.line)
        // The lines under the header: a cell's text spanning columns there joins them.
        let rowLines = lines.filter { $0.line.box.midY > bodyTop }.map(\.line)
        var bodySpans = AlignedTableFinder.joiningAlignedStretches(AlignedTableFinder.columnSpans(of: bodyLines, cuts: cuts),
                                                                   body: bodyLines, header: header)
        // The page's first row may stand over the stack's first rule, the page break having cut the rule over it off.
        if let previous = continuing {
            let above = glyphs.filter { $0.box.midY < box.y0 }
            let tallestRow = zip(stack, stack.dropFirst()).map { $1.position - $0.position }.max() ?? pitch
            let slack = settings.formContinuationSlackPoints
            let cutRow = above.allSatisfy { glyph in
                glyph.box.x0 >= left - slack && glyph.box.x1 <= right + slack && glyph.box.y0 >= box.y0 - tallestRow
            }
            let top = above.map(\.box.y0).min().map { [$0 - tolerance] } ?? []
            // So may its last row stand under the stack's last rule, the page
            // break having cut the rule under it off, when nothing but a page
            // number is printed below it: a row of words a page of few amounts
            // goes on with (a row of amounts ``openRowEdge`` takes).
            let foot = mayContinue ? AlignedTableFinder.classifiedLines(of: glyphs.filter { $0.box.midY > box.y1 }, explanations: false)
                .lines.map(\.line).filter { !PageTables.isPageNumber($0.text) } : []
            let footRow = foot.allSatisfy { line in
                line.box.x0 >= left - slack && line.box.x1 <= right + slack && line.box.y1 <= box.y1 + tallestRow
            }
            let (below, bottom) = footRow
                ? (foot.flatMap { $0.words.flatMap(\.glyphs) }, foot.map(\.box.y1).max().map { [$0 + tolerance] } ?? []) : ([], [])
            if cutRow, let columns = continuedColumns(previous, left: left, right: right,
                                                      lines: AlignedTableFinder.classifiedLines(of: inside + above + below, explanations: false).lines) {
                let continued = grid(columns: columns.columns, rows: top + rows + bottom, within: within, header: header, body: rowLines,
                                     bodyTop: bodyTop, minimumCell: minimumCell)
                return Reading(grid: continued, continues: true, readAsForm: false, gaps: columns.gaps)
            }
        }
        guard body.count >= settings.minimumBodyLinesCount, bodySpans.count >= 2 else { return nil }
        let sections = sectionHeaders(in: lines, below: bodyTop, rows: rows, spans: bodySpans)
        // The rows under a form's first section header set its columns where they part what the rows above join.
        if let first = sections.first {
            let under = bodyLines.filter { $0.box.midY > first.bottom }
            let own = AlignedTableFinder.joiningAlignedStretches(AlignedTableFinder.columnSpans(of: under, cuts: cuts),
                                                                 body: under, header: first.lines)
            if under.count >= settings.minimumBodyLinesCount {
                bodySpans = bodySpans.flatMap { span in
                    let parts = own.filter { span.contains($0.lowerBound) && span.contains($0.upperBound) }
                    return parts.count > 1 ? parts : [span]
                }
            }
        }
        // A form's section header names its columns first, then the table's header names what is left.
        var spans = bodySpans
        for section in sections {
            spans = AlignedTableFinder.addingHeaderOnlyColumns(to: spans, header: section.lines, body: bodyLines)
        }
        spans = AlignedTableFinder.addingHeaderOnlyColumns(to: spans, header: header, body: bodyLines)
        // Headings set close are placed apart as the header reads them (``AlignedTableFinder/splittingCloseHeadings(_:)``):
        // `本年度預算數 上年度預算數`, 3.7 points apart over narrow columns, is two headings, the second where its column starts.
        let placing = lines.map { $0.line.box.midY < bodyTop ? AlignedTableFinder.splittingCloseHeadings($0.line) : $0.line }
        var columns = [min(left, spans[0].lowerBound)]
        var gaps = [columns[0]...columns[0]]
        for (one, next) in zip(spans, spans.dropFirst()) {
            let between = gap(between: one.upperBound, and: next.lowerBound, lines: placing)
            gaps.append(between)
            columns.append((between.lowerBound + between.upperBound) / 2)
        }
        columns.append(max(right, spans[spans.count - 1].upperBound))
        gaps.append(columns[columns.count - 1]...columns[columns.count - 1])
        // A form prints few lines of amounts (its funds, its scores): a column none of them fills (its labels',
        // or 二级指标 beside 三级指标) shows only in its other lines. Read as a form without rules, from the
        // corridors of all its lines, it has more columns: those are its columns, its rows still the rules'.
        var readAsForm = false
        if isForm, let form = UnruledForms.tables(in: inside, page: 0).first, form.columnBounds.count > columns.count {
            columns = form.columnBounds
            columns[0] = min(left, columns[0])
            columns[columns.count - 1] = max(right, columns[columns.count - 1])
            readAsForm = true
            gaps = columns.map { $0...$0 }
        } else {
            (columns, gaps) = splittingTextColumns(columns, gaps: gaps, lines: placing, amounts: bodyLines, rows: rows)
        }
        let ruled = grid(columns: columns, rows: rows, within: within, header: header, body: rowLines,
                         bodyTop: bodyTop, minimumCell: minimumCell)
        return Reading(grid: ruled, continues: false, readAsForm: readAsForm, gaps: gaps)
    }

    /// A form ruled between rows prints its label cells (`部门名称`, `整体绩效目标`,
    /// `活动` and the activities under it) and its values in columns its few
    /// lines of amounts never reach: read from those lines, every column left
    /// of the first amount, or right of the last, is one, its labels and
    /// values run together in one cell. The stack's other lines show them:
    /// within a column, stretches of x that no word of any line crosses
    /// (``AlignedTableFinder/columnSpans(of:cuts:)``), each a stack of texts
    /// set left in ``TableSettings/textColumnRowsCount`` rows or more (or a
    /// heading beside another in one row: `基本支出 项目支出` under 其他资金, its
    /// column one the body leaves empty), are that many columns, when every
    /// stretch starts with text (one that a number starts is a column's
    /// figures set right beside its words set left, `100%` beside `每月1次`,
    /// or its placeholders, or a code column's codes; headings centred over
    /// short names set left, `功能科目`, start anywhere) and no line of amounts
    /// prints in two of them (where one does, its own reading joined them: a
    /// code and its name under one heading). The gap between two stretches
    /// is where the boundary stands on the pages after. (A form that reads
    /// with more columns without rules keeps those, ``UnruledForms``.) Before, the form's
    /// three label columns were one, its rows cut in nine columns read in six
    /// (北京 办公厅 部门整体支出绩效目标表 on Chromium and wkhtmltopdf,
    /// Samples/form-rows-ruled-label-columns.pdf).
    static func splittingTextColumns(_ columns: [Double], gaps: [ClosedRange<Double>], lines: [TextLine], amounts: [TextLine],
                                     rows: [Double]) -> (columns: [Double], gaps: [ClosedRange<Double>]) {
        let slack = settings.touchingSlackPoints
        var split = [columns[0]], splitGaps = [gaps[0]]
        for k in 0..<(columns.count - 1) {
            let low = columns[k], high = columns[k + 1]
            func inside(_ word: Word) -> Bool { word.box.x0 >= low - slack && word.box.x1 <= high + slack }
            let words = lines.flatMap { $0.words.filter(inside) }
            let stretches = AlignedTableFinder.columnSpans(of: words.map { TextLine(words: [$0]) })
            func stretch(of word: Word) -> Int? { stretches.firstIndex { $0.contains(word.box.midX) } }
            func row(of word: Word) -> Int { rows.lastIndex { $0 <= word.box.midY } ?? -1 }
            let joined = amounts.contains { Set($0.words.filter(inside).compactMap(stretch)).count > 1 }
            let separate = stretches.count >= 2 && !joined && stretches.indices.allSatisfy { index in
                let own = words.filter { stretch(of: $0) == index }
                let ownRows = Set(own.map(row))
                // A heading printed beside another in one header row heads a column the body leaves empty
                // (`基本支出 项目支出` under 其他资金); characters spread over one cell (`其 他`) do not.
                let besideHeading = ownRows.count == 1 && own.allSatisfy { $0.glyphs.count > 1 }
                    && words.contains { stretch(of: $0) != index && ownRows.contains(row(of: $0)) }
                // Texts set left at the stretch's edge: one that a number starts is set right (or its placeholders
                // set left), a column's figures beside its words (`100%` beside `每月1次`, `10` beside `—`); headings
                // centred over a wide column's short names (`功能科目`, `**`) start anywhere.
                let edge = own.filter { $0.box.x0 <= stretches[index].lowerBound + settings.textColumnEdgeSlackPoints }
                guard !edge.contains(where: { UnruledForms.printsNumber($0.text) }) else { return false }
                return Set(edge.map(row)).count >= settings.textColumnRowsCount || besideHeading
            }
            if separate {
                for (one, next) in zip(stretches, stretches.dropFirst()) {
                    split.append((one.upperBound + next.lowerBound) / 2)
                    splitGaps.append(one.upperBound...next.lowerBound)
                }
            }
            split.append(high)
            splitGaps.append(gaps[k + 1])
        }
        return (split, splitGaps)
    }

    /// The part of the gap between two columns, from `left` to `right`
    /// (the stretches of x their lines of amounts print in), that the
    /// words of the stack's other lines (`lines`) leave clear: a cell's
    /// text wider than the amounts beside it reaches into the gap. A word
    /// that starts left of the gap is the left column's
    /// (`禁燃区清洁取暖改造督导检查天数` in 三级指标, longer than the funds' labels
    /// over it); one that starts in it, the right column's, set left where
    /// that column's amounts are set right (`指标值`, `≤2.5万元` and `实施单位`
    /// over `2.50`). A word across the whole gap (a cell spanning both
    /// columns) is no evidence, and where words from both sides overlap
    /// only the gap's middle is left. The boundary goes in what is clear;
    /// before, the middle of the gap cut such words in two
    /// (`禁燃区清洁取暖改造督导检查天 | 数 ≥49.5天`,
    /// Samples/form-rows-ruled-wide-text-cells.pdf).
    static func gap(between left: Double, and right: Double, lines: [TextLine]) -> ClosedRange<Double> {
        let middle = (left + right) / 2
        guard left < right else { return middle...middle }
        var low = left, high = right
        for word in lines.flatMap(\.words) where word.box.x1 > left && word.box.x0 < right {
            if word.box.x0 < left && word.box.x1 > right { continue }
            if word.box.x0 < left { low = max(low, word.box.x1) } else { high = min(high, word.box.x0) }
        }
        return low < high ? low...high : middle...middle
    }

    /// Whether the word's glyphs abut where `x` runs between them: one
    /// cell's text, set solid, not two cells' texts a padding apart
    /// (``AlignedTableFinder/partedByGap(_:_:)``).
    private static func setSolid(_ word: Word, across x: Double) -> Bool {
        let glyphs = word.glyphs
        guard let next = glyphs.firstIndex(where: { $0.box.midX >= x }), next > 0 else { return true }
        return !AlignedTableFinder.partedByGap(glyphs[next - 1], glyphs[next])
    }

    /// The grid of the column bounds `columns` and the row rules at `rows`
    /// (`within`, the stack's rules): a rule under part of the header
    /// spans its group heading's columns, and a heading that crosses a
    /// column boundary joins the two cells; so does a cell's text in a row
    /// under the header (`body`) set solid across one into a column that
    /// prints nothing else in the row, a cell spanning columns (a form's
    /// `总体目标` over the whole indicator block's width): its text is the
    /// first column's, whole. Before, it was cut at every
    /// boundary it crossed, its pieces in the next columns
    /// (Samples/form-rows-ruled-wide-text-cells.pdf). An amount across one
    /// is two columns' amounts run together, and is cut. Rules closer than
    /// `minimumCell` points are one edge.
    private static func grid(columns: [Double], rows: [Double], within: [Ruling], header: [TextLine], body: [TextLine],
                             bodyTop: Double, minimumCell: Double) -> RuledGrid {
        let tolerance = settings.ruleTolerancePoints
        let horizontalEdges = rows.map { position in
            let here = within.filter { abs($0.position - position) < minimumCell / 2 + tolerance }
            return (0..<(columns.count - 1)).map { k in
                RuledGridFinder.coverage(of: columns[k]...columns[k + 1], by: here)
                    >= settings.edgeCoverageFraction * (columns[k + 1] - columns[k])
            }
        }
        let slack = settings.touchingSlackPoints
        let verticalEdges = (0..<(rows.count - 1)).map { row in
            let band = rows[row]...rows[row + 1]
            guard rows[row + 1] <= bodyTop + tolerance else {
                let words = body.filter { band.contains($0.box.midY) }.flatMap(\.words)
                return columns.indices.map { j in
                    guard j > 0, j < columns.count - 1 else { return true }
                    let x = columns[j]
                    func crosses(_ word: Word) -> Bool { word.box.x0 < x - slack && word.box.x1 > x + slack }
                    let spanning = words.filter { word in
                        crosses(word) && setSolid(word, across: x) && !PrintedVocabulary.isAmount(word.text)
                            && !PrintedVocabulary.looksLikeNumber(word.text)
                    }
                    // The column it runs into prints nothing else in the row: a cell's own text keeps its rule.
                    let beside = words.contains { !crosses($0) && $0.box.x1 > x && $0.box.x0 < columns[j + 1] }
                    return spanning.isEmpty || beside
                }
            }
            let crossing = header.filter { band.contains($0.box.midY) }.flatMap(\.words)
            // A rule under part of the header spans its group heading's columns.
            let under = horizontalEdges[row + 1].contains(false)
                ? within.filter { abs($0.position - rows[row + 1]) < minimumCell / 2 + tolerance } : []
            return columns.indices.map { j in
                let x = columns[j]
                let spanned = j > 0 && j < columns.count - 1 && horizontalEdges[row + 1][j - 1] && horizontalEdges[row + 1][j]
                    && under.contains { $0.start < x && $0.end > x }
                return !spanned && !crossing.contains { $0.box.x0 < x - slack && $0.box.x1 > x + slack }
            }
        }
        return RuledGrid(columns: columns, rows: rows, horizontalEdges: horizontalEdges, verticalEdges: verticalEdges)
    }
}
