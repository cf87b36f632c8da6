/// The words and marks budget tables print that Layout reads: item markers,
/// total words, caption, unit and note words, column-number words, and the
/// tests for a number and an amount. One place, so that the stages reading
/// tables cannot drift apart (docs/architecture.md quotes it).
enum PrintedVocabulary {
    // MARK: Totals and units

    /// The words of a total row, by how much they total: `小计` a group,
    /// `合计` the items or groups, `总计` the whole (income and expenditure
    /// sides); each in simplified and traditional characters (`小計`,
    /// `合計`, `總計`: the Taiwanese statements).
    static let subtotalWords: Set<String> = ["小计", "小計"]
    static let sumWords: Set<String> = ["合计", "合計"]
    static let grandTotalWords: Set<String> = ["总计", "總計"]
    /// Every word of a total row.
    static let totalWords: Set<String> = subtotalWords.union(sumWords).union(grandTotalWords)
    /// `計` alone is a total's label too (traditional statements print `合`
    /// and `計` so far apart that `計` may stand alone): a total, as `合計`,
    /// when it is the whole label; not in `totalWords`, since a label cut
    /// by a page break may end in it (`…補貼計` over `畫`).
    static let bareTotalWord = "計"
    /// The characters every total word ends in: a label without either is no total.
    static let totalEndings: Set<Unicode.Scalar> = ["计", "計"]
    /// Labels that name the whole of one side without a total word: the
    /// grand total a 收支决算总表 closes with.
    static let wholeWords: Set<String> = ["总收入", "总支出"]
    // Amount units, as a caption (`单位：万元`, `單位︰新臺幣千元`) or a
    // heading (`金额（万元）`) prints them: ``AmountUnit``.

    // MARK: Captions and notes

    /// Lines starting so are captions or annotations, never a title or a
    /// table line: department, unit, note.
    static let captionPrefixes = ["部门", "编制部门", "编制单位", "单位", "预算单位", "单位名称", "注", "说明"]
    /// Words before `表` in a table's number printed apart from its title
    /// (`部门公开表1`, `附表3`).
    static let tableNumberPrefixes = ["部门", "预算", "公开", "附"]
    /// Colons, full-width and ASCII: a line ending in one introduces what
    /// follows (`…详细情况见下表:`), never a title; a label before one names a field.
    static let colons: Set<Character> = ["：", ":"]

    /// A note under a table starts with one of these and a colon (`注：`, `注1：`).
    static let notePrefixes = ["注", "说明", "备注"]
    /// The closing brackets a title's qualifier ends in, each with its
    /// opening bracket (`明细表（按功能科目分）`, `预算表(不含上年结转)`).
    static let closingBrackets: [Character: Character] = ["）": "（", ")": "("]
    /// A title that says the table goes on from the page before.
    static let continuationTitlePrefix = "续表"
    static let continuationTitleSuffixes = ["（续）", "(续)", "（续表）", "(续表)", "续表"]
    /// Era names a date line opens with (`中華民國 115 年度`).
    static let eraPrefixes = ["中華民國", "中华民国", "民國", "民国"]
    /// What a date or period line prints beside its digits (`115年12月31日`,
    /// `2025年度`, `1月1日至6月30日止`): such a line dates a table, never names it.
    static let dateCharacters: Set<Character> = ["年", "月", "日", "度", "至", "止", "底", "-", "－", "—", "~", "～", "/"]
    /// The characters of `dateCharacters` of which a date line prints one at least.
    static let dateWords: Set<Character> = ["年", "月", "日"]

    // MARK: Header

    /// Labels of a row of column numbers (`栏次 | 1 | 2 | 3`).
    static let columnNumberLabels: Set<String> = ["栏次", "行次", "项目", "栏目"]

    /// A label a row of column numbers prints: one of ``columnNumberLabels``,
    /// or asterisks (`** | 1 | 2 | 3`: the label column has no number).
    static func isColumnNumberLabel(_ text: String) -> Bool {
        columnNumberLabels.contains(text) || isColumnNumberMark(text)
    }

    /// Labels that say their row numbers the columns and could name nothing
    /// else (`项目` could be a row's label): `栏次`, `行次`, or asterisks.
    static let columnNumberMarks: Set<String> = ["栏次", "行次"]

