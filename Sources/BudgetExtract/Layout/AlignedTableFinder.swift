/// Finds tables printed without ruling lines, from the alignment of their
/// words alone (WPS and Word exports often draw no rules at all).
///
/// It is deliberately strict: a block of lines is a table only when at
/// least three of its lines print several words with an amount among them,
/// and their words leave the same vertical corridors free. Running prose,
/// figures in sentences and a table of contents (under a `目录` heading, or
/// lines naming tables, with or without dot leaders) never pass.
enum AlignedTableFinder {
    private static let settings = TableSettings.standard

    static func tables(in glyphs: [Glyph], page: Int) -> [PageTable] {
        let (classified, cuts) = classifiedLines(of: glyphs)
        let contentsHeading = classified.first { PrintedVocabulary.isContentsHeading($0.line.text) }
        return regions(of: classified).filter { !isContents($0, under: contentsHeading) }.compactMap {
            table(from: $0, page: page, cuts: cuts)
        }
    }

    /// The glyphs' lines as the alignment reasoning reads them (words cut
    /// closer than in prose, leaders dropped, fused amounts and columns cut,
    /// spaced labels joined), classified, with the x of the cuts made where
    /// amounts of two columns touched (``AmountsAcrossColumns``) or a figure
    /// met the names of the next column (``splittingFusedColumns(_:)``).
    /// Sentences in an explanation column are read as its cells
    /// (``readingExplanationColumns(_:)``) unless `explanations` is false:
    /// performance forms (``UnruledForms``, a form ruled between rows in
    /// ``RowRuledGrids``) read their long cells in their own columns and
    /// bound their extent by prose.
    /// `fewRows` false keeps to columns explained on ``TableSettings/explanationColumnLinesCount``
    /// lines: a grid ruled between rows (``RowRuledGrids``) has its rows
    /// from its rules, and a row explained there needs no reading as a line
    /// of amounts (its label, run over the empty cells beside it, would set
    /// the columns: Calc's 5年來主要業務計畫分析表 of tw_moa_fund_115).
    static func classifiedLines(of glyphs: [Glyph], explanations: Bool = true, fewRows: Bool = true) -> (lines: [Line], cuts: [Double]) {
        let acrossColumns = AmountsAcrossColumns.splitting(joiningCentredAmounts(TextLines.build(from: glyphs, wordGap: settings.alignedWordGapEm))
            .map(droppingLeaders).map(splittingFusedAmounts).map(splittingSignedNeighbours))
        let spaced = acrossColumns.lines.map(joiningSpacedLabels)
        let acrossNames = splittingFusedColumns(spaced.map(classify))
        let acrossText = splittingSolidColumns(splittingTrailingAmounts(acrossNames.lines))
        // Amounts run into the text of the column beside them (a 绩效目标 set close: `226.48 0.00 0.00 面从严…`)
        // were no word of figures; once that text is cut off they are, and are cut at the columns' edges.
        let textCut = Set(acrossText.lines.indices.filter { acrossText.lines[$0].line != spaced[$0] })
        let afterText = AmountsAcrossColumns.splitting(acrossText.lines.map(\.line), only: textCut)
        let split = zip(acrossText.lines, afterText.lines).map { $0.line == $1 ? $0 : classify($1) }
        return (explanations ? readingExplanationColumns(split, fewRows: fewRows) : split,
                acrossColumns.cuts + acrossNames.cuts + acrossText.cuts + afterText.cuts)
    }

    /// A row's one amount printed on a line of its own, half a line's pitch
    /// between two lines of its row's wrapped cells: a browser centres each
    /// cell of a tall row, so where the row's labels wrap over two lines (or
    /// four) its amount stands between their lines, sharing neither's
    /// baseline (`湖州市中医` over `院`, `14.39` beside the gap, the 绩效目标
    /// beside them on the labels' baselines). A line of one word, an
    /// amount, whose middle lies within ``TableSettings/centredCellToleranceEm``
    /// of the middle of the two lines it overlaps (a wrapped line's pitch
    /// apart, ``TableSettings/wrappedLinePitchMinEm``…``TableSettings/wrappedLinePitchMaxEm``,
    /// neither printing an amount nor a word over it) is read on the upper
    /// line, where the row's cells start: that line is the row's line of
    /// amounts. Before, no line of such a page printed a label beside an
    /// amount, and the table was not found there (Chromium's 湖州市卫生健康委员会
    /// 项目支出绩效表, Samples/amount-between-wrapped-labels-unruled.pdf).
    static func joiningCentredAmounts(_ lines: [TextLine]) -> [TextLine] {
        var lines = lines
        var joined: Set<Int> = []
        // Read once: which lines print an amount (a line an amount joins prints one from then on).
        var printsAmount = lines.map { $0.words.contains { PrintedVocabulary.isAmount($0.text) } }
        for (index, line) in lines.enumerated() where line.words.count == 1 && printsAmount[index] {
            let amount = line.words[0], height = amount.box.height
            func stands(_ other: Int) -> Bool {
                other != index && !joined.contains(other) && !printsAmount[other] && lines[other].box.verticalOverlap(amount.box) > 0
                    && !lines[other].words.contains { $0.box.x1 > amount.box.x0 && $0.box.x0 < amount.box.x1 }
            }
            let upper = lines.indices.filter { stands($0) && lines[$0].box.midY < amount.box.midY }.max { lines[$0].box.midY < lines[$1].box.midY }
            let lower = lines.indices.filter { stands($0) && lines[$0].box.midY > amount.box.midY }.min { lines[$0].box.midY < lines[$1].box.midY }
            guard let upper, let lower else { continue }
            let pitch = lines[lower].box.midY - lines[upper].box.midY
            guard pitch >= settings.wrappedLinePitchMinEm * height, pitch <= settings.wrappedLinePitchMaxEm * height,
                  abs(amount.box.midY - (lines[upper].box.midY + lines[lower].box.midY) / 2) <= settings.centredCellToleranceEm * height
            else { continue }
            lines[upper] = TextLine(words: (lines[upper].words + [amount]).sorted { $0.box.x0 < $1.box.x0 })
            printsAmount[upper] = true
            joined.insert(index)
        }
        return lines.indices.filter { !joined.contains($0) }.map { lines[$0] }
    }

    /// Sentences wrapped in a table's last column are cells, not prose (a
    /// 项目支出表's `项目说明` or `绩效目标` beside each project's amount,
    /// two to four lines of it a row, the amount centred on them). An
    /// explanation column starts where, on
    /// ``TableSettings/explanationColumnLinesCount`` lines of the page or
    /// more, a sentence starts right after a line's last amount, or a line
    /// of sentences starts (within ``TableSettings/explanationEdgePoints``),
    /// at least one of them beside an amount (or on
    /// ``TableSettings/explainedRowsAlignedCount`` lines, each beside an
    /// amount, the amounts ending at one x and the lines' labels starting
    /// at one x: two rows of one table, `公庫撥款收入 2,903,206 丹娜絲…。`
    /// over `雜項收入 10,000 主要係…。`), or a line of amounts wholly
    /// left of them between their first and their last (an explanation
    /// centred on its row's one amount, wrapped above and below it, none
    /// beside it: Calc's tw_moa_fund_115 業務計畫 table of one row,
    /// Samples/explained-amounts-few-unruled.pdf). There, a line of sentences
    /// wholly in that column is a wrapped cell (no prose, so its table's
    /// block goes on), and a line whose words left of it print an amount
    /// and no sentence mark is a row of amounts explained (`农业技术推广服务
    /// 1,280 指导，服务…`). Prose starts at the left margin, and a sentence
    /// quoting amounts has them in its words, never a column of sentences
    /// starting right of them line after line. Nor is a line whose words
    /// left of such an edge print no amount and no sentence mark, its words
    /// from the edge on the sentences: a row's labels wrapped beside its
    /// explanation, their amount on another line
    /// (``joiningCentredAmounts(_:)``); before, it was prose, and at a page's
    /// last row it ended the table above that row's lower lines.
    /// A column explained on fewer lines (a 5年來主要業務計畫分析表's
    /// `詳基金用途明細表。` beside two of its ten rows) shows no such edge: there
    /// a line of a label, one amount and a sentence after it is a row of
    /// amounts explained where its label starts and its amount ends where
    /// those of ``TableSettings/explainedRowAlignedLinesCount`` lines of
    /// amounts of the page do (within ``TableSettings/explanationEdgePoints``):
    /// a row of their table. Before, it was prose, which cut the table
    /// there, its header and first rows lost (wkhtmltopdf's and Chromium's
    /// tw_moa_fund_115 5年來主要業務計畫分析表 and 基金來源明細表).
    static func readingExplanationColumns(_ lines: [Line], fewRows: Bool = true) -> [Line] {
        /// Where a line's words after its last amount start, when they are
        /// all text and their first follows the amount.
        func explanationStart(_ line: TextLine) -> Int? {
            guard let last = line.words.lastIndex(where: { PrintedVocabulary.isAmount($0.text) }),
                  last + 1 < line.words.count else { return nil }
            return last + 1
        }
        // Where each sentence starts, and for one beside an amount, where
        // its line's first word starts and that amount ends.
        typealias SentenceStart = (x: Double, besideAmount: Bool, box: Rect, row: (label: Double, end: Double)?)
        var starts: [SentenceStart] = []
        for classified in lines where classified.isProse {
            let words = classified.line.words
            if let start = explanationStart(classified.line),
               PrintedVocabulary.hasSentencePunctuation(words[start...].map(\.text).joined()) {
                let row = start >= 2 && !PrintedVocabulary.isAmount(words[0].text) ? (words[0].box.x0, words[start - 1].box.x1) : nil
                starts.append((words[start].box.x0, true, classified.line.box, row))
            } else if let first = words.first {
                starts.append((first.box.x0, false, classified.line.box, nil))
            }
        }
        /// Whether two sentences start beside amounts ending at one x, on
        /// lines whose labels start at one x: two rows of a table explained.
        func explainedRows(_ near: [SentenceStart]) -> Bool {
            let rows = near.compactMap(\.row)
            return rows.contains { row in
                rows.filter { abs($0.label - row.label) <= settings.explanationEdgePoints
                    && abs($0.end - row.end) <= settings.explanationEdgePoints }.count >= settings.explainedRowsAlignedCount
            }
        }
        // A sentence's line wrapped where it prints no mark (`丹娜絲颱風及七二八豪雨災後復原重建特別預算撥`)
        // starts there too: a line of text alone, no amount in it.
        let textStarts = lines.filter { !$0.isProse && !$0.isBody && !$0.line.words.contains { PrintedVocabulary.isAmount($0.text) } }
            .compactMap { $0.line.words.first?.box.x0 }
        var edges: [Double] = []
        for start in starts {
            let near = starts.filter { abs($0.x - start.x) <= settings.explanationEdgePoints }
            let text = textStarts.filter { abs($0 - start.x) <= settings.explanationEdgePoints }.count
            guard near.count + text >= settings.explanationColumnLinesCount || (fewRows && explainedRows(near)),
                  !edges.contains(where: { abs($0 - start.x) <= settings.explanationEdgePoints }) else { continue }
            // A line of amounts wholly left of the sentences, between the
            // first and the last of them: a cell centred on its row's amount.
            let top = near.map(\.box.y0).min() ?? 0, bottom = near.map(\.box.y1).max() ?? 0
            if start.besideAmount || lines.contains(where: {
                $0.isBody && $0.line.box.y0 > top && $0.line.box.y1 < bottom && $0.line.box.x1 < start.x
            }) {
                edges.append(start.x)
            }
        }
        // The lines of amounts of the page: where their labels start and their last amounts end.
        let rows = lines.filter(\.isBody).compactMap { classified -> (label: Double, end: Double)? in
            guard let first = classified.line.words.first, !PrintedVocabulary.isAmount(first.text),
                  let last = classified.line.words.last(where: { PrintedVocabulary.isAmount($0.text) }) else { return nil }
            return (first.box.x0, last.box.x1)
        }
        /// Whether a line's label starts and its amount ends where those of
        /// ``TableSettings/explainedRowAlignedLinesCount`` lines of amounts do.
        func alignsWithRows(_ line: TextLine, amount: Word) -> Bool {
            guard let first = line.words.first, !PrintedVocabulary.isAmount(first.text) else { return false }
            return rows.filter { abs($0.label - first.box.x0) <= settings.explanationEdgePoints
                && abs($0.end - amount.box.x1) <= settings.explanationEdgePoints }.count >= settings.explainedRowAlignedLinesCount
        }
        guard !edges.isEmpty || !rows.isEmpty else { return lines }
        func isEdge(_ x: Double) -> Bool { edges.contains { abs($0 - x) <= settings.explanationEdgePoints } }
        return lines.map { classified in
            guard classified.isProse, let first = classified.line.words.first else { return classified }
            var line = classified
            if isEdge(first.box.x0) {
                line.isProse = false
                line.isExplanation = true
            } else if let start = explanationStart(classified.line),
                      !PrintedVocabulary.hasSentencePunctuation(classified.line.words[..<start].map(\.text).joined()),
                      isEdge(classified.line.words[start].box.x0)
                        || (fewRows && start >= 2 && alignsWithRows(classified.line, amount: classified.line.words[start - 1])) {
                line.isProse = false
                line.isBody = true
            } else if let start = classified.line.words.indices.dropFirst().first(where: { isEdge(classified.line.words[$0].box.x0) }),
                      !classified.line.words[..<start].contains(where: { PrintedVocabulary.isAmount($0.text) }),
                      !PrintedVocabulary.hasSentencePunctuation(classified.line.words[..<start].map(\.text).joined()) {
                // A row's labels wrapped beside its explanation's sentences (`中医院 生事务 十五，听从…`,
                // its amount on the line above): a line of the table's cells, no prose.
                line.isProse = false
            }
            return line
        }
    }

    /// A table of contents is no table, though its lines may align (an
    /// entry number, a year read as an amount, a title): the lines under a
    /// page's `目录` heading, and a block whose lines of amounts mostly name
    /// tables (``PrintedVocabulary/isContentsEntry(_:)``), with or without
    /// page numbers, list the document.
    static func isContents(_ region: [Line], under heading: Line?) -> Bool {
        if let heading, let top = region.first?.line.box.y0, top >= heading.line.box.y1 { return true }
        let body = region.filter(\.isBody)
        let entries = body.filter { PrintedVocabulary.isContentsEntry($0.line.words.map(\.text)) }
        return !body.isEmpty && Double(entries.count) > settings.contentsEntriesShare * Double(body.count)
    }

    /// Drops the dot leaders a word processor prints from an item to its
    /// amounts (a tab with a leader: `行政运行……2,106,390.00`): in a line
    /// whose last leader leads to amounts only, each with a separator or a
    /// decimal point (money: a contents entry's page number has neither),
    /// every run of leader points is no text, and the pieces it parts are
    /// words of their own. Other lines keep their leaders (contents, prose).
    static func droppingLeaders(_ line: TextLine) -> TextLine {
        guard PrintedVocabulary.hasLeaders(line.text) else { return line }
        var pieces: [[Glyph]] = []
        var afterLastLeader = 0
        for word in line.words {
            var current: [Glyph] = []
            var run: [Glyph] = []
            func endRun() {
                if PrintedVocabulary.isLeader(String(run.map(\.character))) {
                    if !current.isEmpty { pieces.append(current) }
                    current = []
                    afterLastLeader = pieces.count
                } else {
                    current += run
                }
                run = []
            }
            for glyph in word.glyphs {
                if PrintedVocabulary.leaderPoints.contains(glyph.character) {
                    run.append(glyph)
                } else {
                    endRun()
                    current.append(glyph)
                }
            }
            endRun()
            if !current.isEmpty { pieces.append(current) }
        }
        let led = pieces[afterLastLeader...].map(Word.init)
        guard afterLastLeader > 0, !led.isEmpty, led.allSatisfy({ PrintedVocabulary.isSeparatedAmount($0.text) }) else { return line }
        return TextLine(words: pieces.map(Word.init))
    }

    /// Labels printed with their characters spread out (`合      计`, `项   目`)
    /// read as one word again when, together, they spell a label tables use.
    /// Single characters of different columns (`类 款 项`) stay apart.
    static func joiningSpacedLabels(_ line: TextLine) -> TextLine {
        var words: [Word] = []
        var run: [Word] = []
        func flush() {
            let spelled = run.map(\.text).joined()
            if run.count >= 2, PrintedVocabulary.spacedLabels.contains(spelled) {
                words.append(Word(glyphs: run.flatMap(\.glyphs)))
            } else {
                words += run
            }
            run = []
        }
        for word in line.words {
            let single = word.glyphs.count == 1 && !word.glyphs[0].character.isASCII
            if single, let last = run.last, word.box.x0 - last.box.x1 < settings.spacedLabelGapEm * word.box.height {
                run.append(word)
            } else {
                flush()
                if single { run = [word] } else { words.append(word) }
            }
        }
        flush()
        return words.count == line.words.count ? line : TextLine(words: words)
    }

