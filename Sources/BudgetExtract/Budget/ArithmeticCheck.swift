/// One sum a document implies, checked: a total against the parts it totals.
public struct ArithmeticCheck: Codable, Sendable, Equatable {
    public enum Rule: String, Codable, Sendable, CaseIterable {
        /// A 类 row is the sum of its 款 rows, a 款 row of its 项 rows.
        case codeHierarchy = "code_hierarchy"
        /// An item (`一、…`) is the sum of the items under it (`1.…`), by
        /// outline marks or by the column its label is printed in.
        case outline
        /// A 合计, 小计 or 总计 row is the sum of the rows it totals.
        case totalRow = "total_row"
        /// A 合计 column is the sum of the columns beside it under the same heading.
        case totalColumn = "total_column"
        /// 收入总计 equals 支出总计.
        case incomeEqualsExpense = "income_equals_expense"
        /// A total of one table equals the same total in another (收支总表 against 收入总表).
        case acrossTables = "across_tables"
    }

    public enum Outcome: String, Codable, Sendable {
        case pass
        /// Off by no more than rounding each printed figure to its last
        /// printed decimal can explain (万元 tables printed with two decimals).
        case withinRounding = "within_rounding"
        case fail
    }

    public var rule: Rule
    /// What was compared, in words (`201 = 20103 + 20105 (支出预算/合计)`).
    public var description: String
    public var total: CellReference
    public var parts: [CellReference]
    /// The sum of the parts.
    public var expected: String
    /// The total as printed, read as a number.
    public var printed: String
    /// printed − expected.
    public var difference: String
    public var outcome: Outcome
    /// Where exactly one re-reading of one printed cell makes a failing check pass.
    public var repair: Repair?
}

/// A cell a check or repair refers to.
public struct CellReference: Codable, Sendable, Equatable {
    /// 0-based table, body row and column; 1-based page.
    public var table: Int
    public var page: Int
    public var row: Int
    public var column: Int
    public var text: String
}

/// A proposed reading of a printed cell that makes a failing check pass.
/// The printed value is never replaced: the proposal stands beside it.
public struct Repair: Codable, Sendable, Equatable {
    public var cell: CellReference
    /// The value the cell would have to print for the check to pass.
    public var proposed: String
    /// `digit_lost`, `digit_doubled`, `digit_extra`, `digits_swapped`, or
    /// `amounts_fused` (two amounts printed into one cell).
    public var reason: String
    /// With `amounts_fused`: the second amount, which belongs to the next column.
    public var rest: String?

    public init(cell: CellReference, proposed: String, reason: String, rest: String? = nil) {
        self.cell = cell
        self.proposed = proposed
        self.reason = reason
        self.rest = rest
    }
}
