/// Which printed row each line of a table body belongs to, where no rules
/// separate the rows (a grid ruled by column only): a label wrapped over
/// several lines is one row whether its amounts print on its first, its last
/// or a middle line; a heading on a line of its own is a row of its own; the
/// last line of a long explanation stays with its row; a code printed on its
/// own line above its name belongs to that name's row.
///
/// It reads the print, per table, not a producer's habits:
/// - a height where a number prints, outside a column of codes, is a row's
///   anchor;
/// - the label column's lines form labels: a line continues the one above
///   when that one is full (it ends within a word of the column's widest
///   label line, which itself reaches the column's end: the text ran out of
///   room and wrapped; or two lines or more end at that widest, at one
///   width, each going on on a line without amounts that starts nothing:
///   the producer wraps after a count of characters; where rows lie at a
///   wrapped line's pitch, no line has room left for what the next line
///   starts with: `因公出国（境）费用` over `公务用车运行维护费`), it lies a wrapped line's pitch under it (no more
///   than the tightest pitch between two lines of one column, in points or
///   in ems of its type, whichever is wider), it is not an
///   item under a heading (a line stepped in that prints amounts, under a
///   label without; wrapped text may hang under the text after an item's
///   mark: `一、農村再生社區發展及環境` over `改善`, at a looser leading
///   than the items' lines), and it starts no item
///   (`一、`, `（二）`, a code) and no total, nor prints a second code beside
///   it; a label that is complete
///   without the next line ends there;
/// - a label owns the anchors printed beside its lines or between them; a
///   label without amounts is a row of its own (a heading, or an item with
///   nothing to report), unless amounts printed on a line of their own lie
///   right beside it;
/// - an item of a column that lists items (the 支出 half of a 收支总表
///   printing more items than the 收入 half), beside no label and outside
///   every row, is a row of its own;
/// - a code alone on its line goes with the row it stands over; every other
///   line continues its column's line above when it lies a wrapped line's
///   pitch under it (the rest of an explanation), else goes with the row
///   whose lines surround it, else the nearest.
enum RowAssembly {
    private static let settings = TableSettings.standard

    /// One line of one cell.
    struct Line {
        let column: Int
        let text: String
        let box: Rect
        /// The type's height (an amount wrapped over two lines has the box of both).
        let height: Double
        /// It prints an amount or a number (a code, `91` in 千元, `-`).
        let printsNumber: Bool
        /// The width of what it starts with and could not have left on the
        /// line above (``TextLines/leadWidth(of:)``), where its glyphs are known.
        var leadWidth: Double? = nil
    }

    /// For each line, the index of its row; rows are numbered top to bottom.
    /// `columnEnds` holds each column's right boundary (its rule, or the
    /// middle of the gap to the next column).
    static func rows(of lines: [Line], columnEnds: [Double]) -> [Int] {
        guard !lines.isEmpty else { return [] }
        let codes = codeColumns(of: lines)
        let anchors = anchorHeights(of: lines, codes: codes)
        let pitch = WrappedPitch(of: lines)
        var rows: [Row] = labels(of: lines, anchors: anchors, codes: codes, pitch: pitch, columnEnds: columnEnds).map { Row(lines: $0) }
        var orphans: [Double] = []
        for anchor in anchors {
            if let owner = rows.firstIndex(where: { $0.spans(anchor, in: lines) }) {
                rows[owner].anchors.append(anchor)
            } else {
                orphans.append(anchor)
            }
        }
        rows = rows.flatMap { $0.splitAtEachAnchor(lines: lines) }
        for anchor in orphans { place(orphan: anchor, into: &rows, lines: lines, pitch: pitch) }
        addingItemRows(to: &rows, lines: lines, pitch: pitch)
        addingCodeRows(to: &rows, lines: lines, codes: codes, pitch: pitch)
        rows.sort { $0.top(in: lines) < $1.top(in: lines) }

        var rowOf = [Int?](repeating: nil, count: lines.count)
        for (index, row) in rows.enumerated() {
            for line in row.lines { rowOf[line] = index }
        }
        for (index, row) in rows.enumerated() {
            for (line, candidate) in lines.enumerated() where rowOf[line] == nil && row.anchors.contains(where: { sameHeight(candidate, $0) }) {
                rowOf[line] = index
            }
        }
        let items = itemColumns(of: lines)
        // The rest, top to bottom: beside a label's line, with it; a code,
        // with the row it stands over; an item of a column that lists
        // items, outside every row, a row of its own; else with its
        // column's line right above; else with the row around it, else the nearest.
        for line in lines.indices.sorted(by: { lines[$0].box.midY < lines[$1].box.midY }) where rowOf[line] == nil {
            let candidate = lines[line]
            let above = Self.line(above: line, in: lines)
            let below = rows.indices.filter { rows[$0].top(in: lines) > candidate.box.midY && rows[$0].top(in: lines) - candidate.box.midY <= pitch.under(candidate) }
                .min { rows[$0].top(in: lines) < rows[$1].top(in: lines) }
            if let beside = rows.firstIndex(where: { $0.lines.contains { sameHeight(candidate, lines[$0].box.midY) } }) {
                rowOf[line] = beside
            } else if codes.contains(candidate.column), let below {
                rowOf[line] = below
            } else if startsOwnRow(candidate, itemColumns: items, in: rows, lines: lines) {
                // Amounts set in the middle of its wrapped cell, a row that
                // prints nothing else in its column, are its own.
                if let below, !prints(in: candidate.column, row: below, rows: rows, rowOf: rowOf, lines: lines) {
                    rowOf[line] = below
                } else {
                    rows.append(Row(lines: [line]))
                    rowOf[line] = rows.count - 1
                }
            } else if let above, let row = rowOf[above], candidate.box.midY - lines[above].box.midY <= pitch.under(candidate) {
                rowOf[line] = row
            } else if !rows.isEmpty {
                rowOf[line] = rows.indices.min { rows[$0].distance(to: candidate.box.midY, in: lines) < rows[$1].distance(to: candidate.box.midY, in: lines) }
            }
        }
        // Rows an item of its own started sit among the others, top to bottom.
        let order = rows.indices.sorted { rows[$0].top(in: lines) < rows[$1].top(in: lines) }
        var renumbered = [Int](repeating: 0, count: rows.count)
        for (index, row) in order.enumerated() { renumbered[row] = index }
        rowOf = rowOf.map { $0.map { renumbered[$0] } }
        rows = order.map { rows[$0] }
        // An explanation's last line printed on the next row's line, ending
        // the sentence the lines above it began: the explanation's rest.
        let widest = Dictionary(lines.filter { !$0.printsNumber }.map { ($0.column, $0.box.x1) }, uniquingKeysWith: max)
        for line in lines.indices.sorted(by: { lines[$0].box.midY < lines[$1].box.midY }) {
            guard let row = rowOf[line], !rows[row].lines.contains(line), let above = Self.line(above: line, in: lines),
                  let earlier = rowOf[above], earlier < row,
                  endsSentence(lines[line], after: lines[above], widest: widest[lines[line].column], columnEnds: columnEnds, pitch: pitch)
            else { continue }
            rowOf[line] = earlier
        }
        let cut = centringCells(&rowOf, rows: rows, lines: lines, codes: codes, labelColumn: labelColumn(of: lines, anchors: anchors), pitch: pitch)
        guard !cut.isEmpty else { return rowOf.map { $0 ?? 0 } }
        // The rest of a row cut by the page break above: a row of its own, first.
        return rowOf.indices.map { cut.contains($0) ? 0 : (rowOf[$0] ?? 0) + 1 }
    }

