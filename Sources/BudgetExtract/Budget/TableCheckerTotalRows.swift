/// 小计, 合计 and 总计 rows against the rows they total.
extension TableChecker {
    /// Each 小计, 合计 and 总计 row against the rows it totals: those above
    /// it since the last total of its rank, or below it where it heads them.
    /// Whether a total heads the rows below it is decided once for its row,
    /// over all amount columns: a print that differs in one column does not
    /// turn that column's total the other way.
    func totalRows() -> [ArithmeticCheck] {
        let columns = amountColumns.map { column in (column, entries(column: column).filter { !$0.partial }) }
        var votes: [Int: (above: Int, below: Int)] = [:]
        for (column, entries) in columns {
            for (row, vote) in headingVotes(entries, column: column) {
                votes[row, default: (0, 0)].above += vote.above
                votes[row, default: (0, 0)].below += vote.below
            }
        }
        let headsBelow = Set(votes.filter { $0.value.below > $0.value.above }.keys)
        let read = Dictionary(uniqueKeysWithValues: columns.map { column, entries in
            (column, ReadColumn(entries: entries, segments: totalSegments(entries, column: column, headsBelow: headsBelow)))
        })
        return columns.flatMap { column, _ in totalRows(column: column, read: read) }
    }

    /// One amount column's entries and the parts each of its totals takes.
    private struct ReadColumn {
        var entries: [Entry]
        var segments: [TotalSegments]

        /// The entries a total's row takes as parts in this column (nil where no total of that row is read here).
        func parts(ofTotalIn row: Int) -> [Entry]? {
            segments.first { entries[$0.position].row == row }.map { $0.chosen.map { entries[$0] } }
        }
    }

    /// For each total row with items both above and below it in one column,
    /// whether only those below add up to it (a vote to head them), or
    /// those above do.
    private func headingVotes(_ entries: [Entry], column: Int) -> [Int: (above: Int, below: Int)] {
        var votes: [Int: (above: Int, below: Int)] = [:]
        for segments in totalSegments(entries, column: column, headsBelow: nil) {
            guard let total = entries[segments.position].amount, let below = segments.below,
                  segments.above.contains(where: { entries[$0].amount != nil }) else { continue }
            let aboveFails = Self.sum(segments.above.map { entries[$0] }, total: total).outcome == .fail
            let belowFails = Self.sum(below.map { entries[$0] }, total: total).outcome == .fail
            if aboveFails && !belowFails { votes[entries[segments.position].row, default: (0, 0)].below += 1 }
            if !aboveFails { votes[entries[segments.position].row, default: (0, 0)].above += 1 }
        }
        return votes
    }

    /// The parts a total would have above it and below it (nil where no
    /// item below prints an amount), and the ones it takes.
    private struct TotalSegments {
        var position: Int
        var above: [Int]
        var below: [Int]?
        var chosen: [Int]
    }

    private static func sum(_ parts: [Entry], total: Amount) -> ArithmeticCheck {
        .make(.totalRow, "", total: total, parts: parts.compactMap(\.amount))
    }

    /// Walks the totals of one column from the lowest rank up: each takes
    /// the items above it since the last total of its rank (or the rows the
    /// last such total headed), or heads the items below it where none are
    /// above, where `headsBelow` names its row, or (without `headsBelow`)
    /// where only those below add up to it.
    private func totalSegments(_ entries: [Entry], column: Int, headsBelow: Set<Int>?) -> [TotalSegments] {
        // Where codes give the levels, a 类 row left blank is a blank total, no heading.
        let headingsStandForItems = reading.codeGroup(ofColumn: column) == nil
        var covered: [Int: (rank: TotalRank, rows: Range<Int>)] = [:]
        var result: [TotalSegments] = []
        let totals = entries.indices.compactMap { position in entries[position].rank.map { (position, $0) } }
            .sorted { $0.1 < $1.1 }
        for (position, rank) in totals {
            let lastTotal = entries[..<position].lastIndex { $0.rank.map { $0 >= rank } ?? false } ?? -1
            // A total of the same rank that heads the rows below it takes them from the next one.
            let lastHeaded = covered.values.filter { $0.rank >= rank && $0.rows.upperBound <= position }
                .map { $0.rows.upperBound - 1 }.max() ?? -1
            let above = (max(lastTotal, lastHeaded) + 1)..<position
            let nextTotal = entries[(position + 1)...].firstIndex { ($0.rank.map { $0 >= rank }) ?? false } ?? entries.count
            // Rows it heads end where the outline climbs above the first of
            // them (`四、` after the bonds under `三、`).
            let firstItem = entries[(position + 1)..<nextTotal].first { $0.rank == nil }
            let sectionEnd = firstItem.flatMap { first in
                entries[(position + 1)..<nextTotal].firstIndex { $0.rank == nil && $0.depth.lexicographicallyPrecedes(first.depth) }
            }
            let below = (position + 1)..<(sectionEnd ?? nextTotal)
            /// The rows a segment adds up: lower totals inside stand for
            /// the rows they cover; of the items, the top level counts.
            func parts(of segment: Range<Int>) -> [Int] {
                let inner = covered.filter { segment.contains($0.key) && $0.value.rank < rank }
                let hidden = Set(inner.values.flatMap { Array($0.rows) })
                let visible = segment.filter { !hidden.contains($0) }
                let items = visible.filter { entries[$0].rank == nil }
                let top = Self.topItems(items, of: entries, headingsStandForItems: headingsStandForItems)
                return (visible.filter { entries[$0].rank != nil } + top).sorted()
            }
            let itemsAbove = entries[above].contains { $0.rank == nil && $0.amount != nil }
            let itemsBelow = entries[below].contains { $0.rank == nil && $0.amount != nil }
            var segment = itemsAbove ? above : below
            if itemsAbove, itemsBelow {
                if let headsBelow {
                    if headsBelow.contains(entries[position].row) { segment = below }
                } else if let total = entries[position].amount, Self.sum(parts(of: above).map { entries[$0] }, total: total).outcome == .fail,
                          Self.sum(parts(of: below).map { entries[$0] }, total: total).outcome != .fail {
                    segment = below
                }
            }
            covered[position] = (rank, segment)
            result.append(TotalSegments(position: position, above: parts(of: above), below: itemsBelow ? parts(of: below) : nil,
                                        chosen: parts(of: segment)))
        }
        return result
    }

