/// Every threshold that decides what is a line, a word, a rule, a cell, a
/// row, a header or a title, in one place (like pdfplumber's `TableSettings`).
///
/// Each name ends in its unit: `Points` (PDF points, 1/72 inch), `Em` (a
/// multiple of the glyph or line height: the type size, so the rule holds at
/// any scale), `Fraction` (of the length named), `Count`. Each carries the
/// sample or page shape that set it. Layout reads them from
/// ``standard``; docs/architecture.md quotes them.
public struct TableSettings: Sendable {
    // MARK: Lines and words

    /// Glyphs share a line when their boxes overlap vertically by this much
    /// of the smaller height: superscripts and a baseline shifted by a
    /// producer stay on their line, the line above and below do not.
    public var lineOverlapFraction = 0.5
    /// A gap wider than this starts a new word on a line: the widest gap
    /// inside a word of a justified heading (`合 计` of a WPS page) is below it.
    public var wordGapEm = 0.9
    /// A gap wider than this is printed as a space inside a word's text
    /// (`20 000` of a split amount, `项 目`).
    public var spaceGapEm = 0.25

    // MARK: Ruled grids

    /// Two rules this close are one boundary, and a rule ending this close to
    /// another still meets it: rules drawn by cell, each a little short.
    public var ruleTolerancePoints = 2.5
    /// No cell is thinner than this: two rules closer together (a double
    /// rule, an outline drawn twice) are one boundary.
    public var minimumCellPoints = 7.0
    /// … unless the type inside the rules is smaller: then no cell is
    /// thinner than this much of the type's height (a 西安 sheet of 4.5 pt
    /// type whose rows are ruled 6.5 pt apart; a double rule stays closer).
    public var minimumCellEm = 0.8
    /// A boundary is printed along a cell when its rules cover this much of
    /// the cell's side; the short strokes that bold glyphs leak at 36 dpi do not.
    public var edgeCoverageFraction = 0.8
    /// Cells filled side by side with an unfilled gap at most this wide
    /// between them are ruled by the gap: the white borders of 1-4 px
    /// (0.75-3 pt) that Chromium's `border-spacing` and Excel's white cell
    /// borders leave, no wider than the gaps a rule's pieces are joined across.
    public var tiledFillGapPoints = 3.0
    /// … when the cells tile: at least this many pairs of them meet across a
    /// gap side by side, and this many one over the other (two rows of two
    /// columns), so a row of shaded cells (a header band, a zebra stripe) is no grid.
    public var tilingNeighboursCount = 2

    // MARK: Glyphs into cells

    /// A glyph reaching this far above its row's top rule overflowed the cell
    /// above (a wrapped header cell printed too tight) and belongs there.
    public var overflowAboveRuleEm = 0.25
    /// … unless its cell's next line lies a line's pitch under it: then it
    /// starts that cell's wrapped text. The pitch, in glyph heights, is at
    /// least this: boxes from a font's ascent and descent reach 1.26 em
    /// with lines 1.2 em apart (Sample wrapped-headings: 0.95), while an
    /// overflowing line stands 0.74 over the lower cell's own text
    /// (西安市科学技术局 2022, page 69) …
    public var wrappedLinePitchMinEm = 0.85
    /// … and at most this (leading of one and a half lines).
    public var wrappedLinePitchMaxEm = 1.6
    /// A glyph straddling a column rule goes with a glyph this close across
    /// it (the first digit of an amount a hair too wide for its cell); a
    /// digit with glyphs this close on both sides of a rule is where two
    /// amounts run together (北京 2022 决算 p. 169, `656.491157.40`).
    public var touchingGlyphEm = 0.3
    /// Two glyph edges this close count as touching, whatever their size.
    public var touchingSlackPoints = 1.0
    /// Amounts print this many decimals (元 with 分, 万元 to two places): a
    /// line of digits that completes an amount's decimals to this many is
    /// the rest of the amount, wrapped by a narrow cell (杭州's `576,171.1` over `1`).
    public var amountDecimalsCount = 2
    /// Amount lines inside one grid row whose middles are this close are one
    /// printed row (rows ruled by column only).
    public var sameBandEm = 0.5

