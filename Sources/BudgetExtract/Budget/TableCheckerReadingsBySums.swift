/// Reading a run of items printed at one level by their sums: the items
/// that the items after them add up to head them.
extension TableChecker {
    /// Items printed at one level as read (the same code, no indentation,
    /// the same outline mark) whose amounts show that some of them head the
    /// others: an item that the items after it (each with the items under
    /// it) add up to, in every column its label names, is their heading, one
    /// level above them (`301 工资福利支出` over its 款 printed as `2`, `7`;
    /// `全额` over its unit over 通用项目 over its projects; `一、本年支出`
    /// over `一、一般公共服务支出` …; a fund over its plans printed as far in,
    /// each plan over its items printed further in, which the run steps over).
    /// Siblings print such sums by chance too,
    /// so the outline is read so only where the run, read flat, does not add
    /// up to the total (or item) right next to it and exactly one reading by
    /// the sums does; where several do, or too many to try, no item of the run
    /// has a known level, so none is checked (a sum is never read two ways). No
    /// total, `其中` line or row of unknown level takes part.
    func withHeadingsOverWhatAddsUpToThem(_ entries: [Entry], column: Int) -> [Entry] {
        var levelOf = Array(repeating: 0, count: entries.count)
        var heads = Set<Int>(), unknown = Set<Int>()
        func isItem(_ position: Int) -> Bool {
            entries[position].rank == nil && !entries[position].partial && entries[position].levelKnown
        }
        // Items already read as members of a run; the items printed under
        // them make runs of their own.
        var inRun = Set<Int>()
        var start = 0
        while start < entries.count {
            guard isItem(start), !inRun.contains(start) else {
                start += 1
                continue
            }
            // The run: the items at one depth, and the items printed under them between them.
            let depth = entries[start].depth
            let end = entries[start...].indices.first {
                !isItem($0) || !(entries[$0].depth == depth || depth.lexicographicallyPrecedes(entries[$0].depth))
            } ?? entries.count
            let members = (start..<end).filter { entries[$0].depth == depth }
            func levels(_ children: [Int: [Int]]) -> [Int] {
                var runLevels = Array(repeating: 0, count: members.count)
                for index in members.indices {
                    for child in children[index] ?? [] { runLevels[child] = runLevels[index] + 1 }
                }
                return runLevels
            }
            let readings = readingsBySums(entries, members: members, end: end, column: column)
            let mending = readings?.filter { Self.outlineMendsTheSum(entries, members: members, end: end, levels: levels($0)) }
            // Readings that differ only in where items of no amount stand sum alike: one reading, the one heading most.
            func summed(_ children: [Int: [Int]]) -> [Int?] {
                zip(members, levels(children)).map { member, level in entries[member].amount.map { $0.value.isZero ? nil : level } ?? nil }
            }
            let distinct = mending.map { Set($0.map(summed)).count }
            if let distinct, distinct == 1, let children = mending?.max(by: { $0.values.joined().count < $1.values.joined().count }) {
                for (index, level) in levels(children).enumerated() { levelOf[members[index]] = level }
                heads.formUnion(children.keys.map { members[$0] })
            } else if distinct.map({ $0 > 1 }) ?? true, Self.flatFails(entries, members: members, end: end) {
                // More than one reading adds up, or too many to tell: no level is known, so no check is formed.
                unknown.formUnion(members)
            }
            inRun.formUnion(members)
            start += 1
        }
        guard levelOf.contains(where: { $0 > 0 }) || !unknown.isEmpty else { return entries }
        return entries.enumerated().map { position, entry in
            var entry = entry
            entry.depth.append(levelOf[position])
            entry.headsBySum = heads.contains(position)
            if unknown.contains(position) { entry.levelKnown = false }
            return entry
        }
    }

    /// The total a run of items (`members`, at one depth, the run ending
    /// before `end`) is summed against: the total next to it (below it, with
    /// the lower totals right above the run, else above it) or the item
    /// heading it; with the lower totals that count on every reading.
    static func sumNextTo(_ entries: [Entry], members: [Int], end: Int) -> (total: ExactDecimal, totalsBefore: [Entry])? {
        guard let first = members.first else { return nil }
        let after = end < entries.count && entries[end].rank != nil ? end : nil
        let before = first > 0 ? first - 1 : nil
        if let before, entries[before].rank == nil, !entries[before].depth.lexicographicallyPrecedes(entries[first].depth) { return nil }
        guard let next = after ?? before, let total = entries[next].amount?.value else { return nil }
        // Lower totals printed right before the run add up to the total after
        // it with the run (`本年收入合计`, then `年初结转和结余` over its
        // sources, then `总计`): they count on both readings.
        let totalsBefore = after.flatMap { entries[$0].rank }.map { rank in
            Array(entries[..<first].reversed().prefix { $0.rank.map { $0 < rank } ?? false })
        } ?? []
        return (total, totalsBefore)
    }

    /// Whether a run of items, read flat, fails to add up to the sum next to it.
    static func flatFails(_ entries: [Entry], members: [Int], end: Int) -> Bool {
        guard let sum = sumNextTo(entries, members: members, end: end) else { return false }
        return fails(total: sum.total, parts: (sum.totalsBefore + members.map { entries[$0] }).compactMap(\.amount?.value))
    }

