/// three_public.codes: the 三公经费 table against the economic codes of the
/// 基本支出 table that carry the same money: 30212 因公出国（境）费用, 30217
/// 公务接待费, 30231 公务用车运行维护费, 31013 公务用车购置. The 基本支出
/// table holds only part of what the 三公 table counts (项目支出 may spend on
/// the same items), so a code's amount may be less but never more than its
/// item in the 三公 table: it is judged against the largest amount the 三公
/// table prints for the item, and only where the 基本支出 table is of the same
/// money (its title says 财政拨款 or 一般公共预算) and both are printed. The
/// code's row must also name the item (regions number their own
/// classifications: 上海's 30212 is 退休人员活动费). A record carries the code
/// as `code` or as its row's `department_economic_code` (烟台 prints `50206
/// 公务接待费` nearer the amount than `30217 公务接待费`); the 政府预算支出经济分类
/// codes of a 机关 (50207, 50206, 50208; 50303 and 50403 公务用车购置, in
/// 机关资本性支出（一） and （二）) name each item alone, so a
/// row coded only by them is judged too (a 事业单位's items go to 50502 or
/// 50601 with other spending: never judged).
enum ThreePublicCodesRule: AuditRule {
    /// Each code, the words that name its item in the 三公 table, and the
    /// word its row in the 基本支出 table must print.
    /// `government`: the 政府预算支出经济分类 codes that hold that item alone.
    static let items: [(code: String, government: [String], words: [String], row: String)] = [
        ("30212", ["50207"], ["因公出国"], "出国"),
        ("30217", ["50206"], ["公务接待"], "接待"),
        ("30231", ["50208"], ["公务用车运行"], "公务用车"),
        ("31013", ["50303", "50403"], ["公务用车购置"], "公务用车"),
    ]

    static func findings(in document: AuditInput) -> [AuditFinding] {
        let fiscal = Set(document.tables.indices.filter { index in
            [.basicExpenseByEconomicClass, .fiscalAllocationBasicExpense].contains(document.kinds[index])
                && (document.tables[index].title.map { $0.includes("财政拨款") || $0.includes("一般公共预算") } ?? false)
        })
        let basic = document.records.filter { fiscal.contains($0.table) && $0.yuan != nil }
        let threePublic = document.records.filter { $0.kind == .threePublic && $0.yuan != nil }
        var found: [AuditFinding] = []
        for item in items {
            let named = threePublic.filter { record in
                let names = (record.item ?? "") + "/" + (record.columnName ?? "")
                return item.words.contains(where: names.includes)
            }
            guard let largest = named.max(by: { yuan($0) < yuan($1) }) else { continue }
            for record in basic where (record.item ?? "").includes(item.row) {
                guard let code = [record.code, record.departmentEconomicCode, record.governmentEconomicCode].compactMap({ $0 })
                    .first(where: { ([item.code] + item.government).contains($0) }) else { continue }
                let rounding = ProseTablesRule.rounding(of: record) + ProseTablesRule.rounding(of: largest)
                guard yuan(largest) + rounding < yuan(record) else { continue }
                found.append(AuditFinding(
                    rule: "three_public.codes", severity: .error,
                    message: "基本支出表中\(code) \(record.item ?? "")\(record.printed)\(record.unit ?? "")，多于“三公”经费表中该项的\(largest.printed)\(largest.unit ?? "")。",
                    evidence: [.init(record: record, text: "\(code) \(record.item ?? "") \(record.printed)"),
                               .init(record: largest, text: "\(largest.columnName ?? largest.item ?? "") \(largest.printed)")],
                    expected: "不多于\(largest.printed)\(largest.unit ?? "")"))
            }
        }
        return found
    }

    static func yuan(_ record: BudgetRecord) -> ExactDecimal {
        record.yuan.flatMap(ExactDecimal.init) ?? .zero
    }
}