    /// The rows of a body that prints no number (an empty 收支表,
    /// ``AlignedTableFinder/emptyTable(_:)``), for each line: no amounts
    /// anchor its rows, so they are read by the gaps between lines. Lines
    /// top to bottom, a line whose box lies less than
    /// ``TableSettings/emptyRowGapEm`` of its height under the lowest line
    /// of the row above (or overlaps it: a cell of one line centred beside
    /// a cell wrapped on two) is that row's; a wider gap, a row's padding,
    /// starts the next row (Writer's wrapped lines lie 0.04 em apart, its
    /// rows 0.45 em at the least padding).
    static func bands(of lines: [Line]) -> [Int] {
        var rowOf = [Int](repeating: 0, count: lines.count)
        var row = -1
        var bottom = -Double.infinity
        for index in lines.indices.sorted(by: { lines[$0].box.y0 < lines[$1].box.y0 }) {
            let line = lines[index]
            if line.box.y0 - bottom >= line.height * settings.emptyRowGapEm { row += 1 }
            rowOf[index] = max(row, 0)
            bottom = max(bottom, line.box.y1)
        }
        return rowOf
    }

    /// Cells centred on their rows' amounts, as browsers and word processors
    /// set a tall row: each cell's wrapped lines lie evenly above and below
    /// the row's amounts, so a column's lines run on at one pitch from one
    /// row's cell into the next's (`因公出国（境）任务有效开展。` over
    /// `项目用于到期设备报废…`, the next row's first line, above its
    /// amounts). Where a column's stack of lines (each a wrapped line's pitch
    /// under the one above) can be cut into one block per row whose amounts
    /// print beside it, each block's extent centred on its row's amounts (within
    /// ``TableSettings/centredCellToleranceEm``), the blocks are the rows'
    /// cells: the print centres its cells. A stack that could be cells set
    /// at the top (or the bottom) of their rows, every row's amounts beside
    /// one of its lines and its first line beside the first row's (its last
    /// beside the last row's), keeps the rows read above: `落實草食…之` /
    /// `產銷整合…模` / `式` over a row of three more lines, both set at the
    /// top, also cut into one line centred on the first amounts and five on
    /// the second. So do lines of rows without amounts that are headings
    /// (a row with a line in the label column). A row without amounts whose
    /// every line lies in the stack, outside the label column, is no row:
    /// it is the first (or last) lines of a cell taller than every other
    /// cell of its row, set above (below) the row's name and amounts
    /// (`1、1-产出指标；…` over the rest of a 绩效指标 cell, the project's
    /// name and goal centred beside its middle), and its lines are cut into
    /// blocks with the others. Before, such lines were a row of their own
    /// without amounts, the stack was left as read, and every row's cell
    /// took the next one's first lines (Sample centred-cells-unruled,
    /// centred-tallest-cell-unruled).
    /// A stack that starts above the body's first amounts may open with
    /// lines no block takes (up to ``TableSettings/cutCellLinesCount``, the
    /// fewest that let the rest be cut): the rest of a cell whose row the page
    /// break above cut, printed at the head of the page (`服务支` / `出` over
    /// `商品和` / `服务支 1.00` / `出`). They are returned, a row of their own
    /// above the others, which the table continued from the page before takes
    /// back (``TableStitcher/isCutByPageBreak(_:after:headings:widestLineEnds:printedWhole:)``).
    /// Before, the stack was left as read and the first row took them
    /// (Samples/row-cut-by-page-break-centred.pdf).
    private static func centringCells(_ rowOf: inout [Int?], rows: [Row], lines: [Line], codes: Set<Int>, labelColumn: Int?,
                                      pitch: WrappedPitch) -> Set<Int> {
        var cut: Set<Int> = []
        let firstAnchor = rows.flatMap(\.anchors).min()
        let texts = lines.indices.filter { !lines[$0].printsNumber && !codes.contains(lines[$0].column) && rowOf[$0] != nil }
        // Each row's lines as read, before any stack is cut.
        let held = Dictionary(grouping: lines.indices.compactMap { line in rowOf[line].map { (row: $0, line: line) } }, by: \.row)
            .mapValues { $0.map(\.line) }
        for column in Set(texts.map { lines[$0].column }) {
            let sorted = texts.filter { lines[$0].column == column }.sorted { lines[$0].box.midY < lines[$1].box.midY }
            var stacks: [[Int]] = []
            // A piece two lines tall or more (lines fused by a glyph's tall
            // box, `“穗智管”` over the line under it) stands in the stack
            // by its first and its last line, each the column's type high
            // (the median of its lines').
            let heights = sorted.map { lines[$0].height }.sorted()
            let typeHeight = heights[heights.count / 2]
            func span(_ line: Int) -> Span {
                let box = lines[line].box
                return Span(first: min(box.midY, box.y0 + typeHeight / 2), last: max(box.midY, box.y1 - typeHeight / 2),
                            height: min(lines[line].height, typeHeight))
            }
            for line in sorted {
                if let last = stacks.last?.last, span(line).first - span(last).last <= pitch.under(lines[line]),
                   span(line).first - span(last).last >= span(line).height * settings.sameBandEm {
                    stacks[stacks.count - 1].append(line)
                } else {
                    stacks.append([line])
                }
            }
            // A stack wholly above the body's first amounts, apart from the
            // cell under it, which is centred on its row's amounts without it
            // (or that row prints nothing else in the column): the rest of a cut row.
            if stacks.count > 1, let first = stacks.first, let firstAnchor, let row = rowOf[first[0]], !rows[row].anchors.isEmpty,
               first.allSatisfy({ span($0).last < firstAnchor - sameHeightSlack(lines[$0]) && rowOf[$0] == row }),
               case let rest = sorted.filter({ rowOf[$0] == row && !first.contains($0) }),
               rest.isEmpty || abs((span(rest[0]).first + span(rest[rest.count - 1]).last) / 2 - centre(of: rows[row]))
                   <= span(rest[0]).height * settings.centredCellToleranceEm {
                cut.formUnion(first)
            }
            for stack in stacks where stack.count >= 2 {
                let slack = sameHeightSlack(lines[stack[0]])
                let top = span(stack[0]).first - slack, bottom = span(stack[stack.count - 1]).last + slack
                let members = rows.indices.filter { !rows[$0].anchors.isEmpty && (top...bottom).contains(centre(of: rows[$0])) }
                    .sorted { centre(of: rows[$0]) < centre(of: rows[$1]) }
                guard !members.isEmpty else { continue }
                // Rows without amounts (headings) keep their lines; where
                // each row's amounts print beside a line of the stack and
                // the stack starts (or ends) beside the first row's (the
                // last row's), its cells may be set at the top (the bottom)
                // of their rows: the rows read above stand.
                let centres = members.map { centre(of: rows[$0]) }
                func level(_ y: Double, _ height: Double, _ line: Int) -> Bool {
                    abs(y - height) <= span(line).height * settings.centredCellToleranceEm
                }
                let aligned = centres.allSatisfy { centre in stack.contains { level(span($0).first, centre, $0) || level(span($0).last, centre, $0) } }
                    && (level(span(stack[0]).first, centres[0], stack[0]) || level(span(stack[stack.count - 1]).last, centres[centres.count - 1], stack[stack.count - 1]))
                // A row without amounts may be cut up only where it is no
                // heading: all its lines are the stack's, none the labels'.
                let inStack = Set(stack)
                func cuttable(_ row: Int) -> Bool {
                    !rows[row].anchors.isEmpty
                        || (column != labelColumn && (held[row] ?? []).allSatisfy(inStack.contains))
                }
                guard !aligned, stack.allSatisfy({ rowOf[$0].map(cuttable) ?? false }) else { continue }
                let spans = stack.map { span($0) }
                let opening = firstAnchor.map { first in spans.prefix { $0.last < first - slack }.count } ?? 0
                guard let (free, blocks) = (0...min(opening, settings.cutCellLinesCount)).lazy.compactMap({ free in
                    centredBlocks(of: Array(spans.dropFirst(free)), on: centres).map { (free, $0) }
                }).first else { continue }
                for index in 0..<free { cut.insert(stack[index]) }
                for (block, row) in zip(blocks, members) {
                    for index in block { rowOf[stack[index + free]] = row }
                }
            }
        }
        return cut
    }

