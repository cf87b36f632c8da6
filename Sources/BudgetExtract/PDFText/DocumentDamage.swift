import CPopplerShim

/// What poppler repaired or complained about while a document was read:
/// a damaged file says so in its warnings rather than lose tables silently.
public struct DocumentDamage: Sendable, Equatable {
    /// poppler rebuilt the cross-reference table: the file is damaged or truncated.
    public var xrefReconstructed: Bool
    /// poppler's messages, counted (never printed).
    public var syntaxWarnings: Int
    public var syntaxErrors: Int
    public var otherErrors: Int
    public var aboutFonts: Int
    /// Fonts whose character collection needs a CMap from Debian's poppler-data,
    /// which is not installed: the text shown in them is lost.
    public var missingLanguagePacks: Int
    /// The first message, as an example of the rest.
    public var firstMessage: String?

    init(xrefReconstructed: Bool, messages: shim_message_counts, firstMessage: String?) {
        self.xrefReconstructed = xrefReconstructed
        syntaxWarnings = Int(clamping: messages.syntax_warnings)
        syntaxErrors = Int(clamping: messages.syntax_errors)
        otherErrors = Int(clamping: messages.other)
        aboutFonts = Int(clamping: messages.about_fonts)
        missingLanguagePacks = Int(clamping: messages.missing_language_packs)
        self.firstMessage = firstMessage
    }

    /// Adds what poppler said on another copy of the same document (one per page worker).
    /// The file's own repair is the same on every copy; messages add up.
    mutating func add(_ other: DocumentDamage) {
        xrefReconstructed = xrefReconstructed || other.xrefReconstructed
        syntaxWarnings += other.syntaxWarnings
        syntaxErrors += other.syntaxErrors
        otherErrors += other.otherErrors
        aboutFonts += other.aboutFonts
        missingLanguagePacks += other.missingLanguagePacks
        firstMessage = firstMessage ?? other.firstMessage
    }

    /// One line each: `the file is damaged: poppler rebuilt its cross-reference table`,
    /// `text was lost: … install Debian's poppler-data`,
    /// `poppler reported 12,345 errors, 12,000 about fonts (first: "…")`.
    public var warnings: [String] {
        var lines: [String] = []
        if xrefReconstructed {
            lines.append("the file is damaged: poppler rebuilt its cross-reference table")
        }
        if missingLanguagePacks > 0 {
            lines.append(
                "text was lost: \(Self.counted(missingLanguagePacks)) times a font needed a Chinese, Japanese or Korean "
                    + "character map that this machine lacks (install Debian's poppler-data)")
        }
        let errors = syntaxErrors + otherErrors
        let total = errors + syntaxWarnings
        if total > 0 {
            let kind = errors > 0 ? "errors" : "warnings"
            let fonts = aboutFonts > 0 ? ", \(Self.counted(aboutFonts)) about fonts" : ""
            let first = firstMessage.map { " (first: \"\($0)\")" } ?? ""
            lines.append("poppler reported \(Self.counted(total)) \(kind)\(fonts)\(first)")
        }
        return lines
    }

    /// 12345 as `12,345`.
    static func counted(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
