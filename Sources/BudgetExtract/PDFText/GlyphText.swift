/// Repairs single characters that PDF fonts map to the wrong code point.
enum GlyphText {
    /// Maps a glyph's text to the character a reader sees.
    ///
    /// Many Chinese PDFs map ideographs to the look-alike Kangxi radicals
    /// (U+2F00–U+2FDF, `⾏` for `行`) or CJK radical supplements (U+2E80–U+2EFF).
    /// Kangxi radicals have compatibility decompositions (NFKC); the supplement
    /// block mostly does not, so the common ones are mapped by hand.
    static func clean(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return character
        }
        return Character(clean(scalar: scalar))
    }

    /// ``clean(_:)`` of a character of one scalar: the scalars outside the
    /// radical blocks, nearly all, are kept without a lookup. A radical's
    /// compatibility mapping is one ideograph, one scalar.
    static func clean(scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2F00...0x2FDF:
            let mapped = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars
            guard let first = mapped.first, mapped.count == 1 else { return scalar }
            return first
        case 0x2E80...0x2EFF:
            return radicalSupplement[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar
        default:
            return scalar
        }
    }

    /// Radical-supplement forms seen in budget PDFs, to the ideograph they stand for.
    private static let radicalSupplement: [UInt32: UInt32] = [
        0x2E9C: 0x65E5, // ⺜ 日
        0x2EA0: 0x6C11, // ⺠ 民
        0x2EC4: 0x897F, // ⻄ 西
        0x2EC5: 0x89C1, // ⻅ 见
        0x2EC6: 0x89D2, // ⻆ 角
        0x2ECB: 0x8F66, // ⻋ 车
        0x2ED1: 0x9577, // ⻑ 長
        0x2ED3: 0x957F, // ⻓ 长
        0x2ED4: 0x95E8, // ⻔ 门
        0x2ED8: 0x9752, // ⻘ 青
        0x2ED9: 0x97E6, // ⻙ 韦
        0x2EDA: 0x9875, // ⻚ 页
        0x2EDB: 0x98CE, // ⻛ 风
        0x2EDC: 0x98DE, // ⻜ 飞
        0x2EDD: 0x98DF, // ⻝ 食
        0x2EE2: 0x9A6C, // ⻢ 马
        0x2EE3: 0x9AA8, // ⻣ 骨
        0x2EE9: 0x9EC4, // ⻩ 黄
        0x2EEE: 0x9F50, // ⻮ 齐
        0x2EEF: 0x9F7F, // ⻯ 齿
        0x2EF0: 0x9F99, // ⻰ 龙
        0x2EF3: 0x9F9F, // ⻳ 龟
    ]
}