    /// Cuts amounts printed so close that they read as one word
    /// (`12,029,501.8412,029,501.84`, tight columns of a spreadsheet): a
    /// number has one decimal point, so after each point and as many
    /// decimals as the last amount has, a new amount begins.
    static func splittingFusedAmounts(_ line: TextLine) -> TextLine {
        func isNumeral(_ character: Character) -> Bool { character.isASCII && (character.isNumber || character == "," || character == ".") }
        guard line.words.contains(where: { word in word.glyphs.filter { $0.character == "." }.count >= 2 }) else { return line }
        return TextLine(words: line.words.flatMap { word -> [Word] in
            let characters = word.glyphs.map(\.character)
            guard characters.allSatisfy(isNumeral), characters.filter({ $0 == "." }).count >= 2,
                  let lastPoint = characters.lastIndex(of: ".") else { return [word] }
            let decimals = characters.count - lastPoint - 1
            guard decimals > 0 else { return [word] }
            var pieces: [[Glyph]] = [[]]
            var afterPoint: Int?
            for glyph in word.glyphs {
                pieces[pieces.count - 1].append(glyph)
                if glyph.character == "." {
                    afterPoint = 0
                } else if let count = afterPoint {
                    afterPoint = count + 1
                    if count + 1 == decimals {
                        pieces.append([])
                        afterPoint = nil
                    }
                }
            }
            // Each piece must read as an amount (a date like `2020.12.31` does not split so).
            let amounts = pieces.filter { !$0.isEmpty }
            guard amounts.allSatisfy({ $0.first?.character != "." && $0.filter { $0.character == "." }.count == 1 }) else { return [word] }
            return amounts.map(Word.init)
        })
    }

    /// Cuts amounts printed touching where the second starts with a sign or
    /// a bracket (`(50,000.00)-100.00%`, `120,140.00(31.15)`, tab stops set
    /// tight): after a closing bracket, or after an amount's decimals, a
    /// minus or an opening bracket begins the next one, when every piece
    /// reads as an amount or a percentage (a date like `2020-12-31` has no
    /// decimals, so it is never cut).
    static func splittingSignedNeighbours(_ line: TextLine) -> TextLine {
        let words = line.words.flatMap { word -> [Word] in
            var pieces: [[Glyph]] = [[]]
            var afterPoint = false
            for glyph in word.glyphs {
                // An ideograph or an ASCII letter or digit is no sign, bracket
                // or point: it is appended without hashing its character.
                if isIdeographOrASCIIAlphanumeric(glyph.scalar) {
                    pieces[pieces.count - 1].append(glyph)
                    continue
                }
                let character = glyph.character
                if let last = pieces.last?.last?.character,
                   PrintedVocabulary.minusSigns.contains(character) || PrintedVocabulary.closingBrackets.values.contains(character),
                   PrintedVocabulary.closingBrackets[last] != nil || (afterPoint && last.isNumber) {
                    pieces.append([])
                    afterPoint = false
                }
                if PrintedVocabulary.decimalPoints.contains(character) { afterPoint = true }
                pieces[pieces.count - 1].append(glyph)
            }
            guard pieces.count > 1, pieces.allSatisfy({ piece in
                let text = String(piece.map(\.character))
                return PrintedVocabulary.isAmount(text) || PrintedVocabulary.isTargetValue(text)
            }) else { return [word] }
            return pieces.map(Word.init)
        }
        return words.count == line.words.count ? line : TextLine(words: words)
    }

    /// Whether a scalar is a CJK unified ideograph or an ASCII letter or
    /// digit: a character of its own that equals no mark (no other scalar is
    /// canonically equivalent to a mark through one of them).
    private static func isIdeographOrASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// Cuts words where a column of codes or amounts meets a column of names
    /// with no gap between them but the cells' padding (a spreadsheet's
    /// right-aligned codes or amounts against left-aligned names, no rule
    /// between: `2010301行政运行`, `97,549,430資產`): in three lines or more
    /// that print amounts, a word starts with a figure (digits, or an amount
    /// with separators) that ends where its ideographs begin, at the same x.
    /// The lines come classified; only a line that is cut is classified again.
    /// Where only amounts met names, only a word that starts with a figure
    /// ending there is cut (a title or heading over the seam stays whole),
    /// or with a placeholder ending there (``placeholderLength(_:)``: the
    /// amount column's `－` against the name beside it).
    /// A column of names that only some rows fill (`說明` beside two of forty
    /// rows) shows fewer seams: there, lines whose amount stands alone and
    /// ends where the seam's figure ends (the amount column's right edge)
    /// count with the seams (lines of two amounts or more; a row's lone
    /// amount only beside seams of amounts with separators on
    /// ``TableSettings/fusedColumnHeadedLinesCount`` lines or more: a small
    /// table of one amount a row whose 說明 two rows fill, set a cell's
    /// padding after the amount, `2,903,206 丹娜絲…`, under half an em, one
    /// word; before, such lines showed no edge, the explanations stayed in
    /// their amounts' words and their lines joined the rows above,
    /// Samples/explanations-close-after-amounts-unruled.pdf). A line counts when it prints an amount beside
    /// the word, or the word's figure is an amount (separators or a point:
    /// `242,360.10一、一般公共服务支出`, the receipts' one amount of a row,
    /// `15,241補助受災縣市辦理農業災損行政經費。`, an amount glued to the
    /// sentence that explains it, on a line read as prose).
    /// Seams on fewer lines (``TableSettings/fusedColumnHeadedLinesCount``)
    /// cut where the headings above part there too
    /// (``headingsPart(at:figure:line:in:)``); such a cut parts only words
    /// whose figure ends there. A serial number run into the code beside it
    /// (``serialSeam(in:)``: `2 201`) is a seam where the codes are left-aligned;
    /// its cut parts glyphs only where the print leaves a gap
    /// (``TableSettings/figureGapEm``): the serials from their codes, and
    /// the headings over them (`序号 功能科目编码`), never a title set solid
    /// across. A figure that is two figures a gap apart (``figureGap(in:)``:
    /// `87416000 3` of an amount against an item's number, `310 07` of two
    /// codes) is a seam too, counted as an amount's (not a column of codes
    /// against names), and its cut parts only such a figure there. The x of each cut comes back with the lines:
    /// a column boundary however close the glyphs it parts (a spreadsheet
    /// shrunk to fit its page sets `12,999用人費用` under a point apart).
    static func splittingFusedColumns(_ lines: [Line]) -> (lines: [Line], cuts: [Double]) {
        typealias Seam = (x: Double, line: Int, code: Bool, figure: ClosedRange<Double>, serialCodeEnd: Double?, gapped: Bool,
                          separatedAmount: Bool)
        var seams: [Seam] = []
        var amountEnds: [(x: Double, line: Int, lone: Bool)] = []
        for (index, classified) in lines.enumerated() {
            let line = classified.line
            for word in line.words {
                let printsAmountBeside = !line.words.filter({ $0 != word && PrintedVocabulary.isAmount($0.text) }).isEmpty
                if !classified.isProse, classified.isBody, PrintedVocabulary.isSeparatedAmount(word.text) {
                    amountEnds.append((word.box.x1, index, !printsAmountBeside))
                }
                let serial = serialSeam(in: word.glyphs), fusedSeam = seam(in: word.glyphs)
                let numberGap = figureGap(in: word.glyphs)
                let gap = classified.isProse ? nil : gappedFigureLength(word.glyphs)
                guard let length = fusedSeam ?? serial ?? numberGap ?? gap else { continue }
                // Two figures a gap apart are amounts or codes of two columns, no column of codes against names.
                let code = (fusedSeam ?? serial ?? gap) == length && word.glyphs[..<length].allSatisfy { $0.character.isNumber }
                // A figure a gap apart from what follows needs no amount beside: the gap shows two cells.
                let gapped = gap == length && (fusedSeam == nil || (code && !printsAmountBeside))
                guard !code || gapped || (printsAmountBeside && !classified.isProse) else { continue }
                let figure = word.glyphs[0].box.x0...word.glyphs[length - 1].box.x1
                let codeEnd = serial == length ? word.glyphs[length...].prefix { $0.character.isNumber }.last?.box.x1 : nil
                let separatedAmount = PrintedVocabulary.isSeparatedAmount(String(word.glyphs[..<length].map(\.character)))
                seams.append(((figure.upperBound + word.glyphs[length].box.x0) / 2, index, code && !gapped, figure, codeEnd, gapped,
                              separatedAmount))
            }
        }
        var cuts: [(x: Double, codes: Bool, labels: Bool, spaced: Bool, gapped: Bool)] = []
        var group: [Seam] = []
        let end: Seam = (x: .infinity, line: -1, code: false, figure: Double.infinity...Double.infinity, serialCodeEnd: nil, gapped: false,
                         separatedAmount: false)
        for seam in seams.sorted(by: { $0.x < $1.x }) + [end] {
            if let first = group.first, seam.x - first.x > settings.fusedColumnSeamPoints {
                // Figures parted from the text after them by a gap only cut where they are set
                // right (their starts differ): codes set left in a cell with their names
                // (`2010301 行政运行`) start together.
                let starts = group.filter(\.gapped).map(\.figure.lowerBound)
                if let low = starts.min(), let high = starts.max(), high - low <= settings.fusedColumnSeamPoints {
                    group.removeAll(where: \.gapped)
                    if group.isEmpty {
                        group = [seam]
                        continue
                    }
                }
                // Serial numbers against codes cut only where the codes
                // beside them are left-aligned (their ends differ): the
                // digits of amounts spaced in groups (`12 345`) end together.
                let codeEnds = group.compactMap(\.serialCodeEnd)
                if codeEnds.count == group.count, (codeEnds.max() ?? 0) - (codeEnds.min() ?? 0) <= settings.fusedColumnSeamPoints {
                    group = [seam]
                    continue
                }
                var seamLines = Set(group.map(\.line))
                if !group.contains(where: \.code) {
                    let edge = group.map(\.figure.upperBound).reduce(0, +) / Double(group.count)
                    // A row's lone amount shows the amount column's edge only beside seams of amounts on as many
                    // lines as a seam under headings needs (`1,100 專戶存款利息收入。` under a 說明 column few rows fill).
                    let lone = Set(group.map(\.line)).count >= settings.fusedColumnHeadedLinesCount
                        && group.allSatisfy { $0.separatedAmount }
                    seamLines.formUnion(amountEnds.filter { abs($0.x - edge) <= settings.fusedColumnSeamPoints && (lone || !$0.lone) }.map(\.line))
                }
                let x = group.map(\.x).reduce(0, +) / Double(group.count)
                let gapped = group.allSatisfy(\.gapped)
                if seamLines.count >= settings.fusedColumnLinesCount {
                    let serials = !codeEnds.isEmpty
                    cuts.append((x, group.contains { $0.code } && !serials, false, serials, gapped))
                } else if seamLines.count >= settings.fusedColumnHeadedLinesCount,
                          group.contains(where: { headingsPart(at: x, figure: $0.figure, line: $0.line, in: lines) }) {
                    cuts.append((x, false, false, false, gapped))
                } else if group.contains(where: { !$0.code && labelEdgeShows(after: $0.figure, at: x, line: $0.line, in: lines) }) {
                    cuts.append((x, false, true, false, gapped))
                }
                group = []
            }
            group.append(seam)
        }
        guard !cuts.isEmpty else { return (lines, []) }
        return (lines.map { classified in
            var isCut = false
            let words = classified.line.words.flatMap { word -> [Word] in
                var pieces: [[Glyph]] = [[]]
                let figure = seam(in: word.glyphs) ?? leadingFigureLength(word.glyphs)
                let placeholder = placeholderLength(word.glyphs), serial = serialSeam(in: word.glyphs)
                let gappedFigure = gappedFigureLength(word.glyphs), numberGap = figureGap(in: word.glyphs)
                for (index, glyph) in word.glyphs.enumerated() {
                    if let last = pieces.last?.last, cuts.contains(where: { cut in
                        last.box.midX < cut.x && glyph.box.midX > cut.x
                            && (cut.gapped ? index == gappedFigure
                                : cut.codes || index == figure || index == placeholder || index == serial || index == numberGap
                                || (cut.spaced && partedByGap(last, glyph)))
                            && (!cut.labels || opensItemOrTotal(word.glyphs[index...]))
                    }) {
                        pieces.append([])
                    }
                    pieces[pieces.count - 1].append(glyph)
                }
                if pieces.count > 1 { isCut = true }
                return pieces.map(Word.init)
            }
            return isCut ? classify(TextLine(words: words)) : classified
        }, cuts.map(\.x))
    }

    /// How many glyphs a word's leading figure prints (``leadingFigureLength(_:)``)
    /// where a gap wider than ``TableSettings/figureGapEm`` parts it from what
    /// follows, no digit (`800 个`, `90 %`, `35.78 不超过预算`: a figure set right
    /// in its column against the unit or text set left in the next, a
    /// spreadsheet shrunk to fit its page leaving a point or less between them).
    /// The characters of one cell's text abut. A run of full-width digits
    /// is such a figure too (`１` `京台京港…`: a 序号 column of full-width
    /// serial numbers set right against the names set left beside it, half
    /// an em apart, one word). Before, only ASCII digits were figures, and
    /// the serials read into the names, the 序号 column lost (Chromium's and
    /// wkhtmltopdf's 北京市2022年市级决算 专项转移支付 table;
    /// Samples/full-width-serials-against-names-unruled.pdf). A numeral that
    /// is no digit after the gap (`8 万平方公里`: a value set right against its
    /// unit set left, whose first character Unicode counts a number) is the
    /// next cell's text too: before, that one word crossed the corridor
    /// between 指标值 and 计量单位 and made them one column (Calc's 重庆
    /// 规划和自然资源局 一级项目 table). Nil elsewhere.
    static func gappedFigureLength(_ glyphs: [Glyph]) -> Int? {
        let fullWidthDigits = glyphs.prefix { !$0.character.isASCII && PrintedVocabulary.isDigit($0.character) }.count
        let length = max(leadingFigureLength(glyphs), fullWidthDigits)
        // What follows a figure a gap apart is the next cell's text unless it is a digit: an ideograph (`京`
        // after full-width serials, `万` of `8 万平方公里` after a value set right against its unit) is text,
        // though a numeral to Unicode.
        guard length > 0, length < glyphs.count,
              !PrintedVocabulary.isDigit(glyphs[length].character),
              !PrintedVocabulary.separators.contains(glyphs[length].character) else { return nil }
        return partedByGap(glyphs[length - 1], glyphs[length]) ? length : nil
    }

    /// Whether the print leaves a gap wider than ``TableSettings/figureGapEm``
    /// between two glyphs of one word: the characters of one cell's text
    /// abut (each glyph's box is its advance), so such a gap parts two cells.
    static func partedByGap(_ left: Glyph, _ right: Glyph) -> Bool {
        right.box.x0 - left.box.x1 > settings.figureGapEm * max(right.box.height, left.box.height)
    }

    /// Where a serial number meets the code beside it in one word (`2 201`
    /// read `2201`: a narrow 序号 column right- or centre-aligned against the
    /// left-aligned codes, a cell's padding apart): the word's leading digits,
    /// ``TableSettings/serialNumberDigitsCount`` at most, end a gap wider
    /// than ``TableSettings/figureGapEm`` before a code
    /// (``ItemMarker/minimumCodeDigits`` digits or more). The digits of
    /// one number abut: each glyph's box is its advance. Nil elsewhere.
    static func serialSeam(in glyphs: [Glyph]) -> Int? {
        let digits = glyphs.prefix { $0.character.isASCII && $0.character.isNumber }
        guard digits.count > ItemMarker.minimumCodeDigits else { return nil }
        return (1...min(settings.serialNumberDigitsCount, digits.count - ItemMarker.minimumCodeDigits)).first { end in
            partedByGap(glyphs[end - 1], glyphs[end])
        }
    }

    /// Where a word's leading figure (digits, separators) is two figures a
    /// gap apart: the digits of one number abut, so a gap wider than
    /// ``TableSettings/figureGapEm`` between two of its glyphs, the only one
    /// in the run, ends one column's figure where the next column's starts
    /// (Calc sets an amount right-aligned against the item number that opens
    /// the label beside it, `87416000` and `3、国防支出`, a cell's padding
    /// apart, and a code against the code of the next column, `310` and
    /// `07`). A figure of exactly three digits after the gap is an amount's
    /// group set apart by a space (`12 345`), never a figure of its own.
    /// Nil where the run shows no such gap.
    static func figureGap(in glyphs: [Glyph]) -> Int? {
        func isFigure(_ character: Character) -> Bool {
            character.isASCII && (character.isNumber || PrintedVocabulary.separators.contains(character))
        }
        let run = glyphs.prefix { isFigure($0.character) }
        guard run.count > 1 else { return nil }
        let gaps = (1..<run.count).filter { end in
            partedByGap(glyphs[end - 1], glyphs[end])
        }
        guard gaps.count == 1, let end = gaps.first, glyphs[end - 1].character.isNumber, glyphs[end].character.isNumber
        else { return nil }
        let digitsAfter = glyphs[end...].prefix { $0.character.isASCII && $0.character.isNumber }.count
        return digitsAfter == PrintedVocabulary.thousandsGroupDigitsCount ? nil : end
    }