    // MARK: Rows without rules between them

    /// A label line ending this close to the column's widest label line had
    /// no room for the next word: it wrapped, and the line under it goes on
    /// with it (農業部 prints `會費、捐助、補助、分攤、照護、救濟` over
    /// `與交流活動費`, both beside the first line's amounts, and wraps
    /// before a two-glyph word: `壹、農村再生規劃及人力培育` over `計畫`).
    /// A text whose last line on a page ends further from its column's
    /// widest had room for more: the page break did not cut it (北京 2022
    /// 决算 p. 98-99, `…安排的` over `支出`, then `征地和拆迁补偿支出`).
    public var fullLineSlackEm = 2.0
    /// … where the widest label line ends this close to its column's end (its
    /// rule, or the middle of the gap to the next column): a column whose
    /// labels all stop well short of it never wraps (`一、基本支出` over
    /// `工资福利支出` in a wide first column of a table without rules).
    public var wrapReachEm = 3.0
    /// The next line of a wrapped cell lies no further under it than the
    /// tightest pitch between two lines of one column, plus this: 農業部's
    /// wrapped labels lie 1.3 em apart, its rows 1.6.
    public var wrappedPitchSlackEm = 0.25
    /// Rows lie at a wrapped line's pitch when no two lines of one column lie
    /// closer than two rows of amounts by more than this (Calc's 北京 2022
    /// 决算 p. 20: every line 16.5 pt under the one above, label or not).
    public var rowPitchToleranceEm = 0.1
    /// … and then a label line is complete when what the next line starts
    /// with would have ended no further than this past the column's widest
    /// line (`机关资本性支出（一）` over `房屋建筑物购建`: `房` would end 0.1 pt
    /// past it; glyph boxes of one font differ by a fraction of a point).
    public var wrapRoomSlackEm = 0.25
    /// A line of a ruled cell is full (its text wraps into the line under
    /// it) when what that line starts with would have ended within this of
    /// the widest its column prints: the column's lines tell its padding only
    /// roughly (Writer's 西安市卫生健康委员会 2022 决算 p. 153: `2022` and `年`
    /// make 39 pt in a column that prints 40, `2022年` did not fit).
    public var wrappedCellLineSlackEm = 0.5
    /// Rows without amounts under a table's last row of amounts go on its
    /// list when they lie no further under the row above than the loosest gap
    /// between its rows, plus this (Calc's 北京 2022 决算 p. 21: thirteen
    /// headings at the table's foot, 3.5 pt apart as all its rows).
    public var listedRowGapSlackEm = 0.25
    /// A cell's wrapped lines are centred on its row's amounts (a browser or
    /// word processor centring each cell of a tall row) when the middle of
    /// their extent lies this close to the amounts' line: Chromium's
    /// 广州市政府办公厅 p. 11 sets a 说明 of eight lines, the amounts
    /// beside the gap between its fourth and fifth.
    public var centredCellToleranceEm = 0.25
    /// A line with amounts starting this much further in than the label
    /// line above it, which has none, is an item under a heading, not the
    /// label's wrapped last line.
    public var wrappedLineIndentEm = 0.5

    // MARK: Tables without rules