    private static func centre(of row: Row) -> Double { row.anchors.reduce(0, +) / Double(row.anchors.count) }

    /// Where a piece of a column's stack starts and ends: the heights of
    /// its first and last lines, and the height of its type.
    private struct Span {
        let first: Double
        let last: Double
        let height: Double
    }

    /// The stack's lines (top to bottom) cut into one non-empty run per
    /// height in `centres` (top to bottom), each run's extent centred on its
    /// height within ``TableSettings/centredCellToleranceEm``, or nil.
    private static func centredBlocks(of stack: [Span], on centres: [Double]) -> [Range<Int>]? {
        guard stack.count >= centres.count else { return nil }
        // reach[k][end]: the start of the last run when the first k runs cover lines ..<end.
        var reach = [[Int?]](repeating: [Int?](repeating: nil, count: stack.count + 1), count: centres.count + 1)
        var covered = [[Bool]](repeating: [Bool](repeating: false, count: stack.count + 1), count: centres.count + 1)
        covered[0][0] = true
        for (k, centre) in centres.enumerated() {
            for start in 0..<stack.count where covered[k][start] {
                for end in (start + 1)...stack.count {
                    let middle = (stack[start].first + stack[end - 1].last) / 2
                    let height = min(stack[start].height, stack[end - 1].height)
                    if abs(middle - centre) <= height * settings.centredCellToleranceEm, !covered[k + 1][end] {
                        covered[k + 1][end] = true
                        reach[k + 1][end] = start
                    }
                }
            }
        }
        guard covered[centres.count][stack.count] else { return nil }
        var blocks: [Range<Int>] = []
        var end = stack.count
        for k in stride(from: centres.count, to: 0, by: -1) {
            guard let start = reach[k][end] else { return nil }
            blocks.insert(start..<end, at: 0)
            end = start
        }
        return blocks
    }

