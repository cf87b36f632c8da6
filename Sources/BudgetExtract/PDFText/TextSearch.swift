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

    /// Whether UTF-8 text is made only of plain scalars (`isPlain(_:)` of each),
    /// told from its bytes without decoding them: each plain scalar is
    /// written in one of a few byte patterns. Text whose last scalar is cut
    /// short is not plain (it is left to Foundation).
    static func isPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            // U+5000...U+9FFF, most of the text budgets print, first.
            if lead >= 0xE5, lead <= 0xE9, index + 2 < bytes.count {
                index += 3
                continue
            }
            if lead < 0x80 {
                // U+0020...U+007E
                guard lead >= 0x20, lead != 0x7F else { return false }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if lead == 0xC2 || lead == 0xC3 {
                // U+00A0...U+00BF, U+00D7, U+00F7
                guard lead == 0xC2 ? second >= 0xA0 : second == 0x97 || second == 0xB7 else { return false }
                index += 2
                continue
            }
            guard index + 2 < bytes.count else { return false }
            let third = bytes[index + 2]
            switch lead {
            case 0xE2: guard second == 0x80, (0x90...0xA7).contains(third) else { return false } // U+2010...U+2027
            case 0xE3: guard second == 0x80, third <= 0xA9 else { return false } // U+3000...U+3029
            case 0xE4: guard second >= 0xB8 else { return false } // U+4E00...U+4FFF
            case 0xE5...0xE9: break // U+5000...U+9FFF
            case 0xEF: guard second == 0xBC && third >= 0x81 || second == 0xBD && third <= 0x9E else { return false } // U+FF01...U+FF5E
            default: return false
            }
            index += 3
        }
        return true
    }

    /// Whether UTF-8 text holds a white space scalar (`isWhitespace(_:)`),
    /// told from its bytes: the scalars of that property are U+0009...U+000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000...U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000. A continuation byte never equals a lead
    /// byte or an ASCII one, so every byte is looked at as a lead.
    static func holdsWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func next(_ index: Int, _ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        for index in bytes.indices {
            let byte = bytes[index]
            // Printable ASCII, continuation bytes and the leads of the
            // ideographs (past 0xE3) start no white space: passed over at once.
            if byte > 0xE3 || (byte > 0x20 && byte < 0xC2) { continue }
            switch byte {
            case 0x09...0x0D, 0x20: return true
            case 0xC2: if next(index, 1) == 0x85 || next(index, 1) == 0xA0 { return true }
            case 0xE1: if next(index, 1) == 0x9A, next(index, 2) == 0x80 { return true }
            case 0xE2:
                let (second, third) = (next(index, 1), next(index, 2))
                if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return true }
                if second == 0x81, third == 0x9F { return true }
            case 0xE3: if next(index, 1) == 0x80, next(index, 2) == 0x80 { return true }
            default: continue
            }
        }
        return false
    }

    /// Plain UTF-8 text without its white space, which in plain text is a
    /// space, U+00A0 or U+3000, each a character of its own.
    static func plainWithoutWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3
            } else {
                kept.append(byte)
                index += 1
            }
        }
        return String(decoding: kept, as: UTF8.self)
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
    /// Whether the text is made only of plain scalars (``TextSearch/isPlain(_:)``), judged on its bytes.
    var isPlainText: Bool {
        utf8.withContiguousStorageIfAvailable(TextSearch.isPlain(utf8:)) ?? unicodeScalars.allSatisfy(TextSearch.isPlain)
    }

    /// Whether the text's UTF-8 holds `byte`, looked for in place where the bytes lie in one piece.
    func holdsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether `word` occurs in the text, as Foundation's `contains` (a
    /// search for canonically equivalent characters) finds it; plain text
    /// (``TextSearch/isPlain(_:)``) is searched byte for byte, since that is
    /// the same answer at a tenth of the cost.
    func includes(_ word: String) -> Bool {
        includes(word, textIsPlain: nil)
    }

    /// Whether any of `words` occurs in the text (`includes`), whether the
    /// text is plain judged once for all of them.
    func includesAny(of words: [String]) -> Bool {
        let plain = isPlainText
        return words.contains { includes($0, textIsPlain: plain) }
    }

    /// `includes(word)` where whether the text is plain is already known (nil: not yet judged).
    private func includes(_ word: String, textIsPlain: Bool?) -> Bool {
        let bytewise = utf8.withContiguousStorageIfAvailable { text in
            word.utf8.withContiguousStorageIfAvailable { word -> Bool? in
                guard !word.isEmpty, TextSearch.isPlain(utf8: word), textIsPlain ?? TextSearch.isPlain(utf8: text) else { return nil }
                return TextSearch.occurs(word, in: text)
            } ?? nil
        } ?? nil
        return bytewise ?? (range(of: word) != nil)
    }

    /// The text without its white space characters, as `filter { !$0.isWhitespace }`
    /// gives it; text without a white space scalar, the common case, is returned as it is.
    /// In text of plain scalars each scalar is a character of its own, kept
    /// or dropped by itself without breaking the text into characters.
    /// Both are told from the bytes.
    var withoutWhitespace: String {
        let bytewise = utf8.withContiguousStorageIfAvailable { text -> String? in
            guard TextSearch.holdsWhitespace(utf8: text) else { return String(self) }
            return TextSearch.isPlain(utf8: text) ? TextSearch.plainWithoutWhitespace(utf8: text) : nil
        } ?? nil
        return bytewise ?? String(filter { !$0.isWhitespace })
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
