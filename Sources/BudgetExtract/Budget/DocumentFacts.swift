/// What a document is: whose budget, for which year, budget or final accounts.
public struct DocumentFacts: Codable, Sendable, Equatable {
    /// A fact and where it was read, so a reader can judge how far to trust it.
    public struct Fact: Codable, Sendable, Equatable {
        public var value: String
        /// `编制部门：` (a label in the text), `first page` (its heading), `table title` or `file name`.
        public var source: String
        /// 1-based page it was read on; absent for the file name.
        public var page: Int?
        /// For the department: the name as a key that groups the spellings
        /// of one department (`中共江苏省委办公厅`, `江苏省委办公厅` and
        /// `中国共产党江苏省委员会办公厅` are all `江苏省委办公厅`).
        public var key: String?
    }

    public var department: Fact?
    public var year: Fact?
    /// `预算` (budget) or `决算` (final accounts).
    public var kind: Fact?
}

extension DocumentFacts {
    /// A label that names the department: its name, the word its pattern
    /// prints as it is (a line without it cannot match, and is not given to
    /// the pattern, which costs far more than the search), and the pattern.
    typealias DepartmentLabel = (name: String, word: String, pattern: Regex<(Substring, Substring)>)

    /// The labels that name the department, most trusted first. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let departmentLabels: [DepartmentLabel] = [
            ("编制部门：", "编制部门", #/编制部门\s*[：:]\s*(\S+)/#),
            ("单位全称：", "单位全称", #/单位全称\s*[：:]\s*(\S+)/#),
            ("预算主管部门：", "预算主管部门", #/预算主管部门\s*[：:]\s*(\S+)/#),
            ("申报单位名称：", "申报单位名称", #/申报单位名称\s*[：:]\s*(\S+)/#),
            ("部门名称：", "部门名称", #/部门名称\s*[：:]\s*(\S+)/#),
            ("部门：", "门", #/(?:^|\s)部\s*门\s*[：:]\s*(\S+)/#),
            // A unit's own budget names the unit here; a department's may name its units: read after the cover.
            ("预算单位：", "预算单位", #/预算单位\s*[：:]\s*(\S+)/#),
            ("编制单位：", "编制单位", #/编制单位\s*[：:]\s*(\S+)/#),
            ("单位名称：", "单位名称", #/单位名称\s*[：:]\s*(\S+)/#),
    ]

    /// The labels whose value is the department itself on any page, never one of its units.
    static let departmentOnlyLabels: Set<String> = ["编制部门：", "单位全称：", "部门名称：", "部门："]
    /// The labels that may name a unit of the department: trusted below a cover that names one.
    static let unitLabels: Set<String> = ["预算单位：", "编制单位：", "单位名称："]

    /// Reads the facts from the text of each page (lines, top to bottom),
    /// the tables' titles and the file name, in that order of trust.
    public static func find(pageLines: [[String]], tables: [Table], fileName: String) -> DocumentFacts {
        DocumentFacts(department: department(pageLines: pageLines, fileName: fileName),
                      year: year(pageLines: pageLines, tables: tables, fileName: fileName),
                      kind: kind(pageLines: pageLines, tables: tables, fileName: fileName))
    }

    /// The department: the name most lines give under the most trusted
    /// label that any line prints (`编制部门：` first); a label that may name a
    /// unit (`单位名称：`) only where the cover names no department (a cover
    /// naming only a region, `上海市2026年市级单位预算`, does not); then the
    /// cover's name, then the file name's.
    static func department(pageLines: [[String]], fileName: String) -> Fact? {
        // A cheap test before the patterns, which are slow over thousands of lines.
        let labelled = pageLines.enumerated().flatMap { index, lines in
            lines.filter(mayBeLabelled).map { (line: $0, page: index + 1) }
        }
        let cover = pageLines.first.flatMap(coverLines).flatMap(coverName)
        // A cover naming only a region (`上海市2026年市级单位预算`) leaves the name to the unit labels.
        let coverNamesOne = cover.map { !"省市区县州旗".contains($0.last ?? " ") } ?? false
        for label in departmentLabels {
            if unitLabels.contains(label.name), coverNamesOne, let cover { return departmentFact(cover, source: "first page", page: 1) }
            let found = names(labelled: label, in: labelled)
            // The name most lines give; the first page it is on.
            let counts = Dictionary(grouping: found, by: \.value).mapValues(\.count)
            let count = { (name: String) in counts[name] ?? 0 }
            if let best = found.max(by: { count($0.value) < count($1.value) || count($0.value) == count($1.value) && $0.page > $1.page }) {
                return departmentFact(best.value, source: label.name, page: best.page)
            }
        }
        if let cover { return departmentFact(cover, source: "first page", page: 1) }
        if let name = nameBeforeYear(baseName(fileName)) ?? nameAfterYear(baseName(fileName)), name.count >= 2 {
            return departmentFact(name, source: "file name", page: nil)
        }
        return nil
    }

    /// Every name that a line labels with `label` (`编制部门：…`), cleaned, with its page.
    static func names(labelled label: DepartmentLabel,
                      in lines: [(line: String, page: Int)]) -> [(value: String, page: Int)] {
        lines.compactMap { line, page in
            guard line.includes(label.word), let match = line.firstMatch(of: label.pattern) else { return nil }
            let value = cleanedName(String(match.output.1))
            return value.count >= 2 ? (value, page) : nil
        }
    }

    static func departmentFact(_ name: String, source: String, page: Int?) -> Fact {
        Fact(value: name, source: source, page: page, key: departmentKey(name))
    }

    /// The key of a department's name: the party's full name shortened
    /// (`中国共产党` → `中共`, `…省委员会` → `…省委`), then `中共` dropped, so
    /// the spellings one department is printed under share one key.
    static func departmentKey(_ name: String) -> String {
        var key = cleanedName(name.withoutWhitespace)
        if key.hasPrefix("中国共产党") { key = "中共" + key.dropFirst("中国共产党".count) }
        guard key.hasPrefix("中共") else { return key }
        key = String(key.dropFirst("中共".count))
        for level in ["省", "市", "区", "县", "州", "自治区"] where key.contains(level + "委员会") {
            key = key.replacing(level + "委员会", with: level + "委", maxReplacements: 1)
            break
        }
        return key
    }

    /// The department a cover's lines name: the one a line in charge of the
    /// budget names with what follows it (`農業部主管` over
    /// `農業特別收入基金附屬單位預算` → `農業部農業特別收入基金`), else the
    /// name before the year, else after it; a table's title printed between
    /// the name and the year (`基金用途明細表說明`) is not part of the name.
    static func coverName(_ lines: [String]) -> String? {
        let heading = lines.filter { !isTableTitle($0) || firstYear(in: $0) != nil }.joined()
        let name = nameUnderAuthority(lines) ?? nameBeforeYear(heading) ?? nameAfterYear(heading)
        return name.flatMap { $0.count >= 2 ? $0 : nil }
    }

    /// How a line that is a table's or a contents page's title ends (`收支总表`, `基金用途明細表說明`, `目次`).
    static let tableTitleEndings = ["表", "表說明", "表说明", "目次", "目录", "目錄"]

    static func isTableTitle(_ line: String) -> Bool {
        tableTitleEndings.contains { line.hasSuffix($0) }
    }

    /// What a cover line prints after the department in charge of a budget
    /// (`農業部主管`, as Taiwan's budgets print it, over the budget's own name).
    static let inChargeWord = "主管"
    /// The words a budget's own name runs up to on a cover (`農業特別收入基金附屬單位預算`), longest first.
    static let budgetNameEndings = ["附屬單位預算", "附属单位预算", "附屬單位決算", "附属单位决算", "單位預算", "单位预算",
                                    "單位決算", "单位决算", "預算", "预算", "決算", "决算"]

    /// The department a line ending in `主管` names, with the name of the
    /// budget the next lines print up to their budget word (a fund or unit
    /// it is in charge of), if they print one.
    static func nameUnderAuthority(_ lines: [String]) -> String? {
        guard let index = lines.firstIndex(where: { $0.hasSuffix(inChargeWord) && $0.count > inChargeWord.count }) else { return nil }
        let authority = String(lines[index].dropLast(inChargeWord.count))
        let rest = lines[(index + 1)...].joined()
        let end = budgetNameEndings.compactMap { rest.range(of: $0)?.lowerBound }.min()
        let name = cleanedName(authority + (end.map { String(rest[..<$0]) } ?? ""))
        return name.isEmpty ? nil : name
    }

    /// A year at the start of a heading: `2017年度`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let leadingYear = #/^\s*20\d\d\s*年度?/#

    /// The name a heading prints after its year and before what the
    /// document is (`2017年度江苏省高级人民法院部门预算公开` → `江苏省高级人民法院`).
    static func nameAfterYear(_ text: String) -> String? {
        guard mayNameYear(text), let match = text.firstMatch(of: leadingYear) else { return nil }
        let rest = text[match.range.upperBound...]
        let ends = ["部门预算", "部门决算", "单位预算", "单位决算", "部门综合预算", "预算", "决算"]
        guard let end = ends.compactMap({ rest.range(of: $0)?.lowerBound }).min() else { return nil }
        let name = cleanedName(String(rest[..<end]).filter { !$0.isWhitespace })
        return name.isEmpty ? nil : name
    }

    /// The year: the cover's (the budget's year where it also reports an
    /// earlier year's execution), else the first table title's, else the file name's.
    static func year(pageLines: [[String]], tables: [Table], fileName: String) -> Fact? {
        // The lines apart, so that a number ending one (`附件2`) does not run into a year starting the next.
        if let cover = pageLines.first.flatMap(coverLines), let year = budgetYear(in: cover.joined(separator: " ")) {
            return Fact(value: year, source: "first page", page: 1)
        }
        for table in tables {
            if let title = table.title, let year = firstYear(in: commonEraYears(title)) {
                return Fact(value: year, source: "table title", page: table.pages.first)
            }
        }
        if let year = firstYear(in: baseName(fileName)) { return Fact(value: year, source: "file name", page: nil) }
        return nil
    }

    static func kind(pageLines: [[String]], tables: [Table], fileName: String) -> Fact? {
        func kind(in text: String) -> String? {
            let final = text.includesAny(of: ["决算", "決算"]), budget = text.includesAny(of: ["预算", "預算"])
            return final == budget ? nil : final ? "决算" : "预算"
        }
        if let cover = pageLines.first.flatMap(coverHeading), let value = kind(in: cover) {
            return Fact(value: value, source: "first page", page: 1)
        }
        let titled = tables.compactMap { table in table.title.flatMap(kind).map { ($0, table.pages.first) } }
        let finals = titled.filter { $0.0 == "决算" }.count
        if !titled.isEmpty, finals * 2 != titled.count {
            let value = finals * 2 > titled.count ? "决算" : "预算"
            return Fact(value: value, source: "table title", page: titled.first { $0.0 == value }?.1)
        }
        if let value = kind(in: baseName(fileName)) { return Fact(value: value, source: "file name", page: nil) }
        return nil
    }

    /// The lines of a page that the facts can come from: all of the first
    /// page, and the `label：value` lines of the others. A document of
    /// hundreds of pages keeps only these once a page is read.
    public static func linesWorthKeeping(_ lines: [String], page: Int) -> [String] {
        page == 1 ? lines : lines.filter(mayBeLabelled)
    }

    /// Every department label has a colon and names a 部门 or 单位.
    static func mayBeLabelled(_ line: String) -> Bool {
        (line.holdsByte(UInt8(ascii: ":")) || line.includes("：")) && line.includesAny(of: ["部", "单位"])
    }

    /// The lines of a cover page's heading, without whitespace, with ASCII
    /// digits and their years in the common era: up to a table of contents or the
    /// first line that is not short, while they name a year.
    static func coverLines(_ lines: [String]) -> [String]? {
        var heading: [String] = []
        var characters = 0
        for line in lines {
            let text = commonEraYears(asciiDigits(line.filter { !$0.isWhitespace }))
            if text.isEmpty { continue }
            if text.hasPrefix("目录") || text.count > 40 { break }
            heading.append(text)
            characters += text.count
            if characters > 80 { break }
        }
        return firstYear(in: heading.joined(separator: " ")) == nil ? nil : heading
    }

    /// The heading of a cover page: its lines (``coverLines(_:)``) joined.
    static func coverHeading(_ lines: [String]) -> String? {
        coverLines(lines)?.joined()
    }

    /// The text with full-width digits as ASCII ones (`北京市 ２０２２ 年市级决算`),
    /// so that a year printed in them is read; other characters stay as printed.
    static func asciiDigits(_ text: String) -> String {
        // Every full-width digit is U+FF10...U+FF19, whose UTF-8 starts with 0xEF: a text without that byte has none.
        guard text.holdsByte(0xEF) else { return text }
        let fullWidthDigits: ClosedRange<UInt32> = 0xFF10...0xFF19, asciiZero = UInt32(UInt8(ascii: "0"))
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            guard fullWidthDigits.contains(scalar.value) else { return scalar }
            return Unicode.Scalar(scalar.value - fullWidthDigits.lowerBound + asciiZero) ?? scalar
        }))
    }

    /// A Republic of China year (`中華民國115年度`, `民國114年`, as Taiwan's budgets print them). Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let republicYear = #/(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年/#
    /// Years of the Republic of China count from 1912, its first: 115 is 2026.
    static let republicYearOffset = 1911

    /// The text with each Republic of China year written in the common era
    /// (`中華民國115年度` → `2026年度`), so that one reading of years serves both.
    static func commonEraYears(_ text: String) -> String {
        guard text.includesAny(of: ["民國", "民国"]) else { return text }
        return text.replacing(republicYear) { match in
            Int(match.output.1).map { "\($0 + republicYearOffset)年" } ?? String(match.output.0)
        }
    }

    /// Words after a year that make it the year of an earlier budget carried
    /// out (`2021年全市和市级预算执行情况与2022年…预算草案的报告`).
    static let executionWords = ["执行", "執行"]

    /// The year a heading's budget is for: its first year, past one whose
    /// words up to the next year report the execution of an earlier budget.
    static func budgetYear(in heading: String) -> String? {
        guard mayNameYear(heading) else { return nil }
        let years = heading.matches(of: standaloneYear)
        for (index, year) in years.enumerated() {
            guard index + 1 < years.count else { return String(year.output.1) }
            let words = heading[year.range.upperBound..<years[index + 1].range.lowerBound]
            if !words.includesAny(of: executionWords) { return String(year.output.1) }
        }
        return nil
    }

    /// A year, with or without `年`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let anyYear = #/(20\d\d)\s*年?/#

    /// The text before the first year (`江苏省委办公厅2019年度…` → `江苏省委办公厅`),
    /// after any `部门：` style label and separator.
    static func nameBeforeYear(_ text: String) -> String? {
        guard mayNameYear(text), let match = text.firstMatch(of: anyYear) else { return nil }
        let before = text[..<match.range.lowerBound]
        let name = before.split(whereSeparator: nameSeparators.contains).last.map(String.init) ?? ""
        return name.isEmpty ? nil : cleanedName(name)
    }

    /// What separates a label from the name after it (a set: a character is compared with each as a string in a `String`).
    static let nameSeparators: Set<Character> = Set("_ -—：:")

    /// A year not inside a longer number. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let standaloneYear = #/(?:^|\D)(20\d\d)(?!\d)/#

    static func firstYear(in text: String) -> String? {
        guard mayNameYear(text) else { return nil }
        return text.firstMatch(of: standaloneYear).map { String($0.output.1) }
    }

    /// Whether a text prints `20` in ASCII digits, as every year pattern of
    /// the facts and the audit starts: a text without it is not given to a
    /// pattern, which costs far more than this look at its bytes.
    static func mayNameYear(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { holdsTwenty($0) } ?? holdsTwenty(text.utf8)
    }

    /// Whether bytes hold `2` then `0` (a text's read in place where they lie in one piece).
    static func holdsTwenty(_ bytes: some Collection<UInt8>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "2") && $1 == UInt8(ascii: "0") }
    }

    /// What a trailing `(汇总)`, `（本级）`, `(部门汇总)` says between its brackets.
    static let summaryWords = ["汇总", "本级", "部门汇总"]

    /// The name without a trailing `(汇总)`, `（本级）` or `(部门汇总)`, in
    /// either kind of bracket (compared as characters, as a pattern would).
    static func withoutSummarySuffix(_ name: String) -> String {
        guard let close = name.last, close == ")" || close == "）" else { return name }
        let inside = name.dropLast()
        for word in summaryWords where inside.hasSuffix(word) {
            let open = inside.dropLast(word.count)
            if let bracket = open.last, bracket == "(" || bracket == "（" { return String(open.dropLast()) }
        }
        return name
    }

    /// The labels of a unit of amounts a name may run into (`单位：万元`), each
    /// looked for by characters only where its bytes or Foundation find it.
    static let amountUnitLabels = ["金额单位", "单位：", "单位:"]
    /// The words a notice's title opens with before the name it is about.
    static let noticeOpenings = ["关于", "關於"]
    /// Punctuation a name does not end with (a set: a character is compared with each as a string in a `String`).
    static let trailingMarks: Set<Character> = Set("，,。；;：:")

    /// A name without what is printed around it: a unit label run into it
    /// (`杭州市交通运输局单位：万元`), a trailing `(汇总)`, `（本级）`, `部门`
    /// (`北京市教育委员会部门`, a cover's line) or punctuation, and the dots
    /// and marks before it.
    static func cleanedName(_ name: String) -> String {
        var name = Substring(name)
        // Each of the unit labels prints 单位: a name without it is not searched for them.
        if name.includes("单位"),
           let unitLabel = amountUnitLabels.compactMap({ name.includes($0) ? name.firstRange(of: $0)?.lowerBound : nil }).min() {
            name = name[..<unitLabel]
        }
        name = name.drop { !($0.isLetter || $0.isNumber) }
        // A notice's title names the department after 关于 (`关于南昌市XX2022年部门预算的说明`).
        if let about = noticeOpenings.first(where: { name.hasPrefix($0) }), name.count > about.count { name = name.dropFirst(about.count) }
        var cleaned = withoutSummarySuffix(String(name))
        while let last = cleaned.last, trailingMarks.contains(last) { cleaned.removeLast() }
        if cleaned.hasSuffix("部门"), cleaned.count > "部门".count + 2 { cleaned.removeLast("部门".count) }
        return cleaned
    }

    static func baseName(_ fileName: String) -> String {
        fileName.lowercased().hasSuffix(".pdf") ? String(fileName.dropLast(4)) : fileName
    }
}
