/// What a table's grid means, cell by cell: which columns print
/// classification codes, what each column is called, each row's code and
/// label, and the amount each cell prints. Records and checks both read
/// tables through this.
struct TableReading {
    let table: Table
    let kind: TableKind
    /// Runs of adjacent columns that print codes (`类 | 款 | 项`, or one
    /// column of `2013601`), and label columns that lead with their codes,
    /// left to right; a side-by-side table can have two, a table coded by
    /// two classifications (`50101-工资奖金津补贴 | 30101-基本工资`) too.
    let codeGroups: [[Int]]
    /// The columns of all code groups that print only codes.
    let codeColumns: Set<Int>
    /// Label columns whose labels start with their codes (`2010301 行政运行`,
    /// `2130201-行政运行`, `[30201]办公费`): each is a code group of its own.
    let labelCodeColumns: Set<Int>
    /// Columns that number the rows (序号, 行次): figures, not amounts.
    let numberingColumns: Set<Int>
    /// Columns whose heading names codes or identifiers (`部门（单位）代码`,
    /// `项目编码`) without printing classification codes (a unit's `105001`):
    /// like the code columns, they print identifiers, never amounts.
    let identifierColumns: Set<Int>
    /// Columns that name the year or period a row is for (a `年度` column
    /// printing `2022`, `2021`, `2022比2021` on each item's lines): labels,
    /// never amounts, so a year is never summed as money.
    let periodColumns: Set<Int>
    /// Each column's header texts, top to bottom, joined by `/`.
    let columnNames: [String?]
    /// What each column's figures measure: money in a unit, percentages or quantities.
    let measures: [ColumnMeasure]
    /// Columns that say how a 政府采购 item is bought (`采购组织形式`, `采购方式`):
    /// the item is the thing bought, never the method.
    let procurementMethodColumns: Set<Int>
    /// Rows that number the columns (`栏次 1 2 3 …`, `** 1 2 3`) and rows
    /// that repeat the header on a continuation page: no figures, no codes.
    let headingRows: Set<Int>
    /// What each body cell prints, read once.
    let readings: [[CellReading]]
    /// How each body cell's number was read, where more than reading it as
    /// printed was needed (``NumberNormalizer/readWithRepairs(_:)``): the JSON says so.
    let repairs: [[[NumberRepair]]]
    /// The number each body cell prints where it is a figure of the table:
    /// nil where it prints none (a blank is never zero), in code,
    /// identifier and numbering columns, in columns of prose, and in heading rows.
    let figures: [[ExactDecimal?]]
    /// The figures that are money: what sums are formed over.
    let amounts: [[ExactDecimal?]]
    /// The columns that print at least one amount.
    let amountColumns: [Int]
    /// For each body row, the code each code group prints (nil where none).
    let codes: [[String?]]
    /// Columns that print words or placeholders somewhere in the body: what
    /// may divide the blocks of a side-by-side table. A column blank all
    /// down (a 基本支出 column of a table of projects) divides nothing.
    let printedColumns: Set<Int>
    init(_ table: Table) {
        self.table = table
        kind = TableKind.of(table)
        let read = table.rows.map { row in row.cells.map { $0.map { NumberNormalizer.readWithRepairs($0.text) } ?? (.empty, []) } }
        let readings = read.map { $0.map(\.reading) }
        self.readings = readings
        repairs = read.map { $0.map(\.repairs) }
        let headingRows = Self.headingRows(of: table, readings: readings)
        self.headingRows = headingRows

        let columnNames = Self.columnNames(of: table)
        self.columnNames = columnNames
        let tableUnit = table.unit.flatMap(MoneyUnit.init(word:))
        let measures = ColumnMeasure.of(columnNames: columnNames, tableUnit: tableUnit)
        self.measures = measures

        var groups: [[Int]] = []
        // A column headed as counts or rates (`编制人数/事业` printing `354`, `200`, `42`) prints figures, never codes.
        for column in 0..<table.columnCount
        where measures[column].isMoney && Self.printsCodes(table, column: column, skipping: headingRows) {
            // `类 | 款 | 项` is one code; a column of another classification beside it (`… | 01 | 30101`) is a code of its own.
            if let group = groups.last, let last = group.last, last == column - 1,
               !Self.classifiesOtherwise(table, column: column, than: group[0], skipping: headingRows) {
                groups[groups.count - 1].append(column)
            } else {
                groups.append([column])
            }
        }
        // A column of two-digit numbers is a 款 or 项 column only beside a 类 column.
        groups = groups.filter { group in
            group.contains { column in table.rows.contains { ($0.cells[column]?.text.filter(\.isNumber).count ?? 0) >= 3 } }
        }
        let codeColumns = Set(groups.joined())
        self.codeColumns = codeColumns
        // The codes may lead the labels (`2010301 行政运行`, `[201]一般公共服务支出`, `2130201-行政运行`).
        let labelCodeColumns = Self.labelCodeColumns(of: table, skipping: codeColumns)
        self.labelCodeColumns = labelCodeColumns
        codeGroups = (groups + labelCodeColumns.map { [$0] }).sorted { $0[0] < $1[0] }

        // A 序号 or 行次 column numbers the rows: its figures are not amounts.
        let numberingColumns = Set(columnNames.indices.filter { column in
            columnNames[column].map { name in ["序号", "行次", "栏次", "编号"].contains { name.hasSuffix($0) } } ?? false
        })
        self.numberingColumns = numberingColumns
        let identifierColumns = Set(columnNames.indices.filter { column in
            !codeColumns.contains(column) && columnNames[column].map(Self.namesIdentifiers) ?? false
        })
        self.identifierColumns = identifierColumns
        let periodColumns = Set((0..<table.columnCount).filter { column in
            Self.namesPeriods(columnNames[column]) || Self.printsOnlyYears(table, column: column, skipping: headingRows)
        })
        self.periodColumns = periodColumns
        procurementMethodColumns = Set(columnNames.indices.filter { column in
            columnNames[column]?.includesAny(of: ["采购方式", "组织形式", "采购组织形"]) ?? false
        })
        let proseColumns = Self.proseColumns(readings: readings, columnCount: table.columnCount)

        let figures = readings.enumerated().map { row, cells in
            cells.enumerated().map { column, reading -> ExactDecimal? in
                guard !headingRows.contains(row), !codeColumns.contains(column), !numberingColumns.contains(column),
                      !identifierColumns.contains(column), !periodColumns.contains(column), !proseColumns.contains(column),
                      case .amount(let amount) = reading else { return nil }
                return amount
            }
        }
        self.figures = figures
        let amounts = figures.map { row in row.enumerated().map { column, figure in measures[column].isMoney ? figure : nil } }
        self.amounts = amounts
        amountColumns = (0..<table.columnCount).filter { column in amounts.contains { $0[column] != nil } }
        printedColumns = Set((0..<table.columnCount).filter { column in readings.contains { $0[column] != .empty } })

        var codes: [[String?]] = []
        var previous: [String?]?
        for (index, row) in table.rows.enumerated() {
            if headingRows.contains(index) {
                codes.append(Array(repeating: nil, count: codeGroups.count))
                continue
            }
            defer { previous = codes.last }
            codes.append(codeGroups.enumerated().map { index, group in
                if labelCodeColumns.contains(group[0]) { return row.cells[group[0]].flatMap { Self.leadingCode(of: $0.text)?.code } }
                return Self.code(from: group.map { row.cells[$0]?.text }, previous: previous?[index])
            })
        }
        self.codes = codes
    }

