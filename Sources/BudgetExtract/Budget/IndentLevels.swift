/// The outline a table prints by indentation alone: in a label column whose
/// labels start at a few distinct steps (a 类 flush left, its 款 one space
/// in, their 项 two; 用途別科目 under each 計畫, sub-items one step further),
/// the step a label starts at is its level, 0 outermost.
///
/// Levels are ranks of absolute steps. Some producers indent each section
/// from its own heading (用途別科目 one step under a 計畫 in one section, two
/// in the next): the ranks then differ between sections, but within one
/// section a deeper label still has the higher rank, which is all an
/// outline check compares.
///
/// Where a label starts is the x of its first glyph, not its cell's box: the
/// later lines of a wrapped label often hang further left. Steps are told
/// apart across the whole table, so a level keeps its number on every page.
/// A column counts as indented only when
/// - its labels are aligned on their starts (fewer distinct starts than
///   distinct ends, and on the outline's steps than distinct centres):
///   centred or right-aligned labels start wherever their length puts them;
/// - its outline marks agree: labels of one mark (`一、`, `二、`) start at one
///   step, and a finer mark (`（一）`) never left of a coarser one.
/// Labels at a step where they all end alike too (a label alone at its step,
/// headings of one length centred over an indented column, one name centred
/// in merged cells) have no level: they are off the outline, unless they
/// start within ``TableSettings/nearStepBySumsEm`` of labels on the outline
/// (a little further than a step's tolerance) and the amounts read them there (``Outline/placedBySums(_:levels:tolerance:)``).
///
/// The amounts also read labels the print sets at the wrong step (headings
/// right of the groups they head, a 款 among 项, a 项 among 款, a
/// section's closing line among its items, `其中` left of its item): ``Outline`` takes a reading
/// only where the reading as printed does not add up and it does.
struct IndentLevels {
    /// For each indented label column, the level of each body row's label
    /// on a step (rows off every step are left out).
    private let levels: [Int: [Int: Int]]
    /// For each indented label column, the rows whose label is off every step.
    private let offStep: [Int: Set<Int>]

    /// Starts within this distance of a step's first are on that step: the
    /// smallest indentation a producer prints is a half-width space (0.5 em);
    /// a justified label's first glyph can sit 0.32 em off its step (北京
    /// 2022 决算 表五, p. 98).
    static let stepEm = 0.4
    /// Fewer labels than this show no outline.
    static let minimumLabels = 3

