import CPopplerShim
import Foundation
import Testing
@testable import BudgetExtract

/// The one-pass PDF layer on real PDFs: glyphs with their boxes and the
/// painted paths of a page, read by poppler in one interpretation.
@Suite("Page content from the shim")
struct PageContentTests {
    @Test func glyphsAndPathsOfARuledSample() throws {
        let document = try PDFDocument(path: Fixtures.sample("ruled-income.pdf"))
        let page = try document.read(page: 0).get()
        #expect(page.number == 1 && page.orientation == .upright)
        let text = String(page.glyphs.map(\.glyph.character))
        #expect(text.contains("合计"))
        // Every box lies on the page; an ideograph's is about as tall as it is wide (one em).
        for drawn in page.glyphs {
            let box = drawn.glyph.box
            #expect(box.x0 >= 0 && box.x1 <= page.width && box.y0 >= 0 && box.y1 <= page.height)
            #expect(drawn.renderMode == 0 && !drawn.isInvisible)
            if drawn.glyph.character.unicodeScalars.first.map({ (0x4E00...0x9FFF).contains($0.value) }) == true {
                #expect((0.8...1.5).contains(box.height / box.width))
            }
        }
        #expect(page.fontNames.allSatisfy { !$0.isEmpty })
        // The grid's lines are stroked paths; the rules found from them cross.
        #expect(page.paths.contains { $0.paint == .stroke })
        let rulings = RulingDetector().rulings(in: page)
        #expect(rulings.filter { $0.orientation == .horizontal }.count >= 5)
        #expect(rulings.filter { $0.orientation == .vertical }.count >= 3)
        #expect(document.damage.warnings.isEmpty)
    }

    /// Text in the PDF that is not printed: a cell's clipped overflow,
    /// invisible text (render mode 3), amounts off the page. The shim hands
    /// them all over; PrintedGlyphs keeps none of them.
    @Test func textThatIsNotPrinted() throws {
        let page = try PDFDocument(path: Fixtures.sample("hidden-text.pdf")).read(page: 0).get()
        let drawn = String(page.glyphs.map(\.glyph.character))
        #expect(drawn.contains("99,999.99"))
        #expect(drawn.contains("88,888.88"))
        #expect(drawn.contains("77,777.77"))
        #expect(drawn.contains("溢出单元格"))
        #expect(page.glyphs.filter { $0.renderMode == 3 }.count == 9)
        let printed = String(PrintedGlyphs.filter(page, fills: PaintedFills(page.paths)).printed.map(\.character))
        #expect(!printed.contains("99,999.99") && !printed.contains("88,888.88") && !printed.contains("77,777.77"))
        #expect(printed.contains("行政运行") && !printed.contains("溢"))
    }

    /// Descriptors a producer wrote wrong (ascent 1.7 em in raw units, a digit
    /// box below the baseline) give way to the em box around the baseline.
    @Test func implausibleDescriptorsGiveTheEmBox() throws {
        let page = try PDFDocument(path: Fixtures.sample("wrong-descriptors.pdf")).read(page: 0).get()
        #expect(!page.glyphs.isEmpty && page.glyphs.allSatisfy(\.emBox))
        let plausible = try PDFDocument(path: Fixtures.sample("ruled-income.pdf")).read(page: 0).get()
        #expect(plausible.glyphs.allSatisfy { !$0.emBox })
        // A digit and an ideograph on one row share their baseline and most of their height.
        let row = page.glyphs.filter { $0.glyph.character == "2" || $0.glyph.character == "行" }.map(\.glyph.box)
        let ideograph = try #require(page.glyphs.first { $0.glyph.character == "行" }?.glyph.box)
        #expect(row.contains { $0.verticalOverlap(ideograph) > 0.8 * ideograph.height })
    }

    @Test func fakeBoldCopiesFoundAsTheTableGrows() {
        // Room for one glyph, then a row of 300 distinct glyphs: the table is rebuilt several times.
        var copies = FakeBoldCopies(capacity: 1)
        func isCopy(_ glyph: Glyph, scalar: UInt32) -> Bool {
            if copies.original(of: glyph, scalar: scalar) != nil { return true }
            copies.keep(glyph, scalar: scalar)
            return false
        }
        let row = (0..<300).map { Glyph(character: "合", box: Rect(x0: Double($0) * 12, y0: 100, x1: Double($0) * 12 + 10, y1: 110)) }
        let firstCopies = row.filter { isCopy($0, scalar: 0x5408) }
        #expect(firstCopies.isEmpty)
        // A copy a fraction of a point off each is found, the first glyph's too, as the copy of its original.
        let shifted = row.map { Glyph(character: "合", box: Rect(x0: $0.box.x0 + 0.4, y0: 99.7, x1: $0.box.x1 + 0.4, y1: 109.7)) }
        #expect(shifted.indices.allSatisfy { copies.original(of: shifted[$0], scalar: 0x5408) == $0 })
        // Another character at the same place, or the same one a glyph further on, is not a copy.
        let otherCharacter = isCopy(Glyph(character: "计", box: row[5].box), scalar: 0x8BA1)
        let nextPlace = isCopy(Glyph(character: "合", box: Rect(x0: 3600, y0: 100, x1: 3610, y1: 110)), scalar: 0x5408)
        #expect(!otherCharacter && !nextPlace)
    }

