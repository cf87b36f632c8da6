/// The rows as the row checks read them, one amount column at a time:
/// each row's label, rank of total, depth in the outline and amount.
extension TableChecker {
    /// A row as the rows-checks see it for one amount column.
    struct Entry {
        var row: Int
        var label: String
        var rank: TotalRank?
        /// Depth in the table's outline: codes under more printed codes
        /// (``printedDepth(of:among:)``), labels in a column further right, then labels deeper by indentation or by the
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

    /// What a label says of its row, the same in every amount column it
    /// names: read once a label (``TableChecker/labelMeanings``).
    struct LabelMeaning {
        /// `其中：…`, or a comparison (`2022比2021`, `增减`): a part or a difference, not a whole part.
        var partial: Bool
        /// The total it names, nil for an item.
        var rank: TotalRank?
        /// The depth of its outline mark (``OutlineMark``), after any `其中：`.
        var markDepth: Int
    }

    /// What a label says of its row: whether it is partial, the total it names and its outline mark.
    func meaning(of label: String) -> LabelMeaning {
        // A comparison row (`2022比2021`, `增减`) is a difference, not a part.
        let partial = label.hasPrefix("其中") || Self.comparesYears(label)
        let rank = TotalRank(label: label) ?? (namesTheSubject(label) ? .subtotal : nil)
            ?? (Self.totalAmountSuffixes.contains(where: label.hasSuffix) ? .total : nil)
            ?? (PrintedVocabulary.wholeWords.contains(label.withoutWhitespace) ? .grandTotal : nil)
        let mark = partial ? String(label.dropFirst(2).drop { "：:".contains($0) }) : label
        return LabelMeaning(partial: partial, rank: rank, markDepth: OutlineMark.depth(of: mark))
    }

    /// An amount column's rows as the row checks read them, read once (in ``init(reading:index:)``).
    func entries(column: Int) -> [Entry] { entriesOfColumns[column] }

    /// Reads an amount column's rows: each row that names an item or a total, with its rank, depth and amount.
    func readEntries(column: Int) -> [Entry] {
        let group = reading.codeGroup(ofColumn: column)
        let coded = group != nil
        let printedCodes = Set(group.map { group in reading.codes.compactMap { $0[group] } } ?? [])
        let levels = coded ? nil : levels
        var entries: [Entry] = []
        for row in 0..<reading.rowCount {
            guard let (label, labelColumn) = itemLabels[row][column], let meaning = labelMeanings[row][labelColumn] else { continue }
            let partial = meaning.partial, rank = meaning.rank
            // A total of the other side (`本年收入合计` beside the expense column) totals nothing here.
            if rank != nil && Self.namesTheOtherSide(label, columnName: reading.columnNames[column]) { continue }
            let code = reading.code(row: row, column: column)
            if coded && rank == nil && code == nil { continue }
            let level = levels?.level(row: row, column: labelColumn) ?? (depth: [], known: true)
            let depth = code.map { [Self.printedDepth(of: $0, among: printedCodes)] } ?? [itemColumn(of: labelColumn, before: column)] + level.depth + [meaning.markDepth]
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

    /// A code's depth in the outline the table prints: the length it would
    /// have with only its printed ancestors above it (3 for a code under
    /// none, 2 more for each). A code whose parent the table leaves out
    /// (`3021101-差旅费`, no `30211` printed, among `30201-办公费`) stands
    /// beside its printed siblings, one of the parts of their total.
    static func printedDepth(of code: String, among printed: Set<String>) -> Int {
        var depth = TableReading.classCodeLength, ancestor = code
        while let parent = TableReading.parent(of: ancestor) {
            if printed.contains(parent) { depth += TableReading.codeLevelStep }
            ancestor = parent
        }
        return depth
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
            return label.includes(side) && !label.includes(other) && columnName.includes(other) && !columnName.includes(side)
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
}
