import Testing
@testable import BudgetExtract

/// Rules from the paths a page paints, built by hand: each way a producer
/// draws a rule, and each way a drawn line is not one.
@Suite("Ruling lines from paths")
struct RulingDetectorTests {
    static let page = Rect(x0: 0, y0: 0, x1: 200, y1: 100)
    static let black = Colour(red: 0, green: 0, blue: 0)
    static let white = Colour(red: 1, green: 1, blue: 1)
    static let grey = Colour(red: 0.6, green: 0.6, blue: 0.6)

    static func point(_ x: Double, _ y: Double) -> PaintedPath.Point { .init(x: x, y: y, curve: false) }

    static func stroke(_ points: [(Double, Double)], order: Int, colour: Colour = black, clip: Rect = page,
                       closed: Bool = false) -> PaintedPath {
        PaintedPath(paint: .stroke, subpaths: [.init(points: points.map { point($0.0, $0.1) }, closed: closed)],
                    lineWidth: 0.5, dash: nil, colour: colour, clip: clip, order: order)
    }

    static func fill(_ rect: Rect, order: Int, colour: Colour = black, clip: Rect = page) -> PaintedPath {
        let corners = [point(rect.x0, rect.y0), point(rect.x1, rect.y0), point(rect.x1, rect.y1), point(rect.x0, rect.y1)]
        return PaintedPath(paint: .fill, subpaths: [.init(points: corners, closed: true)], lineWidth: 0, dash: nil,
                           colour: colour, clip: clip, order: order)
    }

    static func rulings(_ paths: [PaintedPath]) -> [Ruling] {
        let content = PageContent(number: 1, width: 200, height: 100, orientation: .upright, glyphs: [], paths: paths,
                                  fontNames: [], unmappedGlyphs: 0, truncated: false)
        return RulingDetector().rulings(in: content)
    }

    static func positions(_ rulings: [Ruling], _ orientation: Ruling.Orientation) -> [Double] {
        rulings.filter { $0.orientation == orientation }.map { ($0.position * 10).rounded() / 10 }.sorted()
    }

    @Test func strokedBoxAndInnerRule() {
        let rulings = Self.rulings([
            Self.stroke([(10, 10), (190, 10), (190, 90), (10, 90)], order: 0, closed: true),
            Self.stroke([(10, 50), (190, 50)], order: 1),
        ])
        #expect(Self.positions(rulings, .horizontal) == [10, 50, 90])
        #expect(Self.positions(rulings, .vertical) == [10, 190])
    }

    @Test func thinFilledRectanglesAreLines() {
        let rulings = Self.rulings([Self.fill(Rect(x0: 10, y0: 30, x1: 190, y1: 30.8), order: 0),
                                    Self.fill(Rect(x0: 99.6, y0: 10, x1: 100.4, y1: 90), order: 1)])
        #expect(Self.positions(rulings, .horizontal) == [30.4])
        #expect(Self.positions(rulings, .vertical) == [100])
    }

    /// A grey cell's edges against paper are rules; between two cells of the
    /// same grey there is none; a white cell on paper draws nothing.
    @Test func filledCellEdgesAgainstADifferentFill() {
        let rulings = Self.rulings([
            Self.fill(Rect(x0: 10, y0: 10, x1: 100, y1: 30), order: 0, colour: Self.grey),
            Self.fill(Rect(x0: 100, y0: 10, x1: 190, y1: 30), order: 1, colour: Self.grey),
            Self.fill(Rect(x0: 10, y0: 40, x1: 190, y1: 60), order: 2, colour: Self.white),
        ])
        #expect(Self.positions(rulings, .horizontal) == [10, 30])
        #expect(Self.positions(rulings, .vertical) == [10, 190])
    }

    /// Cells filled grey with a white gap of 0.75 pt between neighbours and
    /// no stroke: where they tile (two rows of three) each gap is a rule; one
    /// row of them alone (a shaded band) is no grid, and neither are cells
    /// over a grey of their own colour, where no gap shows.
    @Test func gapsBetweenTilingFilledCellsAreRules() {
        let columns = [(10.0, 69.625), (70.375, 129.625), (130.375, 190.0)], rows = [(10.0, 39.625), (40.375, 70.0)]
        func cells(_ rows: [(Double, Double)], from order: Int) -> [PaintedPath] {
            rows.flatMap { row in columns.map { Rect(x0: $0.0, y0: row.0, x1: $0.1, y1: row.1) } }.enumerated().map {
                Self.fill($0.element, order: order + $0.offset, colour: Self.grey)
            }
        }
        let tiled = Self.rulings(cells(rows, from: 0))
        #expect(Self.positions(tiled, .vertical) == [10, 70, 130, 190])
        #expect(Self.positions(tiled, .horizontal) == [10, 40, 70])
        #expect(tiled.filter { $0.orientation == .vertical }.allSatisfy { $0.start == 10 && $0.end == 70 })
        let band = Self.rulings(cells([rows[0]], from: 0))
        #expect(Self.positions(band, .vertical) == [10, 190])
        #expect(Self.positions(band, .horizontal) == [10, 39.6])
        let overGrey = Self.rulings([Self.fill(Rect(x0: 10, y0: 10, x1: 190, y1: 70), order: 0, colour: Self.grey)] + cells(rows, from: 1))
        #expect(Self.positions(overGrey, .vertical) == [10, 190])
        #expect(Self.positions(overGrey, .horizontal) == [10, 70])
    }

