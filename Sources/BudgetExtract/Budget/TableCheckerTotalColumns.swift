/// 合计 (小计, 总计) columns against the columns under the same heading beside them.
extension TableChecker {
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
}