    /// Whether a line beside no row's label, outside every row, is a row of
    /// its own: it opens a numbered item or is a total in a column that lists items
    /// (``TableSettings/itemColumnShare`` of its word lines do: a
    /// second label column, as the 支出 half of a 收支总表, which prints
    /// more items than the 收入 half beside it), as a label of the label
    /// column that starts an item never goes on the label above it; words
    /// beside it, if any, are items of such columns too (not the first
    /// lines of cells set in the middle of a taller row). Before,
    /// such a line went on the row of the line right above it
    /// (`五、卫生健康支出六、节能环保支出…` in one cell) wherever no label
    /// wrapped in the table, so that rows lie a wrapped line's pitch apart
    /// (Sample items-beyond-other-half).
    private static func startsOwnRow(_ line: Line, itemColumns: Set<Int>, in rows: [Row], lines: [Line]) -> Bool {
        func isItem(_ line: Line) -> Bool { itemColumns.contains(line.column) && opensListItem(line) }
        return !line.printsNumber && isItem(line) && !rows.contains { $0.encloses(line.box.midY, in: lines) }
            && lines.allSatisfy { other in other.printsNumber || !sameHeight(other, line.box.midY) || isItem(other) }
    }

    /// Whether a row prints a line of `column`: one it holds, or one beside
    /// its label's lines or its amounts.
    private static func prints(in column: Int, row: Int, rows: [Row], rowOf: [Int?], lines: [Line]) -> Bool {
        let heights = rows[row].anchors + rows[row].lines.map { lines[$0].box.midY }
        return lines.indices.contains { other in
            lines[other].column == column && (rowOf[other] == row || heights.contains { sameHeight(lines[other], $0) })
        }
    }

    /// The columns that list items, one a line: ``TableSettings/itemColumnShare``
    /// of their word lines open a numbered item or are totals, and their items run
    /// as one list down the column (``listsOnce(_:)``).
    private static func itemColumns(of lines: [Line]) -> Set<Int> {
        let words = Dictionary(grouping: lines.filter { !$0.printsNumber }, by: \.column)
        return Set(words.filter { _, lines in
            Double(lines.filter(opensListItem).count) >= settings.itemColumnShare * Double(lines.count)
                && listsOnce(lines.sorted { $0.box.midY < $1.box.midY })
        }.keys)
    }

