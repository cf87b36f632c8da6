/// A cell and the amount it prints.
struct Amount {
    var reference: CellReference
    var value: ExactDecimal
}