    /// The images a page draws, with whether each hides what lies under it
    /// (Samples/covered-by-image.pdf): four white pictures pasted over stale
    /// text and a grey one behind the header cover; a seal with an alpha
    /// channel (a soft mask) and a seal's ring as a stencil mask do not.
    /// Text under a covering image drawn after it is not printed; text drawn
    /// over one, or under an image that does not cover, is.
    @Test func imagesHideTheTextDrawnBeforeThem() throws {
        let page = try PDFDocument(path: Fixtures.sample("covered-by-image.pdf")).read(page: 0).get()
        #expect(page.images.count == 7)
        #expect(page.images.map(\.covers) == [true, true, true, true, true, false, false])
        // The stale amount under the printed one is drawn too: no fake-bold copy, as a picture lies between them.
        let drawn = String(page.glyphs.map(\.glyph.character))
        #expect(drawn.contains("2024年部门支出预算表") && drawn.contains("（草稿）") && drawn.contains("8,888.88"))
        #expect(drawn.contains("3,870,925.58") && drawn.contains("3,807,295.58"))
        let (printed, covered) = PrintedGlyphs.filter(page, fills: PaintedFills(page.paths))
        let text = String(printed.map(\.character))
        #expect(covered == "2024年部门支出预算表（草稿）8,888.883,870,925.58".count)
        #expect(!text.contains("2024年") && !text.contains("草稿") && !text.contains("8,888.88") && !text.contains("3,870,925.58"))
        // The header over the grey picture, and the amounts under the seals.
        #expect(text.contains("科目编码科目名称合计基本支出项目支出"))
        #expect(text.contains("15,836,797.42") && text.contains("3,807,295.58") && text.contains("1,554,220.00"))
        #expect(text.contains("2025年部门支出预算表（图片遮盖）"))
    }

    /// An image hides a glyph's box when less than a quarter of it, across
    /// and along, stays outside; an image that does not cover hides nothing.
    @Test func anImageHidesABoxItAlmostCovers() {
        let box = Rect(x0: 100, y0: 100, x1: 110, y1: 110)
        let image = PaintedImage(rect: Rect(x0: 102, y0: 99, x1: 120, y1: 120), order: 5, covers: true)
        #expect(image.hides(box))
        #expect(!PaintedImage(rect: Rect(x0: 103, y0: 99, x1: 120, y1: 120), order: 5, covers: true).hides(box))
        #expect(!PaintedImage(rect: Rect(x0: 90, y0: 108, x1: 120, y1: 120), order: 5, covers: true).hides(box))
        #expect(!PaintedImage(rect: image.rect, order: 5, covers: false).hides(box))
    }

    @Test func aPageOutsideTheDocumentIsAFailureNotACrash() throws {
        let document = try PDFDocument(path: Fixtures.sample("ruled-income.pdf"))
        #expect(throws: PageReadFailure.notInPageTree) { try document.read(page: document.pageCount).get() }
        #expect(throws: PageReadFailure.notInPageTree) { try document.read(page: -1).get() }
    }

    @Test(arguments: [(1.0e7, 600.0), (.infinity, 600), (.nan, 600), (0, 600), (100_000, 200_000)])
    func impossiblePageSizes(width: Double, height: Double) {
        #expect(PageReadFailure.checkingSize(width: width, height: height) != nil)
    }

    @Test func possiblePageSizes() {
        #expect(PageReadFailure.checkingSize(width: 595, height: 842) == nil)
        #expect(PageReadFailure.checkingSize(width: 14_000, height: 14_000) == nil)
    }

    @Test func aMissingLanguagePackSaysTextWasLostAndWhatToInstall() {
        let counts = shim_message_counts(
            syntax_warnings: 0, syntax_errors: 12, other: 0, about_fonts: 12, missing_language_packs: 4)
        let damage = DocumentDamage(
            xrefReconstructed: false, messages: counts, firstMessage: "Missing language pack for 'Adobe-GB1' mapping")
        #expect(
            damage.warnings == [
                "text was lost: 4 times a font needed a Chinese, Japanese or Korean character map that this machine "
                    + "lacks (install Debian's poppler-data)",
                "poppler reported 12 errors, 12 about fonts (first: \"Missing language pack for 'Adobe-GB1' mapping\")",
            ])
    }

    @Test func messageCountsReadLikeNumbers() {
        #expect(DocumentDamage.counted(12_345) == "12,345")
        #expect(DocumentDamage.counted(7) == "7")
        #expect(DocumentDamage.counted(1_000_000) == "1,000,000")
    }
}