    /// Whether the items a column's lines (top to bottom) open run as one
    /// list: each numbering's numbers go up, or start again right under an
    /// item of another numbering (an outline: `(1)`…`(4)`, `2、…`, `(1)`…).
    /// A number that does not go up otherwise starts a list inside a cell
    /// again: `1.應收帳款減少…` `2.應收利息減少…` beside one label, `1.應付款項…`
    /// beside the next (農業部 p. 51), `(1)增置` over `(12)其他` in one cell.
    private static func listsOnce(_ lines: [Line]) -> Bool {
        var last: [(numbering: ItemMarker.ListNumbering, number: Int)] = []
        var previous: ItemMarker.ListNumbering?
        for line in lines {
            guard let item = ItemMarker.listItem(line.text) else { continue }
            if let index = last.firstIndex(where: { $0.numbering == item.numbering }) {
                if item.number <= last[index].number && previous == item.numbering { return false }
                last[index].number = item.number
            } else {
                last.append(item)
            }
            previous = item.numbering
        }
        return true
    }

    /// Whether a line opens a numbered item (`一、`, `（二）`, `3.`: not
    /// `（万元）`) or is a total.
    private static func opensListItem(_ line: Line) -> Bool {
        ItemMarker.listItem(line.text) != nil || PrintedVocabulary.totalWords.contains(line.text.withoutWhitespace)
    }

    /// A line of another column than the labels' that starts an item and
    /// stands beside no row (the 支出 side of a 收支总表 runs on for twenty
    /// items past the 收入 side's three: `4、教育支出` under `3、公共安全支出`,
    /// no amount beside either) is a row of its own, an item with nothing
    /// to report, with the other such lines at its height. Before, it went
    /// on its column's line above as a wrapped line, and the items ran into
    /// one row. Only where every line at its height is such an item's label
    /// and so is its column's line above, if any (items follow items): the
    /// points of an explanation (`2.應收利息減少518千元。`, each ending its
    /// sentence, or after the wrapped end of the point before) stay in their
    /// cell, and so does an item beside the wrapped rest of another cell; an
    /// item's label opens with its mark (`4、`, `（二）`), not with a figure
    /// (`183億9,769萬3千元。` wrapped from the line above); an item's label
    /// wrapped around the amounts of a row is that row's.
    private static func addingItemRows(to rows: inout [Row], lines: [Line], pitch: WrappedPitch) {
        let owned = Set(rows.flatMap(\.lines))
        func isItemLabel(_ line: Line) -> Bool {
            let text = line.text.withoutWhitespace
            return !line.printsNumber && markLength(of: text) > 0
                && !(text.last.map(PrintedVocabulary.sentenceEnds.contains) ?? false)
        }
        for line in lines.indices.sorted(by: { lines[$0].box.midY < lines[$1].box.midY }) where !owned.contains(line) {
            let candidate = lines[line]
            guard isItemLabel(candidate), lines.allSatisfy({ !sameHeight(candidate, $0.box.midY) || isItemLabel($0) }),
                  Self.line(above: line, in: lines).map({ isItemLabel(lines[$0]) }) ?? true else { continue }
            // A label wrapped around a row's amounts (`一、一般公共服` over
            // `务支出`, the amounts centred between) is that row's.
            if let rest = lines.indices.filter({ other in
                lines[other].column == candidate.column && lines[other].box.midY > candidate.box.midY + sameHeightSlack(candidate)
            }).min(by: { lines[$0].box.midY < lines[$1].box.midY }),
               !lines[rest].printsNumber, !isItemLabel(lines[rest]), lines[rest].box.midY - candidate.box.midY <= pitch.under(lines[rest]),
               rows.contains(where: { row in
                   (row.anchors + row.lines.map { lines[$0].box.midY }).contains { candidate.box.midY < $0 && $0 < lines[rest].box.midY }
               }) { continue }
            if let beside = rows.firstIndex(where: { row in
                row.anchors.contains { sameHeight(candidate, $0) } || row.lines.contains { sameHeight(candidate, lines[$0].box.midY) }
            }) {
                if rows[beside].anchors.isEmpty, !rows[beside].lines.contains(where: owned.contains) { rows[beside].lines.append(line) }
                continue
            }
            rows.append(Row(lines: [line]))
        }
    }

    /// A code of a column of codes beside no row is a row of its own, with
    /// the words beside it, unless it stands right over a row that leaves
    /// its column empty and prints in a column of those words, if any (a
    /// code alone on its line over its name; a code and a name's first
    /// line over the rest of the name): a row prints one code, so a code
    /// never goes on the code above it. The last panel of a table printed
    /// in panels side by side (a 基本支出 table's 商品和服务支出 panel
    /// running on for six items after the 工资福利 panel beside it ends:
    /// `307 债务利息及费用支出` over `30701 国内债务付息`, no amounts) lists
    /// items beside no label of the label column and no amounts. Before,
    /// each such line went on its column's line above, and the items ran
    /// into one row (`30299307307013070230703`; Sample
    /// codes-beyond-other-panels-unruled).
    private static func addingCodeRows(to rows: inout [Row], lines: [Line], codes: Set<Int>, pitch: WrappedPitch) {
        guard !codes.isEmpty else { return }
        func heights(of row: Row) -> [Double] { row.anchors + row.lines.map { lines[$0].box.midY } }
        func prints(_ row: Row, in column: Int) -> Bool {
            lines.contains { line in line.column == column && heights(of: row).contains { sameHeight(line, $0) } }
        }
        for line in lines.indices.sorted(by: { lines[$0].box.midY < lines[$1].box.midY }) where codes.contains(lines[line].column) {
            let candidate = lines[line]
            guard !rows.contains(where: { heights(of: $0).contains { sameHeight(candidate, $0) } }),
                  Self.line(above: line, in: lines) != nil || rows.contains(where: { $0.top(in: lines) < candidate.box.midY })
            else { continue }
            let beside = Set(lines.filter { $0.column != candidate.column && sameHeight($0, candidate.box.midY) }.map(\.column))
            if let below = rows.filter({ $0.top(in: lines) > candidate.box.midY && $0.top(in: lines) - candidate.box.midY <= pitch.under(candidate) })
                .min(by: { $0.top(in: lines) < $1.top(in: lines) }),
               !prints(below, in: candidate.column), beside.isEmpty || beside.contains(where: { prints(below, in: $0) }) { continue }
            rows.append(Row(lines: [line]))
        }
    }