    /// A block of lines is a table only with at least this many lines that
    /// print several words with an amount among them: prose and a table of
    /// contents never have three.
    public var minimumBodyLinesCount = 3
    /// A block with fewer such lines (a table of one row: `合计` alone, a
    /// 三公 table's amounts) is a table under at least this many words
    /// holding a column heading's word (`合计`, `基本支出`, `科目编码`): a
    /// heading row names two columns at least, and a header of one line and
    /// a row of amounts more than prose sets on one line.
    public var minimumShortTableHeadingsCount = 3
    /// Or at least this many over a row of column numbers, one under each
    /// (`功能分类科目名称 项目支出` over `** 1`): the numbers show a printed
    /// header, never prose (Samples/two-headings-over-column-numbers-unruled.pdf).
    public var minimumHeadingsOverColumnNumbersCount = 2
    /// A block with no number is an empty table where a line lists at least
    /// this many items side by side under such a header (the 收入 and 支出
    /// halves of an empty 政府性基金收支表, Samples/empty-fund-table-unruled.pdf),
    /// each in a column of items of its own: a list prints one a line.
    public var emptyTableItemsPerLineCount = 2
    /// In a table that prints no number, a line whose box lies this far
    /// (ems of its height) or more under the row above starts a row: a
    /// row's padding (0.45 em at Writer's least, 0.1 cm), where a wrapped
    /// cell's lines lie 0.04 em apart (Samples/empty-fund-table-unruled.pdf).
    public var emptyRowGapEm = 0.25
    /// A serial number printed bare (`1` … `13`) that numbers a list's rows
    /// under `序号` has at most this many digits: the units a budget lists
    /// run to a few dozen (Samples/numbered-lists-unruled.pdf).
    public var serialNumberDigitsCount = 3
    /// Words of an unruled table may stand closer than in prose (a code
    /// right-aligned against the name beside it): lines are cut at half an em.
    public var alignedWordGapEm = 0.5
    /// Single characters this close on a line may spell one label spread over
    /// its cell (`合      计` across a wide first column).
    public var spacedLabelGapEm = 8.0
    /// Two digits of one word this far apart (in ems of the taller) are two
    /// numbers: the digits of a number abut, and a serial number set against
    /// the code beside it leaves a cell's padding (序号 `2` and `201`, 0.17 em
    /// apart on Calc's print of 西安市商务局's 基本支出明细表).
    public var figureGapEm = 0.1
    /// Seams between a code and a name (`2010301行政运行`) this close in x on
    /// different lines are one column boundary.
    public var fusedColumnSeamPoints = 2.0
    /// … and they must occur on this many lines to cut the column.
    public var fusedColumnLinesCount = 3
    /// Beside an ideograph or a full-width mark, a gap this wide inside a
    /// word parts two columns of wrapped text where the right one's lines
    /// start there on ``fusedColumnLinesCount`` lines: Chinese text is set
    /// solid, and Calc fills a 绩效目标's lines up to the 绩效指标 beside them
    /// (3 pt apart in 11-pt boxes, under a word gap).
    public var solidColumnGapEm = 0.25
    /// … or on this many where the headings above part there too (`预算数 |
    /// 项目` over the two amounts of a 收支总表's receipts column fused with
    /// the spending names beside them: Samples/amounts-against-names-few.pdf).
    public var fusedColumnHeadedLinesCount = 2
    /// A line with sentence marks that prints this many amounts before its
    /// first mark is a row whose last cell explains them, no prose (a
    /// 用途明細表's `詳基金用途明細表說明。` beside its amounts).
    public var explainedRowAmountsCount = 2
    /// Lines of an explanation column start this close in x: left-aligned
    /// in their cell, they start at its padding (Calc, Writer and the
    /// browsers set them within a point: Samples/explanations-wrapped-unruled.pdf).
    public var explanationEdgePoints = 2.0
    /// … and that column is one where this many lines of the page start a
    /// sentence there, right after a row's amount or on a line of their own:
    /// a row's explanation wrapped over two lines or more, or several rows'.
    public var explanationColumnLinesCount = 3
    /// A line of a label, an amount and a sentence is a row of amounts
    /// explained where its label starts and its amount ends where those of
    /// this many lines of amounts of the page do: a column of a table, where
    /// a sentence quoting an amount lines up with none (wkhtmltopdf's
    /// 5年來主要業務計畫分析表, two rows of ten explained).
    public var explainedRowAlignedLinesCount = 3
    /// … and sentences beside amounts are an explanation column on this
    /// many lines whose amounts end at one x and whose labels start at one
    /// x, fewer than ``explanationColumnLinesCount``: rows of one table
    /// (Calc's 基金來源明細表 of two rows, each explained on one line), where
    /// prose quoting amounts never lines up so.
    public var explainedRowsAlignedCount = 2
    /// An item's number glued to the amount before it (`92,165,133.991、`)
    /// has at most this many digits: `1、` to `99、`, `(4)`; more are a code.
    public var itemNumberDigitsCount = 2
    /// The most digits of a column's number in a row of column numbers under the header (`** 1 2 3`, up to
    /// `25`): such a row is no heading over an empty column (wkhtmltopdf's 杭州市交通运输局 政府性基金 table).
    public var columnNumberDigitsCount = 2
    /// Amounts of one right-aligned column end this close in x: the column's
    /// edge, where a word of amounts set close across two columns is cut
    /// (Chromium's amounts end within 0.8 pt; a digit is 5 pt wide or more).
    public var fusedAmountEdgePoints = 1.5
    /// … an edge that amounts end at on this many lines of the page.
    public var fusedAmountEdgeLinesCount = 3
    /// A gap between two glyphs of a word wider than this is visible: a
    /// word that reads as one amount (`26 1,179`) is cut only there (digits
    /// of one amount touch).
    public var fusedAmountGapEm = 0.05
    /// A word of figures read in more ways than this is read in none: its
    /// cuts are not told by the amounts alone.
    public var fusedAmountReadingsCount = 8
    /// A line that is one word longer than this is a sentence, not a cell.
    public var proseLineCharactersCount = 40
    /// A number without separators or decimals is an amount from this many
    /// digits on (`120`): smaller ones are serial numbers and 栏次.
    public var bareAmountDigitsCount = 3
    /// A label line with no amounts right above a short table's lines of
    /// amounts is a row when each word starts this close to where one of
    /// their labels starts (`上年结转结余` over `收入总计`, left-aligned in one
    /// column; a heading is centred): Samples/bare-label-row-short-table.pdf.
    public var labelStartToleranceEm = 0.5
    /// A vertical gap wider than this between two lines ends a table block.
    public var blockGapEm = 2.5
    /// A line this much taller than the body is a title, not a table line.
    public var titleHeightRatio = 1.3
    /// Header lines looked for above the first line of amounts.
    public var maximumHeaderLinesCount = 4
    /// Where those lines print no line of headings, it is looked for up to
    /// this many lines above the first line of amounts: headings wrapped in
    /// narrow cells and centred on a tall header row leave only their last
    /// lines in the four nearest (Writer's 深圳市民政局 支出总表, its line of
    /// headings eight lines up; Samples/headings-above-tall-wrapped-unruled.pdf).
    public var tallHeaderLinesCount = 12
    /// Words whose spans come this close are one column.
    public var columnSpanSlackPoints = 1.0
    /// Item lines above a line that ends their items wrapped in their cells
    /// (`16、商业服务业等支` / `(10)其他支出` centred beside it / `出`): a cell
    /// of one line centred beside a wrapped one stands between its lines
    /// (Samples/items-wrapped-before-amounts-unruled.pdf).
    public var wrappedItemLinesCount = 2
    /// Lines of label cells above a body's first amounts taken into the body, and lines
    /// of a cut row's rest (AlignedTableFinder.continuesLabels, RowAssembly.centringCells), at most: a tall row's rest cut by a page break
    /// (two lines) and the first line of a cell centred in the next row (Samples/row-cut-by-page-break-centred.pdf).
    public var cutCellLinesCount = 4
    /// Lines without amounts that print words in a corridor between two
    /// body columns make a column there (names wrapped around the amounts
    /// centred in their rows); one such word is a stray, as a note's.
    public var wrappedColumnLinesCount = 2
    /// A heading's lines centred (or starting) this close in x are one
    /// heading wrapped in its cell, and a heading centred this close over a
    /// column holding a body column's aligned cells (edges this close) is
    /// that column's: a typesetter centres and aligns to the point, a
    /// wrapped line's width rounds by a glyph's side bearing
    /// (Samples/centred-headings-unruled.pdf).
    public var headingCentreSlackPoints = 2.0
    /// The lines of a heading wrapped in its cell stand at most this far
    /// apart (their leading; the next heading of a column number row or a
    /// group is a row's padding further).
    public var wrappedHeadingGapEm = 0.5

