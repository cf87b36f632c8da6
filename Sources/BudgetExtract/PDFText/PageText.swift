/// One printed character with the box poppler reports for it.
///
/// The character is kept as its one Unicode scalar, not as a `Character`
/// (a string): a glyph is then plain data, and copying, sorting and freeing
/// the arrays of glyphs every stage builds touches no reference count.
public struct Glyph: Sendable, Hashable {
    /// The character's scalar, already cleaned by ``GlyphText/clean(scalar:)``.
    public var scalar: Unicode.Scalar
    public var box: Rect
    /// The em box: one font size tall at the baseline (0.88 of it above the
    /// baseline, 0.12 below), whatever ascent and descent the font's
    /// descriptor declares. `box` is the descriptor's where those are
    /// plausible, and a font may declare 1.26 em or more (ZenHei and DejaVu
    /// as LibreOffice's Calc prints them): a gap measured in ems is measured
    /// in this box's height (the gap between two columns of solid text,
    /// ``AlignedTableFinder/splittingSolidColumns(_:)``). Equal to `box`
    /// where nothing else is known.
    public var em: Rect

    /// The character the glyph prints.
    public var character: Character { Character(scalar) }

    public init(scalar: Unicode.Scalar, box: Rect, em: Rect? = nil) {
        self.scalar = scalar
        self.box = box
        self.em = em ?? box
    }

    /// A glyph of a character of one scalar (a glyph prints one; of a
    /// character of several, the first is kept).
    public init(character: Character, box: Rect, em: Rect? = nil) {
        self.init(scalar: character.unicodeScalars.first ?? " ", box: box, em: em)
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
