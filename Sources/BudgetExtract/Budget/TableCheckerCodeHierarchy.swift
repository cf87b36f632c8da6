/// 类 = Σ 款, 款 = Σ 项: each code against the codes under it that the table prints.
extension TableChecker {
    func codeHierarchy() -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        for group in reading.codeGroups.indices {
            var rowsOfCode: [String: [Int]] = [:]
            for row in 0..<reading.rowCount { if let code = reading.codes[row][group] { rowsOfCode[code, default: []].append(row) } }
            let codes = Set(rowsOfCode.keys)
            /// The nearest code above this one that the table prints.
            func printedParent(_ code: String) -> String? {
                var candidate = code
                while let parent = TableReading.parent(of: candidate) {
                    if codes.contains(parent) { return parent }
                    candidate = parent
                }
                return nil
            }
            var children: [String: [String]] = [:]
            for code in codes { if let parent = printedParent(code) { children[parent, default: []].append(code) } }
            let columns = amountColumns.filter { reading.codeGroup(ofColumn: $0) == group }
            for (code, childCodes) in children.sorted(by: { $0.key < $1.key }) {
                guard let rows = rowsOfCode[code], rows.count == 1,
                      childCodes.allSatisfy({ rowsOfCode[$0]?.count == 1 }) else { continue }
                let childRows = childCodes.sorted().compactMap { rowsOfCode[$0]?.first }
                // A row in its block whose code could not be read (a misprinted `7`) may be one of the parts: no check.
                let blockEnd = ((rows[0] + 1)..<reading.rowCount).first { row in
                    reading.codes[row][group].map { !$0.hasPrefix(code) } ?? false
                } ?? reading.rowCount
                if ((rows[0] + 1)..<blockEnd).contains(where: { reading.printsUnreadCode(row: $0, group: group) }) { continue }
                for column in columns {
                    guard let total = amount(row: rows[0], column: column) else { continue }
                    let parts = childRows.compactMap { amount(row: $0, column: column) }
                    if parts.isEmpty && total.value.isZero { continue }
                    checks.append(.make(.codeHierarchy, "\(code) = \(childCodes.sorted().joined(separator: " + "))\(columnSuffix(column))",
                                        total: total, parts: parts))
                }
            }
        }
        return checks
    }
}
