/// Two searches every later stage runs on every cell and line, answered as
/// Foundation's `contains` and `filter { !$0.isWhitespace }` answer them, at
/// a fraction of their cost on the text budgets print. Foundation's search
/// compares canonically equivalent characters (a CJK compatibility ideograph
/// equals the ideograph it stands for) through a copy in UTF-16; the filter
/// breaks the text into grapheme clusters and looks each up in the Unicode
/// tables. Text made only of plain scalars (`isPlain`) is searched byte for
/// byte instead, and text without a white space scalar is returned as it is;
/// any other text still goes the old way, so no answer changes.
enum TextSearch {
    /// Whether a scalar is a character of its own whose canonical
    /// decomposition is itself (U+0387 decomposes to `·`, but is not plain): printable ASCII, Latin-1 symbols, the
    /// general punctuation of dashes, quotes and leaders, CJK punctuation (not
    /// the tone marks after it, which combine), the CJK unified ideographs and
    /// the full-width forms. Byte equality of such text is Foundation's equality.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// Whether a scalar is white space (`Unicode.Scalar.Properties.isWhitespace`);
    /// ASCII and everything past U+3000 (where no white space is) are decided
    /// without the Unicode tables.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.value <= 0x3000 && scalar.properties.isWhitespace
    }

    /// `Character.isWhitespace`, which is the property of the character's
    /// first scalar (`" \u{301}"` is white space), decided as above.
    static func isWhitespace(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isWhitespace) ?? false
    }

    /// Whether the bytes of `word` occur in `text`; `word` is not empty.
    static func occurs(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, word.count <= text.count else { return false }
        var start = 0
        let lastStart = text.count - word.count
        while start <= lastStart {
            if text[start] == first {
                var matched = 1
                while matched < word.count, text[start + matched] == word[matched] { matched += 1 }
                if matched == word.count { return true }
            }
            start += 1
        }
        return false
    }
}

extension StringProtocol {
    /// Whether `word` occurs in the text, as Foundation's `contains` (a
    /// search for canonically equivalent characters) finds it; plain text
    /// (``TextSearch/isPlain(_:)``) is searched byte for byte, since that is
    /// the same answer at a tenth of the cost.
    func includes(_ word: String) -> Bool {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(TextSearch.isPlain), unicodeScalars.allSatisfy(TextSearch.isPlain),
           let found = utf8.withContiguousStorageIfAvailable({ text in
               word.utf8.withContiguousStorageIfAvailable { TextSearch.occurs($0, in: text) }
           }), let found {
            return found
        }
        return range(of: word) != nil
    }

    /// The text without its white space characters, as `filter { !$0.isWhitespace }`
    /// gives it; text without a white space scalar, the common case, is returned as it is.
    /// In text of plain scalars each scalar is a character of its own, kept
    /// or dropped by itself without breaking the text into characters.
    var withoutWhitespace: String {
        guard unicodeScalars.contains(where: TextSearch.isWhitespace) else { return String(self) }
        var kept = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard TextSearch.isPlain(scalar) else { return String(filter { !$0.isWhitespace }) }
            if !TextSearch.isWhitespace(scalar) { kept.append(scalar) }
        }
        return String(kept)
    }

    /// How many characters `withoutWhitespace` keeps, counted without
    /// building it: in text of plain scalars each scalar is a character of its
    /// own, so the scalars that are no white space are counted.
    var nonWhitespaceCount: Int {
        var count = 0
        for scalar in unicodeScalars {
            guard TextSearch.isPlain(scalar) else { return withoutWhitespace.count }
            if !TextSearch.isWhitespace(scalar) { count += 1 }
        }
        return count
    }
}
