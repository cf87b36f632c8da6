import Foundation

/// prose.change: a change the prose states beside the figure it changed
/// (`总计1,234.56万元，与2024年度相比，增加56.78万元，增长4.8%`), recomputed:
/// the percentage must be the change over last year's figure (this year's
/// less the change), within the rounding of the printed decimals, and the
/// two words must go the same way (not `增加…下降`). The figure changed is
/// the nearest amount before the change in its sentence, else the only
/// amount of the sentence before (`总计307.82万元。与2023年度相比，增加…`).
enum ProseChangeRule: AuditRule {
    static let rising: Set<String> = ["增加", "增长", "上升"]
    static let falling: Set<String> = ["减少", "下降", "降低"]
    /// Both, joined once (no word ends another, so the order does not matter).
    static let directions = Array(rising.union(falling))

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let sentences = document.prose.sentences
        return sentences.indices.flatMap { index in
            findings(in: sentences[index], after: index > 0 ? sentences[index - 1] : nil)
        }
    }

    static func findings(in current: ProseText.Sentence, after previous: ProseText.Sentence?) -> [AuditFinding] {
        let previousAmounts = previous.map { $0.figures.filter { !$0.isPercentage }.count } ?? 0
        let previous = previousAmounts == 1 ? previous : nil
        // Read with the sentence before it only where that one has the figure changed; else as it is (its figures read once).
        let (sentence, start) = previous.map(current.joined(after:)) ?? (current, current.text.startIndex)
        let figures = sentence.figures
        var found: [AuditFinding] = []
        for index in figures.indices.dropFirst().dropLast() {
            let change = figures[index], percent = figures[index + 1]
            guard change.range.lowerBound >= start, !change.isPercentage, percent.isPercentage,
                  let changeWord = direction(endingLabel: change.label), let percentWord = direction(endingLabel: percent.label),
                  let changed = figures[..<index].last(where: { !$0.isPercentage }), changed.unit == change.unit,
                  sentence.text[changed.range.upperBound..<change.range.lowerBound].contains(where: { "比较".contains($0) })
            else { continue }
            let evidence = [AuditFinding.Evidence(source: "说明", page: current.pages.first,
                                                  text: changed.label + String(sentence.text[changed.range.lowerBound..<percent.range.upperBound]))]
            if rising.contains(changeWord) != rising.contains(percentWord) {
                found.append(AuditFinding(rule: "prose.change", severity: .error,
                                          message: "说明中同一变动先称“\(changeWord)”后称“\(percentWord)”，方向自相矛盾。",
                                          evidence: evidence, pages: sentence.pages))
                continue
            }
            let now = value(changed), delta = value(change)
            let before = rising.contains(changeWord) ? now - delta : now + delta
            guard before > 0 else { continue }
            let expected = delta / before * 100
            let slack = ProseShareRule.percentSlack(percent) + expected * (half(change) / max(delta, half(change)) + (half(changed) + half(change)) / before)
            if abs(value(percent) - expected) > slack {
                found.append(AuditFinding(
                    rule: "prose.change", severity: .error,
                    message: "说明所称\(percentWord)\(percent.printed)与其旁的数字不符：\(change.printed)÷上年\(format(before))\(change.unit)应为\(format(expected))%。",
                    evidence: evidence, expected: format(expected) + "%", pages: sentence.pages))
            }
        }
        return found
    }

    /// `增加`, `下降` … where the label ends with one (`收入支出总计增加` → `增加`).
    static func direction(endingLabel label: String) -> String? {
        directions.first { label.hasSuffix($0) }
    }

    static func value(_ figure: ProseFigure) -> Double { Double(figure.value.description) ?? 0 }
    static func half(_ figure: ProseFigure) -> Double { 0.5 * pow(10, -Double(figure.value.scale)) }
    static func format(_ number: Double) -> String { String(format: "%.2f", number) }
}
