/// A table region closed by ruling lines, cut into elementary cells.
///
/// `columns` and `rows` are the boundaries (one more than the number of
/// elementary columns / rows); an edge between two neighbouring elementary
/// cells is either printed or missing, and a missing one means the two are
/// one merged cell.
public struct RuledGrid: Sendable, Equatable {
    /// x of each column boundary, left to right.
    public var columns: [Double]
    /// y of each row boundary, top to bottom.
    public var rows: [Double]
    /// `horizontalEdges[i][j]`: the rule at `rows[i]` above elementary row i over column j is printed.
    var horizontalEdges: [[Bool]]
    /// `verticalEdges[i][j]`: the rule at `columns[j]` left of column j over elementary row i is printed.
    var verticalEdges: [[Bool]]

    public var rowCount: Int { rows.count - 1 }
    public var columnCount: Int { columns.count - 1 }
    /// The grid's outline (a grid has two boundaries each way at least).
    public var box: Rect {
        Rect(x0: columns.first ?? 0, y0: rows.first ?? 0, x1: columns.last ?? 0, y1: rows.last ?? 0)
    }

    /// Whether the cell at (row, column) is joined to its right-hand neighbour.
    func joinsRight(row: Int, column: Int) -> Bool { !verticalEdges[row][column + 1] }
    /// Whether the cell at (row, column) is joined to the one below.
    func joinsDown(row: Int, column: Int) -> Bool { !horizontalEdges[row + 1][column] }

    /// The elementary column holding x, or nil outside the grid.
    func column(at x: Double) -> Int? { Self.slot(of: x, in: columns) }
    /// The elementary row holding y, or nil outside the grid.
    func row(at y: Double) -> Int? { Self.slot(of: y, in: rows) }

    private static func slot(of value: Double, in bounds: [Double]) -> Int? {
        guard let first = bounds.first, let last = bounds.last, value >= first, value <= last else { return nil }
        var low = 0, high = bounds.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if value < bounds[middle] { high = middle } else { low = middle }
        }
        return low
    }
}

/// Finds the ruled grids on a page: groups of horizontal and vertical rules that meet.
public enum RuledGridFinder {
    private static let settings = TableSettings.standard
    private static let tolerance = settings.ruleTolerancePoints

