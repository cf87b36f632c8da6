/// consistency.placeholder: a template's placeholder left in the print
/// (`XX局`, `XXX万元`, `××`), in the prose, a title, a note or a cell. One
/// finding per page, with each placeholder's words around it; where it
/// stands for a department (`上海市XX局`) and the cover or the labels name
/// the department, that name is the expected text.
enum PlaceholderRule: AuditRule {
    /// Characters around a placeholder kept as its context.
    static let context = 8
    /// At most this many examples are quoted per page.
    static let examplesPerPage = 3

    /// Runs of X or × within a word of letters. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let placeholderPattern = #/[A-Za-z]*(?:[XＸ]{2,}|×{2,})[A-Za-z]*/#

    static func findings(in document: AuditInput) -> [AuditFinding] {
        var texts = document.prose.lines.map { (text: $0.text, page: $0.page) }
        for table in document.tables {
            let page = table.pages.first ?? 0
            texts += ([table.title].compactMap { $0 } + table.notes).map { ($0, page) }
            texts += table.header.flatMap { $0.compactMap { $0.map { ($0.text, page) } } }
            texts += table.rows.flatMap { row in row.cells.compactMap { $0.map { ($0.text, row.page) } } }
        }
        var examples: [Int: [String]] = [:]
        var namesDepartment: Set<Int> = []
        // The pattern needs two of the marks in a row: a text without them is not searched.
        for (text, page) in texts where printsTwoMarksInARow(text) {
            for match in searchedRuns(of: text).flatMap({ $0.matches(of: placeholderPattern) }) where match.output.allSatisfy({ "XＸ×".contains($0) }) {
                let start = text.index(match.range.lowerBound, offsetBy: -context, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(match.range.upperBound, offsetBy: context, limitedBy: text.endIndex) ?? text.endIndex
                let example = String(text[start..<end])
                if !(examples[page]?.contains(example) ?? false) { examples[page, default: []].append(example) }
                let after = text[match.range.upperBound...]
                if DepartmentRule.departmentEndings.contains(where: after.hasPrefix) { namesDepartment.insert(page) }
            }
        }
        let department = document.facts.department.flatMap { fact in
            fact.source != "file name" && !fact.value.contains(where: { "XＸ×".contains($0) }) ? fact.value : nil
        }
        return examples.keys.sorted().compactMap { page in
            guard let quoted = examples[page] else { return nil }
            return AuditFinding(rule: "consistency.placeholder", severity: .error,
                                message: "第\(page)页留有模板占位符（如“\(quoted[0])”），未填写实际内容。",
                                evidence: quoted.prefix(examplesPerPage).map { .init(source: "文本", page: page, text: $0) },
                                expected: namesDepartment.contains(page) ? department : nil)
        }
    }

    /// The parts of `text` the pattern is run over. A match is made only of
    /// ASCII letters, `Ｘ` and `×`, and the pattern has no anchors: in plain
    /// text (each scalar a character of its own) it finds the same matches in
    /// the runs of those scalars that hold two marks in a row as in the whole
    /// text, where it would try every place. Other text is searched whole.
    static func searchedRuns(of text: String) -> [Substring] {
        guard text.isPlainText else { return [text[...]] }
        var runs: [Substring] = []
        var runStart: String.Index?
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || scalar == "Ｘ" || scalar == "×" {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                runs.append(text[start..<index])
                runStart = nil
            }
        }
        if let start = runStart { runs.append(text[start...]) }
        return runs.filter { printsTwoMarksInARow($0) }
    }

    /// Whether two marks `placeholderPattern` repeats stand in a row (`XX`,
    /// `XＸ`, `××`), told from the bytes: where the pattern matches, they do.
    static func printsTwoMarksInARow(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(twoMarksInARow) ?? Array(text.utf8).withUnsafeBufferPointer(twoMarksInARow)
    }

    /// Whether UTF-8 bytes print two marks in a row, X (58) or Ｘ (EF BC B8)
    /// twice, or × (C3 97) twice; found on the bytes, without decoding the
    /// scalars (a mark's first byte is never inside another scalar).
    static func twoMarksInARow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: Unicode.Scalar?
        var index = 0
        while index < bytes.count {
            let (mark, width): (Unicode.Scalar?, Int) = switch bytes[index] {
            case 0x58: ("X", 1)
            case 0xC3 where index + 1 < bytes.count && bytes[index + 1] == 0x97: ("×", 2)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0xB8: ("X", 3)
            default: (nil, 1)
            }
            if let mark, mark == previous { return true }
            previous = mark
            index += width
        }
        return false
    }
}