    // MARK: Tables ruled between rows only

    /// Horizontal rules outside the ruled tables are one table's row rules
    /// when this many or more stand one above the other, all the same width:
    /// a three-line table (top, under the header, bottom) has three, and
    /// stays a table without rules (Samples/rules-between-rows.pdf).
    public var rowRulesMinimumCount = 4
    /// Row rules of one table start and end this close in x: Chromium draws
    /// each row's rule from the table's left edge to its right.
    public var rowRuleExtentSlackPoints = 3.0
    /// A stretch of x in a row-ruled column whose texts set left start this
    /// many rows or more is a column of its own (RowRuledGrids.splittingTextColumns):
    /// a form's label column (`部门名称`, `整体绩效目标` over the activities)
    /// prints in several rows; one cell's text set apart is no column.
    public var textColumnRowsCount = 2
    /// Such a stretch's texts are set left when they start this close to its
    /// left edge: a browser sets a column's cells at one padding, glyph boxes
    /// differing by fractions of a point.
    public var textColumnEdgeSlackPoints = 1.5
    /// A row the page break cuts under a stack's last rule is read when its
    /// one line of amounts ends within this many of the stack's rows under
    /// the rule: wkhtmltopdf sets the cut row's line lower in its band
    /// (tw_moa_fund_115 p71 `297 地租及水租` ending 16.5 points under its
    /// rule, rows 10.6 points apart).
    public var cutRowReachRows = 2.0

