/// Decides where a table's header rows end and its body begins.
enum HeaderSplitter {
    /// The number of leading rows that are header: the rows before the first
    /// row that prints an amount or a classification code, starts an item
    /// (`一、…`), or is a lone total such as `合计` (a total printed above the
    /// items it sums, or the only row of an empty table). A table with no
    /// data may print `无` above that total: that row is body too. A project
    /// form's fields (`项目名称 | X`, `主管部门 | Y`; its goal, `当年绩效目标 | …`,
    /// or `当年整体绩效目标` over the goal's text) are body from the first on.
    static func headerRowCount(_ rows: [PrintedRow]) -> Int {
        let first = firstBodyRow(rows)
        return formFieldsStart(rows, before: first) ?? first
    }

    /// The first row that can only be body (see ``headerRowCount(_:)``), before a form's fields are looked for.
    static func firstBodyRow(_ rows: [PrintedRow]) -> Int {
        guard var first = rows.indices.first(where: { index in
            let row = rows[index]
            return startsBody(row) || (startsWithTotal(row) && isTotalRow(following: rows[(index + 1)...]))
        }) else { return rows.count }
        if startsWithTotal(rows[first]) {
            while first > 0, printsOnlyPlaceholders(rows[first - 1]) { first -= 1 }
        }
        return firstItemUnderHeadings(rows, before: first) ?? first
    }

    /// The first of the rows before `end` that print items under a complete
    /// row of headings: once a row has given every column its heading, the
    /// header has ended, and the rows after it that print a label in the
    /// first column and nothing in the amount columns but a dash (a section
    /// with no amounts of its own, `業務活動之現金流量`, `基金來源`, or an
    /// item whose one amount is `-`), perhaps text in the last (a note), are
    /// body, down to the first row of amounts. A label that only headings
    /// print (`项目`, `类`, `科目编码`) keeps its row in the header.
    static func firstItemUnderHeadings(_ rows: [PrintedRow], before end: Int) -> Int? {
        guard end < rows.count else { return nil }
        return (1..<max(end, 1)).first { start in
            printsEveryColumn(rows[start - 1]) && rows[start..<end].allSatisfy(printsItemWithoutAmounts)
        }
    }

    /// A row with text in every column: a complete row of headings.
    static func printsEveryColumn(_ row: PrintedRow) -> Bool {
        row.count >= 2 && row.allSatisfy { cell in cell.map { !$0.text.withoutWhitespace.isEmpty } ?? false }
    }

    /// A row that prints a label in its first column (words: a dash there
    /// is no label) that is no heading, no number and no caption, and in the
    /// others nothing, or a dash alone, or (the last) words.
    static func printsItemWithoutAmounts(_ row: PrintedRow) -> Bool {
        guard row.count >= 2, let label = row[0]?.text.withoutWhitespace, label.contains(where: \.isLetter),
              !PrintedVocabulary.isHeadingLabel(label), !PrintedVocabulary.looksLikeNumber(label),
              Caption.unit(in: label) == nil, !Caption.isCaptionPrefix(label) else { return false }
        return row.indices.dropFirst().allSatisfy { column in
            guard let text = row[column]?.text.withoutWhitespace, !text.isEmpty else { return true }
            if PrintedVocabulary.placeholders.contains(text) { return true }
            return column == row.count - 1 && row.count > 2 && !PrintedVocabulary.looksLikeNumber(text)
                && !PrintedVocabulary.isHeadingLabel(text)
        }
    }

    /// Where a project form's fields start among the rows taken for header
    /// (before `end`): the first of ``TableSettings/formFieldRowsCount`` rows
    /// in a row that each open with a field label (`项目名称 | 信访干部培训专项`,
    /// then `主管部门 | 国家信访局 | 实施单位 | 国家信访局`; the second may
    /// already be body, printing a code: `主管部门及代码 | 253_烟台市…`), or
    /// one row that prints two fields (`项目名称 | X | 主管部门 | Y`). A form
    /// has no column headings: those rows, and the rows after them, are its
    /// body. Rows above them (the form's title printed in its grid) stay header.
    static func formFieldsStart(_ rows: [PrintedRow], before end: Int) -> Int? {
        let count = TableSettings.standard.formFieldRowsCount
        return (0..<end).first { start in
            let run = rows[start...].prefix(count)
            let next = rows[start...].dropFirst().first
            return (run.count == count && run.allSatisfy(opensWithFormField)) || printsTwoFields(rows[start])
                || printsOneWideField(rows[start], over: next) || printsFieldOverItsText(rows[start], over: next)
        }
    }

    /// A field's label alone over the row (`当年整体绩效目标`, merged over the
    /// width) with its text alone in the row under it (the department's goals,
    /// merged over the width too: 重庆 部门整体绩效目标表): a section of the
    /// form. A heading over sub-headings has several of them under it.
    static func printsFieldOverItsText(_ row: PrintedRow, over next: PrintedRow?) -> Bool {
        guard let next, opensWithFormField(row), row.compactMap({ $0 }).count == 1,
              row.count > TableSettings.standard.formFieldValueColumnsCount else { return false }
        let under = next.compactMap { $0 }
        guard under.count == 1, let text = next.first??.text else { return false }
        return !PrintedVocabulary.isFormFieldLabel(text) && !PrintedVocabulary.looksLikeNumber(text)
    }

