import Testing
@testable import BudgetExtract

@Suite("Page orientation")
struct PageOrientationTests {
    /// Glyphs of `count` characters, each a step from the last.
    func steps(dx: Double, dy: Double, count: Int = 12) -> [Glyph] {
        (0..<count).map { n in
            let x = 300 + dx * Double(n), y = 400 + dy * Double(n)
            return Glyph(character: "字", box: Rect(x0: x, y0: y, x1: x + 10, y1: y + 10))
        }
    }

    @Test func theWayMostGlyphsStep() {
        #expect(PageOrientation.of(steps(dx: 10, dy: 0)) == .upright)
        #expect(PageOrientation.of(steps(dx: 0, dy: -10)) == .runsUp)
        #expect(PageOrientation.of(steps(dx: 0, dy: 10)) == .runsDown)
        #expect(PageOrientation.of(steps(dx: -10, dy: 0)) == .upsideDown)
        // A few turned words on an upright page leave it upright.
        #expect(PageOrientation.of(steps(dx: 10, dy: 0, count: 20) + steps(dx: 0, dy: -10, count: 12)) == .upright)
        #expect(PageOrientation.of([]) == .upright)
    }

    @Test func boxesTurnUpright() {
        let box = Rect(x0: 100, y0: 700, x1: 110, y1: 712)
        #expect(PageOrientation.runsUp.upright(box, width: 595, height: 842) == Rect(x0: 130, y0: 100, x1: 142, y1: 110))
        #expect(PageOrientation.runsDown.upright(box, width: 595, height: 842) == Rect(x0: 700, y0: 485, x1: 712, y1: 495))
        #expect(PageOrientation.upsideDown.upright(box, width: 595, height: 842) == Rect(x0: 485, y0: 130, x1: 495, y1: 142))
        #expect(PageOrientation.runsUp.uprightSize(width: 595, height: 842) == (842, 595))
        #expect(PageOrientation.upsideDown.uprightSize(width: 595, height: 842) == (595, 842))
    }
}
