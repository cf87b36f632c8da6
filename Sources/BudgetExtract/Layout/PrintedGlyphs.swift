/// Which glyphs a page really shows. A PDF may carry text that leaves no
/// ink: clipped away by its cell (spreadsheet exports) or drawn invisibly.
enum PrintedGlyphs {
    /// The glyphs that leave ink in the rendering, rules crossing them left
    /// out of the count (a rule is not the glyph's ink), and those a column
    /// rule runs right through.
    static func filter(_ glyphs: [Glyph], image: GreyImage, rulings: [Ruling]) -> [Glyph] {
        glyphs.filter { glyph in
            let crossing = rulings.filter { $0.crosses(glyph.box) }
            let columns = crossing.filter { $0.orientation == .vertical }.map(\.position)
            if image.hasInk(in: glyph.box, ignoringRows: crossing.filter { $0.orientation == .horizontal }.map(\.position),
                            columns: columns) { return true }
            return columns.contains { straddles($0, glyph.box) }
        }
    }

    /// Whether a column rule runs through the middle part of a glyph, not
    /// just its edge. Such a glyph shows on both sides of the rule (a thin
    /// `1` leading an amount a hair too wide for its cell) even when the
    /// rule covers its ink; the text a cell clips lies whole beyond its rule.
    static func straddles(_ rule: Double, _ box: Rect) -> Bool {
        let margin = box.width * 0.2
        return box.x0 + margin < rule && rule < box.x1 - margin
    }
}