    init(_ reading: TableReading) {
        var levels: [Int: [Int: Int]] = [:], offStep: [Int: Set<Int>] = [:]
        for column in 0..<reading.table.columnCount {
            let labels = RowLevels.labels(of: reading, column: column).compactMap { row, cell in
                cell.firstGlyph.flatMap { TotalRank(label: cell.text) == nil ? (row: row, cell: cell, start: $0) : nil }
            }
            guard labels.count >= Self.minimumLabels, let em = Self.em(of: labels.map { ($0.cell.text, $0.start) }) else { continue }
            let tolerance = Self.stepEm * em
            let starts = Self.steps(labels.map(\.start.x0), tolerance: tolerance)
            guard starts.count >= 2, starts.count < Self.steps(labels.map(\.cell.box.x1), tolerance: tolerance).count else { continue }
            let stepOfLabel = labels.map { label in starts.lastIndex { $0 <= label.start.x0 } ?? 0 }
            let endsOnStep = Dictionary(grouping: zip(stepOfLabel, labels), by: \.0).mapValues { onStep in
                Self.steps(onStep.map(\.1.cell.box.x1), tolerance: tolerance).count
            }
            let outline = Outline(labels: labels.map { (row: $0.row, x: $0.start.x0, text: $0.cell.text) }, reading: reading)
            func levelsOnSteps(_ steps: [Int]) -> [Int: Int] {
                var read: [Int: Int] = [:]
                for (label, step) in zip(labels, stepOfLabel) { if let level = steps.firstIndex(of: step) { read[label.row] = level } }
                return read
            }
            // Steps that hold labels of two lengths or more are the outline's
            // levels; labels of one length at a step of their own are
            // headings centred over the column (`資 產`, `負 債`) or one
            // name centred in merged cells.
            var outlineSteps = starts.indices.filter { (endsOnStep[$0] ?? 0) >= 2 }
            // Centred labels start wherever their length puts them: on the
            // outline's steps, labels start at fewer places than they centre.
            let onOutline = zip(labels, stepOfLabel).filter { outlineSteps.contains($0.1) }.map(\.0.cell.box.midX)
            guard outlineSteps.count < Self.steps(onOutline, tolerance: tolerance).count else { continue }
            // Labels of one length at the step right left of the outline
            // (group names all of four characters: `流動資產`, `其他資產`) are
            // its outermost level where each adds up to the labels under it.
            if let first = outlineSteps.first, first > 0 {
                let rows = zip(labels, stepOfLabel).filter { $0.1 == first - 1 }.map(\.0.row)
                let read = levelsOnSteps([first - 1] + outlineSteps)
                if rows.allSatisfy({ outline.addsUp(heading: $0, level: 1, levels: read) }) { outlineSteps.insert(first - 1, at: 0) }
            }
            guard outlineSteps.count >= 2 else { continue }
            var columnLevels = levelsOnSteps(outlineSteps)
            var columnOffStep = Set(labels.map(\.row).filter { columnLevels[$0] == nil })
            let nearStep = TableSettings.standard.nearStepBySumsEm * em
            for (row, level) in outline.placedBySums(columnOffStep, levels: columnLevels, tolerance: nearStep) {
                columnLevels[row] = level
                columnOffStep.remove(row)
            }
            // Labels of one length at a step further in than every level of
            // the outline (`違規罰款收入`, `其他徵收收入` under `徵收收入`) are
            // its next level where the items above them add up to them.
            if let deeper = zip(labels, stepOfLabel).filter({ columnOffStep.contains($0.0.row) && $0.1 > (outlineSteps.last ?? 0) }).map(\.1).min() {
                let rows = zip(labels, stepOfLabel).filter { $0.1 == deeper }.map(\.0.row)
                if outline.deeperStepAddsUp(rows, levels: columnLevels, level: outlineSteps.count) {
                    for row in rows { columnLevels[row] = outlineSteps.count }
                    columnOffStep.subtract(rows)
                }
            }
            let headings = outline.headingsOverTheOutline(columnOffStep.union(outline.unnumbered(columnLevels)), levels: columnLevels)
            if !headings.isEmpty {
                columnLevels = columnLevels.mapValues { $0 + 1 }
                for row in headings { columnLevels[row] = 0 }
                columnOffStep.subtract(headings)
            }
            columnLevels = outline.withItemsLoweredFromTheirHeadingsStep(outline.withHeadingsRaisedFromTheirItemsStep(columnLevels))
            let closing = outline.closingLines(columnLevels)
            for row in closing { columnLevels[row] = nil }
            columnOffStep.formUnion(closing)
            columnLevels = outline.withBreakdownsUnderTheirItem(columnLevels)
            let marked = labels.compactMap { label -> (mark: Int, level: Int)? in
                let mark = OutlineMark.depth(of: label.cell.text)
                guard mark < OutlineMark.unmarked, let level = columnLevels[label.row] else { return nil }
                return (mark, level)
            }
            guard Self.marksAgree(marked) else { continue }
            levels[column] = columnLevels
            offStep[column] = columnOffStep
        }
        self.levels = levels
        self.offStep = offStep
    }

    /// Whether some column prints its outline by indentation.
    var indentsAny: Bool { !levels.isEmpty }

    /// Whether a column prints its outline by indentation.
    func indents(column: Int) -> Bool {
        levels[column] != nil
    }

    /// The level of a row's label in a column, nil where the column prints
    /// no indentation, or the row no label on a step.
    func level(row: Int, column: Int) -> Int? {
        levels[column]?[row]
    }

    /// Whether a row's label in an indented column is off every step.
    func isOffStep(row: Int, column: Int) -> Bool {
        offStep[column]?.contains(row) ?? false
    }