    /// One of ``columnNumberMarks``, or asterisks (`**`).
    static func isColumnNumberMark(_ text: String) -> Bool {
        columnNumberMarks.contains(text) || (!text.isEmpty && text.allSatisfy { $0 == "*" || $0 == "＊" })
    }
    /// Labels of a project form's fields, printed in the first cell of a
    /// row beside their values (`项目名称 | 信访干部培训专项`, `主管部门 |
    /// 福州市民政局 | 实施单位 | 福州市民政局`), simplified and traditional;
    /// and of its goal, beside its text or alone over the text under it
    /// (`当年绩效目标 | 完成地质灾害工程治理5处…`, `当年整体绩效目标`).
    static let formFieldLabels: Set<String> = ["项目名称", "專案名稱", "项目编码", "项目代码", "专项名称", "专项（项目）名称",
                                               "专项(项目)名称", "主管部门", "主管部門", "主管部门及代码", "实施单位",
                                               "實施單位", "项目单位", "项目负责人", "部门名称", "部门（单位）名称",
                                               "部门(单位)名称", "当年绩效目标", "当年整体绩效目标", "整体绩效目标",
                                               "部门整体绩效目标", "年度绩效目标", "年度总体绩效目标", "當年績效目標",
                                               "當年整體績效目標", "整體績效目標", "年度績效目標"]

    /// The heading of the column of a list of projects that names them
    /// (`项目名称`, `项目名称（资金使用单位）`).
    static let projectNameHeading = "项目名称"
    /// Words of a heading over a project's money in a list of projects
    /// (`金额`, `项目总额`, `年度资金总额(万元)`, `当年财政拨款预算金额`, `总计`).
    static let projectMoneyHeadingWords = ["金额", "总额", "资金", "预算数", "总计", "合计"]

    /// Whether a cell's text is the label of a project form's field, white
    /// space and a closing colon aside (`主管部门：`).
    static func isFormFieldLabel(_ text: String) -> Bool {
        formFieldLabels.contains(String(text.filter { !$0.isWhitespace && !colons.contains($0) }))
    }
    /// The classes of a performance table's first-level indicators (the
    /// values of its `一级指标` column), simplified and traditional: a row
    /// that opens with one is an indicator row, even with a target in words
    /// (`成本指标 | 经济成本指标 | 项目总成本 | 不超过预算`).
    static let indicatorClasses: Set<String> = ["成本指标", "产出指标", "效益指标", "满意度指标",
                                                "成本指標", "產出指標", "效益指標", "滿意度指標"]

    /// The headings of a performance form's indicator levels, simplified and
    /// traditional (`一级指标 | 二级指标 | 三级指标 | 指标值`).
    static let indicatorLevelHeadings: Set<String> = ["一级指标", "二级指标", "三级指标", "一級指標", "二級指標", "三級指標"]

    /// The headings of an indicator block's own columns, simplified and
    /// traditional, that a form prints beside or instead of its level
    /// headings (`绩效指标 | 指标名称 | 指标性质 | 指标值 | 计量单位`: 重庆's
    /// 部门整体绩效目标表 names its indicators without levels). Not `指标值`:
    /// a project table's header prints it beside `指标名称`
    /// (`序号 | 项目名称 | 预算金额 | 当年绩效目标 | 指标名称 | 指标值`), a
    /// header over rows of amounts, no form's indicator block.
    static let indicatorColumnHeadings: Set<String> = ["指标名称", "指标性质", "指標名稱", "指標性質"]

    /// Whether a word heads a column of a performance form's indicator
    /// block: a level (``indicatorLevelHeadings``) or one of
    /// ``indicatorColumnHeadings``, white space aside.
    static func isIndicatorBlockHeading(_ text: String) -> Bool {
        let word = String(text.filter { !$0.isWhitespace })
        return indicatorLevelHeadings.contains(word) || indicatorColumnHeadings.contains(word)
    }

    /// Labels that only a header prints, simplified and traditional: a row
    /// that opens with one is headings, never an item (`项目`, `类`, `科目编码`).
    static let headingLabels: Set<String> = ["项目", "項目", "科目", "名称", "名稱", "科目名称", "科目名稱", "金额", "金額",
                                             "预算数", "預算數", "决算数", "決算數", "序号", "序號", "备注", "備註", "说明",
                                             "說明", "单位", "單位", "类", "款", "项", "類", "項", "年度"]
    /// Words a heading over codes or classes prints inside a longer label (`功能分类科目编码`, `经济分类科目`).
    static let headingLabelWords = ["科目", "编码", "編碼", "代码", "代碼", "栏次", "行次"]