    // MARK: Captions

    /// A table's title and unit are looked for this far above its top: the
    /// tallest caption block of the corpus (title, department, unit) fits.
    public var captionReachPoints = 160.0
    /// A table whose bottom lies this little below another's top is above it.
    public var tableAboveSlackPoints = 1.0
    /// A title is centred when its middle lies this close to the table's
    /// middle, as a fraction of the table's width …
    public var centredOnTableFraction = 0.12
    /// … or this close to the page's middle, as a fraction of the page width.
    public var centredOnPageFraction = 0.08
    /// A centred line wider than this fraction of the page is a sentence, not a title.
    public var maximumTitleWidthFraction = 0.6
    /// A page number this far from the title on the title's line is no part
    /// of it (北京 prints `１０` in the margin, 140 pt left of its title).
    public var titleMarginGapEm = 3.0
    /// A title prints at least this many characters (`收支总表`).
    public var minimumTitleCharactersCount = 4
    /// Lines of one wrapped title differ in height by less than this …
    public var titleLineHeightDifferenceFraction = 0.15
    /// … and stand less than this apart.
    public var titleLineGapEm = 0.6
    /// Lines this close to the page's top or bottom edge, as a fraction of
    /// its height, that are no caption are running headers and footers
    /// (50 pt of an A4 page: where 中華民國115年度 and page numbers print).
    public var furnitureMarginFraction = 0.06
    /// A page number is short: `第 12 页 共 30 页` is the longest form, in UTF-8 bytes.
    public var maximumPageNumberBytesCount = 24

    // MARK: Header

    /// A row of column numbers (`1 | 2 | 3`) has at least this many.
    public var minimumColumnNumbersCount = 3
    /// … or this many, each beside a label of its own (`栏次 | 1 | 栏次 | 2`:
    /// a 收支总表 printed side by side numbers each side's one amount column;
    /// 佛山 轨道交通局 2019 决算 p. 5).
    public var minimumLabelledColumnNumbersCount = 2
    /// … and starts at 1 or 2 (`栏次 | 1 | 2`, or a label column numbered 1).
    public var maximumFirstColumnNumber = 2
    /// A row of a label and at least this many cells that print a dash alone
    /// is an item's body row (`土地 | - | - | -`): one dash could be a
    /// heading's mark, two or more are amounts printed as the zero dash.
    public var minimumDashedAmountCellsCount = 2

    // MARK: Tables over several pages