    /// The line of the same column printed right above `line`, if any.
    private static func line(above line: Int, in lines: [Line]) -> Int? {
        let candidate = lines[line]
        return lines.indices.filter { other in
            lines[other].column == candidate.column && lines[other].box.midY < candidate.box.midY - sameHeightSlack(candidate)
        }.max { lines[$0].box.midY < lines[$1].box.midY }
    }

    /// Whether `line`, printed on a row's line, ends the text its column
    /// prints right above it: that text ran out of room (it ends within
    /// ``TableSettings/fullLineSlackEm`` of its column's `widest` line,
    /// which reaches within ``TableSettings/wrapReachEm`` of the column's
    /// end) without ending its sentence, and `line` lies a wrapped line's
    /// pitch under it, starts no item and ends the sentence (`詳見各分基金` /
    /// `單位(或計畫)` over `成本分析表。`, beside the next row's label and
    /// amounts: 農業部 p. 62, `Samples/explanation-onto-next-row.pdf`).
    private static func endsSentence(_ line: Line, after above: Line, widest: Double?, columnEnds: [Double], pitch: WrappedPitch) -> Bool {
        let text = line.text.withoutWhitespace, upper = above.text.withoutWhitespace
        guard let widest, line.column < columnEnds.count, let end = text.last, let upperEnd = upper.last else { return false }
        return !line.printsNumber && !above.printsNumber
            && PrintedVocabulary.sentenceEnds.contains(end) && !PrintedVocabulary.sentenceEnds.contains(upperEnd)
            && !ItemMarker.startsItem(text)
            && line.box.midY - above.box.midY <= pitch.under(line)
            && columnEnds[line.column] - widest < above.height * settings.wrapReachEm
            && widest - above.box.x1 < above.height * settings.fullLineSlackEm
    }

    /// A row as it is assembled: the label lines it owns and the heights of its anchors.
    private struct Row {
        var lines: [Int]
        var anchors: [Double] = []

        func top(in all: [Line]) -> Double {
            (lines.map { all[$0].box.midY } + anchors).min() ?? 0
        }

        func bottom(in all: [Line]) -> Double {
            (lines.map { all[$0].box.midY } + anchors).max() ?? 0
        }

        /// Whether an anchor lies beside one of the label's lines or between them.
        func spans(_ anchor: Double, in all: [Line]) -> Bool {
            guard let first = lines.first, let last = lines.last else { return false }
            let slack = sameHeightSlack(all[first])
            return all[first].box.midY - slack <= anchor && anchor <= all[last].box.midY + slack
        }

        /// Whether a height lies between the row's first and last line or anchor.
        func encloses(_ y: Double, in all: [Line]) -> Bool {
            top(in: all) < y && y < bottom(in: all)
        }

        func distance(to y: Double, in all: [Line]) -> Double {
            max(top(in: all) - y, y - bottom(in: all), 0)
        }

        /// A label read as one that owns two anchors or more held several
        /// rows after all: each line goes with its nearest anchor.
        func splitAtEachAnchor(lines all: [Line]) -> [Row] {
            guard anchors.count >= 2 else { return [self] }
            var rows = anchors.map { Row(lines: [], anchors: [$0]) }
            for line in lines {
                let y = all[line].box.midY
                if let nearest = anchors.indices.min(by: { abs(anchors[$0] - y) < abs(anchors[$1] - y) }) { rows[nearest].lines.append(line) }
            }
            return rows
        }
    }

    /// An anchor beside no label: amounts printed on a line of their own
    /// next to a label without amounts go with it; a code alone on its line
    /// right above a row that leaves its column empty goes with that row;
    /// else it is a row of its own.
    private static func place(orphan anchor: Double, into rows: inout [Row], lines: [Line], pitch: WrappedPitch) {
        let own = lines.indices.filter { sameHeight(lines[$0], anchor) }
        let columns = Set(own.map { lines[$0].column })
        let reach = own.map { pitch.under(lines[$0]) }.max() ?? 0
        let near = rows.indices.filter { rows[$0].distance(to: anchor, in: lines) <= reach }
        if let bare = near.first(where: { rows[$0].anchors.isEmpty }) {
            rows[bare].anchors.append(anchor)
        } else if let below = near.first(where: { index in
            rows[index].top(in: lines) > anchor && !rows[index].anchors.isEmpty
                && rows[index].anchors.allSatisfy { height in
                    lines.allSatisfy { !sameHeight($0, height) || !columns.contains($0.column) }
                } && rows[index].lines.allSatisfy { !columns.contains(lines[$0].column) }
        }) {
            rows[below].anchors.append(anchor)
        } else {
            rows.append(Row(lines: [], anchors: [anchor]))
        }
    }

