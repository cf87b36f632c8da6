/// Runs every check the tables imply, the way an auditor would: a pure
/// function of the tables. A blank cell adds nothing to a sum and a blank
/// total is not checked: a blank is never read as zero.
public enum ArithmeticChecks {
    public static func checks(of tables: [Table]) -> [ArithmeticCheck] {
        checks(of: tables.map(TableReading.init))
    }

    static func checks(of readings: [TableReading]) -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        // A 绩效目标表's numbers are targets and scores: they imply no sums.
        let tables = readings.enumerated().filter { $0.element.kind != .performanceGoals }
            .map { TableChecker(reading: $0.element, index: $0.offset) }
        for table in tables {
            checks += table.codeHierarchy() + table.totalRows() + table.outline() + table.totalColumns()
                + table.incomeEqualsExpense()
        }
        checks += acrossTables(tables)
        return checks.map(RepairFinder.withRepair)
    }

    /// 收支总表's 收入总计 and 支出总计 against the totals of 收入总表 and 支出总表,
    /// and the 一般公共预算 of the 财政拨款收支总表 against the total of the
    /// 一般公共预算支出 table, where the document holds exactly one of each
    /// (the tables as read for their own checks, so none is read again).
    static func acrossTables(_ tables: [TableChecker]) -> [ArithmeticCheck] {
        func only(_ kind: TableKind) -> TableChecker? {
            let matches = tables.filter { $0.reading.kind == kind }
            return matches.count == 1 ? matches[0] : nil
        }
        var checks: [ArithmeticCheck] = []
        if let summary = only(.incomeAndExpense) {
            let sides = summary.sideTotals()
            for (kind, side, name) in [(TableKind.income, sides.income, "收入"), (.expense, sides.expense, "支出")] {
                guard let side, let total = only(kind)?.grandTotal() else { continue }
                checks.append(.make(.acrossTables, "\(kind.rawValue)的总额 = 收支总表的\(name)总计", total: total, parts: [side]))
            }
        }
        if let allocation = only(.fiscalAllocation)?.generalBudgetAllocation(),
           let total = only(.generalBudgetByFunction)?.grandTotal() {
            checks.append(.make(.acrossTables, "一般公共预算支出表的总额 = 财政拨款收支总表的一般公共预算",
                                total: total, parts: [allocation]))
        }
        return checks
    }
}

/// A cell and the amount it prints.
struct Amount {
    var reference: CellReference
    var value: ExactDecimal
}

extension ArithmeticCheck {
    static func make(_ rule: Rule, _ description: String, total: Amount, parts: [Amount]) -> ArithmeticCheck {
        let expected = parts.reduce(ExactDecimal.zero) { $0 + $1.value }
        let difference = total.value - expected
        return ArithmeticCheck(
            rule: rule, description: description, total: total.reference, parts: parts.map(\.reference),
            expected: expected.description, printed: total.value.description, difference: difference.description,
            outcome: outcome(difference: difference, figures: [total.value] + parts.map(\.value)))
    }

    /// Each printed figure is the true one rounded to its own last printed
    /// decimal, so it may be off by half a unit of that decimal (0.5 for
    /// `22118861`, 0.005 for `22118861.34`): a difference no larger than
    /// those halves summed is explained by rounding.
    static func outcome(difference: ExactDecimal, figures: [ExactDecimal]) -> Outcome {
        if difference.isZero { return .pass }
        let unitsOfLastDecimals = figures.reduce(ExactDecimal.zero) { $0 + ExactDecimal(significand: 1, scale: $1.scale) }
        return difference.magnitude + difference.magnitude <= unitsOfLastDecimals ? .withinRounding : .fail
    }
}

/// The checks within one table.
struct TableChecker {
    let reading: TableReading
    let index: Int
    /// Where rows take their levels from without codes (indentation, the
    /// classifications' names): read once for the table, used by every
    /// column without codes (nil where every amount column has codes).
    let levels: RowLevels?
    /// For each row and amount column, the item the amount is for (see ``itemLabel(row:column:of:passing:)``).
    let itemLabels: [[Int: (text: String, column: Int)]]

    init(reading: TableReading, index: Int) {
        self.reading = reading
        self.index = index
        levels = reading.amountColumns.contains { reading.codeGroup(ofColumn: $0) == nil } ? RowLevels(reading) : nil
        let unitColumns = Self.quantityUnitColumns(of: reading).union(Self.explanationColumns(of: reading))
            .union(Self.describingColumns(of: reading))
        itemLabels = (0..<reading.rowCount).map { row in
            var labels: [Int: (text: String, column: Int)] = [:]
            for column in reading.amountColumns {
                labels[column] = Self.itemLabel(row: row, column: column, of: reading, passing: unitColumns)
            }
            return labels
        }
    }