    /// A row of one field whose value fills the rest of the row, merged over
    /// ``TableSettings/formFieldValueColumnsCount`` columns or more, with a
    /// label of its own under the field's label (`部门名称 | 首都绿化委员会办公室`
    /// over `总体资金情况（万元） | …`). A heading's label spans down beside
    /// its sub-headings: nothing under it (`部门名称 | 三公经费预（决）算数`).
    static func printsOneWideField(_ row: PrintedRow, over next: PrintedRow?) -> Bool {
        let texts = row.indices.filter { row[$0] != nil }
        guard texts.count == 2, opensWithFormField(row), let under = next?.first, under != nil,
              let value = row[texts[1]], !PrintedVocabulary.isFormFieldLabel(value.text) else { return false }
        return row.count - texts[1] >= TableSettings.standard.formFieldValueColumnsCount
    }

    /// A row whose first cell is a project form's field label.
    static func opensWithFormField(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return PrintedVocabulary.isFormFieldLabel(text)
    }

    /// A row of two fields, each label followed by its value: `项目名称 | X |
    /// 主管部门 | Y`. Labels side by side (`项目名称 | 项目单位 | 金额`) are headings.
    static func printsTwoFields(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text }
        let labels = texts.map(PrintedVocabulary.isFormFieldLabel)
        let fields = labels.indices.dropLast().filter { labels[$0] && !labels[$0 + 1] }
        return labels.first == true && fields.count >= 2
    }

    /// A row that prints nothing but `无`, `-` or `—`: the body of a table with no data.
    static func printsOnlyPlaceholders(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text.withoutWhitespace }
        return !texts.isEmpty && texts.allSatisfy { PrintedVocabulary.noneWords.contains($0) || PrintedVocabulary.placeholders.contains($0) }
    }

    /// A row that can only be body: it prints an amount or a code, starts an
    /// item, is a lone total, opens with an indicator's class, or prints an
    /// item whose amounts are dashes.
    static func startsBody(_ row: PrintedRow) -> Bool {
        guard !numbersColumns(row) else { return false }
        return isDataRow(row) || isLoneTotal(row) || opensWithIndicatorClass(row) || printsDashedAmounts(row)
            || row.contains { $0.map { ItemMarker.startsItem($0.text) } ?? false }
    }

    /// A row that prints a label and, in ``TableSettings/minimumDashedAmountCellsCount``
    /// cells or more, a dash alone (`土地 | - | - | - | | -`): an item with
    /// nothing to report, its amounts printed as the zero dash. A heading
    /// cell is words, never a dash, so such rows are body even before the
    /// first row that prints an amount (`Samples/dashed-first-rows.pdf`).
    static func printsDashedAmounts(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text.withoutWhitespace }.filter { !$0.isEmpty }
        let dashes = texts.filter(PrintedVocabulary.placeholders.contains).count
        return dashes >= TableSettings.standard.minimumDashedAmountCellsCount && dashes < texts.count
    }

    /// A row whose first printed cell names a first-level indicator's class
    /// (`成本指标`, `产出指标`): a value of the `一级指标` column, so a body row
    /// even when its target is words and no amount (`不超过预算`).
    static func opensWithIndicatorClass(_ row: PrintedRow) -> Bool {
        guard let first = row.lazy.compactMap({ $0 }).first else { return false }
        return PrintedVocabulary.indicatorClasses.contains(first.text.withoutWhitespace)
    }

    /// The row of column numbers that closes many final-account headers:
    /// `栏次 | 1 | 2 | 3`, `** | 1 | 2 | 3`, or `1 | 2 | 3 | 4` alone (three columns or more;
    /// two, each beside a label of its own: `栏次 | 1 | 栏次 | 2`, the two sides of a 收支总表;
    /// only `1` after marks that say so: `** | 1`).
    static func numbersColumns(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text.withoutWhitespace }
        let labels = texts.filter { Int($0) == nil }
        let numbers = texts.compactMap { Int($0) }
        let settings = TableSettings.standard
        // An empty table's one amount column, numbered after marks that say so (`** | 1`, `** | ** | 1`).
        if numbers == [1], !labels.isEmpty, labels.allSatisfy(PrintedVocabulary.isColumnNumberMark) { return true }
        let fewest = labels.count >= numbers.count ? settings.minimumLabelledColumnNumbersCount : settings.minimumColumnNumbersCount
        guard numbers.count >= fewest,
              labels.allSatisfy(PrintedVocabulary.isColumnNumberLabel) else { return false }
        return numbers[0] <= settings.maximumFirstColumnNumber && numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
    }

    /// Whether a row starting with `合计` is the body's total row, judged by
    /// the next row that prints anything: none (an empty table), or a body
    /// row. When that row prints an amount in the first column, `合计` was the
    /// label of an amount column; when it prints more labels, a header cell.
    static func isTotalRow(following rows: ArraySlice<PrintedRow>) -> Bool {
        guard let next = rows.first(where: { $0.contains { $0 != nil } }) else { return true }
        return startsBody(next) && !startsWithAmount(next)
    }

    /// A total in the first column.
    static func startsWithTotal(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return PrintedVocabulary.totalWords.contains(text.withoutWhitespace)
    }

    static func startsWithAmount(_ row: PrintedRow) -> Bool {
        guard let first = row.first, let text = first?.text else { return false }
        return PrintedVocabulary.looksLikeNumber(text) && text.contains { PrintedVocabulary.separators.contains($0) }
    }

    /// A row that prints a number, a percentage or a target value (`≥95%`, `≤40000.00（元）`).
    static func isDataRow(_ row: PrintedRow) -> Bool {
        row.contains { cell in cell.map { PrintedVocabulary.looksLikeNumber($0.text) || PrintedVocabulary.isTargetValue($0.text) } ?? false }
    }

    static func isLoneTotal(_ row: PrintedRow) -> Bool {
        let texts = row.compactMap { $0?.text.withoutWhitespace }
        return texts.count == 1 && PrintedVocabulary.totalWords.contains(texts[0])
    }
}