    /// The heights of the lines that print a number outside a column of
    /// codes, lines within ``TableSettings/sameBandEm`` of each other taken as one.
    private static func anchorHeights(of lines: [Line], codes: Set<Int>) -> [Double] {
        var heights: [Double] = []
        for line in lines.filter({ $0.printsNumber && !codes.contains($0.column) }).sorted(by: { $0.box.midY < $1.box.midY }) {
            if let last = heights.last, line.box.midY - last < sameHeightSlack(line) { continue }
            heights.append(line.box.midY)
        }
        return heights
    }

    private static func sameHeightSlack(_ line: Line) -> Double { line.height * settings.sameBandEm }

    private static func sameHeight(_ line: Line, _ height: Double) -> Bool {
        abs(line.box.midY - height) < sameHeightSlack(line)
    }

    /// How far under a line the next line of the same cell lies: the
    /// tightest pitch between two lines of one column (a wrapped cell's
    /// leading, or the row pitch when nothing wraps), in points, or in ems
    /// of the line's type where that is wider: a column in smaller type (an
    /// explanation in 9 pt beside labels in 11) sets no tighter pitch for
    /// the others. Each with ``TableSettings/wrappedPitchSlackEm`` to spare.
    private struct WrappedPitch {
        let points: Double
        /// The tightest pitch itself, without the slack (infinity where no
        /// column prints two lines).
        let tightestPoints: Double
        /// The pitch over the smaller type of the two lines (a line with
        /// Latin digits may have a taller box than its CJK neighbours).
        let ems: Double

        init(of lines: [Line]) {
            var tightest = Double.infinity
            var tightestPoints = Double.infinity
            var tightestEms = Double.infinity
            for column in Set(lines.map(\.column)) {
                let heights = lines.filter { $0.column == column }.sorted { $0.box.midY < $1.box.midY }
                for (upper, lower) in zip(heights, heights.dropFirst()) where lower.box.midY - upper.box.midY >= sameHeightSlack(lower) {
                    let pitch = lower.box.midY - upper.box.midY
                    tightest = min(tightest, pitch)
                    tightestPoints = min(tightestPoints, pitch + lower.height * settings.wrappedPitchSlackEm)
                    let typeHeight = min(upper.height, lower.height)
                    if typeHeight > 0 { tightestEms = min(tightestEms, pitch / typeHeight + settings.wrappedPitchSlackEm) }
                }
            }
            self.tightestPoints = tightest
            points = tightestPoints.isFinite ? tightestPoints : 0
            ems = tightestEms.isFinite ? tightestEms : 0
        }

        /// The furthest a line's cell-mate above it lies.
        func under(_ line: Line) -> Double { max(points, ems * line.height) }
    }

    /// Columns that print only classification codes (`201`, `2010301`: a
    /// number of three digits or more, no separators): a code names its row,
    /// it is no amount beside a label.
    static func codeColumns(of lines: [Line]) -> Set<Int> {
        func isCode(_ text: String) -> Bool {
            PrintedVocabulary.looksLikeNumber(text) && !text.contains { PrintedVocabulary.separators.contains($0) } && ItemMarker.startsItem(text)
        }
        let columns = Set(lines.map(\.column))
        return columns.filter { column in lines.allSatisfy { $0.column != column || isCode($0.text) } }
    }

    /// The label column: the leftmost whose lines are words, not numbers,
    /// beside amounts at least half as often as in the column where they
    /// most often are (a label prints on a line of its amounts; an
    /// explanation beside it prints more lines, most beside none: 農業部
    /// p. 117's 說明 outnumbers its labels five to one); where no words
    /// stand beside an amount, the leftmost with at least half as many word
    /// lines as the wordiest column.
    static func labelColumn(of lines: [Line], anchors: [Double]) -> Int? {
        var words: [Int: Int] = [:]
        var besideAmounts: [Int: Int] = [:]
        for line in lines where !line.printsNumber {
            words[line.column, default: 0] += 1
            if anchors.contains(where: { sameHeight(line, $0) }) { besideAmounts[line.column, default: 0] += 1 }
        }
        let counts = besideAmounts.isEmpty ? words : besideAmounts
        guard let most = counts.values.max() else { return nil }
        return counts.filter { 2 * $0.value >= most }.keys.min()
    }