    /// The top level of a run of items: the shallowest; one of them that
    /// prints no amount in any of its columns is a heading (`一、部门预算`
    /// over `1、财政拨款`), and the items under it stand in its place (not
    /// where codes give the levels: there a blank 类 row is a blank total).
    /// An item blank in this column only is a blank item.
    static func topItems(_ items: [Int], of entries: [Entry], headingsStandForItems: Bool) -> [Int] {
        guard let shallowest = items.map({ entries[$0].depth }).min(by: { $0.lexicographicallyPrecedes($1) }) else { return [] }
        var top: [Int] = []
        for (offset, item) in items.enumerated() where entries[item].depth == shallowest {
            let under = Array(items[(offset + 1)...].prefix { entries[$0].depth != shallowest })
            let heading = headingsStandForItems && entries[item].printsNoAmount && !under.isEmpty
            top += heading ? topItems(under, of: entries, headingsStandForItems: true) : [item]
        }
        return top
    }

    private func totalRows(column: Int, read: [Int: ReadColumn]) -> [ArithmeticCheck] {
        guard let own = read[column] else { return [] }
        return own.segments.compactMap { segments in
            let entry = own.entries[segments.position]
            guard let total = entry.amount else { return nil }
            // The blocks left of this one that the total spans take part with their own items.
            var chosen: [Entry] = []
            for block in blocksSpanned(row: entry.row, column: column) {
                guard let parts = read[block]?.parts(ofTotalIn: entry.row) else { return nil }
                chosen += parts
            }
            chosen += segments.chosen.map { own.entries[$0] }
            guard !chosen.isEmpty, chosen.allSatisfy(\.levelKnown) else { return nil }
            if chosen.allSatisfy({ $0.amount == nil }) && total.value.isZero { return nil }
            let parts = chosen.map(\.label).joined(separator: " + ")
            return .make(.totalRow, "\(entry.label) = \(parts)\(columnSuffix(column))", total: total, parts: chosen.compactMap(\.amount))
        }
    }

    /// The amount columns of the blocks a total spans left of its amount's
    /// own, in tables printed as blocks side by side under the same heading
    /// (`科目代码 | 科目名称 | 决算数` three times). Going left from the
    /// amount's block, a block that prints no amount in the total's row is
    /// spanned where the total's label stands in it or left of it
    /// (`公用经费合计` under the 商品和服务支出 block, its amount under the
    /// 资本性支出 block beside it), or, in blocks of codes each of its own,
    /// where it prints nothing at all in that row (the label centred over both
    /// blocks lands in the right one); the first block printing an amount
    /// there (`人员经费合计`) closes its own.
    func blocksSpanned(row: Int, column: Int) -> [Int] {
        guard let labelColumn = itemLabels[row][column]?.column, let name = reading.columnNames[column] else { return [] }
        let blocks = amountColumns.filter { $0 < column && reading.columnNames[$0] == name }
        let cells = table.rows[row].cells
        var spanned: [Int] = []
        for (position, block) in blocks.enumerated().reversed() {
            guard reading.amounts[row][block] == nil else { break }
            let start = position > 0 ? blocks[position - 1] + 1 : 0
            let printsNothing = cells[start...block].allSatisfy { $0?.text.withoutWhitespace.isEmpty ?? true }
            let codedApart = reading.codeGroup(ofColumn: block).map { $0 != reading.codeGroup(ofColumn: column) } ?? false
            guard labelColumn < block || printsNothing && codedApart else { break }
            spanned.insert(block, at: 0)
        }
        return spanned
    }
}