    /// Column boundaries of two pages' tables match this close …
    public var continuationTolerancePoints = 6.0
    /// … or within this fraction of the table's width, when that is more (A3 pages).
    public var continuationToleranceFraction = 0.02
    /// A table first on its page whose header, a heading over every column,
    /// holds at least this many column headings opens another table where it
    /// is not the header of the table ending the page before: a heading
    /// row names two columns at least (tw_moa_fund_115's `來源別 | 本年度預算數
    /// | 實施內容` at the top of the page after its 資本資產明細表, as Calc and
    /// Writer print it).
    public var otherHeaderHeadingsCount = 2
    /// … and fewer than this share of its characters among those that
    /// header prints: a header printed again, however the page's columns cut
    /// it and whatever row ends run into it, prints mostly the table's
    /// heading characters (Writer's 西安市商务局 收支总表 on its second page,
    /// two thirds); another table's shares a few (`本年度` and `數`: 4 of 11).
    public var otherHeaderSharedCharactersShare = 0.5

    // MARK: Notes under a table

    /// A line starting this close under a table, in its own glyph heights,
    /// is its first note (`注：…` sits 0.5 to 0.8 em under the bottom rule in
    /// Samples/repeated-caption.pdf and the wild budgets; prose starts farther down) …
    public var noteUnderTableGapEm = 1.0
    /// … and the lines after it are notes while each starts this close under
    /// the one before, in glyph heights (a note wrapped over lines).
    public var noteLineGapEm = 0.8

    // MARK: Tables printed in halves on facing pages

    /// The rules of a row of a table printed in halves on facing pages lie
    /// at the same height on both pages (tw_moa 農業特別收入基金 p85-86 agree
    /// to 0.1 pt): farther apart than this, the halves' rows do not pair.
    /// So do the row rules of a run of columns a spreadsheet printed "down,
    /// then over" and those of the pages it follows (``OverflowColumns``).
    public var facingHalvesRowTolerancePoints = 3.0

    // MARK: A row under the grid

    /// A line of amounts starting this close under a ruled table's bottom
    /// rule, in glyph heights, with nothing between, is the table's last row,
    /// left unruled (農業部 prints 信託代理與保證資產(負債)預計期末金額 0.4 em under its
    /// 負債及基金餘額合計) …
    public var rowUnderGridGapEm = 1.0
    /// … when the next line lies farther under it than this, in glyph
    /// heights: one line alone, not the first row of a table without rules.
    public var rowUnderGridAloneEm = 2.0
    /// … and it prints amounts in at least this many columns (a lone number is a page number or a note's).
    public var rowUnderGridAmountColumnsCount = 2

    // MARK: Reading a table (codes2)

    /// A column whose body prints only years (`2022`, `2021`, `2022比2021`)
    /// names each row's period when it prints this many different years at
    /// least (西安 科学技术局 2022 p29 prints two on every item): one `2000`,
    /// or an item and its total both `2000`, may be amounts.
    public var fewestYearsOfAPeriodColumn = 2
    /// Reading a run of items printed at one level by their sums (which heads
    /// which) tries every reading; past this many steps, in trials, it gives
    /// up and no check is formed (a run of equal amounts doubles the readings
    /// at each; the longest wild runs, 80 projects, need a few hundred).
    public var mostStepsReadingARunBySums = 20_000

    // MARK: Levels from indentation (pages)

    /// A label alone at a step of its own this close to labels on a step of
    /// the outline may belong to that step, which the amounts then decide:
    /// under the smallest indentation a producer prints (a half-width space,
    /// 0.5 em), past the step tolerance (0.4 em) that a justified label's
    /// first glyph can stray (北京 2022 决算 表十一, p. 131: 0.43 em right of
    /// its siblings).
    public var nearStepBySumsEm = 0.45

    // MARK: Rows as printed (shape)

    /// Label lines ending this close to the column's widest end at one
    /// width: a producer that wraps after a count of characters, far short
    /// of the cell's end (農業部 p. 65: 14 glyphs, 3 em before the rule),
    /// ends every wrapped line within a glyph's rounding of the others.
    public var sameWrapWidthEm = 0.5
    /// … and this many of them, each followed a wrapped line's pitch under it
    /// by a line with no amount that starts no item, show the wrap width: one
    /// such line may be a heading under the longest label.
    public var wrapWidthLinesCount = 2
    /// A line starting this close to where the text after the item mark of
    /// the line above starts hangs under it: a glyph's side bearing.
    public var hangingIndentToleranceEm = 0.5
    /// … and goes on with it up to this much further under it than a
    /// wrapped line's pitch: a heading set at a looser leading than the
    /// items (農業部 p. 297: 18 pt under `七、…`, 14.2 between an item's
    /// lines, 28.4 between rows).
    public var hangingLinePitchSlackEm = 0.5
    /// A column at least this share of whose word lines start an item or a
    /// total lists items, one a line (the 支出 half of a 收支总表: `一、…` to
    /// `二十六、…`, then `本年支出合计`); an explanation's lines mostly go on
    /// a sentence, and an item mark in it may open a list inside its cell
    /// (Sample items-beyond-other-half).
    public var itemColumnShare = 0.5

