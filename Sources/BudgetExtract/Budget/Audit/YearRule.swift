/// consistency.year: a heading, table title or date that names another year
/// than the document's. A heading (`二、…`, `（三）…`, `第一部分…`) or a
/// table title must name one of the document's years where it names any
/// (`2024年部门预算编制说明` in a 2025 budget is last year's text left in; a
/// title comparing two years names both). The document's years are its
/// year and any other its cover names (`2021年预算执行和2022年预算草案`).
/// Years in brackets and the titles of 绩效 tables name a project's own
/// years and are not judged. A `截至…年12月31日` must be the end of the
/// year a 决算 accounts for, or of the year a 预算 is for or the one before.
enum YearRule: AuditRule {
    /// Text in brackets, whose years are not the heading's own. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let bracketed = #/[（(][^）)]*[）)]/#

    /// A closing date: `截至2024年12月31日`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let closingDate = #/截[至止](20[0-9][0-9])年12月31日/#

    static func findings(in document: AuditInput) -> [AuditFinding] {
        guard let year = document.year else { return [] }
        var found: [AuditFinding] = []
        let cover = document.prose.lines.filter { $0.page == 1 }.prefix(coverLines).map(\.text).joined()
        let ownYears = Set([year] + namedYears(in: cover))
        let headings = document.prose.lines.filter { isOutlineHeading($0.text) }
            .map { (text: $0.text, page: $0.page, source: "标题", table: Int?.none) }
        let titles = document.tables.indices.filter { document.kinds[$0] != .performanceGoals }.compactMap { index in
            document.tables[index].title.map { (text: $0, page: document.tables[index].pages.first ?? 0, source: "表", table: Int?.some(index)) }
        }
        for (text, page, source, table) in headings + titles where text.unicodeScalars.contains("年") {
            // Only a text with an opening bracket has anything in brackets to take out.
            let opensBracket = text.unicodeScalars.contains { $0 == "（" || $0 == "(" }
            let years = namedYears(in: opensBracket ? text.replacing(bracketed, with: "") : text)
            guard !years.isEmpty, ownYears.isDisjoint(with: years) else { continue }
            found.append(AuditFinding(rule: "consistency.year", severity: .error,
                                      message: "\(source == "表" ? "表题" : "标题")“\(text)”写的是\(years.map(String.init).joined(separator: "、"))年，文件是\(year)年的。",
                                      evidence: [.init(source: source, page: page, text: text, table: table)], expected: String(year)))
        }
        let allowed = document.isFinalAccounts ? [year] : [year - 1, year]
        for line in document.prose.lines where line.text.unicodeScalars.contains("截") {
            for match in line.text.matches(of: closingDate) {
                guard let named = Int(match.output.1), !allowed.contains(named) else { continue }
                found.append(AuditFinding(rule: "consistency.year", severity: .error,
                                          message: "“\(match.output.0)”与文件年度\(year)年不符。",
                                          evidence: [.init(source: "说明", page: line.page, text: String(match.output.0))],
                                          expected: "截至\(allowed.last ?? year)年12月31日"))
            }
        }
        return found
    }

    /// The first lines of the first page, where a cover names the document.
    static let coverLines = 8

    /// A heading with a Chinese outline mark; numbered lines (`1.`) are as
    /// often items of a list (projects) that carry their own years.
    static func isOutlineHeading(_ line: String) -> Bool {
        ProseText.isHeading(line) && !(line.first?.isASCII ?? true)
    }

    /// A year named as a year, not as a date's (`2024年8月`). Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let namedYear = #/(20[0-9][0-9])年(?![0-9]{1,2}月)/#

    /// The years a text names as years (`2024年`, `2024年度`), not as the
    /// year of a date (`2024年8月`).
    static func namedYears(in text: String) -> [Int] {
        guard DocumentFacts.mayNameYear(text) else { return [] }
        return text.matches(of: namedYear).compactMap { Int($0.output.1) }
    }
}