    /// How many glyphs a placeholder opening a word prints, where a name
    /// follows it (`－依法分配收入`: a spreadsheet right-aligns the `－` of
    /// an amount column against the names beside it, as it does the
    /// amounts); nil where the word opens otherwise.
    static func placeholderLength(_ glyphs: [Glyph]) -> Int? {
        let length = glyphs.prefix { PrintedVocabulary.placeholders.contains(String($0.character)) }.count
        guard length > 0, length < glyphs.count, !glyphs[length].character.isASCII,
              PrintedVocabulary.placeholders.contains(String(glyphs[..<length].map(\.character))) else { return nil }
        return length
    }

    /// Cuts an amount off the name it ends (`五、资源勘探工业信息支出293,810,000.00`):
    /// a long name left-aligned in its cell runs up to the amount
    /// right-aligned in the next, closer than a word gap (a browser pads
    /// cells by a few points). The amount is a word of its own where it ends
    /// where the amounts of ``TableSettings/fusedColumnHeadedLinesCount``
    /// other lines end (within ``TableSettings/fusedColumnSeamPoints``): the
    /// right edge of an amount column. So is a code that ends a name a gap
    /// after it (``trailingCodeStart(_:)``: `机关事业单位基本养老保险缴费 501`,
    /// the longest name of a column run up to the codes left-aligned in the
    /// next) where the codes of as many other lines start or end where it
    /// does: a column of codes. So, too, is a placeholder that ends a name
    /// a gap after it (``trailingPlaceholderStart(_:)``: `營舍與設施工程支出 -`,
    /// the longest name of a column run up to the `－` set left in the amount
    /// column beside it, as a spreadsheet sets text) where the placeholders
    /// of as many other lines start where it does: the left edge of that
    /// amount column (Samples/headerless-continuation-stretches.pdf). Prose keeps its words.
    static func splittingTrailingAmounts(_ lines: [Line]) -> [Line] {
        let ends = lines.filter { !$0.isProse }.flatMap { line in
            line.line.words.filter { PrintedVocabulary.isSeparatedAmount($0.text) }.map(\.box.x1)
        }
        let dashStarts = lines.filter { !$0.isProse }.flatMap { line in
            line.line.words.filter { PrintedVocabulary.placeholders.contains($0.text) }.map(\.box.x0)
        }
        let codes = lines.filter { !$0.isProse }.flatMap { line in
            line.line.words.filter { word in
                word.text.count >= ItemMarker.minimumCodeDigits && word.text.allSatisfy { $0.isASCII && $0.isNumber }
            }.map(\.box)
        }
        func codeColumnShows(_ glyphs: ArraySlice<Glyph>) -> Bool {
            guard let first = glyphs.first, let last = glyphs.last else { return false }
            return codes.filter({ abs($0.x0 - first.box.x0) <= settings.fusedColumnSeamPoints }).count >= settings.fusedColumnHeadedLinesCount
                || codes.filter({ abs($0.x1 - last.box.x1) <= settings.fusedColumnSeamPoints }).count >= settings.fusedColumnHeadedLinesCount
        }
        return lines.map { classified in
            guard !classified.isProse else { return classified }
            var isCut = false
            let words = classified.line.words.flatMap { word -> [Word] in
                let amountEnds = ends.filter { abs($0 - word.box.x1) <= settings.fusedColumnSeamPoints }.count
                let amount = amountEnds >= settings.fusedColumnHeadedLinesCount ? trailingAmountStart(word.glyphs) : nil
                let code = trailingCodeStart(word.glyphs).flatMap { codeColumnShows(word.glyphs[$0...]) ? $0 : nil }
                let dash = trailingPlaceholderStart(word.glyphs).flatMap { start in
                    dashStarts.filter { abs($0 - word.glyphs[start].box.x0) <= settings.fusedColumnSeamPoints }.count
                        >= settings.fusedColumnHeadedLinesCount ? start : nil
                }
                guard let start = amount ?? code ?? dash else { return [word] }
                isCut = true
                return [Word(glyphs: Array(word.glyphs[..<start])), Word(glyphs: Array(word.glyphs[start...]))]
            }
            return isCut ? classify(TextLine(words: words)) : classified
        }
    }

    /// Cuts words where two columns of wrapped text meet with no gap between
    /// them but the cells' padding: a spreadsheet fills a long cell's lines
    /// up to its right edge, so a 绩效目标's lines run up to the 绩效指标's
    /// beside them, closer than a word gap (LibreOffice Calc sets them 3 pt
    /// apart in 11-pt boxes, 2.5 pt in 9-pt type). Chinese text is set solid, so a gap of
    /// ``TableSettings/solidColumnGapEm`` (between two ideographs of the
    /// font size, ``Glyph/em``, never of a box a descriptor declares 1.3 em
    /// tall: Samples/centred-beside-wrapped-tall-boxes-unruled.pdf) or more beside an ideograph or a
    /// full-width mark parts two texts where the pieces it leaves print two
    /// glyphs or more each (characters spaced over one cell, `合 计`, stay
    /// one word); it is a column's edge where the text right of it starts
    /// at the same x (within ``TableSettings/fusedColumnSeamPoints``) on
    /// ``TableSettings/fusedColumnLinesCount`` lines or more, a cell's
    /// lines set flush left: lines where it is parted from the text on its
    /// left, or where a word of text of its own (opening with an ideograph
    /// or a full-width mark) starts there (a 项目类型 column whose every cell
    /// starts at one x, run into by a 项目名称 wrapped over two lines on two
    /// rows only: Calc's 北京 2022 决算 p. 60,
    /// Samples/cell-beside-wrapped-name-unruled.pdf; before, two seams were
    /// too few, and the two columns read as one on the whole page). Amounts
    /// are set right: those of one width start at one x too, but that is no
    /// edge of text (wkhtmltopdf's 深圳 民政局 支出总表: the gap after the
    /// year in a group heading `2026 年政府采购项目`, over a column of
    /// `585.20`, `138.91`, cut the heading, and the table was lost;
    /// Samples/heading-gap-over-equal-amounts-unruled.pdf). Only gaps at
    /// such an edge cut; the x of each cut comes back with the lines
    /// (Samples/text-columns-close-unruled.pdf).
    static func splittingSolidColumns(_ lines: [Line]) -> (lines: [Line], cuts: [Double]) {
        /// Where the word's glyphs part at a solid-text gap: the indices of the glyphs right of each,
        /// measured in ems (`ems`) and in the glyphs' boxes (`boxes`). Between two ideographs the
        /// gap is measured in ems where the pieces so parted print two glyphs or more each; beside a
        /// Latin letter or digit, where typesetters add a space between scripts (Calc's `2022比2021`),
        /// or a full-width figure (prose justified, `３１９１００００ 万元`), and where ems part
        /// characters spaced over a heading (`預 計 數`), in the glyphs' boxes. A parting only ems
        /// make is no edge unless cells of their own start there too (below): a wrapped cell's line
        /// that wkhtmltopdf writes in two runs leaves 0.3 em between them, more than Calc's columns,
        /// at one x on line after line.
        func partings(of word: Word) -> (ems: [Int], boxes: [Int]) {
            let glyphs = word.glyphs
            func starts(inEms: Bool) -> [Int]? {
                let starts = glyphs.indices.dropFirst().filter { index in
                    let (left, right) = (glyphs[index - 1], glyphs[index])
                    let ideographs = inEms && left.scalar.properties.isIdeographic && right.scalar.properties.isIdeographic
                    let height = ideographs ? max(left.em.height, right.em.height) : max(left.box.height, right.box.height)
                    return (left.isSetSolid || right.isSetSolid) && right.box.x0 - left.box.x1 >= settings.solidColumnGapEm * height
                }
                let ends = [0] + starts + [glyphs.count]
                return zip(ends, ends.dropFirst()).allSatisfy({ $1 - $0 >= 2 }) ? starts : nil
            }
            let boxes = starts(inEms: false) ?? []
            return (starts(inEms: true) ?? boxes, boxes)
        }
        var seams: [(x: Double, line: Int, inBoxes: Bool)] = []
        for (index, classified) in lines.enumerated() {
            for word in classified.line.words {
                let parted = partings(of: word)
                seams += parted.ems.map { (word.glyphs[$0].box.x0, index, parted.boxes.contains($0)) }
            }
        }
        // Lines whose text starts at an x: a text column's cells set flush left, no seam needed
        // (amounts set right of equal width start at one x too, and make no edge of text).
        let starts = lines.indices.filter { !lines[$0].isProse }.flatMap { index in
            lines[index].line.words.filter { $0.glyphs.first?.isSetSolid == true }.map { ($0.box.x0, index) }
        }
        var edges: [Double] = []
        var group: [(x: Double, line: Int, inBoxes: Bool)] = []
        for seam in seams.sorted(by: { $0.x < $1.x }) + [(x: .infinity, line: -1, inBoxes: true)] {
            if let first = group.first, seam.x - first.x > settings.fusedColumnSeamPoints {
                let x = group.map(\.x).reduce(0, +) / Double(group.count)
                let flush = starts.filter { abs($0.0 - x) <= settings.fusedColumnSeamPoints }.map(\.1)
                if Set(group.map(\.line)).union(flush).count >= settings.fusedColumnLinesCount,
                   group.contains(where: \.inBoxes) || !flush.isEmpty {
                    edges.append(x)
                }
                group = []
            }
            group.append(seam)
        }
        guard !edges.isEmpty else { return (lines, []) }
        var cuts: Set<Double> = []
        let cutLines = lines.map { classified in
            var isCut = false
            let words = classified.line.words.flatMap { word -> [Word] in
                let starts = partings(of: word).ems.filter { start in
                    edges.contains { abs($0 - word.glyphs[start].box.x0) <= settings.fusedColumnSeamPoints }
                }
                guard !starts.isEmpty else { return [word] }
                isCut = true
                for start in starts { cuts.insert((word.glyphs[start - 1].box.x1 + word.glyphs[start].box.x0) / 2) }
                let ends = [0] + starts + [word.glyphs.count]
                return zip(ends, ends.dropFirst()).map { Word(glyphs: Array(word.glyphs[$0..<$1])) }
            }
            return isCut ? classify(TextLine(words: words)) : classified
        }
        return (cutLines, cuts.sorted())
    }

    /// Where a code that ends a word starts (``ItemMarker/minimumCodeDigits``
    /// digits or more): after a name's last character (an ideograph or a
    /// full-width mark) and a gap wider than ``TableSettings/figureGapEm``,
    /// where the characters of one cell's text abut (`缴费 501`, a cell's
    /// padding apart). Nil where the word ends otherwise.
    static func trailingCodeStart(_ glyphs: [Glyph]) -> Int? {
        let digits = glyphs.reversed().prefix { $0.character.isASCII && $0.character.isNumber }.count
        let start = glyphs.count - digits
        guard digits >= ItemMarker.minimumCodeDigits, start > 0, glyphs[start - 1].isSetSolid else { return nil }
        return partedByGap(glyphs[start - 1], glyphs[start]) ? start : nil
    }

    /// Where a placeholder that ends a word starts (`支出 -`, `支出 －`), a
    /// gap wider than ``TableSettings/figureGapEm`` after a name's last
    /// character (an ideograph or a full-width mark); nil where the word
    /// ends otherwise.
    static func trailingPlaceholderStart(_ glyphs: [Glyph]) -> Int? {
        var start = glyphs.count
        while start > 0, PrintedVocabulary.placeholders.contains(String(glyphs[start - 1].character)) { start -= 1 }
        guard start > 0, start < glyphs.count, glyphs[start - 1].isSetSolid,
              PrintedVocabulary.placeholders.contains(String(glyphs[start...].map(\.character))) else { return nil }
        return partedByGap(glyphs[start - 1], glyphs[start]) ? start : nil
    }

    /// Where an amount that ends a word starts, right after a name's last
    /// character (an ideograph or a full-width mark: `支出293,810,000.00`,
    /// `支出 1073.21`); nil where the word ends otherwise.
    static func trailingAmountStart(_ glyphs: [Glyph]) -> Int? {
        var start = glyphs.count
        while start > 0, glyphs[start - 1].character.isASCII,
              glyphs[start - 1].character.isNumber || PrintedVocabulary.separators.contains(glyphs[start - 1].character) {
            start -= 1
        }
        if start > 0, PrintedVocabulary.minusSigns.contains(glyphs[start - 1].character) { start -= 1 }
        guard start > 0, start < glyphs.count, glyphs[start - 1].isSetSolid,
              PrintedVocabulary.isSeparatedAmount(String(glyphs[start...].map(\.character))) else { return nil }
        return start
    }

    /// Where a word's leading figure meets the name of the next column: the
    /// figure's end where ideographs follow (`2010301行政运行`), or, where an
    /// item's mark follows an amount (`92,165,133.991、一般公共服务支出`,
    /// `230,000.00(4)资本性支出`: the amount's last digit and the item's
    /// number run together), the longest amount after which an item starts
    /// (`1、`, `(4)`): the item's number is the figure's last digits, one or
    /// two (``TableSettings/itemNumberDigitsCount``), never with a leading
    /// zero, and no digit follows its mark (`92,165,13|3.99` is no item
    /// `3.`). An amount without separators (`87416000` against `3、国防支出`)
    /// ends where its digits show a gap (``figureGap(in:)``), and so does one
    /// with separators: `0.00` set right against `13、转移性支出` a cell's
    /// padding apart reads `0.0013、…`. Before, its longest amount `0.001`
    /// before an item's mark was taken, a seam inside the item's number
    /// (`1 3、转移性支出` where three lines show it; where fewer do no cut,
    /// the amounts read into the labels beside them: Writer's 西安市商务局
    /// 收支总表 continued, Samples/amount-against-two-digit-item-unruled.pdf).
    /// Nil where the word is no figure glued to a name.
    static func seam(in glyphs: [Glyph]) -> Int? {
        let length = leadingFigureLength(glyphs)
        guard length > 0, length < glyphs.count else { return nil }
        let characters = glyphs.map(\.character)
        // The digits of one number abut: where the figure shows a gap, the amount ends there.
        let gap = figureGap(in: glyphs)
        let item = (max(1, length - settings.itemNumberDigitsCount)...length).reversed().first { end in
            let rest = characters[end...]
            let number = rest.prefix { $0.isASCII && $0.isNumber }
            let afterMark = number.isEmpty ? nil : rest.dropFirst(number.count + 1).first
            return number.count <= settings.itemNumberDigitsCount && number.first != "0"
                && !(afterMark.map { $0.isASCII && $0.isNumber } ?? false)
                && (gap.map { $0 == end } ?? PrintedVocabulary.isSeparatedAmount(String(characters[..<end])))
                && ItemMarker.startsItem(String(rest))
        }
        return item ?? (glyphs[length].character.isASCII || opensNumberedItem(characters, figureLength: length)
            || opensYear(characters, figureLength: length) ? nil : length)
    }

    /// Whether a word's leading figure is a year that its text goes on
    /// from (`2022比2021`, `2026年春节慰问金`): a year followed by what
    /// follows a year (``ItemMarker/afterYear``), one cell's text and never a
    /// code against the name of the next column. Before, `2022比` set left
    /// in a 年度 column was cut as a code, the column read as two.
    static func opensYear(_ characters: [Character], figureLength: Int) -> Bool {
        PrintedVocabulary.isYear(String(characters[..<figureLength])) && ItemMarker.afterYear.contains(characters[figureLength])
    }

    /// Whether a word's leading figure is the number of the item it opens
    /// (`1、一般公共服务支出`, `10、卫生健康支出`): digits,
    /// ``TableSettings/itemNumberDigitsCount`` at most, followed by an
    /// item's mark, the label's own number and never a code against the
    /// name of the next column.
    static func opensNumberedItem(_ characters: [Character], figureLength: Int) -> Bool {
        figureLength <= settings.itemNumberDigitsCount && characters[..<figureLength].allSatisfy { $0.isASCII && $0.isNumber }
            && ItemMarker.startsItem(String(characters))
    }

    /// Whether an amount glued to the next column's label shows a column
    /// edge where the seam is too rare to count (one row of a 收支总表's
    /// receipts printing an amount against the spending item beside it:
    /// `19,572.91一、一般公共服务支出`, `5,131.70本年支出合计`): the piece
    /// after the amount opens an item or a total
    /// (``opensItemOrTotal(_:)``), and another line of amounts prints a
    /// word starting where that piece starts (the label column's left
    /// edge) or an amount ending where the figure ends (the amount
    /// column's right edge), within ``TableSettings/fusedColumnSeamPoints``.
    static func labelEdgeShows(after figure: ClosedRange<Double>, at x: Double, line: Int, in lines: [Line]) -> Bool {
        guard let word = lines[line].line.words.first(where: { $0.box.x0 <= figure.lowerBound && $0.box.x1 > x }),
              let start = word.glyphs.firstIndex(where: { $0.box.midX > x }), opensItemOrTotal(word.glyphs[start...])
        else { return false }
        let labelStart = word.glyphs[start].box.x0
        return lines.indices.contains { index in
            index != line && !lines[index].isProse && lines[index].line.words.contains { PrintedVocabulary.isAmount($0.text) }
                && lines[index].line.words.contains { other in
                    let isAmount = PrintedVocabulary.isSeparatedAmount(other.text)
                    return isAmount ? abs(other.box.x1 - figure.upperBound) <= settings.fusedColumnSeamPoints
                        : abs(other.box.x0 - labelStart) <= settings.fusedColumnSeamPoints
                }
        }
    }