    /// The grids the rules draw; `glyphs` (the page's) give each group of
    /// rules the type size of the text inside it, which bounds how thin its
    /// cells may be (see ``minimumCell(for:glyphs:)``).
    public static func grids(from rulings: [Ruling], glyphs: [Glyph] = []) -> [RuledGrid] {
        withSideRules(connectedGroups(rulings)).compactMap { group in
            grid(from: group, minimumCell: minimumCell(for: group, glyphs: glyphs))
        }.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// The groups, each with the lone side rules that close a column of it.
    /// A column whose cell is merged over every row the page prints of it
    /// (`年度绩效指标` down the side of a performance table running over
    /// several pages) meets no horizontal rule on that page: its outer rule
    /// stands alone. A vertical rule that meets no other rule, beside a group
    /// and running its whole height (both ends within
    /// ``TableSettings/ruleTolerancePoints`` of the group's top and bottom),
    /// is that group's edge, whether the page prints text in the column or
    /// not (the text of a cell merged over three pages is on one of them),
    /// so that each page of the table has the same columns. The nearest
    /// goes first: two such columns side by side join one after the other.
    static func withSideRules(_ groups: [[Ruling]]) -> [[Ruling]] {
        func isLoneVertical(_ group: [Ruling]) -> Bool { group.count == 1 && group[0].orientation == .vertical }
        var lone = groups.filter(isLoneVertical).map { $0[0] }
        guard !lone.isEmpty else { return groups }
        var grids = groups.filter { !isLoneVertical($0) }
        for index in grids.indices where Set(grids[index].map(\.orientation)).count == 2 {
            while true {
                let outline = grids[index].dropFirst().reduce(grids[index][0].extent) { $0.union($1.extent) }
                func gap(_ rule: Ruling) -> Double { max(outline.x0 - rule.position, rule.position - outline.x1) }
                let side = lone.indices.filter { candidate in
                    let rule = lone[candidate]
                    return gap(rule) > 0 && abs(rule.start - outline.y0) <= tolerance && abs(rule.end - outline.y1) <= tolerance
                }.min { gap(lone[$0]) < gap(lone[$1]) }
                guard let side else { break }
                grids[index].append(lone.remove(at: side))
            }
        }
        return grids + lone.map { [$0] }
    }

    /// How thin a cell of this group of rules may be, in points: rules
    /// closer than this are one boundary (a double rule). That is
    /// ``TableSettings/minimumCellPoints``, unless the text inside is set so
    /// small that its rows are thinner (a sheet of 4.5 pt type, rows 6.5 pt
    /// apart): then it is ``TableSettings/minimumCellEm`` of that type's size.
    static func minimumCell(for group: [Ruling], glyphs: [Glyph]) -> Double {
        let fixed = settings.minimumCellPoints
        // Fewer than four rules draw no grid: no need to look at the text.
        guard group.count >= 4, let first = group.first else { return fixed }
        let outline = group.map(\.extent).reduce(first.extent) { $0.union($1) }
        let heights = glyphs.filter { outline.contains(x: $0.box.midX, y: $0.box.midY) }.map(\.box.height).sorted()
        guard !heights.isEmpty else { return fixed }
        return min(fixed, settings.minimumCellEm * heights[heights.count / 2])
    }

    /// Groups of rules joined by crossings (a horizontal and a vertical rule
    /// that meet), in the order of each group's first rule on the page, so
    /// that the same page always gives the same grids.
    static func connectedGroups(_ rulings: [Ruling]) -> [[Ruling]] {
        var parent = Array(rulings.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        let horizontal = rulings.indices.filter { rulings[$0].orientation == .horizontal }
        let vertical = rulings.indices.filter { rulings[$0].orientation == .vertical }
        for h in horizontal {
            for v in vertical where meet(rulings[h], rulings[v]) {
                parent[root(h)] = root(v)
            }
        }
        var groupOfRoot: [Int: Int] = [:]
        var groups: [[Ruling]] = []
        for index in rulings.indices {
            let group = root(index)
            if let at = groupOfRoot[group] {
                groups[at].append(rulings[index])
            } else {
                groupOfRoot[group] = groups.count
                groups.append([rulings[index]])
            }
        }
        return groups
    }

    private static func meet(_ h: Ruling, _ v: Ruling) -> Bool {
        v.position >= h.start - tolerance && v.position <= h.end + tolerance
            && h.position >= v.start - tolerance && h.position <= v.end + tolerance
    }

    /// The grid that a group of rules draws, or nil when it is not a grid
    /// (fewer than two rules each way: a lone box or a stray line).
    static func grid(from group: [Ruling], minimumCell: Double = settings.minimumCellPoints) -> RuledGrid? {
        let horizontal = group.filter { $0.orientation == .horizontal }
        let vertical = group.filter { $0.orientation == .vertical }
        // A table cut by a page break, or drawn without outer borders, is
        // open on that side: its rules still say where it ends.
        var rows = cluster(horizontal.map(\.position) + vertical.flatMap { [$0.start, $0.end] }.outerMost, minimumCell: minimumCell)
        var columns = cluster(vertical.map(\.position) + horizontal.flatMap { [$0.start, $0.end] }.outerMost,
                              minimumCell: minimumCell)
        guard rows.count >= 2, columns.count >= 2 else { return nil }

        // Keep only boundaries that are printed along at least one whole cell:
        // a short tick from a bold glyph is not a column.
        var changed = true
        while changed {
            changed = false
            let h = edges(rows, across: columns, rules: horizontal, minimumCell: minimumCell)
            let v = edges(columns, across: rows, rules: vertical, minimumCell: minimumCell)
            if let unused = (1..<(rows.count - 1)).first(where: { !h[$0].contains(true) }) {
                rows.remove(at: unused); changed = true; continue
            }
            if let unused = (1..<(columns.count - 1)).first(where: { !v[$0].contains(true) }) {
                columns.remove(at: unused); changed = true; continue
            }
            guard rows.count >= 2, columns.count >= 2 else { return nil }
            let verticalEdges = (0..<(rows.count - 1)).map { i in (0..<columns.count).map { v[$0][i] } }
            return RuledGrid(columns: columns, rows: rows, horizontalEdges: h, verticalEdges: verticalEdges)
        }
        return nil
    }

    /// For each boundary position, which of the intervals between `cross`
    /// boundaries a rule at that position covers (``TableSettings/edgeCoverageFraction`` of it at least).
    /// A rule counts for the boundary it was clustered into.
    private static func edges(_ positions: [Double], across cross: [Double], rules: [Ruling], minimumCell: Double) -> [[Bool]] {
        positions.map { position in
            let here = rules.filter { abs($0.position - position) < minimumCell / 2 + tolerance }
            return (0..<(cross.count - 1)).map { k in
                let lower = cross[k], upper = cross[k + 1]
                return coverage(of: lower...upper, by: here) >= settings.edgeCoverageFraction * (upper - lower)
            }
        }
    }

    /// How much of the interval the rules cover together.
    static func coverage(of interval: ClosedRange<Double>, by rules: [Ruling]) -> Double {
        let pieces = rules
            .map { max($0.start, interval.lowerBound)...max(min($0.end, interval.upperBound), max($0.start, interval.lowerBound)) }
            .sorted { $0.lowerBound < $1.lowerBound }
        var covered = 0.0
        var reach = interval.lowerBound
        for piece in pieces where piece.upperBound > reach {
            covered += piece.upperBound - max(piece.lowerBound, reach)
            reach = piece.upperBound
        }
        return covered
    }

    /// Sorted positions merged where they lie closer than a cell can be (their mean).
    static func cluster(_ positions: [Double], minimumCell: Double = settings.minimumCellPoints) -> [Double] {
        var groups: [[Double]] = []
        for position in positions.sorted() {
            if let last = groups.last?.last, position - last < minimumCell {
                groups[groups.count - 1].append(position)
            } else {
                groups.append([position])
            }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }
}

private extension Array where Element == Double {
    /// The smallest and the largest value.
    var outerMost: [Double] {
        guard let low = self.min(), let high = self.max() else { return [] }
        return [low, high]
    }
}
