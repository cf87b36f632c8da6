/// prose.comparison: a comparison word against its own figures:
/// `年初预算为860.00万元，支出决算为812.34万元，决算数大于预算数` says 大于
/// where 812.34 < 860.00. The figures are the last budget (of the basis the
/// words name: 年初, 全年, 调整) and actual before the words, in the same
/// sentence or the one before, with no other 类/款/项 named in between.
enum ProseComparisonRule: AuditRule {
    enum Relation: String {
        case greater = "大于", less = "小于", equal = "等于"
    }

    /// `决算数大于年初预算数`, `决算与预算持平`: how the final accounts compare. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let comparison = #/决算数?(?:(大于|小于|等于|高于|低于|超过)((?:年初|全年|调整后的?|调整)?)预算数?|与((?:年初|全年|调整后的?|调整)?)预算数?(?:持平|相等|一致))/#

    /// The words of the relations `comparison` reads, one of which each of its matches prints.
    static let relationWords = ["大于", "小于", "等于", "高于", "低于", "超过", "持平", "相等", "一致"]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let sentences = document.prose.sentences
        var found: [AuditFinding] = []
        for (index, sentence) in sentences.enumerated() {
            // Every match prints 决算 and a relation's word after it, in this sentence: the pattern runs only where it may match.
            guard sentence.text.includes("决算"), sentence.text.includesAny(of: relationWords) else { continue }
            let previous = index > 0 ? sentences[index - 1] : nil
            let (joined, start) = previous.map(sentence.joined(after:)) ?? (sentence, sentence.text.startIndex)
            let window = joined.text
            let pages = joined.pages
            let figures = joined.figures.filter { !$0.isPercentage }
            for match in window.matches(of: comparison) {
                guard match.range.lowerBound >= start else { continue }
                let word = match.output.1.map(String.init) ?? "持平"
                let relation: Relation = ["大于", "高于", "超过"].contains(word) ? .greater : ["小于", "低于"].contains(word) ? .less : .equal
                let basis = (match.output.2 ?? match.output.3).map(String.init).flatMap { $0.isEmpty ? nil : $0 }
                let before = figures.filter { $0.range.upperBound <= match.range.lowerBound }
                guard let actual = before.last(where: { $0.label.includes("决算") }),
                      let budget = budgetFigure(before, basis: basis, before: actual), budget.unit == actual.unit,
                      !window[actual.range.upperBound..<match.range.lowerBound].contains(where: { "类款项".contains($0) })
                else { continue }
                let truth: Relation
                if ProseFigures.agree(actual.value, within: .zero, budget.value, within: .zero) {
                    truth = .equal
                } else {
                    truth = actual.value < budget.value ? .less : .greater
                }
                guard truth != relation else { continue }
                let text = budget.label + String(window[budget.range.lowerBound..<match.range.upperBound])
                found.append(AuditFinding(
                    rule: "prose.comparison", severity: .error,
                    message: "说明称“\(match.output.0)”，但其旁的决算数\(actual.printed)\(truth.rawValue)预算数\(budget.printed)。",
                    evidence: [.init(source: "说明", page: sentence.pages.first, text: text)],
                    expected: "决算数\(truth.rawValue)预算数", pages: pages))
            }
        }
        return found
    }

    /// The last budget figure before `actual`: of the basis named (年初, 全年,
    /// 调整), else the only kind printed.
    static func budgetFigure(_ figures: [ProseFigure], basis: String?, before actual: ProseFigure) -> ProseFigure? {
        let budgets = figures.filter { $0.range.upperBound <= actual.range.lowerBound && $0.label.includes("预算") && !$0.label.includes("决算") }
        if let basis { return budgets.last { $0.label.contains(basis.prefix(2)) } }
        let bases = Set(budgets.map { figure in ["年初", "全年", "调整"].first { figure.label.includes($0) } ?? "" })
        return bases.count == 1 ? budgets.last : nil
    }
}
