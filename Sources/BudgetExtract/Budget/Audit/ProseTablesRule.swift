/// prose.table: a figure the prose ties to a table cell against that cell.
/// The prose's 总计 and 合计 (`收入、支出总计1,234.56万元`, `本年支出合计…`)
/// must equal a 总计 or 合计 row of the tables, and its 基本支出 and
/// 项目支出 (`其中：基本支出987.65万元`) an amount of a 基本支出 or 项目支出
/// column or row, within the rounding of the printed decimals of both. A
/// figure is only judged where the tables print amounts of its kind at all,
/// where its label names the document's own total (no more than `收入`,
/// `支出`, `本年`, a year… before the word: `财政专户管理资金收入总计` and
/// `一般公共预算基本支出` are parts the tables need not print as such), and
/// where no amount of any table equals it (a heading read wrong must not
/// make a right figure wrong); a zero is judged against the tied cells alone.
enum ProseTablesRule: AuditRule {
    /// What a prose label ties a figure to: the word it ends with, and the
    /// records that can carry the same figure.
    struct Tie: Sendable {
        var word: String
        var carries: @Sendable (BudgetRecord) -> Bool
    }

    static let ties: [Tie] = [
        Tie(word: "总计") { ($0.item ?? "").includes("总计") },
        Tie(word: "合计") { ($0.item ?? "").includes("合计") || ($0.item ?? "").includes("总计") },
        Tie(word: "基本支出") { ($0.columnName ?? "").includes("基本支出") || ($0.item ?? "").includes("基本支出") },
        Tie(word: "项目支出") { ($0.columnName ?? "").includes("项目支出") || ($0.item ?? "").includes("项目支出") },
    ]

    /// What a label may say before its tie word for the figure to be the document's own.
    static let ownWords = Set("收入支出预算决算部门单位本年度和与、的各均共计0123456789")

    /// Words in a label that make its figure a change or a comparison, not the figure itself.
    static let changeWords = ["增加", "减少", "增长", "下降", "比", "较", "相比", "上年", "同比"]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        // Read once a figure names a tie: most figures name none.
        lazy var amounts = document.records.compactMap { record in
            record.yuan.flatMap(ExactDecimal.init).map { (record: record, yuan: $0, rounding: rounding(of: record)) }
        }
        var found: [AuditFinding] = []
        for sentence in document.prose.sentences {
            for figure in sentence.figures {
                guard let yuan = figure.yuan, let tie = tie(of: figure.label) else { continue }
                let candidates = amounts.filter { tie.carries($0.record) }
                let agrees = { (amount: (record: BudgetRecord, yuan: ExactDecimal, rounding: ExactDecimal)) in
                    ProseFigures.agree(yuan, within: figure.roundingInYuan, amount.yuan, within: amount.rounding)
                }
                guard !candidates.isEmpty, !candidates.contains(where: agrees),
                      yuan.isZero || !amounts.contains(where: agrees) else { continue }
                let shown = candidates.prefix(3)
                found.append(AuditFinding(
                    rule: "prose.table", severity: .error,
                    message: "说明中的\(figure.label)\(figure.printed)与表中任何\(tie.word)数都不符。",
                    evidence: [.init(source: "说明", page: sentence.pages.first, text: figure.label + figure.printed)]
                        + shown.map { .init(record: $0.record, text: ($0.record.item ?? "") + " " + $0.record.printed + ($0.record.unit ?? "")) },
                    expected: shown.first.map { $0.record.printed + ($0.record.unit ?? "") }, pages: sentence.pages))
            }
        }
        return found
    }

    /// The tie a label names when it ends with the tie's word (after `为`, `是`),
    /// and is not a change.
    static func tie(of label: String) -> Tie? {
        var label = Substring(label)
        while let last = label.last, "为是共达".contains(last) { label = label.dropLast() }
        guard !label.includesAny(of: changeWords) else { return nil }
        return ties.first { tie in
            label.hasSuffix(tie.word) && label.dropLast(tie.word.count).allSatisfy(ownWords.contains)
        }
    }

    /// Half a unit of a record's last printed decimal, in 元.
    static func rounding(of record: BudgetRecord) -> ExactDecimal {
        let scale = ExactDecimal(record.amount)?.scale ?? 0
        return ExactDecimal(significand: 5, scale: scale + 1).timesPowerOfTen(ProseFigure.yuanPerUnit[record.unit ?? ""] ?? 0)
    }
}
