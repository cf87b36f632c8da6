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
///   distinct ends or centres): centred or right-aligned labels start
///   wherever their length puts them;
/// - its outline marks agree: labels of one mark (`一、`, `二、`) start at one
///   step, and a finer mark (`（一）`) never left of a coarser one.
/// Labels at a step where they all end alike too (a label alone at its step,
/// headings of one length centred over an indented column, one name centred
/// in merged cells) have no level: they are off the outline, unless they
/// start within a step's tolerance of labels on the outline and the amounts
/// read them there (``placedBySums``).
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
            guard starts.count >= 2,
                  starts.count < Self.steps(labels.map(\.cell.box.x1), tolerance: tolerance).count,
                  starts.count < Self.steps(labels.map(\.cell.box.midX), tolerance: tolerance).count else { continue }
            let stepOfLabel = labels.map { label in starts.lastIndex { $0 <= label.start.x0 } ?? 0 }
            let endsOnStep = Dictionary(grouping: zip(stepOfLabel, labels), by: \.0).mapValues { onStep in
                Self.steps(onStep.map(\.1.cell.box.x1), tolerance: tolerance).count
            }
            // Steps that hold labels of two lengths or more are the outline's
            // levels; labels of one length at a step of their own are
            // headings centred over the column (`資 產`, `負 債`) or one
            // name centred in merged cells.
            let outlineSteps = starts.indices.filter { (endsOnStep[$0] ?? 0) >= 2 }
            guard outlineSteps.count >= 2 else { continue }
            var columnLevels: [Int: Int] = [:], columnOffStep: Set<Int> = []
            for (label, step) in zip(labels, stepOfLabel) {
                if let level = outlineSteps.firstIndex(of: step) { columnLevels[label.row] = level } else { columnOffStep.insert(label.row) }
            }
            let labelStarts = labels.map { (row: $0.row, x: $0.start.x0) }
            for (row, level) in Self.placedBySums(columnOffStep, starts: labelStarts, levels: columnLevels, tolerance: tolerance, reading: reading) {
                columnLevels[row] = level
                columnOffStep.remove(row)
            }
            // Labels of one length at a step further in than every level of
            // the outline (`違規罰款收入`, `其他徵收收入` under `徵收收入`) are
            // its next level where the items above them add up to them.
            if let deeper = zip(labels, stepOfLabel).filter({ columnOffStep.contains($0.0.row) && $0.1 > (outlineSteps.last ?? 0) }).map(\.1).min() {
                let rows = zip(labels, stepOfLabel).filter { $0.1 == deeper }.map(\.0.row)
                if Self.deeperStepAddsUp(rows, starts: labelStarts, levels: columnLevels, level: outlineSteps.count, reading: reading) {
                    for row in rows { columnLevels[row] = outlineSteps.count }
                    columnOffStep.subtract(rows)
                }
            }
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

    /// Labels alone at a step of their own that start within the
    /// indentation noise (the step tolerance) of labels on an outline step
    /// could be read either way: a step apart (off the outline) or beside
    /// those labels (`依法分配收入` set a little further in than its sibling
    /// `徵收收入`). The amounts decide, and only where exactly one reading
    /// adds up: a label takes a level where its heading (the nearest label
    /// above at a shallower level) adds up to its items with the label among
    /// them, in every amount column the heading prints, and not without it.
    /// Elsewhere the label stays off the outline.
    static func placedBySums(_ offStep: Set<Int>, starts: [(row: Int, x: Double)], levels: [Int: Int], tolerance: Double,
                             reading: TableReading) -> [Int: Int] {
        func addsUp(heading: Int, level: Int, extra: Int?) -> Bool {
            var read = levels
            if let extra { read[extra] = level }
            return headingAddsUp(heading, level: level, starts: starts, levels: read, reading: reading)
        }
        var placed: [Int: Int] = [:]
        for label in starts where offStep.contains(label.row) {
            let nearLevels = Set(starts.compactMap { other in
                abs(other.x - label.x) <= tolerance ? levels[other.row] : nil
            })
            let readings = nearLevels.filter { level in
                guard let heading = heading(above: label.row, level: level, starts: starts, levels: levels) else { return false }
                return addsUp(heading: heading, level: level, extra: label.row) && !addsUp(heading: heading, level: level, extra: nil)
            }
            if readings.count == 1, let level = readings.first { placed[label.row] = level }
        }
        return placed
    }

    /// Whether rows at a step of their own, read as the outline's next
    /// `level`, add up to every label they then stand under, in every
    /// amount column it prints.
    static func deeperStepAddsUp(_ rows: [Int], starts: [(row: Int, x: Double)], levels: [Int: Int], level: Int,
                                 reading: TableReading) -> Bool {
        var read = levels
        for row in rows { read[row] = level }
        let headings = Set(rows.compactMap { heading(above: $0, level: level, starts: starts, levels: read) })
        return !headings.isEmpty && headings.allSatisfy { headingAddsUp($0, level: level, starts: starts, levels: read, reading: reading) }
    }

    /// The row a label at `level` stands under: the nearest label above
    /// `row` at a shallower level (a row of unknown level counts as `level`).
    static func heading(above row: Int, level: Int, starts: [(row: Int, x: Double)], levels: [Int: Int]) -> Int? {
        starts.last { $0.row < row && (levels[$0.row] ?? level) < level }?.row
    }

    /// Whether a heading's amounts are the sum of the amounts of its items
    /// at `level` (the labels after it, up to the next at its level or
    /// shallower), in every amount column the heading prints: several to
    /// the checks' rounding (a 決算 prints totals of rounded parts), one
    /// exactly (a single item off by rounding is no sum at all).
    static func headingAddsUp(_ heading: Int, level: Int, starts: [(row: Int, x: Double)], levels: [Int: Int],
                              reading: TableReading) -> Bool {
        let headingLevel = levels[heading] ?? 0
        var items: [Int] = []
        for start in starts where start.row > heading {
            guard let itemLevel = levels[start.row] else { continue }
            if itemLevel <= headingLevel { break }
            if itemLevel == level { items.append(start.row) }
        }
        let columns = reading.amountColumns.filter { reading.amounts[heading][$0] != nil }
        guard !items.isEmpty, !columns.isEmpty else { return false }
        return columns.allSatisfy { column in
            guard let total = reading.amounts[heading][column] else { return true }
            let parts = items.compactMap { reading.amounts[$0][column] }
            return parts.count == 1 ? (total - parts[0]).isZero : !TableChecker.fails(total: total, parts: parts)
        }
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
