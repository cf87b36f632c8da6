import Testing
@testable import BudgetExtract

@Suite("Ruling lines from a bitmap")
struct RulingDetectorTests {
    /// A 200×100 pt page at 1 pixel a point with a box, one inner rule, and a
    /// dark glyph-like blot that must not become a line.
    static func page() -> GreyImage {
        var image = GreyImage(width: 200, height: 100, scale: 1, pixels: [UInt8](repeating: 255, count: 200 * 100))
        for x in 10..<190 { image[x, 10] = 0; image[x, 90] = 0; image[x, 50] = 60 }
        for y in 10...90 { image[10, y] = 0; image[189, y] = 0 }
        for y in 20..<40 { for x in 30..<60 { image[x, y] = 0 } }  // the "glyph"
        return image
    }

    @Test func findsRulesAndIgnoresMaskedGlyphs() {
        let rulings = RulingDetector().rulings(in: Self.page(), masking: [Rect(x0: 29, y0: 19, x1: 61, y1: 41)])
        let horizontal = rulings.filter { $0.orientation == .horizontal }.map { Int($0.position) }.sorted()
        let vertical = rulings.filter { $0.orientation == .vertical }.map { Int($0.position) }.sorted()
        #expect(horizontal == [10, 50, 90])
        #expect(vertical == [10, 189])
    }

    @Test func withoutTheMaskTheBlotIsAFilledAreaNotAThinLine() {
        let rulings = RulingDetector().rulings(in: Self.page(), masking: [])
        // A filled area yields its two edges, never a line through its middle.
        #expect(!rulings.contains { $0.orientation == .horizontal && Int($0.position) == 30 })
    }
}