    var rowCount: Int { table.rows.count }

    func isCodeColumn(_ column: Int) -> Bool { codeColumns.contains(column) }

    /// Whether a row prints digits in a code group's columns that make no
    /// code (a misprinted `7` for `210`, ``code(from:previous:)``): the
    /// row's place in the classification is unknown.
    func printsUnreadCode(row: Int, group: Int) -> Bool {
        codes[row][group] == nil && codeGroups[group].contains { column in
            !labelCodeColumns.contains(column) && (table.rows[row].cells[column]?.text.contains(where: \.isNumber) ?? false)
        }
    }

    /// The code group that an amount column belongs to: the nearest to its left.
    func codeGroup(ofColumn column: Int) -> Int? {
        codeGroups.lastIndex { group in group.last.map { $0 < column } ?? false }
    }

    func code(row: Int, column: Int) -> String? {
        codeGroup(ofColumn: column).flatMap { codes[row][$0] }
    }

    /// The code groups of each column's block, left to right: those left of
    /// the run of amount columns the column stands in, back to the amount
    /// column before them. A table coded by two classifications prints both
    /// there (`功能分类 | 经济分类 | 名称 | 合计 | 基本支出`); the other side of a
    /// side-by-side table lies past an amount column. Only columns that print
    /// words or codes are label columns: a column blank all down, or
    /// printing nothing but placeholders (`-`), between amount columns (a
    /// 基本支出 column of a table of projects) divides no blocks. Where a
    /// block has none, the code groups printed right of every amount column
    /// (a 结转资金支出表's `金额 | 功能分类科目代码 | … | 政府经济分类科目代码`)
    /// are the row's codes: they classify the row wherever they stand.
    func codeGroupsOfBlocks() -> [[Int]] {
        let groupEnding = Dictionary(codeGroups.indices.map { (codeGroups[$0].last ?? -1, $0) }, uniquingKeysWith: { first, _ in first })
        let printsWords = (0..<table.columnCount).map { column in
            codeColumns.contains(column) || readings.indices.contains { row in
                guard !headingRows.contains(row), case .text = readings[row][column] else { return false }
                return true
            }
        }
        let isAmountColumn = Set(amountColumns)
        // Code groups right of every amount (`金额 | 功能分类科目代码 | 名称 | 政府经济分类科目代码`) classify the row all the same.
        let trailing = codeGroups.indices.filter { group in codeGroups[group][0] > (amountColumns.last ?? table.columnCount) }
        return (0..<table.columnCount).map { column in
            var passedLabelColumns = false, groups: [Int] = []
            for index in stride(from: column - 1, through: 0, by: -1) {
                if isAmountColumn.contains(index) {
                    if passedLabelColumns { break }
                    continue
                }
                if printsWords[index] { passedLabelColumns = true }
                if let group = groupEnding[index] { groups.insert(group, at: 0) }
            }
            return groups.isEmpty && isAmountColumn.contains(column) ? trailing : groups
        }
    }