    // MARK: Tables of contents (contents)

    /// A block of aligned lines is a table of contents, not a table, when
    /// more than this share of its lines of amounts name tables
    /// (`1. 2026 年…收入预算总表`, the year read as an amount): a table's
    /// rows name items, never tables, so half already says contents.
    public var contentsEntriesShare = 0.5

    // MARK: Project forms (eyeB)

    /// A project form opens with this many rows in a row whose first cell is
    /// a field label (`项目名称 | X`, then `主管部门 | Y | 实施单位 | Z`): its
    /// fields, body rows, not column headings. One such row alone may be a
    /// heading (`项目名称 | 自评分数` over a list of projects, 佛山 2019 决算 p. 29).
    public var formFieldRowsCount = 2
    /// … or one row opens it, its label beside one value merged over this
    /// many columns or more, with a row of its own under the label (`部门名称 |
    /// 首都绿化委员会办公室` over `总体资金情况（万元） | …`, 北京 预算13表).
    /// A heading over sub-headings spans as wide, but its label spans down
    /// beside them (`部门名称 | 三公经费预（决）算数`, 长沙 p. 20). A label
    /// alone over as many columns, with its text alone under it, opens a form
    /// too (`当年整体绩效目标` over the goals, 重庆 部门整体绩效目标表).
    public var formFieldValueColumnsCount = 3
    /// A header row that prints this many texts or more names the columns of
    /// a list (`单位名称 | 项目名称 | 金额 | 项目总体绩效目标`, one project a
    /// row): no cell of it is a field's value, so `项目名称` names no project
    /// `金额` (湖州 表11; a field row in the header prints its label and value
    /// only, `项目名称 | 城市更新城市体检`).
    public var columnHeadingsRowTextsCount = 3
    /// The longest unit an indicator's target prints after its figure, in
    /// characters (`万元/家`, `元/人/年`, `万平方公里`): longer, the figure
    /// stands in a sentence (`100次外调血液满足需求`, 西安 卫健委 p69) and
    /// the target is words.
    public var longestTargetUnitCharacters = 6

    // MARK: Wrapped units (tail)

    /// A caption whose unit wraps in its cell (`单位：万` over `元`, 西安
    /// 2019 部门综合预算 p. 30) reads the rest from a word under its last
    /// word that starts within this many of the line's heights under it: the
    /// next line of a cell, never a row further down.
    public var wrappedUnitGapEm = 0.5

    // MARK: Merged cells cut by a page break (eyeE)

    /// A merged cell's text the page break cuts ends less than this many of
    /// its line's heights above the page's grid bottom, and its rest starts
    /// as close under the next page's grid top (the break falls inside a
    /// line or right under it: `年度绩效指` over `标`, 西安 2019 部门综合预算
    /// p. 42-43; a copy centred in a page's part of the cell stands further off).
    public var cutTextGapEm = 1.0

    // MARK: Code columns (recB)

    /// A column headed as classification codes (`功能分类科目编码`, `类`, `款`)
    /// stays the code column though this share of its figures at most is a
    /// single digit (a misprinted `7` for `210`, 普陀 社会福利院 2024 p9; `2`
    /// for `02`, 万里 2024 p29): those rows get no code; one stray must not
    /// take every row's code, or read every 款 row as its 类.
    public var strayShareOfACodeColumn = 0.25

    // MARK: Rows of counts (phantoms)

