/// One printed character with the box poppler reports for it.
public struct Glyph: Sendable, Hashable {
    /// The character, already cleaned by ``GlyphText/clean(_:)``.
    public var character: Character
    public var box: Rect

    public init(character: Character, box: Rect) {
        self.character = character
        self.box = box
    }
}

/// Everything the later stages need from one page: its size and its glyphs.
public struct PageText: Sendable {
    /// 1-based physical page number.
    public var number: Int
    /// Size in points as displayed (rotation applied).
    public var width: Double
    public var height: Double
    /// The page's glyphs, white space left out, fake-bold doubles removed.
    public var glyphs: [Glyph]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph]) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
    }
}