    /// Whether a label is a heading: one of ``headingLabels``, or holding one of ``headingLabelWords``.
    static func isHeadingLabel(_ text: String) -> Bool {
        headingLabels.contains(text) || headingLabelWords.contains { text.contains($0) }
    }

    /// Words that column headings hold (`功能分类科目编码`, `基本支出`,
    /// `合计`, `因公出国(境)费`, `预算单位`, `來源別`, `實施內容`), simplified
    /// and traditional; and
    /// headings that are one character (`类`, `款`, `项`).
    static let columnHeadingWords = ["合计", "合計", "小计", "小計", "总计", "總計", "项目", "項目", "科目", "编码", "編碼",
                                     "代码", "代碼", "名称", "名稱", "金额", "金額", "支出", "收入", "预算", "預算", "决算",
                                     "決算", "经费", "經費", "拨款", "撥款", "单位", "單位", "栏次", "费",
                                     "来源", "來源", "内容", "內容"]
    static let oneCharacterHeadings: Set<String> = ["类", "款", "项", "類", "項"]

    /// Whether a word of a header line holds a column heading's word (``columnHeadingWords``) or is a one-character heading.
    static func isColumnHeading(_ text: String) -> Bool {
        let text = text.withoutWhitespace
        return oneCharacterHeadings.contains(text) || columnHeadingWords.contains { text.contains($0) }
    }

    /// Labels tables print spread out over their cell (`合      计`, `项   目`).
    static let spacedLabels: Set<String> = ["合计", "总计", "小计", "项目", "金额", "科目", "名称", "编码", "科目名称",
                                            "科目编码", "收入", "支出", "预算数", "决算数", "序号", "单位", "备注"]

    /// Words of a column heading over codes or identifiers (`科目编码`,
    /// `部门（单位）代码`, `项目编码`), simplified and traditional: the column
    /// prints identifiers, never amounts, even where they are as long as one.
    static let identifierWords: Set<String> = ["代码", "编码", "代碼", "編碼", "代號", "代号"]
    /// What producers print between a code and the name after it in one
    /// label (`2130201-行政运行`, `20103–政府办公厅…`, `2010301－行政运行`,
    /// `30101：基本工资`): hyphens, dashes and colons, ASCII and full width.
    static let codeNameSeparators: Set<Character> = ["-", "‐", "–", "—", "－", ":", "：", "︰"]
    /// The brackets a code is printed in before its name (`[2010301]行政运行`,
    /// `【201】一般公共服务支出`), each opening with its closing one.
    static let codeBrackets: [Character: Character] = ["[": "]", "［": "］", "【": "】", "(": ")", "（": "）"]
    /// What follows a figure that is an amount or a year, never a code's
    /// name: units (`500万元以上项目`, `300千元`), a year (`115年度`, the
    /// 中華民國 calendar's), percent. Not `月` or `日`: a month or a day has
    /// fewer digits than a code, and a name may start so (`2010405
    /// 日常经济运行调节`).
    static let afterAFigure: Set<Character> = ["万", "萬", "千", "亿", "億", "元", "年", "%", "％"]
    /// The signs that end a percentage (`100%`, `98％`).
    static let percentSigns: Set<Character> = ["%", "％", "‰"]

    /// Headings of a column that names each row's year or period (`年度`
    /// over `2022`, `2021`, `2022比2021`): labels, never amounts.
    static let periodHeadings: Set<String> = ["年度", "年份", "年度別", "年度别", "期间", "期間", "时期", "時期"]