    /// A column-ruled grid row holds several printed rows when, at two heights
    /// or more, numbers print side by side in this many of its cells: counts
    /// too small to be amounts (員工人數彙計表 `專任人員 | 1 | | 1` over `技工 | 1 | | 1`,
    /// tw_moa p. 186); one cell's numbers alone may be a list's marks.
    public var countRowColumnsCount = 2

    // MARK: Performance forms without rules (forms)

    /// A line printing this many indicator level headings (`一级指标`,
    /// `二级指标`, `三级指标`), each in a column of its own, is the indicator
    /// block of a performance form: one alone may be a cell's text.
    public var formIndicatorHeadingsCount = 2
    /// In a form, a gap this wide beside an ideograph, or between a digit and
    /// a dash (`980` beside `—`, Samples/scores-right-in-form.pdf), parts two
    /// cells: Chinese text is set solid, and a browser pads cells by a pixel or
    /// more (6 pt between `实施单位` and `和城乡建设` in 14-pt boxes, under a word gap).
    public var formSolidTextGapEm = 0.25
    /// In a table's header, a gap this wide between ideographs parts two
    /// headings: Chinese text is set solid, and a spreadsheet's narrow cells
    /// leave only their padding between two wrapped headings (`政府性基` and
    /// `国有资本经` 4 pt apart in 11-pt boxes, under a word gap; Calc's
    /// `政府性基金` and `国有资本经` 2.7 pt apart in 12.6-pt boxes, 0.21 em).
    public var headingSolidTextGapEm = 0.15
    /// A line on the page after a form goes on in the form's columns when each
    /// word lies inside one, within this: a browser sets one table's columns
    /// once for all its pages, so only glyph boxes' fractions of a point differ.
    public var formContinuationSlackPoints = 2.0
    /// A page of a form without rules goes on with the form in another split
    /// of its columns when this many of its columns start where the form's
    /// do: a first column alone, or one more, may line up by chance (西安
    /// 卫健委's 项目支出绩效自评表 pages share six to eight).
    public var formSplitMatchedStartsCount = 3
    /// A form's continuation that prints in one of its columns only is the rest of a cell the page break cut (a
    /// 绩效目标 wrapped down a narrow column over whole pages, Writer's 北京 办公厅 预算12表) when it has this many lines
    /// or more, all set left at one x: a title or a note line under the form is one line, and centred. A page of
    /// one-word lines going on with a form in two columns or more needs as many, each column's set left at one x.
    public var formOneColumnContinuationLinesCount = 3
    /// One word centred on a form's width within this (of its type), above a caption, is the next table's title, not
    /// the form's going on: a form sets its cells left (烟台 p. 39 under wkhtmltopdf: a title of
    /// 12-pt boxes over 10-pt cells, inside the form's widest column).
    public var formTitleCentreSlackEm = 1.0
    /// A form's opening at a page's foot may print a label up to this (of its
    /// type) past the middle of the corridor between the next page's first
    /// column and the rest: a browser sets one table's columns for all its
    /// pages, and the opening's widest label (`年度总体目`, five glyphs) may
    /// be wider than the next page's (`绩效指标`, four: 西安 卫健委 p. 137 under
    /// Chromium, 0.7 pt past the middle of an 18-pt corridor); prose runs
    /// across the whole corridor.
    public var formOpeningEdgeSlackEm = 0.5
    /// A form's cell line is full (its text wrapped) when the next line's first
    /// character would have run past the column's widest line, within this:
    /// glyph boxes of one font, set at one width, differ by a fraction of a point.
    public var formFullLineSlackPoints = 1.0
    /// Lines of one cell lie the form's tightest pitch apart, within this; a
    /// row's padding (1 px or more on each side, 1.5 pt between two rows) sets
    /// the next row's line further down (Chromium and wkhtmltopdf forms).
    public var formWrappedPitchSlackPoints = 0.6
    /// Cells are of one row when their lines' heights overlap by this much of
    /// the lower cell's line height: cells centred in their row overlap by a
    /// line or more, the rows' padding keeps the next row's clear.
    public var formRowOverlapFraction = 0.3

    /// The settings every conversion uses.
    public static let standard = TableSettings()
}