    private var table: Table { reading.table }

    /// Amounts larger than any budget prints, or with more decimals, are left
    /// out of the checks: summing them could overflow exact arithmetic.
    static let largestChecked = ExactDecimal(significand: 1_000_000_000_000_000, scale: 0)

    func amount(row: Int, column: Int) -> Amount? {
        guard let value = reading.amounts[row][column], let cell = table.rows[row].cells[column],
              value.scale <= 6, value.magnitude < Self.largestChecked else { return nil }
        return Amount(reference: CellReference(table: index, page: table.rows[row].page, row: row, column: column, text: cell.text),
                      value: value)
    }

    var amountColumns: [Int] { reading.amountColumns }

    private func columnSuffix(_ column: Int) -> String {
        reading.columnNames[column].map { " (\($0))" } ?? ""
    }

    // MARK: 类 = Σ 款, 款 = Σ 项

    func codeHierarchy() -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        for group in reading.codeGroups.indices {
            var rowsOfCode: [String: [Int]] = [:]
            for row in 0..<reading.rowCount { if let code = reading.codes[row][group] { rowsOfCode[code, default: []].append(row) } }
            let codes = Set(rowsOfCode.keys)
            /// The nearest code above this one that the table prints.
            func printedParent(_ code: String) -> String? {
                var candidate = code
                while let parent = TableReading.parent(of: candidate) {
                    if codes.contains(parent) { return parent }
                    candidate = parent
                }
                return nil
            }
            var children: [String: [String]] = [:]
            for code in codes { if let parent = printedParent(code) { children[parent, default: []].append(code) } }
            let columns = amountColumns.filter { reading.codeGroup(ofColumn: $0) == group }
            for (code, childCodes) in children.sorted(by: { $0.key < $1.key }) {
                guard let rows = rowsOfCode[code], rows.count == 1,
                      childCodes.allSatisfy({ rowsOfCode[$0]?.count == 1 }) else { continue }
                let childRows = childCodes.sorted().compactMap { rowsOfCode[$0]?.first }
                for column in columns {
                    guard let total = amount(row: rows[0], column: column) else { continue }
                    let parts = childRows.compactMap { amount(row: $0, column: column) }
                    if parts.isEmpty && total.value.isZero { continue }
                    checks.append(.make(.codeHierarchy, "\(code) = \(childCodes.sorted().joined(separator: " + "))\(columnSuffix(column))",
                                        total: total, parts: parts))
                }
            }
        }
        return checks
    }

    // MARK: Rows: totals and outlines

    /// A row as the rows-checks see it for one amount column.
    struct Entry {
        var row: Int
        var label: String
        var rank: TotalRank?
        /// Depth in the table's outline: longer codes, labels in a column
        /// further right, then labels deeper by indentation or by the
        /// classification's names (RowLevels), then finer outline marks are deeper.
        var depth: [Int]
        var amount: Amount?
        /// `其中：…`: part of the item above, not necessarily all of it.
        var partial: Bool
        /// Whether the depth places the row among its neighbours (RowLevels):
        /// a check never takes a row whose level is not known as a part.
        var levelKnown = true
        /// Whether the row prints no amount in any column its label names:
        /// a heading, not an item left blank in this column.
        var printsNoAmount = false
        /// Whether the row stands over the items after it only because they
        /// add up to it (``withHeadingsOverWhatAddsUpToThem``): checking it
        /// against them would check nothing.
        var headsBySum = false
    }

    func entries(column: Int) -> [Entry] {
        let coded = reading.codeGroup(ofColumn: column) != nil
        let levels = coded ? nil : levels
        var entries: [Entry] = []
        for row in 0..<reading.rowCount {
            guard let (label, labelColumn) = itemLabels[row][column] else { continue }
            // A comparison row (`2022比2021`, `增减`) is a difference, not a part.
            let partial = label.hasPrefix("其中") || Self.comparesYears(label)
            let rank = TotalRank(label: label) ?? (namesTheSubject(label) ? .subtotal : nil)
                ?? (Self.totalAmountSuffixes.contains(where: label.hasSuffix) ? .total : nil)
                ?? (PrintedVocabulary.wholeWords.contains(label.withoutWhitespace) ? .grandTotal : nil)
            // A total of the other side (`本年收入合计` beside the expense column) totals nothing here.
            if rank != nil && Self.namesTheOtherSide(label, columnName: reading.columnNames[column]) { continue }
            let code = reading.code(row: row, column: column)
            if coded && rank == nil && code == nil { continue }
            let mark = partial ? String(label.dropFirst(2).drop { "：:".contains($0) }) : label
            let level = levels?.level(row: row, column: labelColumn) ?? (depth: [], known: true)
            let markDepth = OutlineMark.depth(of: mark)
            let depth = code.map { [$0.count] } ?? [itemColumn(of: labelColumn, before: column)] + level.depth + [markDepth]
            let printsNoAmount = amountColumns.allSatisfy { other in
                reading.amounts[row][other] == nil || itemLabels[row][other]?.column != labelColumn
            }
            entries.append(Entry(row: row, label: label, rank: rank, depth: depth, amount: amount(row: row, column: column),
                                 partial: partial, levelKnown: code != nil || level.known, printsNoAmount: printsNoAmount))
        }
        let kept = withoutRepeatedTotals(Self.withTotalsCarriedFromTheTableBefore(Self.withTheYearsTotalsUnderTheWhole(entries)))
        let departments = coded || levels?.readsAny == true ? kept : Self.withDepartmentsAboveTheirUnits(kept)
        return withHeadingsOverWhatAddsUpToThem(departments, column: column)
    }

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

    /// The column whose level a label has: its own, except that a label
    /// printed in a column that numbers the rows (`未落实到各区数` in the 序号
    /// column, left of the districts) names an item of the first label
    /// column right of it: one more item, not a level above the others.
    func itemColumn(of labelColumn: Int, before amountColumn: Int) -> Int {
        guard reading.numberingColumns.contains(labelColumn) else { return labelColumn }
        return ((labelColumn + 1)..<amountColumn).first { other in
            !reading.numberingColumns.contains(other) && !reading.isCodeColumn(other) && !reading.amountColumns.contains(other)
        } ?? labelColumn
    }

    /// `本年收入合计` printed above `上年结转结余` and a later `收入合计`: the
    /// year's total is one part of the whole, a rank below it.
    static func withTheYearsTotalsUnderTheWhole(_ entries: [Entry]) -> [Entry] {
        var entries = entries
        for position in entries.indices {
            guard let rank = entries[position].rank, let lower = TotalRank(rawValue: rank.rawValue - 1),
                  let qualifier = yearQualifiers.first(where: entries[position].label.hasPrefix) else { continue }
            let whole = String(entries[position].label.dropFirst(qualifier.count))
            if entries[(position + 1)...].contains(where: { $0.rank == rank && $0.label == whole }) { entries[position].rank = lower }
        }
        return entries
    }

    /// A total that opens its rows (no item above it since the last total
    /// of its rank) but that the items below it do not add up to, while the
    /// next higher total adds it and them up (`一般公共预算收入合计` at the
    /// top of a 收支决算总表, carried from the table before, over the other
    /// sources and `总收入`): it is one part of that total, an item here.
    static func withTotalsCarriedFromTheTableBefore(_ entries: [Entry]) -> [Entry] {
        var entries = entries
        for position in entries.indices {
            guard let rank = entries[position].rank, let total = entries[position].amount?.value,
                  !entries[..<position].reversed().prefix(while: { $0.rank.map { $0 < rank } ?? true }).contains(where: { $0.rank == nil }),
                  let higher = entries[(position + 1)...].firstIndex(where: { $0.rank.map { $0 >= rank } ?? false }),
                  let higherRank = entries[higher].rank, higherRank > rank, let whole = entries[higher].amount?.value else { continue }
            let between = Array((position + 1)..<higher)
            guard between.allSatisfy({ entries[$0].rank == nil }) else { continue }
            let items = topItems(between, of: entries, headingsStandForItems: true).compactMap { entries[$0].amount?.value }
            guard !items.isEmpty else { continue }
            if fails(total: total, parts: items) && !fails(total: whole, parts: [total] + items) { entries[position].rank = nil }
        }
        return entries
    }

    /// Whether parts fail to add up to a total beyond rounding.
    static func fails(total: ExactDecimal, parts: [ExactDecimal]) -> Bool {
        let difference = total - parts.reduce(ExactDecimal.zero, +)
        return ArithmeticCheck.outcome(difference: difference, figures: [total] + parts) == .fail
    }

    /// The words that make a total the year's only (`本年收入合计`, `当年支出合计`).
    static let yearQualifiers = ["本年", "当年"]

    /// A total printed again on a continuation page (`合计` at the top of
    /// the next page, with the same amount) is the same total, not another
    /// one: the copy is left out.
    func withoutRepeatedTotals(_ entries: [Entry]) -> [Entry] {
        var seen: [(label: String, page: Int, value: ExactDecimal)] = []
        return entries.filter { entry in
            guard entry.rank != nil, let value = entry.amount?.value else { return true }
            let page = table.rows[entry.row].page
            if seen.contains(where: { $0.label == entry.label && $0.value == value && $0.page < page }) { return false }
            seen.append((entry.label, page, value))
            return true
        }
    }

    /// Whether a label names one side of a summary (`收入`) and the column
    /// the other (`支出/预算数`).
    static func namesTheOtherSide(_ label: String, columnName: String?) -> Bool {
        guard let columnName else { return false }
        let sides = ["收入", "支出"]
        return sides.contains { side in
            let other = sides.first { $0 != side } ?? side
            return label.contains(side) && !label.contains(other) && columnName.contains(other) && !columnName.contains(side)
        }
    }

    /// Whether a label is the table's subject as its title names it
    /// (`政府性基金预算支出` in `…市级政府性基金预算支出决算情况表`): such a row
    /// sums the items of the table, as a 小计 does, before the other
    /// sources or uses that a 合计 adds to it; a 收支 table names the
    /// subject of each side (`国有资本经营预算收入`, `国有资本经营预算支出`).
    func namesTheSubject(_ label: String) -> Bool {
        guard let title = table.title, label.hasSuffix("收入") || label.hasSuffix("支出"),
              label.count >= Self.minimumSubjectLength else { return false }
        let printed = title.withoutWhitespace
        // A 收支 table's title names the subject of both sides (`国有资本经营预算收支决算情况表`).
        return printed.includes(label) || printed.includes(String(label.dropLast(2)) + "收支")
    }

    /// A row named the total amount of what it closes (`資產總額` under the
    /// assets, `负债总额`) totals the items above it, as a 合计 does.
    static let totalAmountSuffixes = ["總額", "总额"]

    /// Shorter names than this (`财政拨款收入`) are too general to name a table's subject.
    static let minimumSubjectLength = 7

    /// The item an amount is for, passing over the columns of quantity
    /// units (`單位`: 公噸, 公頃, 人次), which name no item.
    static func itemLabel(row: Int, column: Int, of reading: TableReading, passing unitColumns: Set<Int>) -> (text: String, column: Int)? {
        var from = column
        while true {
            let found = reading.label(row: row, column: from)
            if let found, !unitColumns.contains(found.column) { return found }
            // Past a column passed over, or, where none was found (a blank
            // in such a column stops the search as a block of labels would),
            // left of the nearest one.
            guard let next = found?.column ?? unitColumns.filter({ $0 < from }).max() else { return nil }
            from = next
        }
    }

    /// Columns headed `單位` (`计量单位`) that print only short words: the
    /// unit of each row's quantity. A `单位` column of longer names lists
    /// the units of a department.
    static func quantityUnitColumns(of reading: TableReading) -> Set<Int> {
        Set((0..<reading.table.columnCount).filter { column in
            guard let name = reading.columnNames[column], Self.quantityUnitHeadings.contains(name) else { return false }
            // What a unit names in brackets (`公噸(稻穀)`) does not count.
            return reading.table.rows.allSatisfy { row in
                (row.cells[column]?.text.prefix { !"(（".contains($0) }.count ?? 0) <= Self.longestQuantityUnit
            }
        })
    }

    /// Columns whose every text is a sentence (`依業務需求購置及報廢。`,
    /// `電腦軟體之攤銷。`): they explain a row's figures and name no item.
    static func explanationColumns(of reading: TableReading) -> Set<Int> {
        Set((0..<reading.table.columnCount).filter { column in
            let texts = (0..<reading.rowCount).compactMap { row -> String? in
                guard case .text = reading.readings[row][column] else { return nil }
                return reading.table.rows[row].cells[column]?.text
            }
            return !texts.isEmpty && texts.allSatisfy(PrintedVocabulary.hasSentencePunctuation)
        })
    }

    /// Columns of words under a heading whose first column is an amount
    /// column left of them (`增加` over `金額` | `類型`, `本年度變動` over
    /// amounts and `主要增減原因說明`): they describe those amounts and name
    /// no item. Under a heading that opens with labels (`支出` over `科目` |
    /// `预算数` | `科目` | `预算数`), words name items.
    static func describingColumns(of reading: TableReading) -> Set<Int> {
        let paths = reading.columnNames.map { $0?.split(separator: "/") ?? [] }
        let amountColumns = Set(reading.amountColumns)
        return Set(paths.indices.filter { column in
            guard !amountColumns.contains(column), paths[column].count > 1 else { return false }
            let heading = paths[column].dropLast()
            let first = (0..<column).reversed().prefix { paths[$0].starts(with: heading) }.last ?? column
            return first < column && amountColumns.contains(first)
        })
    }

    /// Headings of a column that prints the unit of each row's quantity.
    static let quantityUnitHeadings: Set<String> = ["單位", "单位", "計量單位", "计量单位"]

    /// Units of quantity are short words (`公噸`, `延人公里`); a longer text names a unit of a department.
    static let longestQuantityUnit = 4

    /// `2022比2021`, `2022年比2021`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let yearComparison = #/^\d{4}年?比\d{4}/#

    /// `2022比2021`, `增减`, `比上年增减`: a row that compares, not a part.
    static func comparesYears(_ label: String) -> Bool {
        label.hasPrefix("增减") || label.hasPrefix("比上年") || (mayCompareYears(label) && label.contains(yearComparison))
    }

    /// Whether a label may compare years, as it must print 比: text of plain scalars (each a character
    /// of its own) prints it only as its scalar, so the Regex is not run on the rest.
    static func mayCompareYears(_ label: String) -> Bool {
        label.unicodeScalars.contains { $0 == "比" || !TextSearch.isPlain($0) }
    }

    /// A department's row followed by the rows of its units, the first of
    /// them its own office under the same name (`苏州市交通运输局` over
    /// `苏州市交通运输局`, `西安市科学技术局（机关）`, …), and printing their
    /// sum (to rounding): the department's row stands one level above its units, so they
    /// are not added to it. Its units are all the rows after it up to the
    /// next total, so it opens its run: a row after items of its level (a
    /// project group over one project of its name, `政府驻外办保障` over
    /// `政府驻外办保障`) is no department. Tables with codes, indentation or
    /// classification names have their levels already.
    static func withDepartmentsAboveTheirUnits(_ entries: [Entry]) -> [Entry] {
        var departments: Set<Int> = []
        for position in entries.indices {
            let department = entries[position]
            let before = entries[..<position].last { !$0.partial }
            let opensItsRun = before.map { $0.rank != nil || $0.depth.lexicographicallyPrecedes(department.depth) } ?? true
            guard opensItsRun, department.rank == nil, !department.partial, department.label.count >= minimumDepartmentNameLength,
                  let total = department.amount, let next = entries.indices.first(where: { $0 > position && !entries[$0].partial }),
                  entries[next].rank == nil, entries[next].label.hasPrefix(department.label), entries[next].depth == department.depth
            else { continue }
            let units = entries[next...].prefix { $0.rank == nil && $0.depth == department.depth }.filter { !$0.partial }
            let sum = units.compactMap(\.amount).reduce(ExactDecimal.zero) { $0 + $1.value }
            let difference = total.value - sum
            let figures = [total.value] + units.compactMap(\.amount?.value)
            if units.count >= 1 && ArithmeticCheck.outcome(difference: difference, figures: figures) != .fail && !total.value.isZero {
                departments.insert(position)
            }
        }
        guard !departments.isEmpty else { return entries }
        return entries.enumerated().map { position, entry in
            var entry = entry
            entry.depth = [departments.contains(position) ? 0 : 1] + entry.depth
            return entry
        }
    }

    /// Shorter names than this (`合计`, `小计`, `其他`) name no department.
    static let minimumDepartmentNameLength = 4

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

    /// In tables without codes, an item against the items under it: `一、`
    /// over `1.`, or a label over the labels printed further right.
    func outline() -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        for column in amountColumns where reading.codeGroup(ofColumn: column) == nil {
            let entries = entries(column: column)
            for (position, parent) in entries.enumerated() where parent.rank == nil && parent.levelKnown && !parent.headsBySum {
                guard let total = parent.amount else { continue }
                let under = entries[(position + 1)...].prefix { $0.rank == nil && parent.depth.lexicographicallyPrecedes($0.depth) }
                // A breakdown that says 其中 lists only some of the parts.
                if under.contains(where: \.partial) { continue }
                guard let shallowest = under.map(\.depth).min(by: { $0.lexicographicallyPrecedes($1) }) else { continue }
                // Numbering that starts again at 1 starts another breakdown of
                // the same item (by function, then by economic class): each adds up alone.
                let children = under.filter { $0.depth == shallowest }
                if !children.allSatisfy(\.levelKnown) { continue }
                for children in OutlineMark.breakdowns(children, label: \.label) {
                    let amounts = children.compactMap(\.amount)
                    if amounts.isEmpty && total.value.isZero { continue }
                    checks.append(.make(.outline, "\(parent.label) = \(children.map(\.label).joined(separator: " + "))\(columnSuffix(column))",
                                        total: total, parts: amounts))
                }
            }
        }
        return checks
    }

    // MARK: Columns

    /// A 合计 (小计, 总计) column against the columns under the same heading
    /// beside it; a group with its own 小计 column counts once, by that column;
    /// a total that names its subject leaves out the other subjects the title lists.
    /// A total followed under its heading by a higher total (`合計` before
    /// `兼任人員用人費用` and `總計`) closes the columns before it instead.
    func totalColumns() -> [ArithmeticCheck] {
        let paths = reading.columnNames.map { $0?.split(separator: "/").map(String.init) ?? [] }
        let amountColumns = Set(reading.amountColumns)
        var checks: [ArithmeticCheck] = []
        for (totalColumn, path) in paths.enumerated() {
            guard let last = path.last, let rank = TotalRank(label: last), !reading.isCodeColumn(totalColumn) else { continue }
            let heading = Array(path.dropLast())
            func underHeading(_ column: Int) -> [String]? {
                let other = paths[column]
                guard other.count > heading.count, Array(other.prefix(heading.count)) == heading else { return nil }
                return Array(other.dropFirst(heading.count))
            }
            let after = ((totalColumn + 1)..<table.columnCount).prefix { underHeading($0) != nil }
            let closesBefore = after.contains { column in underHeading(column).flatMap { TotalRank(label: $0[0]) }.map { $0 > rank } ?? false }
            // Back to the heading's start, or to the total before.
            let closed = (0..<totalColumn).reversed().prefix { column in underHeading(column).map { TotalRank(label: $0[0]) == nil } ?? false }
            // A column of them read as codes leaves the parts unknown.
            if closesBefore && closed.contains(where: reading.isCodeColumn) { continue }
            let before = closed.filter(amountColumns.contains).reversed()
            // The columns after the total under its heading (before it, where
            // it closes them), grouped by their next heading (`基本支出` over
            // `人员经费` and `公用经费`).
            var groups: [(name: String, columns: [(column: Int, below: [String])])] = []
            for column in closesBefore ? Array(before) : Array(after) {
                guard let below = underHeading(column) else { break }
                // `其中` at any level is a breakdown of the column before it, not a part.
                if let level = below.firstIndex(where: { $0.hasPrefix("其中") }),
                   !Self.introducesTheParts(column: column, level: level, paths: paths.map { Array($0.dropFirst(heading.count)) }) { continue }
                if reading.measures[column] != reading.measures[totalColumn] { continue }
                // What of it is bought through 政府采购 is counted again across the kinds of expense: no part.
                if below[0].contains(Self.procurementHeading) { continue }
                if Self.isAnotherListedSubject(below[0], total: last, title: table.title) { continue }
                if TotalRank(label: below[0]) != nil { break }
                if groups.last?.name == below[0] {
                    groups[groups.count - 1].columns.append((column, below))
                } else {
                    groups.append((below[0], [(column, below)]))
                }
            }
            // A group counts by its own column (`基本支出`, or its `小计`), else by all of its columns.
            let partColumns = groups.flatMap { group -> [Int] in
                let own = group.columns.first { $0.below.count == 1 || $0.below.count == 2 && Self.totalsItsGroup($0.below[1]) }
                return own.map { [$0.column] } ?? group.columns.map(\.column)
            }
            guard !partColumns.isEmpty else { continue }
            for row in 0..<reading.rowCount {
                guard let total = amount(row: row, column: totalColumn) else { continue }
                let parts = partColumns.compactMap { amount(row: row, column: $0) }
                if parts.isEmpty && total.value.isZero { continue }
                let item = reading.label(row: row, column: totalColumn)?.text ?? reading.code(row: row, column: totalColumn) ?? "row \(row + 1)"
                checks.append(.make(.totalColumn, "\(item): \(path.joined(separator: "/")) = \(partColumns.map { paths[$0].joined(separator: "/") }.joined(separator: " + "))",
                                    total: total, parts: parts))
            }
        }
        return checks
    }

    /// A heading that names its group's own total: `小计`, `合计`, or a
    /// `…总数` / `…总额` (`项目支出总数` beside `扣除基建项目后预算数`).
    static func totalsItsGroup(_ heading: String) -> Bool {
        TotalRank(label: heading) != nil || groupTotalSuffixes.contains(where: heading.hasSuffix)
    }

    static let groupTotalSuffixes = ["总数", "总额"]

    /// Whether a column's heading is a subject the title lists beside the
    /// one a total column names (`会议费` and `培训费` in `一般公共预算“三公”
    /// 经费、会议费、培训费支出表` beside `“三公”经费合计`): the total totals
    /// what it names, and the subjects listed beside that are no parts of it.
    static func isAnotherListedSubject(_ heading: String, total: String, title: String?) -> Bool {
        guard let title = title?.withoutWhitespace,
              let word = PrintedVocabulary.totalWords.first(where: total.hasSuffix) else { return false }
        let subject = String(total.dropLast(word.count))
        guard !subject.isEmpty, title.includes(subject), !heading.includes(subject), !subject.includes(heading) else { return false }
        let separator = PrintedVocabulary.listSeparator
        return title.includes(separator + heading) || title.includes(heading + separator)
    }

    /// The heading of the columns that say how much of the total is bought
    /// through government procurement (`2026年政府采购项目`).
    static let procurementHeading = "政府采购"

    /// Whether a `其中` heading introduces all the parts rather than some of
    /// them: it opens its group (no column before it under the same heading)
    /// and columns that do not say `其中` follow it there
    /// (`小计 | 其中：基本支出 | 项目支出`).
    static func introducesTheParts(column: Int, level: Int, paths: [[String]]) -> Bool {
        let group = Array(paths[column].prefix(level))
        func sibling(_ other: Int) -> [String]? {
            guard paths.indices.contains(other), paths[other].count > level, Array(paths[other].prefix(level)) == group else { return nil }
            return paths[other]
        }
        let opensGroup = sibling(column - 1).map { TotalRank(label: $0[level]) != nil } ?? true
        guard opensGroup, let next = sibling(column + 1) else { return false }
        return !next[level].hasPrefix("其中")
    }

    // MARK: 收入总计 = 支出总计

    /// The income and expense grand totals of a side-by-side table: the
    /// first amount right of `收入总计` (else `收入合计`), and of `支出总计`.
    /// With `bareGrandTotals`, a row that prints `总计` once on each side
    /// (收入 left, 支出 right) gives the grand totals where no label names
    /// its side (`收入总计`).
    func sideTotals(grandTotalsOnly: Bool = false, bareGrandTotals: Bool = false) -> (income: Amount?, expense: Amount?) {
        let bare = bareGrandTotals ? amountsRight { $0 == "总计" } : []
        let sides = bare.count == 2 && bare[0].reference.row == bare[1].reference.row ? bare : nil
        func total(_ side: String, bare: Amount?) -> Amount? {
            let grand = amountsRight { $0.includes(side + "总计") }
            if !grand.isEmpty { return grand.count == 1 ? grand[0] : nil }
            if let bare { return bare }
            guard !grandTotalsOnly else { return nil }
            let year = amountsRight { $0.includes(side + "合计") }
            return year.count == 1 ? year[0] : nil
        }
        return (total("收入", bare: sides?[0]), total("支出", bare: sides?[1]))
    }

    /// For each label that `names` (white space removed; `其中` lines left
    /// out), the first amount to its right in its row.
    private func amountsRight(ofLabels names: (String) -> Bool) -> [Amount] {
        var found: [Amount] = []
        for (row, cells) in table.rows.enumerated() {
            for (column, cell) in cells.cells.enumerated() {
                guard let text = cell?.text.withoutWhitespace, names(text), !text.hasPrefix("其中") else { continue }
                if let amount = ((column + 1)..<table.columnCount).lazy.compactMap({ self.amount(row: row, column: $0) }).first {
                    found.append(amount)
                }
            }
        }
        return found
    }

    func incomeEqualsExpense() -> [ArithmeticCheck] {
        guard [.incomeAndExpense, .fiscalAllocation].contains(reading.kind) else { return [] }
        // In a 决算 the year's income and expense (合计) may differ by the
        // balance carried over: only 收入总计 = 支出总计 must hold.
        let sides = sideTotals(grandTotalsOnly: table.title?.contains("决算") ?? false, bareGrandTotals: true)
        guard let income = sides.income, let expense = sides.expense else { return [] }
        return [.make(.incomeEqualsExpense, "收入总计 = 支出总计", total: income, parts: [expense])]
    }

    /// The 一般公共预算 allocation a 财政拨款收支总表 prints on its income
    /// side: the first amount right of the one label that names it.
    func generalBudgetAllocation() -> Amount? {
        let found = amountsRight { $0.includes("一般公共预算") && !$0.includes("支出") }
        return found.count == 1 ? found[0] : nil
    }

    /// The table's grand total: the highest-ranked total row in its first
    /// amount column, or the one row of a table that prints a single row.
    func grandTotal() -> Amount? {
        guard let column = amountColumns.first else { return nil }
        let totals = entries(column: column).filter { $0.rank != nil && $0.amount != nil && !$0.partial }
        if let best = totals.compactMap(\.rank).max() {
            let top = totals.filter { $0.rank == best }
            return top.count == 1 ? top[0].amount : nil
        }
        let rows = (0..<reading.rowCount).filter { row in reading.amounts[row].contains { $0 != nil } }
        return rows.count == 1 ? amount(row: rows[0], column: column) : nil
    }
}

