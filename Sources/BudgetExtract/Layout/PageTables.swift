/// Finds the tables one page prints, from its glyphs and ruling lines.
public enum PageTables {
    public static func tables(on page: PageText, rulings: [Ruling]) -> [PageTable] {
        let lines = TextLines.build(from: page.glyphs)
        var tables: [PageTable] = []
        for grid in RuledGridFinder.grids(from: rulings) {
            let inside = page.glyphs.filter { grid.box.contains(x: $0.box.midX, y: $0.box.midY) }
            var table = RuledTableBuilder.table(from: grid, glyphs: inside, page: page.number)
            guard isTable(table) else { continue }
            if tables.contains(where: { $0.box.verticalOverlap(table.box) > 0 && $0.box.horizontalOverlap(table.box) > 0 }) {
                continue
            }
            let above = tables.filter { $0.box.y1 <= table.box.y0 + 1 }.map(\.box.y1).max() ?? 0
            let caption = Caption.find(in: lines, between: above, and: table.box.y0, within: table.box)
            table.title = caption.title
            table.unit = caption.unit
            tables.append(table)
        }
        return tables.sorted { $0.box.y0 < $1.box.y0 }
    }

    /// A grid may be a table when it has two columns or more and prints
    /// something: a box drawn around a paragraph is not. (Whether it has a
    /// body is decided once continued tables are joined: a page may hold
    /// only the rest of the table before it.)
    static func isTable(_ table: PageTable) -> Bool {
        table.columnCount >= 2 && (table.header + table.rows).contains { row in row.contains { $0 != nil } }
    }

    /// Whether a page can hold a table at all: one of its lines at least
    /// breaks into several pieces. Pages of running prose cannot, and are not rendered.
    public static func mayHoldTable(_ page: PageText) -> Bool {
        TextLines.build(from: page.glyphs).contains { $0.words.count >= 2 }
    }
}

/// The title and unit printed above a table.
struct Caption {
    var title: String?
    var unit: String?

    /// Reads the lines between `top` and the table's top edge: the unit from
    /// `单位：万元`, the title from the largest line that is not a unit,
    /// department or note line.
    static func find(in lines: [TextLine], between top: Double, and bottom: Double, within table: Rect) -> Caption {
        let candidates = lines.filter {
            $0.box.midY > top && $0.box.midY < bottom && $0.box.midY > bottom - 160
                && $0.box.horizontalOverlap(table) > 0
        }
        var caption = Caption()
        for line in candidates.reversed() {
            let text = line.text.filter { !$0.isWhitespace }
            if caption.unit == nil, let unit = unit(in: text) { caption.unit = unit }
        }
        let titles = candidates.filter { line in
            let text = line.text.filter { !$0.isWhitespace }
            return unit(in: text) == nil && !ignoredPrefixes.contains { text.hasPrefix($0) } && text.count >= 4
        }
        if let biggest = titles.max(by: { height($0) < height($1) || (height($0) == height($1) && $0.box.y0 < $1.box.y0) }) {
            caption.title = biggest.text.filter { !$0.isWhitespace }
        }
        return caption
    }

    private static let ignoredPrefixes = ["部门", "编制部门", "编制单位", "单位", "预算单位", "单位名称", "注", "说明"]

    private static func height(_ line: TextLine) -> Double {
        let heights = line.glyphs.map(\.box.height).sorted()
        return heights[heights.count / 2].rounded()
    }

    /// `单位：万元` (or 元, 千元, 亿元) anywhere in the text.
    static func unit(in text: String) -> String? {
        guard let range = text.range(of: "单位") else { return nil }
        let rest = text[range.upperBound...].drop { ":：".contains($0) }
        for unit in ["万元", "千元", "亿元", "元"] where rest.hasPrefix(unit) { return unit }
        return nil
    }
}
