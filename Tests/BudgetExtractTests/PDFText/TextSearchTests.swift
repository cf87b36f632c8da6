import Foundation
import Testing
@testable import BudgetExtract

/// The fast searches answer exactly what Foundation's `contains` and the
/// Character filter answer, on plain text and on the text they leave to them.
@Suite("Text search")
struct TextSearchTests {
    /// Texts of the kinds budgets print, and the kinds the fast paths must leave alone:
    /// a CJK compatibility ideograph (U+F9A8 stands for 令), a combining accent, CR LF, NBSP, U+3000.
    static let texts = [
        "一般公共预算财政拨款支出表", "2024年收入支出决算总表……3", "单位：万元", "（项）行政运行", "1,234.56",
        "部门预算 公开表", "\u{F9A8}令", "e\u{301}x", "é", "a\r\nb", "金额\u{A0}（万元）", "合\u{3000}计", "",
        "＃ＤＩＶ／０！", "公务用车购置及运行维护费", "tw 115 年度", "e\u{301} x", " \u{301}x", "合 计\t1,234",
    ]
    static let words = ["预算", "决算", "支出表", "单位", "令", "\u{F9A8}", "e", "é", "\n", "\r\n", "万元", "合计", "",
                        "1,234", "运行", "115", " "]

    @Test func includesAnswersAsFoundationContains() {
        for text in Self.texts {
            for word in Self.words {
                #expect(text.includes(word) == text.contains(word), "\(text) / \(word)")
                #expect(text.dropFirst().includes(word) == text.dropFirst().contains(word), "\(text) / \(word)")
            }
        }
    }

    @Test func includesFindsPlainWordsAndTheEquivalentIdeograph() {
        #expect("一般公共预算财政拨款支出表".includes("财政拨款"))
        #expect(!"一般公共预算财政拨款支出表".includes("决算"))
        #expect("\u{F9A8}".includes("令"), "canonical equivalence, left to Foundation")
        #expect(!"abc".includes(""))
    }

    @Test func withoutWhitespaceAnswersAsTheCharacterFilter() {
        for text in Self.texts {
            #expect(text.withoutWhitespace == String(text.filter { !$0.isWhitespace }), "\(text)")
        }
        #expect("合\u{3000}计 数\u{A0}".withoutWhitespace == "合计数")
        #expect("部门预算".withoutWhitespace == "部门预算")
    }

    @Test func nonWhitespaceCountIsTheCountOfTheFilteredText() {
        for text in Self.texts {
            #expect(text.nonWhitespaceCount == text.filter { !$0.isWhitespace }.count, "\(text)")
        }
        #expect("合\u{3000}计 数\u{A0}".nonWhitespaceCount == 3)
        #expect("a\u{301} b".nonWhitespaceCount == 2, "a letter with its accent is one character")
        #expect("\r\n12".nonWhitespaceCount == 2)
    }

    @Test func whitespaceCharactersAreThoseOfTheCharacterProperty() {
        let characters: [Character] = [" ", " \u{301}", "\u{3000}\u{301}", "a\u{301}", "\r\n", "\u{85}", "\u{A0}\u{308}", "合", "１", "\t"]
        for character in characters {
            #expect(TextSearch.isWhitespace(character) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
        #expect(TextSearch.isWhitespace(" \u{301}" as Character), "a space with an accent is white space, as its first scalar")
        #expect(!TextSearch.isWhitespace("合" as Character))
    }

    /// The tests on bytes answer as the tests on scalars, for every scalar alone and in the texts above.
    @Test func bytesTellPlainnessAndWhiteSpaceAsTheScalarsDo() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar)) + "预算"
            let (plain, whitespace) = text.utf8.withContiguousStorageIfAvailable { bytes in
                (TextSearch.isPlain(utf8: bytes), TextSearch.holdsWhitespace(utf8: bytes))
            } ?? (false, false)
            if plain != TextSearch.isPlain(scalar) || whitespace != scalar.properties.isWhitespace { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
        for text in Self.texts {
            #expect(text.isPlainText == text.unicodeScalars.allSatisfy(TextSearch.isPlain), "\(text)")
            #expect(text.dropFirst().isPlainText == text.dropFirst().unicodeScalars.allSatisfy(TextSearch.isPlain), "\(text)")
        }
        #expect("一般公共预算，１２３ｘ—“”…。".isPlainText)
        #expect(!"a\tb".isPlainText && !"\u{F9A8}".isPlainText && !"e\u{301}".isPlainText && !"ÀB".isPlainText)
    }

    @Test func includesAnyAnswersAsIncludesOfEach() {
        for text in Self.texts {
            #expect(text.includesAny(of: Self.words) == Self.words.contains(where: text.includes), "\(text)")
            for word in Self.words {
                #expect(text.includesAny(of: [word, "无此词"]) == text.contains(word), "\(text) / \(word)")
            }
        }
        #expect(!"部门预算".includesAny(of: []))
    }

    @Test func whitespaceScalarsAreThoseOfTheUnicodeTables() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextSearch.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
