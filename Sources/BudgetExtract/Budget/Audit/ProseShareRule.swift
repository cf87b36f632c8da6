import Foundation

/// prose.share: a share the prose states, recomputed from the figures it
/// names: `本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%` (the
/// part over the figure before `其中`), and `全年预算为52.00万元，支出决算为
/// 51.32万元，完成全年预算数的98.69%` (the actual over the budget it names).
enum ProseShareRule: AuditRule {
    static func findings(in document: AuditInput) -> [AuditFinding] {
        document.prose.sentences.flatMap { sentence -> [AuditFinding] in
            let figures = sentence.figures
            return shares(sentence, figures) + completions(sentence, figures)
        }
    }

    /// `X万元，其中：A万元，占P%`: P = A ÷ X.
    static func shares(_ sentence: ProseText.Sentence, _ figures: [ProseFigure]) -> [AuditFinding] {
        // The byte search first: most sentences have no 其中.
        guard sentence.text.includes("其中"), let whereof = sentence.text.firstRange(of: "其中"),
              let whole = figures.last(where: { !$0.isPercentage && $0.range.upperBound <= whereof.lowerBound }),
              !whole.value.isZero else { return [] }
        var found: [AuditFinding] = []
        for index in figures.indices.dropFirst() where figures[index].isPercentage && figures[index].label == "占" {
            let part = figures[index - 1], percent = figures[index]
            guard !part.isPercentage, part.unit == whole.unit, part.range.lowerBound > whereof.upperBound else { continue }
            let text = whole.label + String(sentence.text[whole.range.lowerBound..<percent.range.upperBound])
            found += check(percent, part: part, whole: whole, sentence: sentence, text: text,
                           message: { expected in "说明所称\(part.label)占\(percent.printed)与其旁的数字不符：\(part.printed)÷\(whole.printed)应为\(expected)%。" })
        }
        return found
    }

    /// The label of a completion share: `完成年初预算的`. Built once: a literal is compiled anew at each use; a built Regex never changes, so threads may share it.
    nonisolated(unsafe) static let completionLabel = #/^完成(年初|全年|调整后?)?预算数?的$/#

    /// `(年初|全年)预算为A万元，支出决算为B万元，完成(年初|全年)预算(数)的P%`: P = B ÷ A.
    static func completions(_ sentence: ProseText.Sentence, _ figures: [ProseFigure]) -> [AuditFinding] {
        var found: [AuditFinding] = []
        for (index, percent) in figures.enumerated() where percent.isPercentage {
            guard let match = percent.label.firstMatch(of: completionLabel) else { continue }
            let basis = match.output.1.map(String.init)
            let before = figures[..<index].filter { !$0.isPercentage }
            guard let actual = before.last(where: { $0.label.contains("决算") }),
                  let budget = ProseComparisonRule.budgetFigure(before, basis: basis, before: actual),
                  !budget.value.isZero, budget.unit == actual.unit else { continue }
            let text = budget.label + String(sentence.text[budget.range.lowerBound..<percent.range.upperBound])
            found += check(percent, part: actual, whole: budget, sentence: sentence, text: text,
                           message: { expected in "说明所称完成预算的\(percent.printed)与其旁的数字不符：\(actual.printed)÷\(budget.printed)应为\(expected)%。" })
        }
        return found
    }

    static func check(_ percent: ProseFigure, part: ProseFigure, whole: ProseFigure, sentence: ProseText.Sentence,
                      text: String, message: (String) -> String) -> [AuditFinding] {
        let partValue = ProseChangeRule.value(part), wholeValue = ProseChangeRule.value(whole)
        let expected = partValue / wholeValue * 100
        let slack = percentSlack(percent)
            + expected * (ProseChangeRule.half(part) / max(partValue, ProseChangeRule.half(part)) + ProseChangeRule.half(whole) / wholeValue)
        guard abs(ProseChangeRule.value(percent) - expected) > slack else { return [] }
        let shown = ProseChangeRule.format(expected)
        return [AuditFinding(rule: "prose.share", severity: .error, message: message(shown),
                             evidence: [.init(source: "说明", page: sentence.pages.first, text: text)],
                             expected: shown + "%", pages: sentence.pages)]
    }

    /// A printed percentage may be rounded or cut at its last decimal: one
    /// unit of that decimal, and a hundredth of a point for the arithmetic.
    static func percentSlack(_ percent: ProseFigure) -> Double {
        pow(10, -Double(percent.value.scale)) + 0.0001
    }
}