    /// Whether outline marks and indentation tell the same outline: one
    /// level for each mark, finer marks never shallower.
    static func marksAgree(_ marked: [(mark: Int, level: Int)]) -> Bool {
        let levelsOfMark = Dictionary(grouping: marked, by: \.mark).mapValues { Set($0.map(\.level)) }
        guard levelsOfMark.values.allSatisfy({ $0.count == 1 }) else { return false }
        let byMark = levelsOfMark.sorted { $0.key < $1.key }.compactMap(\.value.first)
        return zip(byMark, byMark.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// The type size of the labels: the median width of first glyphs that
    /// are not ASCII (a CJK character or full-width mark is one em wide), else
    /// the median height of all first glyphs.
    static func em(of labels: [(text: String, start: Rect)]) -> Double? {
        func median(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.sorted()[values.count / 2]
        }
        let wide = labels.filter { $0.text.first.map { !$0.isASCII } ?? false }.map(\.start.width)
        guard let em = median(wide) ?? median(labels.map(\.start.height)), em > 0 else { return nil }
        return em
    }

    /// The distinct positions among `xs`, left to right, each the first of
    /// its run: a position within `tolerance` of a run's first joins the run.
    static func steps(_ xs: [Double], tolerance: Double) -> [Double] {
        var steps: [Double] = []
        for x in xs.sorted() where steps.last.map({ x - $0 > tolerance }) ?? true {
            steps.append(x)
        }
        return steps
    }
}

extension IndentLevels {
    /// An indented column's labels (row, where the first glyph starts, text)
    /// and the amounts beside them: the readings of an uncertain outline that
    /// only the sums decide. Each reading is taken only where it adds up and
    /// the reading as printed does not; a level is never guessed to make a
    /// sum pass where more than one reading would.
    struct Outline {
        let labels: [(row: Int, x: Double, text: String)]
        let reading: TableReading

        /// Labels alone at a step of their own that start within the
        /// indentation noise (`tolerance`) of labels on an outline step
        /// could be read either way: a step apart (off the outline) or beside
        /// those labels (`依法分配收入` set a little further in than its sibling
        /// `徵收收入`). The amounts decide, and only where exactly one reading
        /// adds up: a label takes a level where its heading (the nearest label
        /// above at a shallower level) adds up to its items with the label among
        /// them, in every amount column the heading prints, and not without it.
        /// Elsewhere the label stays off the outline.
        func placedBySums(_ offStep: Set<Int>, levels: [Int: Int], tolerance: Double) -> [Int: Int] {
            func addsUp(heading: Int, level: Int, extra: Int?) -> Bool {
                var read = levels
                if let extra { read[extra] = level }
                return self.addsUp(heading: heading, level: level, levels: read)
            }
            var placed: [Int: Int] = [:]
            for label in labels where offStep.contains(label.row) {
                let nearLevels = Set(labels.compactMap { other in
                    abs(other.x - label.x) <= tolerance ? levels[other.row] : nil
                })
                let readings = nearLevels.filter { level in
                    guard let heading = heading(above: label.row, level: level, levels: levels) else { return false }
                    return addsUp(heading: heading, level: level, extra: label.row) && !addsUp(heading: heading, level: level, extra: nil)
                }
                if readings.count == 1, let level = readings.first { placed[label.row] = level }
            }
            return placed
        }

        /// Whether rows at a step of their own, read as the outline's next
        /// `level`, add up to every label they then stand under, in every
        /// amount column it prints.
        func deeperStepAddsUp(_ rows: [Int], levels: [Int: Int], level: Int) -> Bool {
            var read = levels
            for row in rows { read[row] = level }
            let headings = Set(rows.compactMap { heading(above: $0, level: level, levels: read) })
            return !headings.isEmpty && headings.allSatisfy { addsUp(heading: $0, level: level, levels: read) }
        }

        /// Labels that head the outline's outermost level, each adding up to
        /// the outermost labels after it, up to the next such heading:
        /// section headings off the outline, centred and letter-spaced over
        /// flush-left groups (`資 產` over `流動資產` and `其他資產`, `負 債`,
        /// `基 金 餘 額`), and ``unnumbered(_:)`` labels over numbered ones.
        /// Off the outline they take part in no check, and as siblings of the
        /// labels they head they would be counted twice; as headings they add
        /// up. Candidates that head nothing (a total named without a total
        /// word, `資 產 總 額`) stay where they were.
        func headingsOverTheOutline(_ candidates: Set<Int>, levels: [Int: Int]) -> Set<Int> {
            var headings = candidates
            // A label that heads nothing leaves the headings, and the
            // headings are weighed again without it.
            while true {
                var read = levels.mapValues { $0 + 1 }
                for row in headings { read[row] = 0 }
                let adding = headings.filter { addsUp(heading: $0, level: 1, levels: read) }
                if adding == headings { return headings }
                headings = adding
            }
        }

        /// Labels without an outline mark at the outermost level, right above
        /// a numbered label at that level (`農村再生規劃及人力培育計畫` over
        /// `一、農村規劃及培力`, both flush left): a plan over the parts it
        /// numbers, which an unmarked label would otherwise stand under.
        func unnumbered(_ levels: [Int: Int]) -> Set<Int> {
            let onOutline = labels.filter { levels[$0.row] != nil }
            return Set(zip(onOutline, onOutline.dropFirst()).filter { label, next in
                levels[label.row] == 0 && levels[next.row] == 0 && OutlineMark.depth(of: label.text) == OutlineMark.unmarked
                    && OutlineMark.depth(of: next.text) < OutlineMark.unmarked
            }.map(\.0.row))
        }

        /// A heading printed at its items' step (`能源储备`, a 款, set among
        /// the 项 of the 款 before it, over its own 项 `成品油储备` and
        /// `其他能源储备支出`): the label above it does not add up to its
        /// items with it and the items after it, and does without them; it
        /// adds up to the items after it; and the label above both adds up
        /// with it as its own item (where that label prints amounts). Then
        /// it takes the level of the label above it, and the items after it
        /// stand under it.
        func withHeadingsRaisedFromTheirItemsStep(_ levels: [Int: Int]) -> [Int: Int] {
            var levels = levels
            for label in labels {
                guard let level = levels[label.row], level > 0,
                      let above = heading(above: label.row, level: level, levels: levels), levels[above] == level - 1,
                      !addsUp(heading: above, level: level, levels: levels) else { continue }
                var raised = levels
                raised[label.row] = level - 1
                let outer = heading(above: above, level: level - 1, levels: raised)
                let outerAddsUp = outer.map { !printsAmounts($0) || addsUp(heading: $0, level: level - 1, levels: raised) } ?? true
                if outerAddsUp && addsUp(heading: above, level: level, levels: raised) && addsUp(heading: label.row, level: level, levels: raised) {
                    levels = raised
                }
            }
            return levels
        }

        /// An item printed at the step of the label it belongs under
        /// (`其他地方自行试点项目收益专项债券付息支出`, a 项, set at the step of
        /// the 款 `地方政府专项债务付息支出` right above it): the label it
        /// stands under and the sibling before it both fail to add up as
        /// printed, and both add up with it one step further in, among the
        /// sibling's items (with the items printed under it). Then it takes
        /// that step.
        func withItemsLoweredFromTheirHeadingsStep(_ levels: [Int: Int]) -> [Int: Int] {
            var levels = levels
            for (position, label) in labels.enumerated() {
                guard let level = levels[label.row], level > 0,
                      let above = heading(above: label.row, level: level, levels: levels),
                      let sibling = labels.prefix(position).last(where: { levels[$0.row].map { $0 <= level } ?? false }),
                      levels[sibling.row] == level,
                      !addsUp(heading: above, level: level, levels: levels),
                      !addsUp(heading: sibling.row, level: level + 1, levels: levels) else { continue }
                var lowered = levels
                lowered[label.row] = level + 1
                if addsUp(heading: above, level: level, levels: lowered) && addsUp(heading: sibling.row, level: level + 1, levels: lowered) {
                    levels = lowered
                }
            }
            return levels
        }

        /// A line closing a section (`業務活動之淨現金流入（流出）` after the
        /// items of `調整非現金項目`, the sum of `本期賸餘` and
        /// `調整非現金項目`) set at the step of the items above it: the last
        /// item under a label that adds up to its items without it and not
        /// with it, whose amounts are the sum of the labels at that label's
        /// level since the section began (the nearest label shallower than
        /// them). It is a total, at no level of the outline.
        func closingLines(_ levels: [Int: Int]) -> Set<Int> {
            var closing: Set<Int> = []
            for (position, label) in labels.enumerated() {
                guard let level = levels[label.row], level > 0,
                      let above = heading(above: label.row, level: level, levels: levels), levels[above] == level - 1,
                      printsAmounts(label.row), !addsUp(heading: above, level: level, levels: levels) else { continue }
                // The last item: the next label on the outline is no deeper than the label above.
                let next = labels[(position + 1)...].first { levels[$0.row] != nil }
                if let next, let nextLevel = levels[next.row], nextLevel >= level { continue }
                var without = levels
                without[label.row] = nil
                guard addsUp(heading: above, level: level, levels: without) else { continue }
                let section = labels.prefix(position).reversed().prefix { levels[$0.row].map { $0 >= level - 1 } ?? true }
                    .filter { levels[$0.row] == level - 1 }.map(\.row)
                if section.count >= 2 && total(label.row, of: section) { closing.insert(label.row) }
            }
            return closing
        }

        /// `其中：教育费附加收入` printed at a shallower step than the item it
        /// breaks down (`专项收入`, the label above it): a breakdown is part
        /// of that item, never a heading over the items after it. It takes
        /// the level under that item.
        func withBreakdownsUnderTheirItem(_ levels: [Int: Int]) -> [Int: Int] {
            var levels = levels
            for (position, label) in labels.enumerated() where Self.isBreakdown(label.text) {
                guard let level = levels[label.row],
                      let item = labels.prefix(position).last(where: { levels[$0.row] != nil && !Self.isBreakdown($0.text) }),
                      let itemLevel = levels[item.row], level < itemLevel else { continue }
                levels[label.row] = itemLevel + 1
            }
            return levels
        }

        /// `其中：…`: a part of the item above, not necessarily all of it.
        static func isBreakdown(_ label: String) -> Bool {
            label.withoutWhitespace.hasPrefix("其中")
        }

        /// The row a label at `level` stands under: the nearest label above
        /// `row` at a shallower level (a row of unknown level counts as `level`).
        func heading(above row: Int, level: Int, levels: [Int: Int]) -> Int? {
            labels.last { $0.row < row && (levels[$0.row] ?? level) < level }?.row
        }

        /// Whether a row prints an amount in some amount column.
        func printsAmounts(_ row: Int) -> Bool {
            reading.amountColumns.contains { reading.amounts[row][$0] != nil }
        }

        /// Whether a heading's amounts are the sum of the amounts of its items
        /// at `level` (the labels after it, up to the next at its level or
        /// shallower), in every amount column the heading prints.
        func addsUp(heading: Int, level: Int, levels: [Int: Int]) -> Bool {
            let headingLevel = levels[heading] ?? 0
            var items: [Int] = []
            for label in labels where label.row > heading {
                guard let itemLevel = levels[label.row] else { continue }
                if itemLevel <= headingLevel { break }
                if itemLevel == level { items.append(label.row) }
            }
            return total(heading, of: items)
        }

        /// Whether a row's amounts are the sum of other rows' amounts, in
        /// every amount column the row prints: several to the checks'
        /// rounding (a 決算 prints totals of rounded parts), one exactly (a
        /// single item off by rounding is no sum at all).
        func total(_ row: Int, of parts: [Int]) -> Bool {
            let columns = reading.amountColumns.filter { reading.amounts[row][$0] != nil }
            guard !parts.isEmpty, !columns.isEmpty else { return false }
            return columns.allSatisfy { column in
                guard let total = reading.amounts[row][column] else { return true }
                let amounts = parts.compactMap { reading.amounts[$0][column] }
                return amounts.count == 1 ? (total - amounts[0]).isZero : !TableChecker.fails(total: total, parts: amounts)
            }
        }
    }
}