    /// The label column's lines gathered into labels, top to bottom (line indices).
    private static func labels(of lines: [Line], anchors: [Double], codes: Set<Int>, pitch: WrappedPitch, columnEnds: [Double]) -> [[Int]] {
        guard let column = labelColumn(of: lines, anchors: anchors) else { return [] }
        let labelLines = lines.indices.filter { lines[$0].column == column && !lines[$0].printsNumber }
            .sorted { lines[$0].box.midY < lines[$1].box.midY }
        guard let widest = labelLines.map({ lines[$0].box.x1 }).max() else { return [] }
        func printsAmounts(_ line: Line) -> Bool { anchors.contains { sameHeight(line, $0) } }
        func startsAnew(_ line: Line) -> Bool {
            let text = line.text.filter { !$0.isWhitespace }
            return ItemMarker.startsItem(text) || PrintedVocabulary.totalWords.contains(text)
        }
        // A row prints one code: a line with a code beside it under a line
        // with one starts the next row (`30212 因公出国（境）费用` over
        // `30213 维修（护）费`, names of one length in a list of codes).
        func codeBeside(_ line: Line) -> Bool { lines.contains { codes.contains($0.column) && sameHeight(line, $0.box.midY) } }
        // Labels wrap only where the widest reaches the column's end (short
        // labels in a wide column never ran out of room), or where lines
        // ending at the widest, at one width, go on on a line that starts
        // nothing: the producer wraps at a count of characters.
        let height = labelLines.map { lines[$0].height }.max() ?? 0
        let reachesEnd = column < columnEnds.count && columnEnds[column] - widest < height * settings.wrapReachEm
        let wrapsAtOneWidth = zip(labelLines, labelLines.dropFirst()).filter { upper, lower in
            let (above, below) = (lines[upper], lines[lower])
            return widest - above.box.x1 < above.height * settings.sameWrapWidthEm && below.box.midY - above.box.midY <= pitch.under(below)
                && !printsAmounts(below) && !startsAnew(below) && !(codeBeside(above) && codeBeside(below))
        }.count >= settings.wrapWidthLinesCount
        let wraps = reachesEnd || wrapsAtOneWidth
        // Rows set at a wrapped line's pitch (no two lines of one column lie
        // closer than two rows of amounts): the pitch cannot tell a wrapped
        // label from the next row's, the print's line breaks can. A label
        // line with room left for what the next line starts with, before its
        // column's widest, did not run out of room: it is complete.
        let rowPitch = zip(anchors, anchors.dropFirst()).map { $1 - $0 }.min()
        let rowsAtLinePitch = !wrapsAtOneWidth && rowPitch.map { pitch.tightestPoints >= $0 - height * settings.rowPitchToleranceEm } ?? false
        func hadRoom(_ previous: Line, before line: Line) -> Bool {
            guard rowsAtLinePitch, let lead = line.leadWidth, lead > 0 else { return false }
            return previous.box.x1 + lead <= widest + previous.height * settings.wrapRoomSlackEm
        }
        var labels: [[Int]] = []
        for index in labelLines {
            let line = lines[index]
            if let label = labels.last, let last = label.last {
                let previous = lines[last]
                let full = widest - previous.box.x1 < previous.height * settings.fullLineSlackEm && !hadRoom(previous, before: line)
                let secondAmounts = printsAmounts(line) && label.contains { printsAmounts(lines[$0]) }
                let secondCode = codeBeside(line) && label.contains { codeBeside(lines[$0]) }
                let itemUnderHeading = printsAmounts(line) && line.box.x0 - previous.box.x0 > line.height * settings.wrappedLineIndentEm
                let reach = pitch.under(line) + (hangs(line, under: previous) ? line.height * settings.hangingLinePitchSlackEm : 0)
                if wraps, full, line.box.midY - previous.box.midY <= reach, !startsAnew(line), !secondAmounts, !secondCode, !itemUnderHeading {
                    labels[labels.count - 1].append(index)
                    continue
                }
            }
            labels.append([index])
        }
        return labels
    }

    /// Whether a line starts right under the text after the item mark that
    /// starts the line above (`七、特作產業結構調整暨建構產業` over
    /// `新價值鏈計畫`, set in from the `七` by the width of `七、`): a
    /// heading's wrapped line, hung under its text, whatever its leading.
    private static func hangs(_ line: Line, under previous: Line) -> Bool {
        let glyphs = previous.text.filter { !$0.isWhitespace }
        let mark = markLength(of: glyphs)
        guard mark > 0, mark < glyphs.count else { return false }
        let textStart = previous.box.x0 + previous.box.width * Double(mark) / Double(glyphs.count)
        return abs(line.box.x0 - textStart) < line.height * settings.hangingIndentToleranceEm
    }

    /// The characters of the item mark a label starts with (`七、`: 2,
    /// `（十二）`: 4, `3.`: 2), or 0.
    private static func markLength(of text: String) -> Int {
        guard ItemMarker.startsItem(text), let first = text.first else { return 0 }
        if ItemMarker.openingParentheses.contains(first) {
            return (text.firstIndex { "）)".contains($0) }).map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 0
        }
        let number = text.prefix { ItemMarker.chineseNumerals.contains($0) || ($0.isASCII && $0.isNumber) }
        guard let after = text.dropFirst(number.count).first,
              ItemMarker.afterChineseNumeral.contains(after) || ItemMarker.afterNumber.contains(after) else { return 0 }
        return number.count + 1
    }
}