    /// Whether a text is a year of the Gregorian calendar as a row prints it: `1998`, `2022`.
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber } && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// Whether a text compares two years (`2022比2021`, `2025较2024`, `2022年比2021年`).
    static func comparesYears(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { ItemMarker.afterYear.contains($0) && $0 != "年" }) else { return false }
        let years = [text[..<separator], text[text.index(after: separator)...]].map { String($0.hasSuffix("年") ? $0.dropLast() : $0) }
        return years.allSatisfy(isYear)
    }

    /// The heading of a column of serial numbers (`序号`): a list of units
    /// or projects printed under it numbers its rows, amounts or none.
    static let serialHeadings: Set<String> = ["序号", "序號"]

    /// The comma that lists items in a title (`“三公”经费、会议费、培训费支出表`).
    static let listSeparator = "、"

    // MARK: Line breaking

    /// Marks a line never starts with (closing brackets and quotes, sentence
    /// and list punctuation, units after a figure, a slash): a wrapped line that
    /// would start with one takes the character before it along (`出，` under
    /// `…的支`, `刊/` under `…/2、完成专`).
    static let lineStartForbidden: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】",
                                                     "〉", "〕", "”", "’", "％", "‰", "…", ",", ".", ";", ":", "?", "!",
                                                     ")", "]", "%", "-", "－", "‐", "/", "／"]
    /// Hyphens: one stays with the figure after it (`年-2025`), so neither starts a line.
    static let hyphens: Set<Character> = ["-", "－", "‐"]
    /// Marks a line never ends with (opening brackets and quotes, a comparison
    /// or currency sign before its figure): the line breaks before them, and
    /// they go down with what follows (`（2025年度）`, `≥1000万元`).
    static let lineEndForbidden: Set<Character> = ["（", "《", "「", "『", "【", "〈", "〔", "“", "‘", "(", "[",
                                                   "≥", "≤", "＞", "＜", ">", "<", "＝", "=", "¥", "￥", "$"]

    // MARK: Prose

    /// Punctuation that makes a line a sentence: no table cell of amounts prints it.
    static let sentencePunctuation: Set<Character> = ["。", "；", ";", "，"]
    /// Marks that end a sentence: a line ending in one ends its note, any
    /// other goes on (on the right page, where the gutter of facing halves cuts it).
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?"]
    /// The leader of ASCII points.
    private static let pointLeader = "...."
    /// Dot leaders of a table of contents.
    static let leaders = ["…", pointLeader, "···", "。。。"]

    /// The scalars a sentence mark can be, and the one Swift compares equal
    /// to one (U+037E is canonically `;`): a text without any has none, told
    /// without comparing characters.
    /// (Arrays: five scalars are compared faster than one is hashed, on every scalar of every line.)
    private static let sentenceScalars: [Unicode.Scalar] = ["。", "；", ";", "，", "\u{37E}"]
    /// The scalars the other leaders start with, and the one Swift compares
    /// equal to one (U+0387 is canonically `·`).
    private static let leaderScalars: [Unicode.Scalar] = ["…", "·", "\u{387}", "。"]

    /// Whether a text may print a leader: one of ``leaderScalars``, or as many
    /// ASCII points in a row as ``pointLeader`` (an amount's one decimal
    /// point, the commonest `.`, is told apart without searching the text
    /// for each leader).
    private static func mayHoldLeader(_ text: String) -> Bool {
        let pointsInLeader = pointLeader.unicodeScalars.count
        var points = 0
        for scalar in text.unicodeScalars {
            if leaderScalars.contains(scalar) { return true }
            points = scalar == "." ? points + 1 : 0
            if points == pointsInLeader { return true }
        }
        return false
    }

    /// Whether a text prints a mark that ends or divides a sentence (`。`, `；`, `，`).
    static func hasSentencePunctuation(_ text: String) -> Bool {
        // In text of plain scalars each scalar is a character of its own
        // (``TextSearch/isPlain(_:)``, which U+037E is not): a mark is one of
        // the marks' scalars, told from the bytes.
        let bytewise = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            TextSearch.isPlain(utf8: bytes) ? holdsSentenceMark(utf8: bytes) : nil
        } ?? nil
        if let bytewise { return bytewise }
        // Only a character that starts with one of those scalars can be a
        // mark: the others are not hashed.
        return text.unicodeScalars.contains(where: sentenceScalars.contains) && text.contains { character in
            character.unicodeScalars.first.map(sentenceScalars.contains) == true && sentencePunctuation.contains(character)
        }
    }

    /// Whether a line's words print a sentence's mark outside its amounts:
    /// a full-width comma between digits (`３０，５５２，０００`) is an amount's
    /// thousands separator, no sentence's; one that ends or opens a word
    /// (`3，`) is a sentence's still. Before, a table of full-width amounts
    /// printed without rules was read as prose, every line of it.
    static func hasSentencePunctuation(outsideAmounts words: [String]) -> Bool {
        words.contains { word in
            guard hasSentencePunctuation(word) else { return false }
            let atAnEnd = [word.first, word.last].contains { $0.map(sentencePunctuation.contains) == true }
            return atAnEnd || !isAmount(word)
        }
    }

    /// Whether UTF-8 text holds one of ``sentencePunctuation``'s scalars:
    /// `;`, `。` (E3 80 82), `；` (EF BC 9B) or `，` (EF BC 8C). A lead byte
    /// never equals a continuation byte, so each is looked for where it starts.
    private static func holdsSentenceMark(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case 0x3B: return true
            case 0xE3: if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return true }
            case 0xEF: if index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9B || bytes[index + 2] == 0x8C { return true }
            default: continue
            }
        }
        return false
    }

    // MARK: Page furniture

    /// Notices that a page, or the rest of it, is left blank (`本頁空白` on
    /// the Taiwanese statements' empty left pages, `（本页无正文）`,
    /// `以下空白`), simplified and traditional, read without white space and
    /// the marks they are framed in: page furniture, never a title, note or cell.
    static let blankPageNotices: Set<String> = [
        "本页空白", "本頁空白", "此页空白", "此頁空白", "空白页", "空白頁", "此页为空白页", "此頁為空白頁",
        "以下空白", "以下無內容", "以下无内容", "此页以下空白", "此頁以下空白", "本页以下空白", "本頁以下空白",
        "此页无内容", "此頁無內容", "本页无内容", "本頁無內容", "此页无正文", "此頁無正文", "本页无正文", "本頁無正文",
        "以下无正文", "以下無正文",
    ]
    /// Marks a blank-page notice may be framed in: `（本页无正文）`, `- 以下空白 -`, `【此页空白】`.
    private static let noticeFrames: Set<Character> = ["(", ")", "（", "）", "【", "】", "[", "]", "〔", "〕", "-", "—", "－", "*", "＊"]

    /// The scalars of which every notice in ``blankPageNotices`` prints one
    /// (空, 无, 無; no other character is canonically equal to one of them).
    static let blankPageNoticeScalars: [Unicode.Scalar] = ["空", "无", "無"]

    /// Whether a line is a notice that the page is left blank (``blankPageNotices``).
    /// It runs on every line: a line without one of ``blankPageNoticeScalars``
    /// is told apart without breaking it into characters.
    static func isBlankPageNotice(_ text: String) -> Bool {
        text.utf8.count <= maximumBlankPageNoticeBytes
            && text.unicodeScalars.contains(where: blankPageNoticeScalars.contains)
            && blankPageNotices.contains(String(text.filter { !$0.isWhitespace && !noticeFrames.contains($0) }))
    }
    /// The longest notice with its frame and spaces, in UTF-8 bytes: a longer line is no notice (a quick test first).
    private static let maximumBlankPageNoticeBytes = 96

    // MARK: Tables of contents

    /// The heading of a table of contents (`目    录`, read without its
    /// spaces): the lines under it list the document; they are no table.
    static let contentsHeadings: Set<String> = ["目录", "目錄", "目次"]
    /// The word a table's title ends in (`…收入预算总表`): a line of a table
    /// of contents names one.
    static let tableTitleEnding: Character = "表"
    /// What a table of contents prints between an entry and its page number.
    private static let leaderCharacters: Set<Character> = ["…", ".", "·", "\u{387}", "。", "-", "—"]

    /// Whether a text reads, without its white space, as a contents heading.
    static func isContentsHeading(_ text: String) -> Bool {
        contentsHeadings.contains(text.withoutWhitespace)
    }

    /// Whether a line's words name a table as a table of contents lists it:
    /// an entry number (`1.`, `（三）`), a title ending in
    /// ``tableTitleEnding`` whose digits are years only (`2026 年…总表`),
    /// then dot leaders and a page number, or neither.
    static func isContentsEntry(_ words: [String]) -> Bool {
        var words = words
        if let last = words.last, words.count > 1, last.allSatisfy(isDigit) { words.removeLast() }
        var entry = Substring(words.joined().filter { !$0.isWhitespace })
        while let last = entry.last, leaderCharacters.contains(last) { entry.removeLast() }
        guard entry.last == tableTitleEnding else { return false }
        // Every run of digits is the entry's number (before any ideograph) or a year (`2026年`).
        var index = entry.startIndex
        var seenWord = false
        while index < entry.endIndex {
            guard isDigit(entry[index]) else {
                seenWord = seenWord || !entry[index].isPunctuation
                index = entry.index(after: index)
                continue
            }
            let end = entry[index...].firstIndex { !isDigit($0) } ?? entry.endIndex
            guard !seenWord || (end < entry.endIndex && dateWords.contains(entry[end])) else { return false }
            index = end
        }
        return true
    }

    /// Whether a text prints dot leaders.
    static func hasLeaders(_ text: String) -> Bool {
        mayHoldLeader(text) && leaders.contains { text.includes($0) }
    }

    /// The points a leader is printed with (not the dashes a contents entry
    /// may also use: they are signs and placeholders in a table).
    static let leaderPoints: Set<Character> = ["…", ".", "·", "\u{387}", "。"]

    /// Whether a text is a dot leader and nothing else (`……`, `........`).
    static func isLeader(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy(leaderPoints.contains) && hasLeaders(text)
    }

    /// Whether a text is an amount of money as a table prints it: an amount
    /// with a thousands separator or a decimal point (a page number has neither).
    static func isSeparatedAmount(_ text: String) -> Bool {
        isAmount(text) && text.contains { separators.contains($0) }
    }

    // MARK: Numbers and amounts

    /// Characters a number may print besides its digits: separators, point,
    /// sign, space and the parentheses of a negative.
    static let numberPunctuation: Set<Character> = [",", ".", "，", "．", " ", "-", "−", "－", "(", ")", "（", "）"]
    /// The minus signs an amount may open with (`-100.00%`, `−3.5`, `－20`).
    static let minusSigns: Set<Character> = ["-", "−", "－"]
    /// The decimal point and thousands separators, ASCII and full width.
    static let separators: Set<Character> = [".", ",", "，", "．"]
    /// How many digits an amount's group of thousands prints (`12,345`, `12 345`).
    static let thousandsGroupDigitsCount = 3
    /// The decimal point, ASCII and full width.
    static let decimalPoints: Set<Character> = [".", "．"]
    /// Printed in an amount cell to mean nothing.
    static let placeholders: Set<String> = ["-", "—", "--", "——", "－"]
    /// The characters a placeholder starts with.
    private static let placeholderStarts = Set(placeholders.compactMap(\.first))

    /// An ASCII or a full-width digit.
    static func isDigit(_ character: Character) -> Bool {
        character.isNumber && (character.isASCII || ("０"..."９").contains(character))
    }
    /// Printed in a table's only body row when it has no data (`无` above `合计`).
    static let noneWords: Set<String> = ["无", "無"]
    /// The comparators of a target value (`≥95%`, `≤40000.00（元）`).
    static let comparators: Set<Character> = ["≥", "≤", ">", "<", "=", "＞", "＜", "＝"]

    /// Digits with optional separators, sign and point: an amount, a code, a serial number.
    static func looksLikeNumber(_ text: String) -> Bool {
        var digits = 0
        for character in text {
            if isDigit(character) {
                digits += 1
            } else if !numberPunctuation.contains(character) {
                return false
            }
        }
        return digits > 0
    }

    /// An amount as tables print it: digits with a decimal point or thousands
    /// separators, or a number of ``TableSettings/bareAmountDigitsCount``
    /// digits and more, or a placeholder.
    static func isAmount(_ text: String) -> Bool {
        // Most texts (labels, prose) are told by their first printed
        // character, before the text is copied without its white space.
        if let first = text.first(where: { !$0.isWhitespace }),
           !isDigit(first), !numberPunctuation.contains(first), !placeholderStarts.contains(first) { return false }
        let compact = text.withoutWhitespace
        if placeholders.contains(compact) { return true }
        guard looksLikeNumber(compact) else { return false }
        return compact.contains { separators.contains($0) }
            || compact.filter(\.isNumber).count >= TableSettings.standard.bareAmountDigitsCount
    }

    /// A percentage or a target value (`≥95%`, `≤40000.00（元）`).
    static func isTargetValue(_ text: String) -> Bool {
        let text = text.withoutWhitespace
        if case .percentage = NumberNormalizer.read(text) { return true }
        guard let first = text.first, comparators.contains(first) else { return false }
        return text.dropFirst().first { !"=＝".contains($0) }?.isNumber ?? false
    }
}

