/// Which national classification a code belongs to, from its digits: the
/// 支出功能分类 (`201`, `20103`, `2010301`: 类 2xx), the 政府预算支出经济分类
/// (`501`, `50101`: 类 5xx) and the 部门预算支出经济分类 (`301`, `30101`,
/// `3021101`: 类 3xx). Their 类 never share a first digit, so a code says
/// its classification alone, whichever column or file prints it; income
/// codes (`10101`, `103`) and anything else are none of these.
enum CodeClassification: Equatable {
    case function, governmentEconomic, departmentEconomic

    init?(code: String) {
        guard code.allSatisfy({ $0.isASCII && $0.isNumber }), let first = code.first else { return nil }
        switch (first, code.count) {
        case ("2", 3), ("2", 5), ("2", 7): self = .function
        case ("5", 3), ("5", 5): self = .governmentEconomic
        case ("3", 3), ("3", 5), ("3", 7): self = .departmentEconomic
        default: return nil
        }
    }
}

/// The codes of each classification a row prints for one amount: every
/// code group of the amount's block (the label columns left of the run of
/// amount columns it stands in, ``TableReading/codeGroupsOfBlocks()``), so
/// a row coded `2130201-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资`
/// gives its amounts all three, while the two sides of a side-by-side table
/// (`[30101]基本工资 | 500.00 | [30201]办公费 | 120.00`) each keep their own.
struct RowClassifications: Equatable {
    var function: String?
    var governmentEconomic: String?
    var departmentEconomic: String?

    /// Where a block prints two codes of one classification (`201 | 03 | 01`
    /// beside `2010301 行政运行`), the one nearest the amount, as `code` takes.
    init(reading: TableReading, row: Int, groups: [Int]) {
        for group in groups {
            guard let code = reading.codes[row][group], let classification = CodeClassification(code: code) else { continue }
            switch classification {
            case .function: function = code
            case .governmentEconomic: governmentEconomic = code
            case .departmentEconomic: departmentEconomic = code
            }
        }
    }
}