    /// The nearest text to the left of a column that is not a number or a
    /// code: the item the amount is for, with the column it is printed in.
    /// The search stays within the amount's block (its amount columns and
    /// the label columns left of them; a column blank all down divides
    /// nothing); past it, in the other side of a side-by-side table, only
    /// a total's label counts: `当年支出小计` spans both sides, an income
    /// item never names an expense.
    func label(row: Int, column: Int) -> (text: String, column: Int)? {
        let cells = table.rows[row].cells
        var passedLabelColumns = false, leftBlock = false
        for index in stride(from: column - 1, through: 0, by: -1) {
            if amountColumns.contains(index) {
                if passedLabelColumns { leftBlock = true }
            } else if printedColumns.contains(index) {
                passedLabelColumns = true
            }
            guard let text = cells[index]?.text.withoutWhitespace, !text.isEmpty else { continue }
            if isCodeColumn(index) && text.allSatisfy(\.isNumber) { continue }
            guard case .text = readings[row][index], !procurementMethodColumns.contains(index) else { continue }
            if leftBlock && TotalRank(label: text) == nil { return nil }
            return (text, index)
        }
        return nil
    }

    /// Whether the table prints a label column (words, codes or numbering:
    /// any column that prints and holds no amount) left of `column`; where it
    /// does not, the amounts stand left of the labels (``TableChecker/labelRight(row:column:of:passing:)``).
    func printsLabels(leftOf column: Int) -> Bool {
        (0..<column).contains { !amountColumns.contains($0) && printedColumns.contains($0) }
    }

    /// The item a label names: the label without the code a label column
    /// prints in front of the name.
    func item(named label: (text: String, column: Int)) -> String {
        guard labelCodeColumns.contains(label.column), let coded = Self.leadingCode(of: label.text) else { return label.text }
        return coded.name
    }

