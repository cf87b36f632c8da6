/// Proposes a repair for a failing check where exactly one slip of print
/// explains it: one printed figure that, with one digit lost, doubled,
/// extra or two neighbours swapped, makes the check pass; or one cell that
/// holds two amounts fused (`1200 300`, read as one number) of which the
/// first makes it pass. Where no cell or more than one could, nothing is
/// proposed.
enum RepairFinder {
    static func withRepair(_ check: ArithmeticCheck) -> ArithmeticCheck {
        guard check.outcome == .fail, let difference = ExactDecimal(check.difference),
              let expected = ExactDecimal(check.expected) else { return check }
        var candidates: [Repair] = []
        // The total would have to print the sum of the parts; a part, itself plus the difference.
        if let reason = slip(from: check.total.text, to: expected) {
            candidates.append(Repair(cell: check.total, proposed: expected.description, reason: reason))
        }
        for (first, rest) in fusedReadings(check.total.text) where first == expected {
            candidates.append(Repair(cell: check.total, proposed: first.description, reason: "amounts_fused", rest: rest.description))
        }
        for part in check.parts {
            guard case .amount(let printed) = NumberNormalizer.read(part.text) else { continue }
            let needed = printed + difference
            if let reason = slip(from: part.text, to: needed) {
                candidates.append(Repair(cell: part, proposed: needed.description, reason: reason))
            }
            // The rest belongs to the next column: a part of this check too, or not.
            for (first, rest) in fusedReadings(part.text) where first == needed || first + rest == needed {
                candidates.append(Repair(cell: part, proposed: first.description, reason: "amounts_fused", rest: rest.description))
            }
        }
        var repaired = check
        repaired.repair = candidates.count == 1 ? candidates[0] : nil
        return repaired
    }

    /// A printed figure read across a gap (`1200 300` as 1200300) split at
    /// each gap into the amount before it and the amount after it.
    static func fusedReadings(_ printed: String) -> [(ExactDecimal, ExactDecimal)] {
        let pieces = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard pieces.count >= 2 else { return [] }
        return (1..<pieces.count).compactMap { split in
            guard case .amount(let first) = NumberNormalizer.read(pieces[..<split].joined()),
                  case .amount(let rest) = NumberNormalizer.read(pieces[split...].joined()) else { return nil }
            return (first, rest)
        }
    }

    /// How the printed figure's digits become the needed value's digits, if one slip does it.
    static func slip(from printedText: String, to needed: ExactDecimal) -> String? {
        guard case .amount(let printed) = NumberNormalizer.read(printedText), needed.significand >= 0,
              printed.significand >= 0, needed != printed else { return nil }
        let shown = Array(String(printed.significand))
        // The needed value written with as many decimals as were printed.
        var scaled = needed.timesPowerOfTen(printed.scale)
        while scaled.scale > 0, scaled.significand % 10 == 0 { scaled = ExactDecimal(significand: scaled.significand / 10, scale: scaled.scale - 1) }
        guard scaled.scale == 0 else { return nil }
        let wanted = Array(String(scaled.significand))
        if wanted.count == shown.count + 1 {
            for index in wanted.indices where Array(wanted[..<index] + wanted[(index + 1)...]) == shown {
                return "digit_lost"
            }
        }
        if wanted.count + 1 == shown.count {
            for index in shown.indices where Array(shown[..<index] + shown[(index + 1)...]) == wanted {
                let doubled = index > 0 && shown[index - 1] == shown[index] || index + 1 < shown.count && shown[index + 1] == shown[index]
                return doubled ? "digit_doubled" : "digit_extra"
            }
        }
        if wanted.count == shown.count {
            let differing = wanted.indices.filter { wanted[$0] != shown[$0] }
            if differing.count == 2, differing[1] == differing[0] + 1,
               wanted[differing[0]] == shown[differing[1]], wanted[differing[1]] == shown[differing[0]] {
                return "digits_swapped"
            }
        }
        return nil
    }
}
