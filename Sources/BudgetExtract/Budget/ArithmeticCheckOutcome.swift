/// A check formed from a total and its parts, and its outcome: a
/// difference that rounding each printed figure explains is within rounding.
extension ArithmeticCheck {
    static func make(_ rule: Rule, _ description: String, total: Amount, parts: [Amount]) -> ArithmeticCheck {
        let expected = parts.reduce(ExactDecimal.zero) { $0 + $1.value }
        let difference = total.value - expected
        return ArithmeticCheck(
            rule: rule, description: description, total: total.reference, parts: parts.map(\.reference),
            expected: expected.description, printed: total.value.description, difference: difference.description,
            outcome: outcome(difference: difference, figures: [total.value] + parts.map(\.value)))
    }

    /// Each printed figure is the true one rounded to its own last printed
    /// decimal, so it may be off by half a unit of that decimal (0.5 for
    /// `22118861`, 0.005 for `22118861.34`): a difference no larger than
    /// those halves summed is explained by rounding.
    static func outcome(difference: ExactDecimal, figures: [ExactDecimal]) -> Outcome {
        if difference.isZero { return .pass }
        let unitsOfLastDecimals = figures.reduce(ExactDecimal.zero) { $0 + ExactDecimal(significand: 1, scale: $1.scale) }
        return difference.magnitude + difference.magnitude <= unitsOfLastDecimals ? .withinRounding : .fail
    }
}