    /// Whether glyphs open an item (`一、`, `（二）`) or a total's label
    /// (`本年支出合计`, `支出总计`, `总收入`): what a label column prints
    /// first, never the rest of an amount or a code.
    static func opensItemOrTotal(_ glyphs: ArraySlice<Glyph>) -> Bool {
        let text = String(glyphs.map(\.character))
        return ItemMarker.startsItem(text) && !(text.first.map { $0.isASCII && $0.isNumber } ?? false)
            || PrintedVocabulary.totalWords.union(PrintedVocabulary.wholeWords).contains { text.contains($0) }
    }

    /// Whether the headings over a seam part there: on the nearest line
    /// above the seam's that prints no amounts and a word over the seam's
    /// figure, that word ends left of the seam and the next word of its line
    /// starts right of it (`预算数 | 项目` over `66,716,064一、科学技术支出`,
    /// `单位编码 | 单位（项目）名称` over `263001西安市商务局`): two headings,
    /// two columns.
    static func headingsPart(at x: Double, figure: ClosedRange<Double>, line: Int, in lines: [Line]) -> Bool {
        func covers(_ word: Word) -> Bool { (word.box.x0...word.box.x1).overlaps(figure) }
        guard let above = lines[..<line].last(where: { !$0.isBody && !$0.isProse && $0.line.words.contains(where: covers) })
        else { return false }
        let words = above.line.words.sorted { $0.box.x0 < $1.box.x0 }
        guard let heading = words.lastIndex(where: covers), words[heading].box.x1 < x, heading + 1 < words.count else { return false }
        return words[heading + 1].box.x0 > x
    }

    /// How many glyphs a word's leading figure prints: its ASCII digits
    /// (a code), or an amount with thousands separators or a decimal point,
    /// perhaps after a minus (`97,549,430`, `-455,308`, `12.50`), ending on
    /// a digit; 0 when the word starts with neither (`1.一般公共预算` starts
    /// with an item number, whose point is no amount's).
    static func leadingFigureLength(_ glyphs: [Glyph]) -> Int {
        let digits = glyphs.prefix { $0.character.isASCII && $0.character.isNumber }.count
        let signed = glyphs.first.map { PrintedVocabulary.minusSigns.contains($0.character) } == true ? 1 : 0
        let run = glyphs.dropFirst(signed).prefix { glyph in
            glyph.character.isASCII && (glyph.character.isNumber || PrintedVocabulary.separators.contains(glyph.character))
        }.count
        guard let end = glyphs[..<(signed + run)].lastIndex(where: { $0.character.isASCII && $0.character.isNumber }) else { return 0 }
        let figure = String(glyphs[..<(end + 1)].map(\.character))
        return PrintedVocabulary.isSeparatedAmount(figure) ? end + 1 : digits
    }

    /// A line the alignment reasoning can use, with what it prints.
    struct Line {
        var line: TextLine
        var isBody: Bool
        var isProse: Bool
        /// A sentence wrapped in an explanation column, beside no amount
        /// (``readingExplanationColumns(_:)``): a cell's line, never a heading.
        var isExplanation = false
        var height: Double { line.box.height }
        /// The height of its tallest glyph: its type's size, where the line's
        /// box is taller when it gathers headings set at staggered heights
        /// (each wrapped heading centred in its cell, a line's worth apart),
        /// and so are its words where the lines of wrapped headings set close
        /// together fuse into one word (`一般公款收共预入算拨`, the glyphs of
        /// `一般公共预算拨` over `款收入`): glyphs of the body's size.
        var typeHeight: Double { line.words.flatMap(\.glyphs).map(\.box.height).max() ?? 0 }
    }

    static func classify(_ line: TextLine) -> Line {
        let text = line.text
        let hasLeader = PrintedVocabulary.hasLeaders(text)
        let amounts = line.words.filter { PrintedVocabulary.isAmount($0.text) }.count
        let isProse = hasLeader
            || (PrintedVocabulary.hasSentencePunctuation(outsideAmounts: line.words.map(\.text)) && !explainsItsAmounts(line))
            || (line.words.count == 1 && text.count > settings.proseLineCharactersCount)
        return Line(line: line, isBody: !isProse && line.words.count >= 2 && amounts >= 1, isProse: isProse)
    }

    /// Whether a line that prints sentence marks is a row of amounts whose
    /// last cell explains them (`1,060,446 森林遊樂及林業鐵路經營管理計畫
    /// 1,153,045 1,193,001 詳基金用途明細表說明。`, a 說明 column): it prints
    /// ``TableSettings/explainedRowAmountsCount`` amounts with separators or
    /// more, each a word of its own or a word's leading figure, and no
    /// sentence mark before the last of them (a sentence quoting amounts,
    /// `收入 1,234.56 万元，支出 2,345.67 万元。`, has one between them).
    static func explainsItsAmounts(_ line: TextLine) -> Bool {
        let amounts = line.words.indices.filter { index in
            let glyphs = line.words[index].glyphs
            let length = leadingFigureLength(glyphs)
            return length > 0 && PrintedVocabulary.isSeparatedAmount(String(glyphs[..<length].map(\.character)))
        }
        guard amounts.count >= settings.explainedRowAmountsCount, let last = amounts.last else { return false }
        return !PrintedVocabulary.hasSentencePunctuation(line.words[..<last].map(\.text).joined())
    }

    /// Blocks of consecutive lines around runs of body lines: the header
    /// lines just above (at most four, none of them prose) and the body with
    /// the label lines that wrap between its rows.
    ///
    /// A line with a sentence's marks that keeps inside the columns of the
    /// body above it (no word reaching over a gap between them) is a cell's
    /// text when a line of amounts follows in the block: a label or an
    /// explanation written as a sentence (`優化學校午餐溯源豬肉供需管理，輔導特色`
    /// over `品牌發展`, the amounts centred beside the two; `健全酪農生產環境，…`
    /// beside its amounts). Before, such a line was prose and ended the
    /// table at the first row whose cell held a comma
    /// (Samples/sentence-in-a-cell-unruled.pdf). Where no line of amounts
    /// follows, it is prose after all, as it was.
    static func regions(of classified: [Line]) -> [[Line]] {
        var regions: [[Line]] = []
        var current: [Line] = []
        // The lines of `current` as classified, and where the first cell line
        // with a sentence's marks since the last line of amounts lies in it.
        var classifiedCurrent: [Line] = []
        var sentenceSince: Int?
        func close() {
            if let since = sentenceSince {
                // No line of amounts came after it: prose, which ends the block.
                let rest = classifiedCurrent[(since + 1)...]
                current.removeSubrange(since...)
                classifiedCurrent.removeSubrange(since...)
                sentenceSince = nil
                close()
                rest.forEach(add)
                return
            }
            if current.filter(\.isBody).count >= settings.minimumBodyLinesCount {
                regions.append(trim(current))
            } else if let short = shortTable(current) {
                regions.append(short)
            } else if let list = numberedList(current) {
                regions.append(list)
            } else if let tail = continuedTail(current) {
                regions.append(tail)
            } else if let empty = emptyTable(current) {
                regions.append(empty)
            }
            current = []
            classifiedCurrent = []
        }
        func add(_ line: Line) {
            if let last = current.last, line.line.box.y0 - last.line.box.y1 > settings.blockGapEm * max(line.height, last.height),
               !isLoneTotal(line, underHeadings: current) {
                close()
            }
            if line.isProse, !isCaption(line, after: current), let cell = sentenceInACell(line, under: current) {
                if cell.isBody { sentenceSince = nil } else if sentenceSince == nil { sentenceSince = current.count }
                current.append(cell)
                classifiedCurrent.append(line)
                return
            }
            if line.isProse, !isCaption(line, after: current), let row = numberedRow(line, after: current) {
                current.append(row)
                classifiedCurrent.append(line)
                return
            }
            if line.isProse || isCaption(line, after: current) {
                close()
                return
            }
            if line.isBody { sentenceSince = nil }
            current.append(line)
            classifiedCurrent.append(line)
        }
        classified.forEach(add)
        close()
        return regions
    }

    /// Whether a line is the lone `合计` of a table with no data under the
    /// block of its headings, however far below them it prints: a total word
    /// alone (``PrintedVocabulary/totalWords``) that leaves the columns
    /// right of it blank (``leavesColumnsBlank(_:under:)``; it is the
    /// last line so far of the block), under a block of headings
    /// only (no line of amounts, no prose) holding
    /// ``TableSettings/minimumShortTableHeadingsCount`` words of a column
    /// heading or more. A spreadsheet prints such a table's header rows and
    /// its one row tall (LibreOffice Calc, 上海市普陀区's 国有资本经营预算
    /// tables with nothing to report), the `合计` at its row's foot, so the
    /// blank above it is wider than the gap of ``TableSettings/blockGapEm``
    /// that ends a block of lines. Before, the `合计` started a block of its
    /// own with no header above it, and the table was never found
    /// (Samples/empty-table-tall-rows-unruled.pdf).
    private static func isLoneTotal(_ line: Line, underHeadings block: [Line]) -> Bool {
        guard line.line.words.count == 1, PrintedVocabulary.totalWords.contains(line.line.text.withoutWhitespace),
              !block.isEmpty, !block.contains(where: { $0.isBody || $0.isProse }) else { return false }
        let words = block.flatMap(\.line.words)
        return leavesColumnsBlank(line.line, under: words) && holdsShortTableHeadings(block)
    }

    /// Whether the lines above a short table's rows read as its header:
    /// ``TableSettings/minimumShortTableHeadingsCount`` words or more
    /// holding a heading's word (``PrintedVocabulary/isColumnHeading(_:)``),
    /// or ``TableSettings/minimumHeadingsOverColumnNumbersCount`` over a row
    /// of column numbers that prints one mark under each of them
    /// (``numbersEachHeading(_:under:)``): a row of `**`, `栏次` and small
    /// numbers, one under each heading, is a printed header, never prose.
    /// Before, a table of two headings over `** 1` (Chromium's, wkhtmltopdf's
    /// and LibreOffice Calc's prints of 杭州市交通运输局's empty
    /// 国有资本经营预算支出预算表) was never found
    /// (Samples/two-headings-over-column-numbers-unruled.pdf).
    private static func holdsShortTableHeadings(_ header: [Line]) -> Bool {
        let words = header.flatMap(\.line.words)
        if words.filter({ PrintedVocabulary.isColumnHeading($0.text) }).count >= settings.minimumShortTableHeadingsCount {
            return true
        }
        // Headings set close in narrow cells join into one word, a printed
        // space between them (`功能分类科目名称 项目支出`, Chromium's cells of
        // one point's padding): the marks under them tell them apart.
        let headings = words.flatMap { word in
            TextLines.build(from: word.glyphs, wordGap: settings.spaceGapEm).flatMap(\.words)
        }.filter { PrintedVocabulary.isColumnHeading($0.text) }
        return headings.count >= settings.minimumHeadingsOverColumnNumbersCount
            && header.contains { numbersEachHeading($0.line, under: headings) }
    }

