/// completeness.listed_table: a table the document's table of contents
/// lists but that the document does not print: no later line or table
/// title names it, and no printed table is of the kind its name says. A
/// document that prints no budget table at all is the prose half of a
/// publication whose tables come as another file, and is not judged.
enum ListedTablesRule: AuditRule {
    /// Entries of a table of contents are short lines.
    static let longestEntry = 60
    /// A name shorter than this many characters says too little to look for.
    static let shortestName = 4
    /// A title inside a listed name stands for it when it is this much of the
    /// name (`“三公”经费支出预算表` for `一般公共预算“三公”经费支出预算表`), not
    /// a common tail (`支出决算表`).
    static let nearlyWhole = 0.7
    /// How the names of parts of a document (all its tables) end: an entry
    /// that ends so and names no kind of table is a part, not a table.
    static let partEndings = ["预算表", "决算表", "公开表", "报表"]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let printedKinds = Set(document.kinds).subtracting([.other, .performanceGoals])
        guard !printedKinds.isEmpty, let contents = contents(of: document.prose.lines) else { return [] }
        // The entries that would be findings if no later line named them.
        let candidates = contents.entries.compactMap { entry -> (entry: ProseText.Line, name: String)? in
            let name = core(of: entry.text)
            let kind = TableKind.of(title: name, header: [])
            let part = entry.text.hasPrefix("第") || kind == .other && partEndings.contains(where: name.hasSuffix)
            // A list of tables may say beside an entry that it is empty (`是 本单位无…`).
            guard name.count >= shortestName, !part, !entry.text.contains("无"),
                  kind == .other || !printedKinds.contains(kind) else { return nil }
            return (entry, name)
        }
        // Reading every later line costs most of this rule: only where an entry is left to look for.
        guard !candidates.isEmpty else { return [] }
        // The later tables' titles, each line, and each with the next on its
        // page (a long title wraps). Titles first, since they name most
        // entries; reading stops once every entry is named.
        let titles = document.tables.filter { $0.pages.contains { $0 > contents.page } }.compactMap(\.title)
        let lines = document.prose.lines.filter { $0.page > contents.page }
        let wrapped = zip(lines, lines.dropFirst()).lazy.filter { $0.page == $1.page }.map { $0.text + $1.text }
        var unnamed = candidates
        for texts in [AnySequence(titles), AnySequence(lines.lazy.map(\.text)), AnySequence(wrapped)] {
            for text in texts {
                if unnamed.isEmpty { break }
                let later = core(of: text)
                unnamed.removeAll { _, name in
                    later.includes(name) || Double(later.count) >= nearlyWhole * Double(name.count) && name.includes(later)
                }
            }
        }
        return unnamed.map { entry, name in
            AuditFinding(rule: "completeness.listed_table", severity: .error,
                         message: "目录列出“\(entry.text)”，但文件中没有这张表。",
                         evidence: [.init(source: "目录", page: entry.page, text: entry.text)], expected: name)
        }
    }

    /// The lines after a `目录` line on its page that name a table (`表`),
    /// not the heading of a list of tables (`序号`, `报表名称`), and the page.
    static func contents(of lines: [ProseText.Line]) -> (page: Int, entries: [ProseText.Line])? {
        guard let heading = lines.firstIndex(where: { $0.text == "目录" }) else { return nil }
        let page = lines[heading].page
        let entries = lines[(heading + 1)...].prefix { $0.page == page }.filter { line in
            line.text.dropFirst(longestEntry).isEmpty && line.text.includes("表") && !line.text.hasSuffix("。")
                && !line.text.includes("序号") && !line.text.includes("名称")
        }
        return entries.isEmpty ? nil : (page, Array(entries))
    }

    /// The marks dot leaders are drawn with; two in a row start the leaders.
    static let leaderMarks: Set<Character> = [".", "…", "·", "．", "_"]

    /// An outline mark or table number before a title: `一、`, `3.`, `（二）`, `附表1-2`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let leadingNumbering = #/^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|附?表[一二三四五六七八九十0-9]+[-—:：、.．]?[0-9]*)/#

    /// The scalars `leadingNumbering` can start with (a CJK compatibility
    /// ideograph compares equal to the numeral it stands for): the cheap test
    /// before the regex, since `core` reads every later line.
    static let numberingStarts = Set("一二三四五六七八九十0123456789（(附表".unicodeScalars)

    /// A title without outline marks, numbering, leaders and page numbers,
    /// years, brackets or anything after its last 表: `一、2024年收入支出决算总表……3`
    /// → `收入支出决算总表`.
    static func core(of text: String) -> String {
        var text = String(withoutLeaders(NumberNormalizer.halfWidth(text)))
        if EmptyTableRule.mayStart(text, with: numberingStarts), let numbering = text.prefixMatch(of: leadingNumbering) {
            text = String(text[numbering.range.upperBound...])
        }
        text = withoutYearsBracketsAndSpaces(text)
        // A table's name ends with 表; what follows is another column of a list (`否`, a page).
        if let end = text.lastIndex(of: "表") { text = String(text[...end]) }
        return text
    }

    /// `text` up to two leader marks in a row (`……`, `...`), without them
    /// and what follows (a page number). By hand, not a regex: this runs on
    /// every line of the document, where a regex costs most of the audit.
    static func withoutLeaders(_ text: String) -> Substring {
        // In plain text each scalar is a character of its own, equal to no other: it is read by its scalars.
        text.isPlainText ? withoutLeaders(text, read: text.unicodeScalars, isMark: leaderScalars.contains)
            : withoutLeaders(text, read: text, isMark: leaderMarks.contains)
    }

    /// The leader marks as scalars, each a character of its own.
    static let leaderScalars = Set(leaderMarks.flatMap(\.unicodeScalars))

    /// `withoutLeaders(_:)` with `text` read as the elements of `view`.
    private static func withoutLeaders<View: Collection>(_ text: String, read view: View, isMark: (View.Element) -> Bool) -> Substring
        where View.Index == String.Index {
        var previousMark: String.Index?
        for index in view.indices {
            if isMark(view[index]) {
                if let previousMark { return text[..<previousMark] }
                previousMark = index
            } else {
                previousMark = nil
            }
        }
        return text[...]
    }

    /// `text` without years (`2024年`, `2024年度`), the digits and spaces
    /// that end it (a page number), bracketed text, spaces and quotes,
    /// removed left to right in that order of preference at each place.
    /// The characters are read into an array once: this runs on every line of the document.
    static func withoutYearsBracketsAndSpaces(_ text: String) -> String {
        // In plain text each scalar is a character of its own, equal to no other: it is read by its scalars.
        guard text.isPlainText else {
            return String(withoutYearsBracketsAndSpaces(Array(text), isDigit: ExactDecimal.isDigit, isWhitespace: TextSearch.isWhitespace,
                                                        isOne: { isOne($0, of: $1) }))
        }
        let isDigit = { (scalar: Unicode.Scalar) in scalar.isASCII && ExactDecimal.isDigit(UInt8(scalar.value)) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: withoutYearsBracketsAndSpaces(Array(text.unicodeScalars), isDigit: isDigit, isWhitespace: TextSearch.isWhitespace,
                                                              isOne: { $1.unicodeScalars.contains($0) }))
        return String(kept)
    }

    /// `withoutYearsBracketsAndSpaces(_:)` on a text's characters, or on the
    /// scalars of plain text; `isOne` tells whether an element is one of a string's marks.
    private static func withoutYearsBracketsAndSpaces<Element: Equatable & ExpressibleByUnicodeScalarLiteral>(
        _ characters: [Element], isDigit: (Element) -> Bool, isWhitespace: (Element) -> Bool, isOne: (Element, String) -> Bool
    ) -> [Element] {
        // Where the digits and white space that end it (a page number) start.
        let tailStart = characters.lastIndex { !isDigit($0) && !isWhitespace($0) }.map { $0 + 1 } ?? 0
        var kept: [Element] = [], index = 0
        while index < tailStart {
            let character = characters[index]
            let year = character == "2" ? characters[index...].prefix(6) : []
            if year.count >= 5, characters[index + 1] == "0", isDigit(characters[index + 2]), isDigit(characters[index + 3]),
               characters[index + 4] == "年" {
                index += year.count == 6 && characters[index + 5] == "度" ? 6 : 5
            } else if isOne(character, "（("), let close = characters[(index + 1)...].firstIndex(where: { isOne($0, "）)") }) {
                index = close + 1
            } else {
                if !isWhitespace(character) && !isOne(character, "“”\"《》") { kept.append(character) }
                index += 1
            }
        }
        return kept
    }

    /// Whether `character` is one of the scalars of `marks`, none of which has
    /// a canonical equivalent: what `marks.contains(character)` answers,
    /// without comparing the character with each mark as a string.
    static func isOne(_ character: Character, of marks: String) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.count == 1 else { return false }
        return marks.unicodeScalars.contains(first)
    }
}