    /// Whether a run of items, read flat, fails to add up to the sum next to
    /// it, and its top level as `levels` read it adds up.
    static func outlineMendsTheSum(_ entries: [Entry], members: [Int], end: Int, levels: [Int]) -> Bool {
        guard levels.contains(where: { $0 > 0 }), let sum = sumNextTo(entries, members: members, end: end) else { return false }
        func fails(_ parts: [Entry]) -> Bool {
            Self.fails(total: sum.total, parts: (sum.totalsBefore + parts).compactMap(\.amount?.value))
        }
        let items = members.map { entries[$0] }
        return fails(items) && !fails(zip(items, levels).filter { $0.1 == 0 }.map(\.0))
    }

    /// Every reading of a run by its sums (each a map from an item, an index
    /// into `members`, to the items right under it; the run ending before
    /// `end`): an item heads nothing, or the items after it (each with the
    /// items it heads, read every way it can be) up to the first that make
    /// them add up to it. An item with items printed under it (deeper) heads
    /// those, never the items after them. Two equal items one after the other
    /// (`援藏资金` over `援藏资金项目`, or two siblings) read both ways; the sum
    /// next to the run decides, or nothing does. Nil past
    /// ``TableSettings/mostStepsReadingARunBySums``: too many to tell.
    private func readingsBySums(_ entries: [Entry], members: [Int], end: Int, column: Int) -> [[Int: [Int]]]? {
        // The amount columns that name the same item as this one, row by row.
        func columns(of index: Int) -> [Int] {
            let row = entries[members[index]].row
            guard let labelColumn = itemLabels[row][column]?.column else { return [column] }
            return amountColumns.filter { itemLabels[row][$0]?.column == labelColumn }
        }
        typealias Subtree = (end: Int, children: [Int: [Int]])
        let mostSteps = TableSettings.standard.mostStepsReadingARunBySums
        var steps = 0
        var subtrees: [Int: [Subtree]] = [:]
        func readings(heading: Int) -> [Subtree] {
            if let known = subtrees[heading] { return known }
            var found: [Subtree] = [(heading + 1, [:])]
            let headingRow = entries[members[heading]].row
            let sumColumns = columns(of: heading)
            let printsItemsUnder = members[heading] + 1 < (heading + 1 < members.count ? members[heading + 1] : end)
            let printsAnAmount = sumColumns.contains { amount(row: headingRow, column: $0).map { !$0.value.isZero } ?? false }
            func take(_ next: Int, taken: [Int], children: [Int: [Int]]) {
                steps += 1
                guard steps <= mostSteps, next < members.count else { return }
                let items = taken + [next]
                let verdict = Self.addUp(heading: headingRow, items: items.map { entries[members[$0]].row }, columns: sumColumns) { amount(row: $0, column: $1) }
                guard verdict != .exceeded else { return }
                for reading in readings(heading: next) {
                    let merged = children.merging(reading.children) { first, _ in first }
                    if verdict == .addsUp {
                        found.append((reading.end, merged.merging([heading: items]) { first, _ in first }))
                    } else {
                        take(reading.end, taken: items, children: merged)
                    }
                }
            }
            if !printsItemsUnder && printsAnAmount { take(heading + 1, taken: [], children: [:]) }
            subtrees[heading] = found
            return found
        }
        // Readings whose top items already exceed the sum next to the run (amounts of one sign) go no further.
        let sum = Self.sumNextTo(entries, members: members, end: end)
        let oneSign = members.allSatisfy { member in entries[member].amount.map { !($0.value < .zero) } ?? true }
        var runs: [[Int: [Int]]] = []
        func cover(from next: Int, top: [ExactDecimal], children: [Int: [Int]]) {
            steps += 1
            guard steps <= mostSteps else { return }
            if oneSign, let sum {
                let parts = sum.totalsBefore.compactMap(\.amount?.value) + top
                if parts.reduce(ExactDecimal.zero, +) > sum.total && Self.fails(total: sum.total, parts: parts) { return }
            }
            guard next < members.count else { return runs.append(children) }
            let amount = entries[members[next]].amount?.value
            for reading in readings(heading: next) {
                cover(from: reading.end, top: top + (amount.map { [$0] } ?? []),
                      children: children.merging(reading.children) { first, _ in first })
            }
        }
        cover(from: 0, top: [], children: [:])
        return steps <= mostSteps ? runs : nil
    }

    private enum Verdict { case addsUp, short, exceeded }

    /// Whether the items add up to the heading in every column (to
    /// rounding; a blank heading only over blank items), or already exceed
    /// it in one (amounts of one sign only).
    private static func addUp(heading: Int, items: [Int], columns: [Int], amount: (Int, Int) -> Amount?) -> Verdict {
        var addsUp = true
        for column in columns {
            let parts = items.compactMap { amount($0, column)?.value }
            guard let total = amount(heading, column)?.value else {
                if !parts.isEmpty { addsUp = false }
                continue
            }
            let sum = parts.reduce(ExactDecimal.zero, +)
            let difference = total - sum
            if ArithmeticCheck.outcome(difference: difference, figures: [total] + parts) != .fail { continue }
            addsUp = false
            let oneSign = !(total < .zero) && parts.allSatisfy { !($0 < .zero) }
            if oneSign && total < sum { return .exceeded }
        }
        return addsUp ? .addsUp : .short
    }
}