    /// Whether a line is a row of column numbers under headings: its words
    /// each a mark that says so (`**`, `栏次`:
    /// ``PrintedVocabulary/isColumnNumberMark(_:)``) or a column's number
    /// of ``TableSettings/columnNumberDigitsCount`` digits at most,
    /// numbered 1, 2, 3 … (one number at least), each word under one column
    /// of headings (the headings that overlap, wrapped over lines, are one
    /// column) and each column over one word.
    private static func numbersEachHeading(_ line: TextLine, under headings: [Word]) -> Bool {
        let numbers = line.words.compactMap { word in
            word.text.count <= settings.columnNumberDigitsCount ? Int(word.text) : nil
        }
        guard !numbers.isEmpty, numbers == Array(1...numbers.count),
              line.words.allSatisfy({ PrintedVocabulary.isColumnNumberMark($0.text) || Int($0.text) != nil }) else { return false }
        var columns: [ClosedRange<Double>] = []
        for span in headings.map({ $0.box.x0...$0.box.x1 }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = columns.last, last.overlaps(span) {
                columns[columns.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                columns.append(span)
            }
        }
        let marks = line.words.map { $0.box.x0...$0.box.x1 }
        return columns.count == marks.count
            && marks.allSatisfy { mark in columns.filter { $0.overlaps(mark) }.count == 1 }
            && columns.allSatisfy { column in marks.filter { $0.overlaps(column) }.count == 1 }
    }

    /// Whether a total alone on a line under a table's headings is the row
    /// of a table with no data, which leaves the columns right of it blank:
    /// no heading stands left of it (the `合计` set left at the table's left
    /// edge), or a column heading starts right of it as well (the `合计`
    /// centred in the labels' cells, the cell that spans `科目编码` and
    /// `科目名称`, or under `科目名称`: Writer's and Chromium's prints of
    /// 北京市政府办公厅's, 苏州市交通运输局's and 湖州市交通运输局's empty
    /// 国有资本经营预算 and 政府性基金 tables). Before, a heading left of it
    /// made it a `合计` heading, and such a table was never found
    /// (Samples/lone-total-centred-in-labels-unruled.pdf). A `合计` heading
    /// alone on a line (centred in a cell two heading lines tall) has the
    /// table's other headings on lines under it: callers take a total with
    /// headings left of it only as the last line of its block.
    static func leavesColumnsBlank(_ line: TextLine, under headings: [Word]) -> Bool {
        !headings.contains { $0.box.x1 <= line.box.x0 }
            || headings.contains { $0.box.x0 >= line.box.x1 && PrintedVocabulary.isColumnHeading($0.text) }
    }

    /// A prose line read as the cell text of the block above it, or nil:
    /// the block prints lines of amounts, the line has no leaders, and each
    /// of its words lies within at most one of the columns the block's lines
    /// of amounts set (a sentence running across the page reaches over their gaps).
    private static func sentenceInACell(_ line: Line, under block: [Line]) -> Line? {
        let body = block.filter(\.isBody).map(\.line)
        guard !body.isEmpty, !PrintedVocabulary.hasLeaders(line.line.text) else { return nil }
        let spans = columnSpans(of: body)
        guard spans.count >= 2, line.line.words.allSatisfy({ word in
            spans.filter { $0.overlaps(word.box.x0...word.box.x1) }.count <= 1
        }) else { return nil }
        let amounts = line.line.words.filter { PrintedVocabulary.isAmount($0.text) }.count
        return Line(line: line.line, isBody: line.line.words.count >= 2 && amounts >= 1, isProse: false)
    }

    /// A prose line read as the next row of a numbered list in the block
    /// above it (``numberedList(_:)``), or nil: it opens with the serial
    /// number that follows the block's last one, in its numbering and its
    /// column (the numbers overlapping), the block's numbered line is none
    /// of prose, and something follows the number, no leaders among it. A
    /// row's text cell may print a sentence's mark (`4 水泥混凝土路面 30cm
    /// 无机结合料，22cm水泥砼面层 255元/㎡`, a comma inside the 结构内容
    /// cell). Before, that mark made the row prose, which ended the list:
    /// 北京市交通委员会's 挖掘修复费标准 (Chromium and wkhtmltopdf prints)
    /// read its first 3 rows of 15 (Samples/numbered-row-with-comma-unruled.pdf).
    private static func numberedRow(_ line: Line, after block: [Line]) -> Line? {
        /// The line's serial number, its word split off the name it may run into.
        func numbered(_ line: Line) -> (word: Word, serial: (numbering: ItemMarker.ListNumbering?, number: Int))? {
            guard let first = splittingSerialNumber(line).line.words.first,
                  let serial = ItemMarker.serialNumber(first.text) else { return nil }
            return (first, serial)
        }
        let split = splittingSerialNumber(line).line
        guard split.words.count >= 2, !PrintedVocabulary.hasLeaders(split.text),
              let serial = ItemMarker.serialNumber(split.words[0].text),
              let previous = block.lazy.reversed().compactMap({ line in numbered(line).map { (line, $0) } }).first
        else { return nil }
        let (before, last) = previous.1
        guard !previous.0.isProse, serial.number == last.number + 1, serial.numbering == last.numbering,
              before.box.x0 <= split.words[0].box.x1, split.words[0].box.x0 <= before.box.x1 else { return nil }
        let amounts = split.words.filter { PrintedVocabulary.isAmount($0.text) }.count
        return Line(line: line.line, isBody: amounts >= 1, isProse: false)
    }

    /// After a table's body, a title (one piece of text in a larger type)
    /// or a unit, department or note line ends the table. So it does after
    /// the lone `合计` of a table with no data (``isLoneTotal(_:underHeadings:)``),
    /// the block's last line: its body. Before, the next table's title and
    /// header went on in that block, and neither table was found (wkhtmltopdf
    /// prints 上海市普陀区's empty 政府性基金 and 国有资本经营预算 tables one under
    /// the other on a page; Samples/lone-totals-stacked-unruled.pdf). After
    /// such a `合计`, a line that names a table (``Caption/namesTable(_:)``) is
    /// the next table's title whatever its type's size: a title 12 points
    /// over tables of 10 is no title by size
    /// (Samples/lone-total-then-title-small-unruled.pdf).
    private static func isCaption(_ line: Line, after region: [Line]) -> Bool {
        guard !line.isBody else { return false }
        let bodyLines = region.filter(\.isBody)
        // A block with no body ends at its lone `合计`, if it closes the block.
        let loneTotal = bodyLines.isEmpty ? region.last.flatMap { isLoneTotal($0, underHeadings: Array(region.dropLast())) ? $0 : nil } : nil
        guard let body = bodyLines.first ?? loneTotal else { return false }
        let text = line.line.text.withoutWhitespace
        let title = line.line.words.count == 1 && line.height > body.height * settings.titleHeightRatio
        let nextTitle = bodyLines.isEmpty && Caption.namesTable(text)
        return title || nextTitle || Caption.unit(in: text) != nil || opensCaption(line.line, beside: bodyLines.map(\.line))
    }

    /// Whether a line that opens like a caption (``Caption/isCaptionPrefix(_:)``:
    /// `编制单位`, `单位`, `部门`, `注`) is one, beside the body lines of its
    /// block: it names its field (a colon follows: `编制单位：本部门`,
    /// `注：本表…`), or names a table (``Caption/namesTable(_:)``: a title,
    /// `部门综合预算收支总表`), or a word of it reaches over two of the body's
    /// columns (``columnSpans(of:cuts:)``). A cell's text wrapped in a narrow
    /// column may open with such a word and be none of these (`单位基本` of
    /// `机关事业单位基本养老保险缴费`, four lines in its cell, the row's
    /// amounts centred beside them; `部门预算的项目` under `其中：专项资金列入`):
    /// it is a line of the table. Before, it ended the table there, the row
    /// was lost and the rest of the page read as a table of its own
    /// (Samples/caption-word-in-a-wrapped-cell-unruled.pdf).
    static func opensCaption(_ line: TextLine, beside body: [TextLine]) -> Bool {
        let text = line.text.withoutWhitespace
        guard Caption.isCaptionPrefix(text) else { return false }
        guard !text.contains(where: PrintedVocabulary.colons.contains), !Caption.namesTable(text) else { return true }
        let spans = columnSpans(of: body)
        return spans.count < 2 || line.words.contains { word in spans.filter { $0.overlaps(word.box.x0...word.box.x1) }.count > 1 }
    }

    /// A table of fewer rows than ``TableSettings/minimumBodyLinesCount``
    /// under its headings (an empty table's `合计`, a 三公 table's one row of
    /// amounts, a department's one row): too few lines of amounts to tell it
    /// from prose, it is a table where the lines above its rows read as
    /// headings, ``TableSettings/minimumShortTableHeadingsCount`` words or
    /// more among them holding a heading's word (`合计`, `项目`, `科目编码`,
    /// `基本支出`: ``PrintedVocabulary/isColumnHeading(_:)``). Its rows are
    /// the block's last lines, each printing amounts, or a total alone that
    /// no heading stands left of (the `合计` row of a table with no data,
    /// at the table's left edge; a `合计` heading has headings left of it),
    /// or, as the block's last line, a total that leaves the columns right
    /// of it blank (``leavesColumnsBlank(_:under:)``).
    /// The table comes back as its header (up to a caption or a title, as
    /// ``headerStart(of:above:)`` finds it, by its glyphs' height: a
    /// header of wrapped headings is one tall line, its words fused across
    /// its lines, of glyphs of the body's size) and those lines as body.
    static func shortTable(_ block: [Line]) -> [Line]? {
        var end = block.count
        while end > 0, PageTables.isPageNumber(block[end - 1].line.text) { end -= 1 }
        // A total set among the labels' cells, headings left of it, is the
        // row only as the block's last line: a `合计` heading alone on a line
        // in the middle of a header (centred in a cell two heading lines tall)
        // has heading lines under it.
        func isLoneTotal(_ index: Int, under header: ArraySlice<Line>) -> Bool {
            let line = block[index].line
            guard line.words.count == 1, PrintedVocabulary.totalWords.contains(line.text.withoutWhitespace) else { return false }
            let headings = header.flatMap(\.line.words)
            return !headings.contains { $0.box.x1 <= line.box.x0 }
                || (index == end - 1 && leavesColumnsBlank(line, under: headings))
        }
        let labels = labelWords(of: block)
        func isItemLine(_ line: Line) -> Bool { Self.isItemLine(line, labels: labels) }
        guard var start = block.indices.first(where: { block[$0].isBody || isLoneTotal($0, under: block[..<$0]) || isItemLine(block[$0]) }),
              start > 0 else { return nil }
        // A line of labels only right above, each starting where a label of
        // the lines of amounts starts and none a heading's word
        // (`上年结转结余 年终结转结余` over `收入总计 … 支出总计 …`), is a row with
        // nothing to report, not a heading line.
        func isBareLabelLine(_ line: Line) -> Bool {
            !line.isProse && !line.isBody && line.line.words.allSatisfy { word in
                !PrintedVocabulary.isColumnHeading(word.text)
                    && labels.contains { abs($0.box.x0 - word.box.x0) < word.box.height * settings.labelStartToleranceEm }
            }
        }
        while start > 1, isBareLabelLine(block[start - 1]) { start -= 1 }
        // An explanation's lines (``readingExplanationColumns(_:)``), and
        // its lines without a sentence's mark that start where they do: the
        // cells of an explanation column, wrapped.
        let explanationStarts = block.filter(\.isExplanation).compactMap { $0.line.words.first?.box.x0 }
        func isExplanation(_ line: Line) -> Bool {
            line.isExplanation || (!line.isProse && !line.isBody && line.line.words.first.map { first in
                explanationStarts.contains { abs($0 - first.box.x0) <= settings.explanationEdgePoints }
            } == true)
        }
        // The first lines of the first row's explanation, its sentences
        // centred on the row's amount, print above it: the row's, not headings.
        while start > 1, isExplanation(block[start - 1]) { start -= 1 }
        // A row's label wrapped in its cell, the amounts centred between its
        // lines (`深圳市民政` over the amounts, `局（本级）` under them): both
        // lines are the row's.
        func labelWrapsAround(_ index: Int) -> Bool {
            index > 0 && index + 1 < end && block[index].isBody
                && isLabelWrappedAround(block[index], above: block[index - 1], below: block[index + 1])
        }
        if start > 1, labelWrapsAround(start) { start -= 1 }
        func isWrappedLabel(_ index: Int) -> Bool {
            (index + 1 < end && labelWrapsAround(index + 1)) || (index > start && labelWrapsAround(index - 1))
        }
        let header = block[headerStart(of: block, above: start)..<start]
        guard end > start, block[start..<end].indices.allSatisfy({ index in
            let line = block[index]
            return line.isBody || isExplanation(line) || isLoneTotal(index, under: header) || isItemLine(line) || isBareLabelLine(line)
                || isWrappedLabel(index)
        }),
              block[start..<end].contains(where: { !isExplanation($0) }),
              holdsShortTableHeadings(Array(header)) else { return nil }
        return header + block[start..<end].indices.map { index in
            var body = block[index]
            body.isBody = !isExplanation(body) && (body.isBody || !isWrappedLabel(index))
            body.isExplanation = isExplanation(body)
            return body
        }
    }

    /// Whether the lines right above and right below a line of amounts are
    /// one label wrapped in its cell, the amounts centred between them
    /// (`深圳市民政` / `28,283.46 8,761.33 …` / `局（本级）`; `一、一般公共预` /
    /// `304,413,900 一、教育支出 …` / `算`): neither line prints a number, is
    /// prose or a line of amounts, no word of either stands over an amount of
    /// the line between, each word below starts where a word above starts
    /// (within ``TableSettings/columnSpanSlackPoints``: a cell's lines set
    /// left), and the two stand a wrapped line's pitch apart
    /// (``TableSettings/wrappedLinePitchMinEm`` to
    /// ``TableSettings/wrappedLinePitchMaxEm``). Before, a short table took
    /// no line after its row and such a table was never found
    /// (Samples/short-table-wrapped-label-unruled.pdf).
    static func isLabelWrappedAround(_ row: Line, above: Line, below: Line) -> Bool {
        let amounts = row.line.words.filter { PrintedVocabulary.isAmount($0.text) }
        func isLabelLine(_ line: Line) -> Bool {
            !line.isProse && !line.isBody && !line.line.words.isEmpty && line.line.words.allSatisfy { word in
                !PrintedVocabulary.isAmount(word.text) && !PrintedVocabulary.looksLikeNumber(word.text)
                    && !amounts.contains { $0.box.x0 <= word.box.x1 && word.box.x0 <= $0.box.x1 }
            }
        }
        guard isLabelLine(above), isLabelLine(below),
              below.line.words.allSatisfy({ word in
                  above.line.words.contains { abs($0.box.x0 - word.box.x0) <= settings.columnSpanSlackPoints }
              }) else { return false }
        let pitch = (below.line.box.y1 - above.line.box.y1) / max(above.typeHeight, below.typeHeight)
        return pitch >= settings.wrappedLinePitchMinEm && pitch <= settings.wrappedLinePitchMaxEm
    }

    /// A list printed as a table without amounts (the units a budget
    /// covers: `序号 | 单位名称 | 拟变动情况`, rows `1 | 西安市商务局本级`): under a
    /// header whose first word is a serial number's heading
    /// (``PrintedVocabulary/serialHeadings``) beside another heading, lines
    /// of two words or more, each opening with a serial number and nothing
    /// else (``ItemMarker/serialNumber(_:)``), numbered 1, 2, 3 … in one
    /// numbering, their numbers one column (overlapping, whichever way they
    /// are aligned). Lines between them that open right of the numbers are
    /// their names wrapped. The table comes back as its header and those
    /// lines, the numbered ones as body. Before, a table needed amounts, and
    /// such a list printed without rules was never found.
    static func numberedList(_ block: [Line]) -> [Line]? {
        let block = block.map(splittingSerialNumber)
        guard let start = block.indices.first(where: { ItemMarker.serialNumber(block[$0].line.words.first?.text ?? "") != nil }),
              start > 0 else { return nil }
        let header = block[headerStart(of: block, above: start)..<start]
        let headings = header.flatMap(\.line.words).sorted { $0.box.x0 < $1.box.x0 }
        guard let first = headings.first, PrintedVocabulary.serialHeadings.contains(first.text.withoutWhitespace),
              headings.dropFirst().contains(where: { PrintedVocabulary.isColumnHeading($0.text) || PrintedVocabulary.isHeadingLabel($0.text) })
        else { return nil }
        var lines: [Line] = []
        var numbers: [Rect] = []
        var numbering: ItemMarker.ListNumbering??
        for line in block[start...] {
            let words = line.line.words
            if let serial = ItemMarker.serialNumber(words[0].text), words.count >= 2, !line.isProse,
               serial.number == numbers.count + 1, numbering.map({ $0 == serial.numbering }) ?? true,
               numbers.allSatisfy({ $0.x0 <= words[0].box.x1 && words[0].box.x0 <= $0.x1 }) {
                numbering = serial.numbering
                numbers.append(words[0].box)
                var body = line
                body.isBody = true
                lines.append(body)
            } else if let column = Rect.enclosing(numbers), line.line.box.x0 > column.x1, !line.isProse, !line.isBody {
                lines.append(line)
            } else {
                break
            }
        }
        while let last = lines.last, !last.isBody { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        return Array(header) + lines
    }

    /// The last rows of a table broken over a page, printed at the head of
    /// the next without its header: fewer lines of amounts than
    /// ``TableSettings/minimumBodyLinesCount`` (`二十三、其他支出 75.00`), the
    /// lines between them items with nothing to report under their labels
    /// (`二十四、债务还本支出`, ``isItemLine(_:labels:)``), and a total's line of
    /// amounts last, its label ending in a total word (`收入合计 2219.92 支出合计
    /// 2219.92`): that many lines or
    /// more in all, each a row. Before, too few lines of amounts for a table
    /// and no headings above them for a short one, these rows were lost
    /// (Samples/items-tail-on-next-page.pdf).
    static func continuedTail(_ block: [Line]) -> [Line]? {
        let labels = labelWords(of: block)
        var end = block.count
        while end > 0, PageTables.isPageNumber(block[end - 1].line.text) { end -= 1 }
        let lines = block[..<end]
        guard lines.count >= settings.minimumBodyLinesCount, let first = lines.first, first.isBody,
              let last = lines.last, last.isBody,
              PrintedVocabulary.totalWords.contains(where: last.line.words[0].text.withoutWhitespace.hasSuffix),
              lines.allSatisfy({ $0.isBody || isItemLine($0, labels: labels) }) else { return nil }
        return lines.map { line in
            var body = line
            body.isBody = true
            return body
        }
    }

    /// A table that prints no amount at all (an empty 政府性基金 or 国有资本经营
    /// 收支表: `一、政府性基金拨款 一、科学技术支出 一、人员经费和公用经费支出 …`,
    /// every 预算数 cell blank, `本年收入合计 本年支出合计` without figures):
    /// under a header holding ``TableSettings/minimumShortTableHeadingsCount``
    /// words of a column heading or more, a line listing
    /// ``TableSettings/emptyTableItemsPerLineCount`` items or more side by side
    /// (the 收入 and 支出 halves' items, each in its column) opens the body,
    /// and every word of the body's lines, down to the block's end, starts
    /// in one column of items or totals (the x they cover, their words set left
    /// from where the items start, within ``TableSettings/labelStartToleranceEm``)
    /// and reaches into no other: items, their wrapped lines, the labels
    /// without a number between them (`工资福利支出`), totals. No number prints
    /// in the body. Prose runs over the columns, a list prints one item a
    /// line. The body's lines come back as body lines; their rows are read
    /// by their gaps (``RowAssembly/bands(of:)``). Before, a table needed a
    /// line of amounts, a lone `合计` or items under labels of amounts, and
    /// such a table printed without rules was never found (LibreOffice
    /// Writer's 西安市政府办公厅 部门综合预算政府性基金收支表;
    /// Samples/empty-fund-table-unruled.pdf).
    static func emptyTable(_ block: [Line]) -> [Line]? {
        func printsNumber(_ line: Line) -> Bool {
            line.line.words.contains { PrintedVocabulary.isAmount($0.text) || PrintedVocabulary.looksLikeNumber($0.text) }
        }
        guard !block.contains(where: { $0.isBody || $0.isProse }),
              let start = block.indices.first(where: { listsItemsSideBySide(block[$0].line) }), start > 0 else { return nil }
        let header = block[headerStart(of: block, above: start)..<start]
        var end = block.count
        while end > start, PageTables.isPageNumber(block[end - 1].line.text) { end -= 1 }
        let body = block[start..<end]
        // A column may list no item but its total (the 收入 half's `本年收入合计`
        // on a page that goes on with the 支出 half's items alone).
        func isTotal(_ word: Word) -> Bool { PrintedVocabulary.totalWords.contains(where: word.text.withoutWhitespace.hasSuffix) }
        let spans = columnSpans(of: body.map { TextLine(words: $0.line.words.filter { startsItem($0) || isTotal($0) }) })
        guard spans.count >= settings.emptyTableItemsPerLineCount, !body.contains(where: printsNumber),
              header.flatMap(\.line.words).filter({ PrintedVocabulary.isColumnHeading($0.text) }).count
                >= settings.minimumShortTableHeadingsCount,
              body.allSatisfy({ line in
                  line.line.words.allSatisfy { word in
                      let columns = spans.filter { $0.overlaps(word.box.x0...word.box.x1) }
                      return columns.count == 1
                          && word.box.x0 >= columns[0].lowerBound - word.box.height * settings.labelStartToleranceEm
                  }
              }) else { return nil }
        return header + body.map { line in
            var body = line
            body.isBody = true
            return body
        }
    }

    /// Whether a line lists ``TableSettings/emptyTableItemsPerLineCount``
    /// items or more side by side (`一、政府性基金拨款 一、科学技术支出 …`):
    /// the line that opens an empty table's body (``emptyTable(_:)``).
    static func listsItemsSideBySide(_ line: TextLine) -> Bool {
        line.words.filter { startsItem($0) }.count >= settings.emptyTableItemsPerLineCount
    }

    /// A line whose first word is a serial number run into the name beside
    /// it (`1西安市科学技术局（机关）`: a spreadsheet right-aligns the number
    /// in its cell against the name left-aligned in the next, no gap but
    /// the cells' padding), with the number a word of its own: its digits
    /// (``TableSettings/serialNumberDigitsCount`` at most) followed by an
    /// ideograph. ``numberedList(_:)`` takes it as a row only where the
    /// number goes on the list's numbering. Other lines come back as they are.
    static func splittingSerialNumber(_ line: Line) -> Line {
        guard let first = line.line.words.first else { return line }
        let digits = first.glyphs.prefix { $0.character.isASCII && $0.character.isNumber }.count
        guard digits > 0, digits <= settings.serialNumberDigitsCount, digits < first.glyphs.count,
              !first.glyphs[digits].character.isASCII, !first.glyphs[digits].character.isNumber else { return line }
        let words = [Word(glyphs: Array(first.glyphs[..<digits])), Word(glyphs: Array(first.glyphs[digits...]))] + line.line.words.dropFirst()
        return classify(TextLine(words: words))
    }

    /// The words of a block's lines of amounts that are no amounts: its labels.
    static func labelWords(of block: [Line]) -> [Word] {
        block.filter(\.isBody).flatMap(\.line.words).filter { !PrintedVocabulary.isAmount($0.text) }
    }

    /// Whether a line prints items only, each under one of `labels` (the
    /// labels of the lines of amounts: `2、外交支出` under `1、一般公共服务支出
    /// 1,935.36`): the rows of a 收支总表 with nothing to report, most of its rows.
    static func isItemLine(_ line: Line, labels: [Word]) -> Bool {
        !line.isProse && !line.isBody && line.line.words.allSatisfy { word in
            startsItem(word) && labels.contains { $0.box.x0 <= word.box.x1 && word.box.x0 <= $0.box.x1 }
        }
    }

    /// Whether a line ends the items of the item lines right above it
    /// (up to ``TableSettings/wrappedItemLinesCount`` of them: each cell
    /// centred in its row, an item of one line stands half a line below
    /// the first line of an item wrapped beside it), wrapped in their
    /// cells: no word of it starts an item, and each starts where a word of
    /// those lines starts (within ``TableSettings/columnSpanSlackPoints``: a
    /// cell's lines set left).
    static func wrapsItems(_ line: Line, of items: [Line]) -> Bool {
        !line.isProse && !line.isBody && !line.line.words.isEmpty && line.line.words.allSatisfy { word in
            !startsItem(word)
                && items.contains { $0.line.words.contains { abs($0.box.x0 - word.box.x0) <= settings.columnSpanSlackPoints } }
        }
    }

    /// Whether a line right above a body's first line of amounts is body
    /// text of the label cells: every word starts where a label of the
    /// lines of amounts starts (within ``TableSettings/columnSpanSlackPoints``:
    /// a cell's lines set left, where headings are centred), none starts an
    /// item, names a column (``PrintedVocabulary/isColumnHeading(_:)``) or is
    /// a number. A page break that cuts a tall row prints the rest of its
    /// wrapped cells at the head of the next page (`服务支` / `出` under the
    /// repeated header), and a cell centred in the first row prints its first
    /// lines above the row's amounts (`商品和`): both are the body's.
    static func continuesLabels(_ line: Line, labels: [Word]) -> Bool {
        !line.isProse && !line.isBody && !line.line.words.isEmpty && line.line.words.allSatisfy { word in
            let text = word.text.withoutWhitespace
            return !startsItem(word) && !PrintedVocabulary.isColumnHeading(text)
                && !PrintedVocabulary.looksLikeNumber(text)
                && labels.contains { abs($0.box.x0 - word.box.x0) <= settings.columnSpanSlackPoints }
        }
    }

    /// Keeps the body, the label lines wrapped after its last row, and the
    /// header above it (``headerStart(of:above:)``); the body starts at the
    /// item lines right above its first line of amounts (a 收支总表's page
    /// that opens with the 支出 side's items with nothing to report), with
    /// the lines that end their items wrapped in their cells
    /// (``wrapsItems(_:of:)``: `13、农林水支出 (7)对企业补助(基本建` over `设)`).
    /// Before, the first wrapped line stopped the walk, the items above it
    /// went to the header and the title, and their rows were lost (LibreOffice
    /// Writer's 收支总表 of 西安市政府办公厅, its second page;
    /// Samples/items-wrapped-before-amounts-unruled.pdf).
    private static func trim(_ region: [Line]) -> [Line] {
        guard var first = region.firstIndex(where: \.isBody), let last = region.lastIndex(where: \.isBody) else { return [] }
        let labels = labelWords(of: region)
        while first > 0 {
            // The item lines right above the line before the body, nearest first.
            let items = Array(region[..<(first - 1)].suffix(settings.wrappedItemLinesCount).reversed().prefix { isItemLine($0, labels: labels) })
            guard isItemLine(region[first - 1], labels: labels) || (!items.isEmpty && wrapsItems(region[first - 1], of: items)) else { break }
            first -= 1
        }
        var cut = 0
        while first > 0, cut < settings.cutCellLinesCount, continuesLabels(region[first - 1], labels: labels) {
            first -= 1
            cut += 1
        }
        let start = headerStart(of: region, above: first)
        var end = last
        let body = region.filter(\.isBody).map(\.line)
        while end + 1 < region.count, !opensCaption(region[end + 1].line, beside: body) { end += 1 }
        return Array(region[start...end])
    }

    /// Where the header above a region's first body line starts: up to
    /// ``TableSettings/maximumHeaderLinesCount`` lines, stopping at a caption
    /// (a unit, department or note line, ``opensCaption(_:beside:)``, or one
    /// in a larger type, like a title: its tallest glyph, so that headings wrapped into one tall line
    /// are no title), compared with the first body line's.
    ///
    /// Where those lines are wrapped headings only (no line of headings,
    /// ``isHeadingLine(_:)``, no number, no item: the rows of a
    /// 收支决算总表's page, `25 二十五、债务付息支出 56`, are no headings) and
    /// the walk stopped at its count, the line of headings is looked for
    /// further up, up to ``TableSettings/tallHeaderLinesCount`` lines above
    /// the body (with the same stops); found, the header reaches it and up to
    /// ``TableSettings/maximumHeaderLinesCount`` lines above it. Headings
    /// wrapped in narrow cells over six lines or more (`其中：2026年政府采购项目中
    /// 预留给中小企业的项目资金规模`), each centred on a tall header row, print
    /// their last lines below the line of the short headings (`预算单位
    /// 科目编码 科目名称 支出总计 …`). Before, the header was those last lines
    /// only: the columns no body row fills beyond the first (`预算单位`) had
    /// no heading, ran into the next, and every row read a cell short
    /// (Samples/headings-above-tall-wrapped-unruled.pdf).
    static func headerStart(of region: [Line], above first: Int) -> Int {
        let bodyHeight = region[first].typeHeight
        let body = region[first...].filter(\.isBody).map(\.line)
        func stops(_ index: Int) -> Bool {
            let text = region[index].line.text.withoutWhitespace
            return Caption.unit(in: text) != nil || (opensCaption(region[index].line, beside: body) && !isHeadingLine(region[index].line))
                || region[index].typeHeight > bodyHeight * settings.titleHeightRatio
        }
        func walk(from low: Int, lines count: Int) -> Int {
            var start = low
            while start > 0, low - start < count, !stops(start - 1) { start -= 1 }
            return start
        }
        // The nearest lines are headings' wrapped text only: no line of
        // headings, no number (a row's `25 … 56` under its 行次), no item.
        func wrapsHeadings(_ line: Line) -> Bool {
            !isHeadingLine(line.line) && !line.line.words.contains {
                PrintedVocabulary.looksLikeNumber($0.text) || startsItem($0)
            }
        }
        let start = walk(from: first, lines: settings.maximumHeaderLinesCount)
        guard start > 0, first - start == settings.maximumHeaderLinesCount, !stops(start - 1),
              region[start..<first].allSatisfy(wrapsHeadings) else { return start }
        let reach = walk(from: start, lines: settings.tallHeaderLinesCount - settings.maximumHeaderLinesCount)
        guard let headings = region[reach..<start].lastIndex(where: { isHeadingLine($0.line) }) else { return start }
        return walk(from: headings, lines: settings.maximumHeaderLinesCount)
    }

    /// Whether a line that opens like a caption (``Caption/isCaptionPrefix(_:)``:
    /// `预算单位`, `单位名称`, `部门`) is a header line: its first word names no
    /// field (no colon: `预算单位：长春市信访局` is a caption) and the line
    /// holds ``TableSettings/minimumShortTableHeadingsCount`` words of a
    /// column heading or more (`预算单位 收入总计 财政拨款 …`, the heading of
    /// the units' column beside the others). Before, such a line ended the
    /// header above it, a table's header was cut to the lines under it, and
    /// a table of one or two rows under it, too few headings left, was never
    /// found (Samples/unit-heading-unruled.pdf).
    static func isHeadingLine(_ line: TextLine) -> Bool {
        guard let first = line.words.first, !first.text.contains(where: PrintedVocabulary.colons.contains) else { return false }
        return line.words.filter { PrintedVocabulary.isColumnHeading($0.text) }.count >= settings.minimumShortTableHeadingsCount
    }

    /// The table a region prints, or nil when its body lines share no columns.
    /// `cuts` are the x where words of amounts were cut at a column's edge
    /// (``AmountsAcrossColumns``): column boundaries, however close the words.
    static func table(from region: [Line], page: Int, cuts: [Double] = []) -> PageTable? {
        let body = region.filter(\.isBody)
        // The body starts at the first line of amounts, or before it at a
        // line that starts an item (`一、基本支出`, a section with no amounts of its own).
        guard let firstAmounts = region.firstIndex(where: \.isBody), let top = region.first?.line.box.y0,
              let bottom = region.last?.line.box.y1 else { return nil }
        // So does an explanation's first line, wrapped above its row's amounts.
        // So does the first row's cell wrapped around its amounts, its first line above them.
        // So do the rest of a row cut by the page break and a centred first cell's first lines (``continuesLabels(_:labels:)``).
        let labels = labelWords(of: region)
        let firstRow = region[..<firstAmounts].firstIndex { startsItem($0.line) || $0.isExplanation }
            ?? firstRowStart(of: region, firstAmounts: firstAmounts)
        let firstBody = firstRow - region[..<firstRow].reversed().prefix { continuesLabels($0, labels: labels) }.prefix(settings.cutCellLinesCount).count
        let header = region[..<firstBody].map { splittingCloseHeadings($0.line) }
        // A table's one row may print one word (`合计`): its other columns show in the header only.
        let bodySpans = addingWrappedColumns(to: joiningAlignedStretches(columnSpans(of: body.map(\.line), cuts: cuts), body: body.map(\.line),
                                                                         header: header),
                                             wrapped: region[firstBody...].filter { !$0.isBody && !$0.isProse }.map(\.line))
        let spans = addingHeaderOnlyColumns(to: bodySpans, header: header, body: body.map(\.line))
        guard spans.count >= 2, bodySpans.count >= 2 || body.count < settings.minimumBodyLinesCount else { return nil }
        var bounds = [spans[0].lowerBound]
        for (left, right) in zip(spans, spans.dropFirst()) { bounds.append((left.upperBound + right.lowerBound) / 2) }
        bounds.append(spans[spans.count - 1].upperBound)

        let headerCells = joiningWrappedHeadings(header.map { cells(of: $0, bounds: bounds) }, header: header, bounds: bounds)

        // Which row each line's cells belong to: RowAssembly reads wrapped
        // labels, headings on a line of their own and codes over their names
        // from the print, as in a grid ruled by column only. Rows of words
        // after the last row of amounts are a note (dropped), unless they
        // end its wrapped label, print items only (the 支出 side's items
        // past the last amount of a 收支总表's page: rows with nothing to
        // report), or go on listing the label column's items (``listedRows(after:in:bounds:)``).
        let bodyCells = region[firstBody...].map { cells(of: $0.line, bounds: bounds) }
        var pieces: [(line: Int, column: Int, cell: PrintedCell)] = []
        for (line, row) in bodyCells.enumerated() {
            for (column, cell) in row.enumerated() {
                if let cell { pieces.append((line, column, cell)) }
            }
        }
        let assembled = pieces.map { piece in
            let words = region[firstBody + piece.line].line.words.filter { column(of: $0, bounds: bounds) == piece.column }
            return RowAssembly.Line(column: piece.column, text: piece.cell.text, box: piece.cell.box, height: piece.cell.box.height,
                                    printsNumber: PrintedVocabulary.isAmount(piece.cell.text) || PrintedVocabulary.looksLikeNumber(piece.cell.text),
                                    leadWidth: TextLines.leadWidth(of: words))
        }
        // An empty table's body (``emptyTable(_:)``: no number, items listed
        // side by side) has no row's amounts to anchor its rows on: its rows
        // are read by their gaps.
        let readByGaps = !assembled.contains(where: \.printsNumber)
            && region[firstBody...].contains { listsItemsSideBySide($0.line) }
        let rowOfPiece = readByGaps ? RowAssembly.bands(of: assembled)
            : RowAssembly.rows(of: assembled, columnEnds: Array(bounds.dropFirst()))
        let columnCount = bounds.count - 1
        var rows: [(cells: PrintedRow, box: Rect, printsAmounts: Bool)] = []
        for row in 0..<(rowOfPiece.max() ?? -1) + 1 {
            let mine = pieces.indices.filter { rowOfPiece[$0] == row }.sorted { pieces[$0].line < pieces[$1].line }
            guard let box = Rect.enclosing(mine.map { pieces[$0].cell.box }) else { continue }
            var cells = PrintedRow(repeating: nil, count: columnCount)
            for index in mine {
                let piece = pieces[index]
                cells[piece.column] = joined([cells[piece.column]], [piece.cell])[0]
            }
            rows.append((cells, box, mine.contains { PrintedVocabulary.isAmount(pieces[$0].cell.text) }))
        }
        func printsItems(_ row: PrintedRow) -> Bool {
            row.contains { $0 != nil } && row.allSatisfy { cell in
                cell.map { ItemMarker.startsItem($0.text) && !PrintedVocabulary.isAmount($0.text) } ?? true
            }
        }
        if !readByGaps, let lastRow = rows.lastIndex(where: { $0.printsAmounts || printsItems($0.cells) }) {
            let end = listedRows(after: lastRow, in: rows.map { ($0.cells, $0.box, $0.printsAmounts) }, bounds: bounds)
            rows.removeSubrange((end + 1)...)
        }
        let rowBounds = [top] + rows.map(\.box.y0) + [bottom]
        let box = Rect(x0: bounds[0], y0: top, x1: bounds[bounds.count - 1], y1: bottom)
        return PageTable(page: page, title: nil, unit: nil, header: headerCells, rows: rows.map(\.cells), columnBounds: bounds,
                         rowBounds: rowBounds, box: box, ruled: false)
    }

    /// Where the body starts when the first row's cell wraps around the
    /// row's amounts: a word processor centres each cell of a tall row, so
    /// a cell of two lines prints its first line above the amounts and its
    /// second under them (`深圳市财政局` over `（本级）`, the amounts between).
    /// The lines right above the first line of amounts are that cell's when
    /// as many lines without amounts under it continue them in the same x
    /// (each word over a word of the line below), one line's pitch apart
    /// (``TableSettings/wrappedLinePitchMinEm``…``TableSettings/wrappedLinePitchMaxEm``),
    /// the amounts' line printing nothing there, and the stack's middle lies
    /// within ``TableSettings/centredCellToleranceEm`` of the amounts' line.
    /// Before, the first line was read as the header's last, the body had no
    /// column for it, and its second line merged into the next column
    /// (Chromium's and wkhtmltopdf's 深圳市财政局 2026 支出总表).
    static func firstRowStart(of region: [Line], firstAmounts: Int) -> Int {
        let amounts = region[firstAmounts]
        let height = amounts.typeHeight
        func overlaps(_ word: Word, _ other: Word) -> Bool { word.box.x0 <= other.box.x1 && other.box.x0 <= word.box.x1 }
        func continues(_ upper: Line, _ lower: Line) -> Bool {
            let pitch = lower.line.box.y0 - upper.line.box.y0
            return upper.line.words.allSatisfy { word in lower.line.words.contains { overlaps(word, $0) } }
                && pitch >= settings.wrappedLinePitchMinEm * height && pitch <= settings.wrappedLinePitchMaxEm * height
        }
        var below: [Line] = []
        while firstAmounts + below.count + 1 < region.count, below.count < firstAmounts {
            let line = region[firstAmounts + below.count + 1]
            guard !line.isBody, !line.isProse else { break }
            below.append(line)
        }
        for count in stride(from: 1, through: below.count, by: 1) {
            let stack = Array(region[(firstAmounts - count)..<firstAmounts]) + below.prefix(count)
            guard zip(stack, stack.dropFirst()).allSatisfy({ continues($0, $1) }),
                  !amounts.line.words.contains(where: { word in stack.contains { $0.line.words.contains { overlaps($0, word) } } })
            else { return firstAmounts }
            let middle = (stack[0].line.box.y0 + stack[stack.count - 1].line.box.y1) / 2
            if abs(middle - amounts.line.box.midY) <= settings.centredCellToleranceEm * height { return firstAmounts - count }
        }
        return firstAmounts
    }

    /// The last row of a table without rules whose last row of amounts is
    /// `lastAmounts`: the rows under it go on listing items with nothing to
    /// report where each prints its label column only, within that column's
    /// bounds, no sentence, colon or note word, and lies no further under the
    /// row above than the loosest gap between two rows above it, plus
    /// ``TableSettings/listedRowGapSlackEm`` (Calc's 北京 2022 决算 p. 21:
    /// `补充全国社会保障基金` … `其他支出`, thirteen headings without amounts
    /// at the table's foot). Before, every row after the last row of amounts
    /// was a note, dropped.
    static func listedRows(after lastAmounts: Int, in rows: [(cells: PrintedRow, box: Rect, printsAmounts: Bool)],
                           bounds: [Double]) -> Int {
        let labels = rows[...lastAmounts].filter(\.printsAmounts).compactMap { row in
            row.cells.firstIndex { $0.map { !PrintedVocabulary.isAmount($0.text) && !PrintedVocabulary.looksLikeNumber($0.text) } ?? false }
        }
        guard let column = Dictionary(grouping: labels, by: { $0 }).max(by: { $0.value.count < $1.value.count })?.key,
              lastAmounts >= 1 else { return lastAmounts }
        let gaps = zip(rows[...lastAmounts], rows[1...lastAmounts]).map { $1.box.y0 - $0.box.y1 }
        // The column's bounds: from its boundary on the left to where the next column's cells start.
        let next = rows[...lastAmounts].compactMap { column + 1 < $0.cells.count ? $0.cells[column + 1]?.box.x0 : nil }.min() ?? bounds[column + 1]
        guard let loosest = gaps.max() else { return lastAmounts }
        func listsItem(_ row: (cells: PrintedRow, box: Rect, printsAmounts: Bool)) -> Bool {
            guard let cell = row.cells[column], row.cells.indices.allSatisfy({ $0 == column || row.cells[$0] == nil }) else { return false }
            let text = cell.text.withoutWhitespace
            return cell.box.x0 >= bounds[column] && cell.box.x1 < next
                && !PrintedVocabulary.hasSentencePunctuation(text) && !text.contains(where: PrintedVocabulary.colons.contains)
                && !PrintedVocabulary.notePrefixes.contains(where: text.hasPrefix)
        }
        var end = lastAmounts
        while end + 1 < rows.count, listsItem(rows[end + 1]),
              rows[end + 1].box.y0 - rows[end].box.y1 <= loosest + rows[end + 1].box.height * settings.listedRowGapSlackEm {
            end += 1
        }
        return end
    }

    /// Headings of neighbouring columns set close read as one word: a
    /// spreadsheet's narrow cells, each heading wrapped and centred in its
    /// own, leave only their padding between two headings' text, under a
    /// word gap (`政府性基 国有资本经` over `金预算 营预算`, two empty
    /// columns). Chinese text is set solid, so in the header a gap of
    /// ``TableSettings/headingSolidTextGapEm`` or more between ideographs,
    /// across the x the word's glyphs cover on all its lines, parts two
    /// headings, where each prints two glyphs or more, two of them side by
    /// side on one line set solid (characters spaced over one cell, `本 年 度`,
    /// or over two lines, `前年度` over `決算數`, stay one word). A heading's
    /// brackets are set solid with it: `數量(業務量) 利(費)率`, two headings
    /// over two empty columns 0.4 em apart, part at the gap after `)`
    /// (before, only ideographs parted there, and the two read as one column;
    /// Samples/explanations-close-after-amounts-unruled.pdf), where each
    /// piece prints two ideographs or more (`預( 決) 算數`, characters spread
    /// over one cell, stays one heading).
    static func splittingCloseHeadings(_ line: TextLine) -> TextLine {
        /// Whether two glyphs of a piece stand side by side on one line set
        /// solid: a heading's text, never characters spread over a cell on
        /// two lines (`前年度` over `決算數`, each pair one above the other).
        func printsSolidText(_ piece: [Glyph]) -> Bool {
            piece.contains { glyph in
                piece.contains { other in
                    let height = max(glyph.box.height, other.box.height)
                    return other.box.x0 > glyph.box.midX
                        && glyph.box.verticalOverlap(other.box) >= settings.lineOverlapFraction * min(glyph.box.height, other.box.height)
                        && other.box.x0 - glyph.box.x1 < settings.headingSolidTextGapEm * height
                }
            }
        }
        /// Whether a glyph is set solid in a heading: an ideograph, or a
        /// bracket (`數量(業務量)`, its ASCII brackets abutting the ideographs).
        func setsSolid(_ glyph: Glyph) -> Bool {
            glyph.isSetSolid || PrintedVocabulary.closingBrackets.contains { $0.key == glyph.character || $0.value == glyph.character }
        }
        /// The word's glyphs parted at each gap between glyphs set solid
        /// (with `brackets`, brackets too), where each piece is a heading.
        func headings(_ word: Word, brackets: Bool) -> [[Glyph]]? {
            var pieces: [[Glyph]] = [[]]
            var reach: Glyph?
            for glyph in word.glyphs.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if let last = reach, brackets ? setsSolid(last) && setsSolid(glyph) : last.isSetSolid && glyph.isSetSolid,
                   glyph.box.x0 - last.box.x1 >= settings.headingSolidTextGapEm * max(glyph.box.height, last.box.height) {
                    pieces.append([])
                }
                pieces[pieces.count - 1].append(glyph)
                if glyph.box.x1 > reach?.box.x1 ?? -.infinity { reach = glyph }
            }
            // Parted at brackets, each heading prints two ideographs or more: `預( 決) 算數` spread over one cell stays one.
            return pieces.count > 1 && pieces.allSatisfy({ piece in
                piece.count >= 2 && printsSolidText(piece) && (!brackets || piece.filter(\.isSetSolid).count >= 2)
            }) ? pieces : nil
        }
        var words: [Word] = []
        for word in line.words {
            words += (headings(word, brackets: true) ?? headings(word, brackets: false))?.map(Word.init) ?? [word]
        }
        return words.count == line.words.count ? line : TextLine(words: words)
    }

    /// Whether a line starts with an item's mark (`一、`, `（一）`, `1.`).
    static func startsItem(_ line: TextLine) -> Bool {
        line.words.first.map(startsItem) ?? false
    }

    /// Whether the word opens an item: an item marker, not an amount.
    static func startsItem(_ word: Word) -> Bool {
        ItemMarker.startsItem(word.text) && !PrintedVocabulary.isAmount(word.text)
    }

    /// Columns are the stretches of x that some body word covers, separated
    /// by corridors that no body word crosses: a corridor may be as narrow
    /// as one of `cuts`, where amounts of two columns touch.
    static func columnSpans(of lines: [TextLine], cuts: [Double] = []) -> [ClosedRange<Double>] {
        let words = lines.flatMap(\.words).map { $0.box.x0...$0.box.x1 }.sorted { $0.lowerBound < $1.lowerBound }
        let slack = settings.fusedAmountEdgePoints
        var spans: [ClosedRange<Double>] = []
        for word in words {
            if let last = spans.last, word.lowerBound <= last.upperBound + settings.columnSpanSlackPoints,
               !cuts.contains(where: { last.upperBound <= $0 + slack && word.lowerBound >= $0 - slack }) {
                spans[spans.count - 1] = last.lowerBound...max(last.upperBound, word.upperBound)
            } else {
                spans.append(word)
            }
        }
        return spans
    }

    /// A column whose every cell wraps, each centred on its row's amounts
    /// as a word processor sets a tall row (`工资福利` over `支出` with the
    /// code `50501` and the amounts between its lines), prints nothing on a
    /// line of amounts: the body's lines show no stretch of x for it. Where
    /// the lines between them (``TableSettings/wrappedColumnLinesCount`` or
    /// more) print words that lie wholly in the corridor between two body
    /// columns, touching neither, those words make a column of their own
    /// there. Before, they went to the column beside them: the code and the
    /// name read as one cell, `工资福利50501支出` (WrappedColumnTests).
    static func addingWrappedColumns(to spans: [ClosedRange<Double>], wrapped lines: [TextLine]) -> [ClosedRange<Double>] {
        let slack = settings.columnSpanSlackPoints
        var added: [(span: ClosedRange<Double>, lines: Set<Int>)] = []
        for (index, line) in lines.enumerated() {
            for word in line.words {
                let range = word.box.x0...word.box.x1
                guard !spans.contains(where: { ($0.lowerBound - slack...$0.upperBound + slack).overlaps(range) }),
                      spans.contains(where: { $0.upperBound < range.lowerBound }), spans.contains(where: { $0.lowerBound > range.upperBound })
                else { continue }
                let left = spans.last { $0.upperBound < range.lowerBound }?.upperBound ?? 0
                let corridor = left...(spans.first { $0.lowerBound > range.upperBound }?.lowerBound ?? left)
                if let match = added.firstIndex(where: { corridor.contains($0.span.lowerBound) && corridor.contains($0.span.upperBound) }) {
                    added[match] = (min(added[match].span.lowerBound, range.lowerBound)...max(added[match].span.upperBound, range.upperBound),
                                    added[match].lines.union([index]))
                } else {
                    added.append((range, [index]))
                }
            }
        }
        let columns = added.filter { $0.lines.count >= settings.wrappedColumnLinesCount }.map(\.span)
        return columns.isEmpty ? spans : (spans + columns).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A spreadsheet aligns a column's words left and its numbers right
    /// (`合计` and `一、…` at the left edge, the codes `201`, `2010301` at the
    /// right): two stretches of x, one column. Two neighbouring stretches are
    /// one column when no body line prints in both, one prints only numbers
    /// and the other no number, and the header sets one heading over the
    /// pair: headings that reach the two and no other column, never two on
    /// one line, each reaching the corridor between them (`类` centred over
    /// both) or centred over the pair (`年度` over `2022比 2021` set left and
    /// `2022` set right, Samples/years-compared-in-period-column.pdf). A
    /// line's words in a stretch are one cell, read together (`2022比 2021`
    /// prints no number). A stretch of placeholders only (`－`, text to a spreadsheet,
    /// at the left edge of its amount column) joins the amounts on its
    /// right alike (Samples/dashes-left-unruled.pdf). Outline levels printed in columns of their own stand under
    /// headings of their own (two on a line, or one over a stretch alone), so
    /// they stay apart (Samples/words-left-codes-right.pdf). Where no heading
    /// stands over the pair alone (a continuation page whose header is not
    /// printed again, as wkhtmltopdf breaks an HTML table; a group heading
    /// run together with the headings under it), the table's first stretch
    /// printing only total words (`合计` set left) is the cell of the codes
    /// set right beside it: before, a column of its own, one more than the
    /// page before's, and the page was a table of its own
    /// (Samples/total-left-of-codes-continued.pdf).
    static func joiningAlignedStretches(_ spans: [ClosedRange<Double>], body: [TextLine],
                                        header: [TextLine]) -> [ClosedRange<Double>] {
        func printsNumber(_ text: String) -> Bool { PrintedVocabulary.isAmount(text) || PrintedVocabulary.looksLikeNumber(text) }
        func range(_ word: Word) -> ClosedRange<Double> { word.box.x0...word.box.x1 }
        // Each line's words in a stretch are one cell, read together: `2022比 2021` is text, its `2021` no number.
        func cells(in span: ClosedRange<Double>) -> [[Word]] {
            body.map { $0.words.filter { range($0).overlaps(span) } }.filter { !$0.isEmpty }
        }
        func isOneColumn(_ left: ClosedRange<Double>, _ right: ClosedRange<Double>) -> Bool {
            let leftLines = Set(body.indices.filter { body[$0].words.contains { range($0).overlaps(left) } })
            let rightLines = Set(body.indices.filter { body[$0].words.contains { range($0).overlaps(right) } })
            guard leftLines.isDisjoint(with: rightLines) else { return false }
            let (leftCells, rightCells) = (cells(in: left), cells(in: right))
            let leftWords = leftCells.flatMap { $0 }
            let (leftNumbers, rightNumbers) = (leftCells.map { printsNumber($0.map(\.text).joined()) },
                                               rightCells.map { printsNumber($0.map(\.text).joined()) })
            // A placeholder is text to a spreadsheet: `－` at the left edge of its amount column.
            func dashes(_ words: [Word]) -> Bool { words.allSatisfy { PrintedVocabulary.placeholders.contains($0.text) } }
            guard (leftNumbers.allSatisfy { $0 } && !rightNumbers.contains(true))
                    || (rightNumbers.allSatisfy { $0 } && !leftNumbers.contains(true))
                    || (dashes(leftWords) && rightNumbers.allSatisfy { $0 }) else { return false }
            let pair = left.lowerBound...right.upperBound, corridor = left.upperBound...right.lowerBound
            let others = spans.filter { $0 != left && $0 != right }
            let headings = header.map { line in
                line.words.map(range).filter { heading in heading.overlaps(pair) && !others.contains { $0.overlaps(heading) } }
            }
            // A heading centred over the pair (its cell's middle) need not reach the corridor: `年度` over
            // `2022比 2021` set left, wider than it, and `2022` set right.
            let middle = (pair.lowerBound + pair.upperBound) / 2
            func centred(_ heading: ClosedRange<Double>) -> Bool {
                abs((heading.lowerBound + heading.upperBound) / 2 - middle) <= settings.headingCentreSlackPoints
            }
            // With no heading over the pair (a continuation page whose header is not printed again), a total's
            // label set left at the table's left edge beside the codes set right is the first column's cell.
            if headings.allSatisfy(\.isEmpty) {
                return left == spans.first && leftCells.allSatisfy { PrintedVocabulary.totalWords.contains($0.map(\.text).joined().withoutWhitespace) }
            }
            return headings.contains { !$0.isEmpty } && headings.allSatisfy { $0.count <= 1 }
                && headings.joined().allSatisfy { $0.overlaps(corridor) || centred($0) }
        }
        var joined: [ClosedRange<Double>] = []
        for span in spans {
            if let last = joined.last, isOneColumn(last, span) {
                joined[joined.count - 1] = last.lowerBound...span.upperBound
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// A column the body leaves empty all the way down (a 事业收入 that no
    /// item has) shows only in the header. A heading with no body word under
    /// it is first read whole: a heading wrapped inside its cell
    /// (`国有资本经` / `营预算拨款` / `收入`, ``headingBlocks(of:)``) is one
    /// heading, never a group heading over its own last line. A group heading
    /// centred over one of its columns' headings is no line of it, though:
    /// the columns beside print their headings level with the lowest one and
    /// none on the group heading's line; and a column's number under a
    /// heading (`** 1 2 3`) is no heading under it
    /// (Samples/group-heading-over-empty-column-rows-ruled.pdf: before, the
    /// group heading, `基本支出` and `2` read as one heading reaching over the
    /// 合计 amounts, and the empty 基本支出 column was lost). It is no
    /// column when a heading stands under it (a group heading), nor when it
    /// stands over the gap between its columns' headings
    /// (``standsOverGap(_:beside:below:)``). It is the heading of the body
    /// column beside it when it is centred over a column holding that
    /// column's aligned cells (``centredOver(_:spans:body:others:)``: `类`
    /// centred over codes right-aligned in a wide column, `科目名称` over
    /// names left-aligned in theirs): that column reaches out under it.
    /// Otherwise, between columns that have headings of their own (else it
    /// is the off-centre heading of its neighbour), it is a column of its
    /// own. The body columns' headings are all found first: where the body's
    /// words show too few columns (a table with no data, its one `合计` at
    /// the left edge under no heading), the lowest headings show the rest
    /// whatever their line and order. Before, a heading was judged as it
    /// came, line by line, left to right: `功能分类科目名称 合计 基本支出
    /// 项目支出` above `类 款 项`, and `科目名称` left of `小计`, were judged
    /// before `类` and `小计` were their columns' headings, found no heading
    /// beside them and made no column
    /// (Samples/lone-total-under-lowest-headings-unruled.pdf). A neighbour's
    /// heading is its own only where it does not stand
    /// over the heading in question as well: a group heading over both
    /// (`支出功能分类科目编码` over `类` and over the codes, the two side by
    /// side) makes no column of the heading its cells do not reach
    /// (Samples/headings-beside-cells.pdf). Two headings side by side are two
    /// columns (`政府性基金预算 国有资本经营预算` over two empty columns); only
    /// characters spread over one cell (`其 他`), one of them a single
    /// character, under a glyph's height apart, make one: a heading wrapped
    /// over two lines set close (one word two lines tall) beside `项` is a
    /// column of its own (Samples/wrapped-heading-beside-single-unruled.pdf).
    static func addingHeaderOnlyColumns(to bodySpans: [ClosedRange<Double>], header: [TextLine],
                                        body: [TextLine]) -> [ClosedRange<Double>] {
        var spans = bodySpans
        // A column's number or mark under a heading (`2` under the `基本支出` no row fills, in `** 1 2 3`) numbers
        // that heading's column: no heading of its own, nor one under it. A number under no heading (the header's
        // headings lost) is all that shows its column, and stays.
        func numbers(_ word: Word) -> Bool {
            PrintedVocabulary.isColumnNumberMark(word.text)
                || (word.text.count <= settings.columnNumberDigitsCount && word.text.allSatisfy { $0.isASCII && $0.isNumber })
        }
        let header = header.enumerated().map { index, line in
            TextLine(words: line.words.filter { word in
                !numbers(word) || !header[..<index].contains { upper in
                    upper.words.contains { !numbers($0) && ($0.box.x0...$0.box.x1).overlaps(word.box.x0...word.box.x1) }
                }
            })
        }.filter { !$0.words.isEmpty }
        let headings = header.flatMap(\.words).map { $0.box.x0...$0.box.x1 }
        func hasHeading(_ span: ClosedRange<Double>, apartFrom range: ClosedRange<Double>) -> Bool {
            headings.contains { $0.overlaps(span) && !$0.overlaps(range) }
        }
        // A group heading centred over the heading of one of its columns (`本年政府性基金预算支出` over
        // `基本支出`, between `合 计` and `项目支出`) is no line of it: a body column beside that heading
        // prints a heading level with it and none on the group heading's line (as ``joiningWrappedHeadings``).
        let blocks = headingBlocks(of: header).map { block -> [(line: Int, word: Int)] in
            guard block.count > 1, let first = block.first, let last = block.last else { return block }
            let lowest = header[last.line].words[last.word].box
            func heads(_ span: ClosedRange<Double>, on line: Int) -> Bool {
                header[line].words.contains { word in
                    let range = word.box.x0...word.box.x1
                    return range.overlaps(span) && !range.overlaps(lowest.x0...lowest.x1)
                }
            }
            let beside = [spans.last { $0.upperBound < lowest.x0 }, spans.first { $0.lowerBound > lowest.x1 }].compactMap { $0 }
            return beside.contains { heads($0, on: last.line) && !heads($0, on: first.line) } ? [last] : block
        }
        // The headings no body word stands under, none over a group or a gap, each with its words.
        let lone = blocks.compactMap { block -> (words: [Word], box: Rect, top: Int, others: [Word])? in
            let members = Set(block.map { [$0.line, $0.word] })
            let words = block.map { header[$0.line].words[$0.word] }
            guard let box = Rect.enclosing(words.map(\.box)), let top = block.first?.line, let last = block.last?.line else { return nil }
            let range = box.x0...box.x1
            let below = header.indices.filter { $0 > top }.flatMap { line in
                header[line].words.indices.filter { !members.contains([line, $0]) }.map { header[line].words[$0] }
            }
            guard !spans.contains(where: { $0.overlaps(range) }), !below.contains(where: { ($0.box.x0...$0.box.x1).overlaps(range) })
            else { return nil }
            let beside = header[top].words.indices.filter { !members.contains([top, $0]) }.map { header[top].words[$0].box }
            guard !standsOverGap(box, beside: beside, below: header[(last + 1)...].flatMap(\.words).map(\.box)) else { return nil }
            let others = header.indices.flatMap { line in
                header[line].words.indices.filter { !members.contains([line, $0]) }.map { header[line].words[$0] }
            }
            return (words, box, top, others)
        }
        // First the headings of body columns, printed beside their cells: a
        // column's heading is known before its neighbour's is judged.
        var own: [(words: [Word], box: Rect, top: Int)] = []
        for heading in lone {
            let range = heading.box.x0...heading.box.x1
            guard !spans.contains(where: { $0.overlaps(range) }) else { continue }
            if let column = centredOver(heading.box, spans: spans, body: body, others: heading.others) {
                spans[column] = min(spans[column].lowerBound, range.lowerBound)...max(spans[column].upperBound, range.upperBound)
            } else {
                own.append((heading.words, heading.box, heading.top))
            }
        }
        var added: [(range: ClosedRange<Double>, line: Int, single: Bool)] = []
        for (words, box, top) in own {
            let range = box.x0...box.x1
            guard !spans.contains(where: { $0.overlaps(range) }) else { continue }
            let left = spans.last { $0.upperBound < range.lowerBound }, right = spans.first { $0.lowerBound > range.upperBound }
            guard left.map({ hasHeading($0, apartFrom: range) }) ?? true, right.map({ hasHeading($0, apartFrom: range) }) ?? true
            else { continue }
            let single = words.count == 1 && words[0].glyphs.count == 1
            // Within a glyph's height: never the height of a heading wrapped over several lines.
            let em = words.flatMap(\.glyphs).map(\.box.height).max() ?? box.height
            if let near = added.firstIndex(where: { other in
                other.line == top && (other.single || single) && abs(other.range.upperBound - range.lowerBound) < em
            }) {
                added[near].range = min(added[near].range.lowerBound, range.lowerBound)...max(added[near].range.upperBound, range.upperBound)
            } else {
                added.append((range, top, single))
            }
        }
        return (spans + added.map(\.range)).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The header's headings, each a list of (line, word) positions top to
    /// bottom: a word and the words that continue it on the lines below, a
    /// heading wrapped inside its cell. A word continues the one above it
    /// when each is the only word of its line that the other overlaps and
    /// the two lines are centred alike or start alike (within
    /// ``TableSettings/headingCentreSlackPoints``), the lower one
    /// ``TableSettings/wrappedHeadingGapEm`` or less under the upper. Lines
    /// between that print nothing over it are passed over: headings wrapped
    /// to different numbers of lines, each centred in its cell, stand a
    /// line's worth apart, and the page's lines gather them so.
    static func headingBlocks(of header: [TextLine]) -> [[(line: Int, word: Int)]] {
        func range(_ word: Word) -> ClosedRange<Double> { word.box.x0...word.box.x1 }
        var blocks: [[(line: Int, word: Int)]] = []
        var taken: Set<[Int]> = []
        for (line, text) in header.enumerated() {
            for index in text.words.indices where !taken.contains([line, index]) {
                var block = [(line: line, word: index)]
                taken.insert([line, index])
                var current = text.words[index], currentLine = line, next = line + 1
                while next < header.count {
                    let under = header[next].words.indices.filter { range(header[next].words[$0]).overlaps(range(current)) }
                    if under.isEmpty {
                        next += 1
                        continue
                    }
                    guard under.count == 1, let candidate = under.first, !taken.contains([next, candidate]) else { break }
                    let word = header[next].words[candidate]
                    let over = header[currentLine].words.filter { range($0).overlaps(range(word)) }
                    let slack = settings.headingCentreSlackPoints
                    guard over.count == 1, word.box.y0 - current.box.y1 <= settings.wrappedHeadingGapEm * current.box.height,
                          abs(word.box.midX - current.box.midX) <= slack || abs(word.box.x0 - current.box.x0) <= slack
                    else { break }
                    block.append((next, candidate))
                    taken.insert([next, candidate])
                    current = word
                    currentLine = next
                    next += 1
                }
                blocks.append(block)
            }
        }
        return blocks
    }

    /// The body column whose heading `heading` is, printed beside its cells:
    /// centred over a column that holds the cells of the nearest column of
    /// amounts right-aligned on its right (`类` over codes at the right edge
    /// of a wide column; a column-number `1` beside narrow amounts), or of
    /// words left-aligned on its left (`科目名称` right of short names). The
    /// column it implies (its middle mirrored about the cells' aligned edge)
    /// must leave the next column's cells on its other side outside, and
    /// hold no other heading of its line (their middles elsewhere: `上年结转`
    /// centred over an empty column next to `合计` centred over its own); a
    /// column with a heading of its own over its cells, level with this one
    /// (not a group heading above both), takes no other, and
    /// amounts of one width, aligned on both edges, are right-aligned (codes
    /// left-aligned, `01` under `款` centred right of them, may be either);
    /// words of ideographs never are: the lone `合计` of a table with no data,
    /// set left under `科目名称`, lines up on both edges of its one cell, and
    /// `科目编码` centred left of it took its column as if it were right-aligned
    /// there (Samples/lone-total-centred-in-labels-unruled.pdf).
    /// A label of a stack set left at one x, a row apart (a form's
    /// `项目名称` over `主管部门` over `项目资金（万元）`, the values beside them
    /// wrapped to their column's width, both edges lined up), heads its
    /// row, not the column on its right
    /// (Samples/form-labels-stacked-over-funds.pdf).
    static func centredOver(_ heading: Rect, spans: [ClosedRange<Double>], body: [TextLine], others: [Word]) -> Int? {
        let slack = settings.headingCentreSlackPoints
        let words = body.flatMap(\.words)
        func aligned(_ span: ClosedRange<Double>, right: Bool) -> Bool {
            let cells = words.filter { $0.box.x0 >= span.lowerBound - slack && $0.box.x1 <= span.upperBound + slack }
            // Amounts (a separator or a decimal point) are right-aligned, though
            // of one width they line up on the left too; words and codes may be left-aligned.
            guard right || !cells.contains(where: { PrintedVocabulary.isSeparatedAmount($0.text) }) else { return false }
            // Words of ideographs (a lone `合计`, names) are set left or centred,
            // never right-aligned: a single such cell lines up on both edges.
            guard !right || !cells.contains(where: { $0.glyphs.contains { $0.scalar.properties.isIdeographic } }) else { return false }
            let edges = cells.map { right ? $0.box.x1 : $0.box.x0 }
            return !edges.isEmpty && edges.allSatisfy { abs($0 - (right ? span.upperBound : span.lowerBound)) <= slack }
        }
        // A column with a heading of its own beside this one (over its
        // cells and no other column's, no column number) takes no other.
        func hasOwnHeading(_ index: Int) -> Bool {
            others.contains { (other: Word) -> Bool in
                let range: ClosedRange<Double> = other.box.x0...other.box.x1
                guard range.overlaps(spans[index]), other.box.verticalOverlap(heading) > 0 else { return false }
                let overOthers = spans.indices.contains { (column: Int) -> Bool in column != index && spans[column].overlaps(range) }
                return !overOthers && !PrintedVocabulary.looksLikeNumber(other.text) && !PrintedVocabulary.isAmount(other.text)
            }
        }
        func holdsNoOther(_ low: Double, _ high: Double) -> Bool {
            !others.contains { (other: Word) -> Bool in
                let middle: Double = other.box.midX
                return other.box.verticalOverlap(heading) > 0 && middle > low + slack && middle < high - slack
                    && abs(middle - heading.midX) > slack
            }
        }
        // A label of a stack set left at one x (a form's `项目名称` over
        // `主管部门` over `项目资金（万元）`, a row apart, none reaching into a
        // column) heads the row beside it, not the column on its right.
        let stackedLeft = others.contains { (other: Word) -> Bool in
            abs(other.box.x0 - heading.x0) <= slack && other.box.verticalOverlap(heading) < 0
                && !spans.contains { $0.overlaps(other.box.x0...other.box.x1) }
        }
        let rightIndex = spans.firstIndex { $0.lowerBound > heading.x1 }
        let leftIndex = spans.lastIndex { $0.upperBound < heading.x0 }
        if let index = rightIndex, !stackedLeft, aligned(spans[index], right: true), !hasOwnHeading(index) {
            let low = 2 * heading.midX - spans[index].upperBound
            if low >= (leftIndex.map { spans[$0].upperBound } ?? -.infinity) - slack, holdsNoOther(low, spans[index].upperBound) {
                return index
            }
        }
        if let index = leftIndex, aligned(spans[index], right: false), !hasOwnHeading(index) {
            let high = 2 * heading.midX - spans[index].lowerBound
            if high <= (rightIndex.map { spans[$0].lowerBound } ?? .infinity) + slack, holdsNoOther(spans[index].lowerBound, high) {
                return index
            }
        }
        return nil
    }

    /// Whether a heading stands over the gap between the headings of a
    /// lower header line (`支　　出` centred over `项　目 | 预算数`, its text
    /// between theirs): headings a line below it on both sides (their middle
    /// more than its height under its middle), each nearer to it than any
    /// heading of its own line on that side, are the columns it groups. An
    /// empty column's heading has no heading under it on one side at least,
    /// a heading of its own line nearer, or its neighbours' headings half a
    /// line below it only: set over both header lines (`上年结转` between two
    /// groups), it stands half a line above the lower one.
    static func standsOverGap(_ heading: Rect, beside: [Rect], below: [Rect]) -> Bool {
        guard let leftBelow = below.filter({ $0.x1 <= heading.x0 }).max(by: { $0.x1 < $1.x1 }),
              let rightBelow = below.filter({ $0.x0 >= heading.x1 }).min(by: { $0.x0 < $1.x0 }),
              min(leftBelow.midY, rightBelow.midY) - heading.midY > heading.height else { return false }
        let leftBeside = beside.filter { $0.x1 <= heading.x0 }.map(\.x1).max() ?? -.infinity
        let rightBeside = beside.filter { $0.x0 >= heading.x1 }.map(\.x0).min() ?? .infinity
        return leftBelow.x1 > leftBeside && rightBelow.x0 < rightBeside
    }

    /// A heading wrapped inside its cell (``headingBlocks(of:)``: `一般公共预算`
    /// / `拨款收入`) is one heading: its lines' text joined as a wrapped
    /// cell's (``TextLines/text(of:)``, CJK without a space) in the header row
    /// of its first line, the rows of its other lines empty under it. Only
    /// where each line is alone in its column's slot and every line stays
    /// within the gaps between each line and the headings beside it: a group
    /// heading reaches over the columns it groups; a column's number under it is no line of it. Before,
    /// each line stayed in its row and the first was read as a group heading
    /// over the others (`一般公共预算/合计`, a false sum over the row).
    static func joiningWrappedHeadings(_ rows: [PrintedRow], header: [TextLine], bounds: [Double]) -> [PrintedRow] {
        var rows = rows
        func column(of word: Word) -> Int? {
            rows.first?.indices.max { overlap(word.box, bounds[$0], bounds[$0 + 1]) < overlap(word.box, bounds[$1], bounds[$1 + 1]) }
        }
        // Within the gaps to its lines' neighbours: a line of the header beside the heading's.
        func staysInItsCell(_ word: Word, line: Int, block: [(line: Int, word: Int)]) -> Bool {
            let others = header[line].words.filter { $0.box != word.box }
            let left = others.filter { $0.box.x1 <= word.box.x0 }.map(\.box.x1).max()
            let right = others.filter { $0.box.x0 >= word.box.x1 }.map(\.box.x0).min()
            return block.allSatisfy { place in
                let box = header[place.line].words[place.word].box
                return left.map { box.x0 > ($0 + word.box.x0) / 2 } ?? true && right.map { box.x1 < ($0 + word.box.x1) / 2 } ?? true
            }
        }
        for whole in headingBlocks(of: header) {
            // A column number (`4`) or mark (`**`) under a heading numbers its column: no line of it.
            // A line wraps where it is full: no line is wider than the one above it (a label's
            // `学校）` over the next row's `杭州技师学院（杭州交通高级技工` is no heading). Labels
            // left-aligned one under the other (rows of a page whose amounts come later) are no
            // heading either: only lines centred alike are joined.
            var above: Rect?
            let block = Array(whole.prefix { place in
                let word = header[place.line].words[place.word]
                defer { above = word.box }
                let slack = settings.headingCentreSlackPoints
                return !PrintedVocabulary.looksLikeNumber(word.text) && !PrintedVocabulary.isAmount(word.text)
                    && !PrintedVocabulary.isColumnNumberMark(word.text)
                    && above.map { word.box.width <= $0.width + slack && abs(word.box.midX - $0.midX) <= slack } ?? true
            })
            let words = block.map { header[$0.line].words[$0.word] }
            guard block.count > 1, let slot = column(of: words[0]), words.allSatisfy({ column(of: $0) == slot }),
                  block.allSatisfy({ staysInItsCell(header[$0.line].words[$0.word], line: $0.line, block: block) }),
                  block.allSatisfy({ place in header[place.line].words.filter { column(of: $0) == slot }.count == 1 })
            else { continue }
            // A group heading over the heading of one of its columns: a column beside it prints
            // nothing on its line and a heading level with its last line (`基本支出` over `小计`
            // beside `人员经费`; `单位资金` over `上级补助` / `收入` beside `营收入`). A heading
            // beside a wrapped one, centred in its cell, stands level with a middle line.
            func prints(_ slot: Int, on line: Int) -> Bool { header[line].words.contains { column(of: $0) == slot } }
            guard let first = block.first?.line, let last = block.last?.line, ![slot - 1, slot + 1].contains(where: { beside in
                beside >= 0 && beside < bounds.count - 1 && !prints(beside, on: first) && prints(beside, on: last)
            }) else { continue }
            let glyphs = words.flatMap(\.glyphs)
            guard let box = Rect.enclosing(words.map(\.box)) else { continue }
            for place in block.dropFirst() { rows[place.line][slot] = nil }
            rows[block[0].line][slot] = PrintedCell(text: TextLines.text(of: glyphs), box: box, firstGlyph: words[0].glyphs.first?.box,
                                                    lastGlyph: words[words.count - 1].glyphs.last?.box)
        }
        return rows
    }

    /// The line's words put into the columns they overlap most.
    static func cells(of line: TextLine, bounds: [Double]) -> PrintedRow {
        var row = PrintedRow(repeating: nil, count: bounds.count - 1)
        for word in line.words {
            guard let column = column(of: word, bounds: bounds) else { continue }
            if let existing = row[column] {
                row[column] = PrintedCell(text: existing.text + " " + word.text, box: existing.box.union(word.box),
                                          firstGlyph: existing.firstGlyph, lastGlyph: word.glyphs.last?.box)
            } else {
                row[column] = PrintedCell(text: word.text, box: word.box, firstGlyph: word.glyphs.first?.box, lastGlyph: word.glyphs.last?.box)
            }
        }
        return row
    }

    /// The column a word prints in: the one it overlaps most.
    private static func column(of word: Word, bounds: [Double]) -> Int? {
        bounds.indices.dropLast().max { a, b in
            overlap(word.box, bounds[a], bounds[a + 1]) < overlap(word.box, bounds[b], bounds[b + 1])
        }
    }

    private static func overlap(_ box: Rect, _ low: Double, _ high: Double) -> Double {
        min(box.x1, high) - max(box.x0, low)
    }

    /// Two rows' cells joined slot by slot, the first row's text first.
    static func joined(_ upper: PrintedRow, _ lower: PrintedRow) -> PrintedRow {
        zip(upper, lower).map { above, below in
            guard let below else { return above }
            guard let above else { return below }
            return PrintedCell(text: above.text + below.text, box: above.box.union(below.box), firstGlyph: above.firstGlyph,
                               lastGlyph: below.lastGlyph)
        }
    }
}
