/// consistency.department: a title or a department label that names
/// another department than the document's (a table titled
/// `上海市样本局2025年政府采购预算表`, a page's `编制部门：上海市样本局`, or a
/// heading `上海市样本局2025年部门预算` in 上海市示例局's budget): a template
/// copied from another department and not renamed. The document's department is the one its labels or its
/// cover name (never the file name). Two names are of one department when
/// they share the key of their spellings (`中共江苏省委办公厅`,
/// `江苏省委办公厅`), or one holds the other (`江苏省人大` for
/// `江苏省人大常委会办公厅`; a unit `上海市示例局机关` of the department). A
/// finding needs two names of departments of one government: both start
/// with the same region (`上海市`, `上海市普陀区`) and end as a department's
/// name does (`局`, `厅`, `委员会`…): a unit (`…中心`, `…站`), another
/// government or a text read wrong is not judged. A placeholder (`XX局`)
/// is consistency.placeholder's.
enum DepartmentRule: AuditRule {
    /// How the name of a department (not of one of its units) ends.
    static let departmentEndings = ["局", "厅", "委员会", "委", "办公室", "部", "署"]

    /// The region a name starts with: up to its first 省, 市, 区, 县, 州 or
    /// 旗, within this many characters. Built once: a literal is compiled anew
    /// at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let region = #/^.{1,8}?[省市区县州旗]/#

    static func findings(in document: AuditInput) -> [AuditFinding] {
        guard let own = document.facts.department, own.source != "file name", isDepartment(own.value) else { return [] }
        let titles = document.tables.indices.filter { document.kinds[$0] != .performanceGoals }.compactMap { index in
            document.tables[index].title.flatMap { title in
                DocumentFacts.nameBeforeYear(title).map { (name: $0, text: title, page: document.tables[index].pages.first, table: Int?.some(index)) }
            }
        }
        let lines = document.prose.lines.filter { DocumentFacts.mayBeLabelled($0.text) }.map { (line: $0.text, page: $0.page) }
        let labels = DocumentFacts.departmentLabels.filter { DocumentFacts.departmentOnlyLabels.contains($0.name) }.flatMap { label in
            DocumentFacts.names(labelled: label, in: lines).map { (name: $0.value, text: label.name + $0.value, page: Int?.some($0.page), table: Int?.none) }
        }
        // A short line naming a department and a year's 预算 or 决算: a cover's or a part's title repeated on a page.
        let headings = document.prose.lines.filter { line in
            line.text.includesAny(of: ["预算", "决算"]) && ProseText.hasAtMost(ProseText.longestHeading, charactersIn: line.text)
        }.compactMap { line in
            DocumentFacts.nameBeforeYear(line.text).map { (name: $0, text: line.text, page: Int?.some(line.page), table: Int?.none) }
        }
        var seen: Set<String> = []
        // Most names recur (every table's title names the department): each is judged once.
        var differs: [String: Bool] = [:]
        return (titles + labels + headings).compactMap { named -> AuditFinding? in
            let differing = differs[named.name] ?? differ(own.value, named.name)
            differs[named.name] = differing
            guard differing, seen.insert(named.name + "\(named.page ?? 0)").inserted else { return nil }
            let cover = AuditFinding.Evidence(source: own.source == "first page" ? "封面" : "文本", page: own.page, text: own.value)
            return AuditFinding(rule: "consistency.department", severity: .error,
                                message: "第\(named.page ?? 0)页“\(named.text)”写的是“\(named.name)”，文件是“\(own.value)”的。",
                                evidence: [.init(source: named.table == nil ? "文本" : "表", page: named.page, text: named.text, table: named.table), cover],
                                expected: own.value)
        }
    }

    /// Whether a name ends as a department's does and starts with a region.
    static func isDepartment(_ name: String) -> Bool {
        departmentEndings.contains(where: name.hasSuffix) && name.prefixMatch(of: region) != nil
    }

    /// Whether two names are of two departments of one government.
    static func differ(_ a: String, _ b: String) -> Bool {
        // The keys cost most: only for two departments' names.
        guard isDepartment(a), isDepartment(b) else { return false }
        let (keyA, keyB) = (comparable(a), comparable(b))
        guard !keyA.includes(keyB), !keyB.includes(keyA),
              let regionA = keyA.prefixMatch(of: region), let regionB = keyB.prefixMatch(of: region) else { return false }
        return regionA.output == regionB.output
    }

    /// A name as its spellings share it: the department key, `人民政府` as `政府`.
    static func comparable(_ name: String) -> String {
        DocumentFacts.departmentKey(name).replacing("人民政府", with: "政府")
    }
}