    /// A white cell painted over a rule hides it where it covers it.
    @Test func aLaterWhiteFillHidesTheRuleBeneath() {
        let rulings = Self.rulings([
            Self.stroke([(10, 50), (190, 50)], order: 0),
            Self.fill(Rect(x0: 60, y0: 40, x1: 190, y1: 60), order: 1, colour: Self.white),
        ])
        let horizontal = rulings.filter { $0.orientation == .horizontal }
        #expect(horizontal.map(\.start) == [10] && horizontal.map(\.end) == [60])
    }

    @Test func theClipCutsARuleAndDropsOneOutsideIt() {
        let clip = Rect(x0: 0, y0: 0, x1: 120, y1: 70)
        let rulings = Self.rulings([
            Self.stroke([(10, 50), (190, 50)], order: 0, clip: clip),
            Self.stroke([(10, 80), (190, 80)], order: 1, clip: clip),
            Self.stroke([(10, 120), (190, 120)], order: 2),
        ])
        #expect(rulings.map(\.position) == [50] && rulings.map(\.end) == [120])
    }

    /// A white background exactly the size of the clip (Qt WebKit's page),
    /// then grey cells cut by the clip, running on above and below it: what
    /// lies beyond the background's edges is hidden, so its edges are no
    /// rules; the grey cells' edges inside the clip are (before: the
    /// background's top and bottom edges, as wide as the clip, were rules).
    @Test func aFillTheClipHidesMeetsNoEdge() {
        let clip = Rect(x0: 10, y0: 20, x1: 190, y1: 80)
        let rulings = Self.rulings([
            Self.fill(clip, order: 0, colour: Self.white, clip: clip),
            Self.fill(Rect(x0: 10, y0: 14, x1: 120, y1: 30), order: 1, colour: Self.grey, clip: clip),
            Self.fill(Rect(x0: 10, y0: 70, x1: 120, y1: 86), order: 2, colour: Self.grey, clip: clip),
        ])
        #expect(Self.positions(rulings, .horizontal) == [30, 70])
        #expect(rulings.allSatisfy { $0.orientation == .vertical || $0.end <= 120 })
    }

    /// Dots drawn one by one are one rule; two rules a point apart are one double rule.
    @Test func dottedPiecesJoinAndDoubleRulesMerge() {
        let dots = stride(from: 10.0, to: 190, by: 3).map { Self.stroke([($0, 20), ($0 + 1, 20)], order: Int($0)) }
        let double = [Self.stroke([(10, 60), (190, 60)], order: 500), Self.stroke([(10, 61.5), (190, 61.5)], order: 501)]
        let rulings = Self.rulings(dots + double)
        #expect(Self.positions(rulings, .horizontal) == [20, 60.8])
        #expect(rulings.first?.start == 10)
    }

    /// Marks no rule is made of: a short tick, a curve, a line in a colour that reads as paper.
    @Test func ticksCurvesAndPaleLinesAreNoRules() {
        var curve = Self.stroke([(10, 50), (100, 50), (190, 50)], order: 1)
        curve.subpaths[0].points[1].curve = true
        curve.subpaths[0].points[2].curve = true
        let rulings = Self.rulings([
            Self.stroke([(10, 20), (15, 20)], order: 0),
            curve,
            Self.stroke([(10, 80), (190, 80)], order: 2, colour: Colour(red: 0.95, green: 0.95, blue: 0.95)),
        ])
        #expect(rulings.isEmpty)
    }

    /// Text stroked as an outline over its glyphs (cairo's fake bold): the
    /// straight edges of a glyph's strokes lie inside its box and are no
    /// rules; a rule longer than the glyph, through it, stays.
    @Test func strokesOfAGlyphDrawnAsAPathAreNoRules() {
        let box = Rect(x0: 40, y0: 20, x1: 62, y1: 42)
        let glyph = DrawnGlyph(glyph: Glyph(scalar: "目", box: box), clip: Self.page, fill: Self.black, renderMode: 0,
                               bold: false, fontSize: 22, font: 0, order: 0, emBox: false)
        let outline = Self.stroke([(44, 22), (58, 22), (58, 40), (44, 40)], order: 1, closed: true)
        let rule = Self.stroke([(10, 30), (190, 30)], order: 2)
        let content = PageContent(number: 1, width: 200, height: 100, orientation: .upright, glyphs: [glyph],
                                  paths: [outline, rule], fontNames: [""], unmappedGlyphs: 0, truncated: false)
        let rulings = RulingDetector().rulings(in: content)
        #expect(Self.positions(rulings, .horizontal) == [30])
        #expect(Self.positions(rulings, .vertical).isEmpty)
    }
}
