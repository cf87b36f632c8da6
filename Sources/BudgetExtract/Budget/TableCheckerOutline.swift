/// In tables without codes, each item against the items under it in the outline.
extension TableChecker {
    /// In tables without codes, an item against the items under it: `一、`
    /// over `1.`, or a label over the labels printed further right.
    func outline() -> [ArithmeticCheck] {
        var checks: [ArithmeticCheck] = []
        for column in amountColumns where reading.codeGroup(ofColumn: column) == nil {
            let entries = entries(column: column)
            for (position, parent) in entries.enumerated() where parent.rank == nil && parent.levelKnown && !parent.headsBySum {
                guard let total = parent.amount else { continue }
                let under = entries[(position + 1)...].prefix { $0.rank == nil && parent.depth.lexicographicallyPrecedes($0.depth) }
                // A breakdown that says 其中 lists only some of the parts.
                if under.contains(where: \.partial) { continue }
                guard let shallowest = under.map(\.depth).min(by: { $0.lexicographicallyPrecedes($1) }) else { continue }
                // Numbering that starts again at 1 starts another breakdown of
                // the same item (by function, then by economic class): each adds up alone.
                let children = under.filter { $0.depth == shallowest }
                if !children.allSatisfy(\.levelKnown) { continue }
                for children in OutlineMark.breakdowns(children, label: \.label) {
                    let amounts = children.compactMap(\.amount)
                    if amounts.isEmpty && total.value.isZero { continue }
                    checks.append(.make(.outline, "\(parent.label) = \(children.map(\.label).joined(separator: " + "))\(columnSuffix(column))",
                                        total: total, parts: amounts))
                }
            }
        }
        return checks
    }
}
