/// The 类 of the national classifications of expenditure, by name: the
/// outline a table prints when it prints the names without their codes. Kept
/// as data, in one place: the 支出功能分类 (201 一般公共服务支出 … 229 其他支出,
/// with the names earlier years used) and the two 支出经济分类 (部门: 301
/// 工资福利支出 …; 政府: 501 机关工资福利支出 …).
enum ClassificationNames {
    /// A classification: its 类 names and whether a 类 breaks down in one
    /// level (经济分类: 类 and 款) or two (功能分类: 类, 款 and 项).
    struct Scheme: Equatable {
        let classes: Set<String>
        /// Whether every row under a 类 is one of its 款: true for the
        /// economic classifications, false for the functional one, whose
        /// 款 and 项 cannot be told apart by name.
        let oneLevelBelow: Bool
    }

    /// 类 of the 支出功能分类 (2024), and the names of the same 类 in earlier years.
    static let function = Scheme(classes: [
        "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化旅游体育与传媒支出", "文化体育与传媒支出", "社会保障和就业支出", "社会保险基金支出",
        "卫生健康支出", "医疗卫生与计划生育支出", "医疗卫生支出", "节能环保支出", "城乡社区支出", "城乡社区事务",
        "农林水支出", "农林水事务", "交通运输支出", "资源勘探工业信息等支出", "资源勘探信息等支出", "资源勘探电力信息等事务",
        "商业服务业等支出", "商业服务业等事务", "金融支出", "金融监管等事务支出", "援助其他地区支出",
        "自然资源海洋气象等支出", "国土海洋气象等支出", "国土资源气象等事务", "住房保障支出", "粮油物资储备支出",
        "粮油物资储备事务", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出",
        "债务还本支出", "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出",
    ], oneLevelBelow: false)

    /// 类 of the 部门预算支出经济分类 (301 …), with the variants printed for them.
    static let departmentEconomic = Scheme(classes: [
        "工资福利支出", "工资和福利支出", "商品和服务支出", "对个人和家庭的补助", "对个人和家庭补助", "债务利息及费用支出",
        "资本性支出（基本建设）", "资本性支出", "对企业补助（基本建设）", "对企业补助", "对社会保障基金补助", "其他支出",
    ], oneLevelBelow: true)

    /// 类 of the 政府预算支出经济分类 (501 …). Some of its 款 carry the names of
    /// 部门 类 (50501 工资福利支出), so a table that names one of these is read by this scheme.
    static let governmentEconomic = Scheme(classes: [
        "机关工资福利支出", "机关商品和服务支出", "机关资本性支出（一）", "机关资本性支出（二）", "对事业单位经常性补助",
        "对事业单位资本性补助", "对企业补助", "对企业资本性支出", "对个人和家庭的补助", "对社会保障基金补助",
        "债务利息及费用支出", "债务还本支出", "转移性支出", "预备费及预留", "其他支出",
    ], oneLevelBelow: true)

    /// The name a label gives, without white space, outline mark (`一、`,
    /// `（一）`, `1.`) or `其中：`, with ASCII brackets made full-width.
    static func name(of label: String) -> String {
        var text = label.withoutWhitespace
        // Only a text that prints an ASCII bracket has one to replace (the generic `replacing`, run on every label, cost most of the reading).
        if text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            text = String(text.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
        }
        if text.hasPrefix("其中") { text = String(text.dropFirst(2).drop { "：:".contains($0) }) }
        if OutlineMark.depth(of: text) < OutlineMark.unmarked, let mark = text.firstIndex(where: { "、．.）".contains($0) }) {
            text = String(text[text.index(after: mark)...])
        }
        return text
    }

    /// The scheme a column of names follows: the one whose 类 names it
    /// prints, the 政府 economic one where it names a 类 only that one has;
    /// nil where it names none, or 类 of both the functional and an economic scheme.
    static func scheme(of names: [String]) -> Scheme? {
        let printed = Set(names)
        func printedClasses(_ scheme: Scheme) -> Set<String> { printed.intersection(scheme.classes) }
        // `其他支出` and `预备费` are 类 of several schemes: they decide nothing.
        let shared: Set<String> = ["其他支出", "预备费", "转移性支出", "债务还本支出"]
        let function = printedClasses(Self.function).subtracting(shared)
        let government = printedClasses(governmentEconomic).subtracting(shared).subtracting(departmentEconomic.classes)
        let department = printedClasses(departmentEconomic).subtracting(shared)
        let economic = government.isEmpty ? (department.isEmpty ? nil : departmentEconomic) : governmentEconomic
        switch (function.isEmpty, economic) {
        case (false, nil): return Self.function
        case (true, let economic?): return economic
        default: return nil
        }
    }
}