/// The outline marks that number items: `壹、` (0), `一、` (1), `（一）` (2), `1.` (3),
/// `（1）` (4); an unmarked label is deepest (5).
enum OutlineMark {
    static func depth(of label: String) -> Int {
        let chinese = ItemMarker.chineseNumerals
        let characters = Array(label)
        guard let first = characters.first else { return unmarked }
        // 壹、貳、… number the parts above 一、.
        if financialNumerals.contains(first), characters.count > 1, "、.．".contains(characters[1]) { return 0 }
        if chinese.contains(first) {
            let rest = characters.drop { chinese.contains($0) }
            if let mark = rest.first, "、.．".contains(mark) { return 1 }
        }
        if "（(".contains(first), characters.count > 1 {
            if chinese.contains(characters[1]) { return 2 }
            if characters[1].isNumber { return 4 }
        }
        if first.isASCII, first.isNumber {
            let rest = characters.drop { $0.isASCII && $0.isNumber }
            if let mark = rest.first, ".、．".contains(mark), rest.dropFirst().first.map({ $0.isASCII && $0.isNumber }) != true { return 3 }
        }
        return unmarked
    }

    /// The depth of a label without a mark: deeper than every mark.
    static let unmarked = 5

    /// The numerals of 壹、 貳、 參、 …, simplified and traditional (and 参, printed for 叁).
    static let financialNumerals: Set<Character> = ["壹", "贰", "貳", "叁", "参", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾"]

    /// The number an item's mark gives it: `1、` and `（1）` are 1, `三、` and `（三）` are 3.
    static func ordinal(of label: String) -> Int? {
        var characters = Substring(label)
        if let first = characters.first, "（(".contains(first) { characters = characters.dropFirst() }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty { return Int(digits) }
        let numerals = characters.prefix { ItemMarker.chineseNumerals.contains($0) }
        guard !numerals.isEmpty else { return nil }
        let values: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if numerals == "十" { return 10 }
        if numerals.first == "十" { return numerals.dropFirst().first.flatMap { values[$0] }.map { 10 + $0 } }
        if numerals.count >= 2, numerals.dropFirst().first == "十" {
            let tens = numerals.first.flatMap { values[$0] } ?? 0
            return tens * 10 + (numerals.dropFirst(2).first.flatMap { values[$0] } ?? 0)
        }
        return numerals.count == 1 ? numerals.first.flatMap { values[$0] } : nil
    }

    /// Items split where their numbering starts again at 1: at a mark
    /// (`1.`, `一、`), never at a word that starts with a numeral (`一般会议服务`).
    static func breakdowns<Item>(_ items: [Item], label: (Item) -> String) -> [[Item]] {
        var runs: [[Item]] = []
        for item in items {
            // Only a mark numbers: `一般行政管理事务` starts with 一 and is no first item.
            let restarts = depth(of: label(item)) < unmarked && ordinal(of: label(item)) == 1
            if runs.isEmpty || restarts { runs.append([item]) } else { runs[runs.count - 1].append(item) }
        }
        return runs
    }
}