    /// Whether a column prints classification codes: digits of a code's
    /// length (2 for a 款 or 项 column, 3, 5 or 7), and otherwise only a
    /// total's label (`合计`) or filler (`…`). Whole amounts can look the
    /// same (`100`, `20` in 万元), so the header must call the column a code
    /// (`科目编码`, `代码`, `类`), or, without such a header, every longer code must
    /// start as function (2…), economic (3…) or government economic (5…) codes do.
    /// One figure repeated down a column without such a header (`216` on
    /// each row and the total) is a figure, not codes, unless the column
    /// beside it prints a code's two-digit parts (a `类` column repeating its
    /// one 类 beside its `款`).
    /// A column headed as classification codes may print a few single digits
    /// (a misprinted `7` for `210`, `2` for `02`; ``TableSettings/strayShareOfACodeColumn``):
    /// those rows get no code.
    static func printsCodes(_ table: Table, column: Int, skipping headingRows: Set<Int> = []) -> Bool {
        var codes: [String] = [], strays = 0, unitCodes = 0
        for (index, row) in table.rows.enumerated() where !headingRows.contains(index) {
            guard let text = row.cells[column]?.text.withoutWhitespace, !text.isEmpty else { continue }
            if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                if isCodeLength(text) {
                    codes.append(text)
                } else if text.count < 2 {
                    strays += 1
                } else if text.count == unitCodeLength {
                    unitCodes += 1
                } else {
                    return false
                }
            } else if !(TotalRank(label: text) != nil || text.allSatisfy { "….·-—".contains($0) }) {
                return false
            }
        }
        guard !codes.isEmpty else { return false }
        let headings = table.header.compactMap { $0[column]?.text.withoutWhitespace }
        // A unit's `125001` heading its block means a table of units' blocks: codes only where the column
        // is headed as classification codes (`功能科目编码`) and prints more codes than units (西安 安监局 2019 p. 7).
        if unitCodes > 0 {
            guard headings.contains(where: namesClassificationCodes), codes.count > unitCodes, strays == 0 else { return false }
        }
        if strays > 0 {
            // Only a column headed as classification codes keeps a few strays.
            let straysAllowed = Double(codes.count + strays) * TableSettings.standard.strayShareOfACodeColumn
            return headings.contains(where: namesClassificationCodes) && Double(strays) <= straysAllowed
        }
        if headings.contains(where: { $0.includes("编码") || $0.includes("代码") || ["类", "款", "项"].contains($0) }) { return true }
        // One figure printed down the column (a staff pay `216` on each of its rows and on the total) is a
        // figure repeated: rows of codes print different codes, but for a 类 column beside its 款 parts.
        if codes.count > 1, Set(codes).count == 1, !printsCodeParts(table, column: column + 1, skipping: headingRows) { return false }
        return codes.allSatisfy { code in code.count == 2 || code.first.map { "235".contains($0) } ?? false }
    }

    /// Whether a column prints the two-digit parts of codes (`03`, the 款 or
    /// 项 beside a 类 column) and otherwise only blanks, a total's label or filler.
    static func printsCodeParts(_ table: Table, column: Int, skipping headingRows: Set<Int>) -> Bool {
        guard column < table.columnCount else { return false }
        var parts = 0
        for (index, row) in table.rows.enumerated() where !headingRows.contains(index) {
            guard let text = row.cells[column]?.text.withoutWhitespace, !text.isEmpty else { continue }
            if text.count == 2 && text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                parts += 1
            } else if !(TotalRank(label: text) != nil || text.allSatisfy { "….·-—".contains($0) }) {
                return false
            }
        }
        return parts > 0
    }

    /// The classification of the whole codes a code column prints (3 digits
    /// and more, not a `款` or `项` part's 2), where they are all of one.
    static func classification(ofCodeColumn column: Int, in table: Table, skipping headingRows: Set<Int>) -> CodeClassification? {
        let found = Set(table.rows.indices.filter { !headingRows.contains($0) }.compactMap { row -> CodeClassification? in
            guard let text = table.rows[row].cells[column]?.text.withoutWhitespace, text.count >= classCodeLength else { return nil }
            return CodeClassification(code: text)
        })
        return found.count == 1 ? found.first : nil
    }

    /// Whether a code column prints codes of another classification than the
    /// first column of the group beside it: `30101` beside `201 | 03 | 01`
    /// is an economic code of its own, never the function code's next part.
    static func classifiesOtherwise(_ table: Table, column: Int, than groupStart: Int, skipping headingRows: Set<Int>) -> Bool {
        guard let this = classification(ofCodeColumn: column, in: table, skipping: headingRows),
              let group = classification(ofCodeColumn: groupStart, in: table, skipping: headingRows) else { return false }
        return this != group
    }

    /// Whether digits have a code's length: 2 for a 款 or 项 part, 3, 5 or 7 for a whole code.
    static func isCodeLength(_ digits: String) -> Bool { [2, 3, 5, 7].contains(digits.count) }

    /// Whether a heading names the codes of a classification (`功能分类科目编码`,
    /// `部门经济科目编码`, `类`, `款`, `项`), not a unit's or a project's
    /// identifier (`单位编码`, `部门代码`), whose figures have other lengths.
    static func namesClassificationCodes(_ heading: String) -> Bool {
        ["类", "款", "项"].contains(heading) || heading.includes("科目") && heading.includesAny(of: ["编码", "代码"])
    }

    /// Whether a column's heading names codes or identifiers (``PrintedVocabulary/identifierWords``),
    /// read across the header rows it wraps over (`（单位）代` over `码`).
    static func namesIdentifiers(_ columnName: String) -> Bool {
        let heading = columnName.filter { $0 != "/" }
        return PrintedVocabulary.identifierWords.contains(where: heading.includes)
    }

    /// Whether a column's heading, its lowest level, is a word for a year or
    /// period (``PrintedVocabulary/periodHeadings``: `年度`, `年份`), not
    /// an amount's heading that names its year (`2022年度预算数`).
    static func namesPeriods(_ columnName: String?) -> Bool {
        guard let lowest = columnName?.split(separator: "/").last else { return false }
        return PrintedVocabulary.periodHeadings.contains(String(lowest))
    }

    /// Whether every text a column's body prints is a year (`2022`) or a
    /// comparison of years (`2022比2021`), with different years at least
    /// (``TableSettings/fewestYearsOfAPeriodColumn``): the rows' periods, not
    /// amounts. A column of amounts prints a decimal, a separator or a figure
    /// of another length somewhere; an item and its total print the same.
    static func printsOnlyYears(_ table: Table, column: Int, skipping headingRows: Set<Int>) -> Bool {
        var years: Set<String> = []
        for (index, row) in table.rows.enumerated() where !headingRows.contains(index) {
            guard let text = row.cells[column]?.text.withoutWhitespace, !text.isEmpty else { continue }
            if PrintedVocabulary.isYear(text) {
                years.insert(text)
            } else if !PrintedVocabulary.comparesYears(text) {
                return false
            }
        }
        return years.count >= TableSettings.standard.fewestYearsOfAPeriodColumn
    }

    /// The columns, other than code columns, whose labels mostly start with
    /// a code of 3, 5 or 7 digits followed by the name (`201 一般公共服务支出`,
    /// `2010301行政运行`, `2130201-行政运行`): every one, so that both sides
    /// of a side-by-side table (`[30101]基本工资 | … | [30201]办公费`) and
    /// both classifications of a row (`50101-工资奖金津补贴 | 30101-基本工资`)
    /// give their codes.
    static func labelCodeColumns(of table: Table, skipping codeColumns: Set<Int>) -> Set<Int> {
        Set((0..<table.columnCount).filter { column in
            guard !codeColumns.contains(column) else { return false }
            let texts = table.rows.compactMap { $0.cells[column]?.text }
            let coded = texts.filter { leadingCode(of: $0) != nil }.count
            return coded >= 2 && coded * 2 >= texts.count
        })
    }

    /// The code a label starts with and the name after it, when digits of a
    /// code's length lead the name: bare (`2010301 行政运行`), in brackets
    /// (`[2010301]行政运行`, `【201】一般公共服务支出`), or joined to it by a
    /// separator (``PrintedVocabulary/codeNameSeparators``: `2130201-行政运行`,
    /// `30101：基本工资`). Never a figure with a unit or a year
    /// (``PrintedVocabulary/afterAFigure``: `500万元以上项目`, `115年度`), nor digits
    /// running on into other digits or a decimal (`2019-01-12`, `100.5`).
    static func leadingCode(of label: String) -> (code: String, name: String)? {
        var text = Substring(label.withoutWhitespace)
        let closing = text.first.flatMap { PrintedVocabulary.codeBrackets[$0] }
        if closing != nil { text = text.dropFirst() }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard [3, 5, 7].contains(digits.count) else { return nil }
        var name = text.dropFirst(digits.count)
        if let closing {
            guard name.first == closing else { return nil }
            name = name.dropFirst()
        }
        if let separator = name.first, PrintedVocabulary.codeNameSeparators.contains(separator) { name = name.dropFirst() }
        guard let next = name.first, !next.isASCII, !PrintedVocabulary.afterAFigure.contains(next),
              !PrintedVocabulary.codeNameSeparators.contains(next) else { return nil }
        return (String(digits), String(name))
    }

    /// Body rows that print no figures of the table: a row that numbers the
    /// columns (`栏次` or `**` before `1 2 3 …`, or nothing but consecutive
    /// whole numbers from 1), and a repeat of the header on a continuation
    /// page (every text it prints is a heading of the table).
    static func headingRows(of table: Table, readings: [[CellReading]]) -> Set<Int> {
        let headings = Set(table.header.joined().compactMap { $0?.text.withoutWhitespace })
        var rows: Set<Int> = []
        for (index, row) in table.rows.enumerated() {
            var words: [String] = [], numbers: [ExactDecimal] = []
            for (cell, reading) in zip(row.cells, readings[index]) {
                switch reading {
                case .amount(let value): numbers.append(value)
                case .text: words += cell.map { [$0.text.withoutWhitespace] } ?? []
                default: break
                }
            }
            let numbersTheColumns = words.contains(where: columnNumberMarks.contains)
                || words.isEmpty && numbers.count >= 3 && numbersColumns(numbers)
            let repeatsTheHeader = !words.isEmpty && numbers.isEmpty && words.allSatisfy(headings.contains)
            if numbersTheColumns || repeatsTheHeader { rows.insert(index) }
        }
        return rows
    }

    /// The words a row that numbers the columns starts with.
    static let columnNumberMarks: Set<String> = ["栏次", "行次", "**", "*", "栏号"]

    /// Whether figures are the column numbers `1 2 3 …`: whole numbers, each one more than the last, from 1.
    static func numbersColumns(_ numbers: [ExactDecimal]) -> Bool {
        numbers.enumerated().allSatisfy { index, number in number == ExactDecimal(significand: Int128(index + 1), scale: 0) && number.scale == 0 }
    }

    /// Columns of prose (explanations, goals, remarks): they print more words
    /// than numbers, so the numbers among them are not figures of the table.
    static func proseColumns(readings: [[CellReading]], columnCount: Int) -> Set<Int> {
        Set((0..<columnCount).filter { column in
            var words = 0, numbers = 0
            for row in readings {
                switch row[column] {
                case .text: words += 1
                case .amount: numbers += 1
                default: break
                }
            }
            return words > numbers
        })
    }

    /// The code a group of code columns prints, one string. Where the upper
    /// columns are left blank (`| 03 | 01` under `201 | | `), they are
    /// taken from the code above.
    static func code(from parts: [String?], previous: String?) -> String? {
        let digits = parts.map { $0?.filter { $0.isASCII && $0.isNumber } ?? "" }
        guard let firstPrinted = digits.firstIndex(where: { !$0.isEmpty }) else { return nil }
        // A part of no code's length (a misprinted `7`, a unit's `125001`) makes no code: never a guessed one.
        guard digits.allSatisfy({ $0.isEmpty || isCodeLength($0) }) else { return nil }
        let printed = digits.joined()
        // One column printing its 款 bare under their 类 (`208`, `05`, `2080505`, `99`): `05` is 款 `20805`,
        // `99` after the 项 `2080505` is 款 `20899`; after a 款 it might be a 款 or a 项: no code, never a guessed one.
        if digits.count == 1, printed.count == codeLevelStep, let previous {
            switch previous.count {
            case classCodeLength, classCodeLength + 2 * codeLevelStep: return String(previous.prefix(classCodeLength)) + printed
            default: return nil
            }
        }
        guard firstPrinted > 0, let previous else { return printed }
        let inherited = 3 + 2 * (firstPrinted - 1)
        return previous.count >= inherited ? String(previous.prefix(inherited)) + printed : printed
    }

    /// A 类 code's length, and the digits each level under it adds (`201`, `20103`, `2010301`).
    static let classCodeLength = 3
    /// A budget unit's own code (`125001`), heading its block in a table of units' blocks: no classification code.
    static let unitCodeLength = 6
    static let codeLevelStep = 2

    static func level(of code: String) -> String? {
        switch code.count {
        case 3: "类"
        case 5: "款"
        case 7: "项"
        default: nil
        }
    }

    static func parent(of code: String) -> String? {
        code.count > classCodeLength ? String(code.prefix(code.count - codeLevelStep)) : nil
    }

    /// Each column's header texts, top to bottom (``columnName(of:column:naming:)``).
    static func columnNames(of table: Table) -> [String?] {
        // A row of column numbers (`栏次 1 2 3`) numbers the columns; it does not name them,
        // nor does a row of marks alone (`** | ** | **`, one over each column).
        let naming = table.header.filter { row in
            let texts = row.compactMap { $0?.text.withoutWhitespace }
            return !HeaderSplitter.numbersColumns(row) && !(!texts.isEmpty && texts.allSatisfy(PrintedVocabulary.isColumnNumberMark))
        }
        return (0..<table.columnCount).map { columnName(of: table, column: $0, naming: naming) }
    }

    /// The header texts above a column, top to bottom, in the header rows
    /// that name columns. An empty slot under
    /// which a lower header row divides the column further belongs to a group
    /// heading spanning several columns: in a ruled table the merged cell's
    /// text stands in its first slot, to the left; in a table without rules
    /// the heading is printed over the middle of its columns, so it is the
    /// group heading of that row nearest to the column.
    static func columnName(of table: Table, column: Int, naming: [PrintedRow]) -> String? {
        var parts: [String] = []
        for (level, row) in naming.enumerated() {
            var text = row[column]?.text
            if text == nil, naming[(level + 1)...].contains(where: { $0[column] != nil }) {
                if table.ruled {
                    text = row[..<column].last { $0 != nil }??.text
                } else if let centre = centre(of: column, in: table) {
                    // Only headings that lower rows divide are group headings, and only over
                    // columns they stand in the middle of.
                    let groups = row.indices.filter { slot in
                        row[slot] != nil && naming[(level + 1)...].contains { $0[slot] != nil }
                            && standsOver(slot, column: column, in: row, above: naming[(level + 1)...], of: table)
                    }.compactMap { row[$0] }
                    text = groups.min { abs($0.box.midX - centre) < abs($1.box.midX - centre) }?.text
                }
            }
            if let text = text?.withoutWhitespace, !text.isEmpty, parts.last != text { parts.append(text) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether the heading in `slot` of a header row of a table without
    /// rules, printed over the middle of the columns it groups, stands over
    /// `column`, whose slot in that row is empty: the slots between them are
    /// empty too, and `column` mirrored about the heading's middle falls
    /// inside the table, short of the next heading of that row on the other
    /// side (within ``TableSettings/headingCentreSlackPoints``), or, printed
    /// anywhere over its columns (at their left), its first sub-heading stands
    /// in the same lower row as the column's first heading. `科目` centred
    /// over `科目编码 科目名称` at the table's left edge groups those two, not
    /// `合计` to their right, a row above them.
    static func standsOver(_ slot: Int, column: Int, in row: PrintedRow, above lower: ArraySlice<PrintedRow>,
                           of table: Table) -> Bool {
        guard let heading = row[slot]?.box, let centre = centre(of: column, in: table) else { return false }
        let between = column < slot ? (column + 1)..<slot : (slot + 1)..<column
        guard between.allSatisfy({ row[$0] == nil }) else { return false }
        if let first = lower.firstIndex(where: { column < $0.count && $0[column] != nil }),
           first == lower.firstIndex(where: { slot < $0.count && $0[slot] != nil }) { return true }
        let mirror = 2 * heading.midX - centre, slack = TableSettings.standard.headingCentreSlackPoints
        let extents = row.indices.map { extent(of: $0, in: table) }
        if column < slot {
            let next = row.indices.first { $0 > slot && row[$0] != nil }.flatMap { extents[$0] }
            return mirror <= (next?.lowerBound ?? extents.compactMap { $0?.upperBound }.max() ?? mirror) + slack
        }
        let next = row.indices.last { $0 < slot && row[$0] != nil }.flatMap { extents[$0] }
        return mirror >= (next?.upperBound ?? extents.compactMap { $0?.lowerBound }.min() ?? mirror) - slack
    }

    /// The x that a column prints over, header and body.
    static func extent(of column: Int, in table: Table) -> ClosedRange<Double>? {
        let boxes = (table.header + table.rows.map(\.cells)).compactMap { $0[column]?.box }
        guard let x0 = boxes.map(\.x0).min(), let x1 = boxes.map(\.x1).max() else { return nil }
        return x0...x1
    }

    /// The middle of what a column prints, header and body.
    static func centre(of column: Int, in table: Table) -> Double? {
        extent(of: column, in: table).map { ($0.lowerBound + $0.upperBound) / 2 }
    }
}

/// How much a total's label totals: `小计` a group, `合计` the groups, `总计` everything.
enum TotalRank: Int, Comparable {
    case subtotal = 1, total, grandTotal

    /// The total words are ``PrintedVocabulary``'s, simplified and traditional.
    init?(label: String) {
        // Every total's word ends in 计 (計): most labels are told by that alone.
        guard label.unicodeScalars.contains(where: PrintedVocabulary.totalEndings.contains) else { return nil }
        let label = label.withoutWhitespace
        guard !label.hasPrefix("其中") else { return nil }
        func names(_ words: Set<String>) -> Bool { words.contains(where: label.includes) }
        if names(PrintedVocabulary.grandTotalWords) {
            self = .grandTotal
        } else if names(PrintedVocabulary.sumWords) || label == PrintedVocabulary.bareTotalWord {
            self = .total
        } else if names(PrintedVocabulary.subtotalWords) {
            self = .subtotal
        } else {
            return nil
        }
    }

    static func < (a: TotalRank, b: TotalRank) -> Bool { a.rawValue < b.rawValue }
}

/// What the figures of a column measure, from its heading.
enum ColumnMeasure: Equatable {
    /// Money in a unit: the one the column's heading names in brackets
    /// (`單價(元)`), else the table's (`单位：万元`); nil where neither was printed.
    case money(MoneyUnit?)
    /// Percentages and rates (`决算数为预算数％`, `执行率`): not money, not summed.
    case percent
    /// Counts, scores and other units (`编制人数`, `分值`, `数量`): not money.
    case quantity

    var isMoney: Bool {
        if case .money = self { return true }
        return false
    }

    /// The unit of a money column; nil for other measures, or where no unit was printed.
    var moneyUnit: MoneyUnit? {
        if case .money(let unit) = self { return unit }
        return nil
    }

    /// Words of a heading over percentages or rates.
    static let percentWords = ["%", "％", "百分比", "比例", "比重", "率"]
    /// Words of a heading over counts, scores or quantities in other units
    /// (`自评分数`, `评分`: a project's self-assessed score, as a 决算 prints it).
    static let quantityWords = ["人数", "人數", "人次", "数量", "數量", "编制数", "分值", "得分", "分数", "分數", "评分", "評分",
                                "权重", "面积", "车辆数",
                                "（人）", "(人)", "（个）", "(个)", "（辆）", "(辆)", "（台）", "(台)"]

    static func of(heading: String?, tableUnit: MoneyUnit?) -> ColumnMeasure {
        guard let heading else { return .money(tableUnit) }
        // A heading's `(元)` under a `单位：新臺幣千元` caption is in the caption's currency.
        if let unit = MoneyUnit.heading(in: heading) { return .money(MoneyUnit(scale: unit.scale, currency: unit.currency ?? tableUnit?.currency)) }
        // Whether the heading is plain text is judged once for all the words of a list, not once a word.
        if heading.includesAny(of: percentWords) { return .percent }
        if heading.includesAny(of: quantityWords) { return .quantity }
        return .money(tableUnit)
    }

    /// Words of a heading over counts of people (`编制人数`, `实有人数`).
    static let peopleCountWords = ["人数", "人數"]
    /// Endings of a heading that names people (`离退休人员`; `人员经费` ends in 经费).
    static let peopleSuffixes = ["人员", "人員"]

    /// Each column's measure from its heading; in a table that counts people
    /// (`编制人数`, `实有人数`), a column headed by people (`离退休人员`) counts
    /// them too. Elsewhere such a heading is money (`兼任人員` in a table of 用人費用).
    static func of(columnNames: [String?], tableUnit: MoneyUnit?) -> [ColumnMeasure] {
        let measures = columnNames.map { of(heading: $0, tableUnit: tableUnit) }
        guard columnNames.contains(where: { name in name?.includesAny(of: peopleCountWords) ?? false }) else {
            return measures
        }
        return zip(columnNames, measures).map { name, measure in
            let levels = name?.split(separator: "/") ?? []
            return levels.contains { level in peopleSuffixes.contains(where: level.hasSuffix) } ? .quantity : measure
        }
    }

    /// The unit a record of this column states: the money unit's scale, `%`, or none.
    var recordUnit: String? {
        switch self {
        case .money(let unit): unit?.scale.rawValue
        case .percent: "%"
        case .quantity: nil
        }
    }
}