/// The marks that start a new item in a budget table's label column.
enum ItemMarker {
    /// `一、`, `（一）`, `(一)`, `1.`, `1、`, or a classification code
    /// (three digits or more, not a year: `201`, `2013601`, `30101`; but
    /// `2026年`, `2026 年预算`, `114 年 12 月` and `2022比2021` are years in a heading).
    static func startsItem(_ text: String) -> Bool {
        let text = text.drop { $0.isWhitespace }
        guard let first = text.first else { return false }
        if first.isASCII && first.isNumber {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let next = text.dropFirst(digits.count).first
            if digits.count >= minimumCodeDigits {
                return text.dropFirst(digits.count).first { !$0.isWhitespace }.map { !afterYear.contains($0) } ?? true
            }
            return next.map { afterNumber.contains($0) } ?? false
        }
        if openingParentheses.contains(first) {
            return text.dropFirst().first.map { chineseNumerals.contains($0) || $0.isNumber } ?? false
        }
        if chineseNumerals.contains(first) {
            let afterNumerals = text.drop { chineseNumerals.contains($0) }
            return afterNumerals.first.map { afterChineseNumeral.contains($0) } ?? false
        }
        return false
    }

    /// The numbering and number a word prints when it is a serial number
    /// and nothing else: bare digits (`1`, `13`: numbering nil), or an
    /// item's whole mark (`（一）`, `(2)`, `3.`, `四、`); nil for any other word.
    static func serialNumber(_ word: String) -> (numbering: ListNumbering?, number: Int)? {
        if !word.isEmpty, word.count <= TableSettings.standard.serialNumberDigitsCount, word.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(word).map { (nil, $0) }
        }
        let text = withASCIIParentheses(word)
        guard let item = ListNumbering.opening(text), item.numbering.mark(item.number) == text else { return nil }
        return (item.numbering, item.number)
    }

    /// The number of an item that starts `一、` to `九、`, `十、`, `十一、` to
    /// `十九、` (the numbering of a list of notes), nil for any other text.
    static func chineseOrdinal(_ text: String) -> Int? {
        let numerals = text.prefix { chineseNumerals.contains($0) }
        guard let after = text.dropFirst(numerals.count).first, afterChineseNumeral.contains(after) else { return nil }
        let digits = numerals.map { digitValues[$0] ?? 0 }
        switch digits.count {
        case 1: return digits[0]
        case 2 where digits[0] == 10 && digits[1] < 10: return 10 + digits[1]
        default: return nil
        }
    }
    /// Whether `text`, the first text of a column at the top of a page, goes
    /// on the numbered list of `above`, the cell the page before ends with in
    /// that column: it opens with the list's next item (`四、` under a cell
    /// printing `一、` `二、` `三、`; `（十）` under `（一）` … `（九）`), the
    /// cell above printing every earlier item of the same numbering in order,
    /// two at least (a list in one cell, never one item a row); or it opens
    /// the first item of a list (`（一）`, `1.`) right under a text that ends
    /// announcing it (`…計畫重點如下：`).
    static func continuesList(_ text: String, after above: String) -> Bool {
        let text = withASCIIParentheses(text.withoutWhitespace)
        let above = withASCIIParentheses(above.withoutWhitespace)
        guard let item = ListNumbering.opening(text) else { return false }
        if item.number == 1 { return above.last.map { listIntroductions.contains($0) } ?? false }
        guard item.number >= 3 else { return false }
        var rest = above[...]
        for number in 1..<item.number {
            guard let found = firstMark(item.numbering.mark(number), in: rest) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// Where `mark` first stands in `text` as an item's mark: not right after
    /// a digit or a Chinese numeral (`1.` in `21.5`, `一、` in `十一、`).
    private static func firstMark(_ mark: String, in text: Substring) -> Range<Substring.Index>? {
        var searchFrom = text.startIndex
        while let found = text.range(of: mark, range: searchFrom..<text.endIndex) {
            if found.lowerBound == text.startIndex { return found }
            let before = text[text.index(before: found.lowerBound)]
            if !(before.isASCII && before.isNumber) && !chineseNumerals.contains(before) { return found }
            searchFrom = text.index(after: found.lowerBound)
        }
        return nil
    }

    /// The numbering and number of the item a printed text opens with
    /// (`（二）` read as `(二)`, white space aside), nil if it opens none.
    static func listItem(_ text: String) -> (numbering: ListNumbering, number: Int)? {
        ListNumbering.opening(withASCIIParentheses(text.withoutWhitespace))
    }

    /// `text` with full-width parentheses as ASCII ones.
    private static func withASCIIParentheses(_ text: String) -> String {
        String(text.map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 })
    }

    /// A text ending in one of these announces what follows: `如下：`.
    static let listIntroductions: Set<Character> = ["：", ":"]

    /// How a list numbers its items: `一、`, `(一)`, `1.`, `(1)`.
    enum ListNumbering: Equatable {
        case chinese(mark: Character)
        case chineseInParentheses
        case arabic(mark: Character)
        case arabicInParentheses

        /// The numbering and number of the item `text` (ASCII parentheses) opens with.
        static func opening(_ text: String) -> (numbering: ListNumbering, number: Int)? {
            if text.first == "(" {
                let inside = text.dropFirst().prefix { $0 != ")" }
                guard text.dropFirst(inside.count + 1).first == ")" else { return nil }
                if let number = Int(inside), number > 0 { return (.arabicInParentheses, number) }
                return ItemMarker.chineseValue(inside).map { (.chineseInParentheses, $0) }
            }
            let arabic = text.prefix { $0.isASCII && $0.isNumber }
            if !arabic.isEmpty, arabic.count <= 2, let mark = text.dropFirst(arabic.count).first, afterNumber.contains(mark),
               let number = Int(arabic), number > 0 {
                return (.arabic(mark: mark), number)
            }
            let numerals = text.prefix { chineseNumerals.contains($0) }
            guard let mark = text.dropFirst(numerals.count).first, afterChineseNumeral.contains(mark),
                  let number = ItemMarker.chineseValue(numerals) else { return nil }
            return (.chinese(mark: mark), number)
        }

        /// Item `number`'s mark as this numbering prints it (ASCII parentheses).
        func mark(_ number: Int) -> String {
            switch self {
            case .chinese(let mark): return ItemMarker.chineseNumber(number) + String(mark)
            case .chineseInParentheses: return "(" + ItemMarker.chineseNumber(number) + ")"
            case .arabic(let mark): return String(number) + String(mark)
            case .arabicInParentheses: return "(\(number))"
            }
        }
    }

    /// The number Chinese numerals write, 1 to 99 (`四`, `十`, `十一`, `二十`, `二十三`), nil for any other text.
    static func chineseValue(_ numerals: Substring) -> Int? {
        let digits = numerals.map { digitValues[$0] }
        guard !digits.isEmpty, digits.allSatisfy({ $0 != nil }) else { return nil }
        let values = digits.compactMap { $0 }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10 && values[1] < 10: return 10 + values[1]
        case 2 where values[0] < 10 && values[1] == 10: return values[0] * 10
        case 3 where values[0] < 10 && values[1] == 10 && values[2] < 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    /// `number`, 1 to 99, in Chinese numerals (`十一`, `二十`).
    static func chineseNumber(_ number: Int) -> String {
        let units = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number >= 10 else { return units[number] }
        return (number / 10 == 1 ? "" : units[number / 10]) + "十" + units[number % 10]
    }

    /// The value of each of ``chineseNumerals``.
    private static let digitValues: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// What follows an Arabic item number: `1.`, `1、`, `1)`.
    static let afterNumber: Set<Character> = [".", "、", "．", ")", "）"]
    /// What follows a Chinese item number: `一、`, `一.`.
    static let afterChineseNumeral: Set<Character> = ["、", ".", "．"]
    /// `（一）`, `(1)`.
    static let openingParentheses: Set<Character> = ["（", "("]
    /// What follows a year, never a code: `2026年`, `2022比2021`, `2025较2024`.
    static let afterYear: Set<Character> = ["年", "比", "较", "較"]
    /// A classification code has this many digits at least (`201` 类).
    static let minimumCodeDigits = 3
}
