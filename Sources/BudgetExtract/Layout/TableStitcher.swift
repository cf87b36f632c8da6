/// Joins tables continued over several pages into one.
enum TableStitcher {
    /// Tables in document order. The first table of a page continues the last
    /// table of the page before when it has no title of its own (or the same,
    /// or one that says `续表`) and its
    /// column boundaries are those of that table (all of them, or some where
    /// cells are merged). Its repeated header rows are dropped, and a row
    /// that the page break cut in two is joined again. A title printed at
    /// the foot of a page goes to the untitled table that opens the next.
    /// A form whose opening alone fits at the foot of a page goes on in the
    /// finer grid the next page prints (``formOpeningInFinerGrid(_:after:as:)``).
    /// Before that, a first table that is the right half of a table printed
    /// on facing pages (``FacingHalves``) is joined beside its left half; one
    /// whose rows do not pair is kept apart, and its `warnings` say why. Such
    /// a table may go on in halves over the next two pages: a left half that
    /// continues the left half before, then a right half that continues the
    /// right half before, beside it. Before a page is read at all, the
    /// pages from it on may print further columns of the rows of the table
    /// the page before ends (a sheet printed "down, then over",
    /// ``OverflowColumns``): then they are joined to its right, row for row.
    static func stitch(_ pages: [PageLayout]) -> [Table] {
        var tables: [Table] = []
        var open = OpenEnd()
        var previousPage: PageLayout?
        // The page tables the last table was read from, one a page, while it was only appended to.
        var sources: [PageTable]?
        var pageIndex = pages.startIndex
        while pageIndex < pages.endIndex {
            if let sources, let last = tables.last, let run = OverflowColumns.run(of: last, from: sources, in: pages[pageIndex...]),
               sources.count > 1 || FacingHalves.pairing(left: sources[0], right: run[0].table) != .halves {
                tables[tables.count - 1] = OverflowColumns.join(run, beside: sources, into: last)
                pageIndex += run.count
                previousPage = pages[pageIndex - 1]
                open = OpenEnd()
                continue
            }
            let page = pages[pageIndex]
            pageIndex += 1
            var next = OpenEnd(last: page.tables.last)
            let isOnlyTable = page.tables.count == 1
            for (index, table) in page.tables.enumerated() {
                var table = table
                if index == 0, table.title == nil, let foot = previousPage?.footCaption {
                    table.title = foot.title
                    table.unit = table.unit ?? foot.unit
                }
                guard index == 0, let previous = open.last, let last = tables.last else {
                    tables.append(Table(withoutRunningHeaderTitle(table, on: page, after: previousPage)))
                    sources = [table]
                    continue
                }
                // Only a table read from one page table a page, each appended to the last, may have overflow columns.
                let appendedTo = sources
                sources = nil
                if let waiting = open.waitingLeft, FacingHalves.pairing(left: waiting.left, right: table) == .halves,
                   let mapping = continuationMapping(table, after: onPage(waiting.halves.right, previous.page)),
                   let filled = FacingHalves.fill(table, mappedBy: mapping, from: last.columnCount - waiting.halves.right.columnCount,
                                                  beside: waiting.left, into: last) {
                    tables[tables.count - 1] = filled
                    if isOnlyTable { next.halves = (waiting.left, table) }
                    continue
                }
                switch FacingHalves.pairing(left: previous, right: table) {
                case .halves:
                    if let joined = FacingHalves.join(table, beside: previous, into: last) {
                        tables[tables.count - 1] = joined
                        if isOnlyTable {
                            next.last = FacingHalves.joined(table, beside: previous, as: joined)
                            next.halves = (previous, table)
                        }
                        continue
                    }
                    var apart = Table(table)
                    apart.warnings.append("a table printed in halves on facing pages (p\(previous.page)-\(table.page)) is kept as two: "
                        + "the rows of its left half were joined with others")
                    tables.append(apart)
                case .apart(let reason):
                    var apart = Table(table)
                    apart.warnings.append(reason)
                    tables.append(apart)
                case .none:
                    if let halves = open.halves, let mapping = continuationMapping(table, after: onPage(halves.left, previous.page)) {
                        tables[tables.count - 1] = appendLeftHalf(table, mappedBy: mapping, to: last, printedHeader: halves.left.header,
                                                                    leftWidth: last.columnCount - halves.right.columnCount)
                        if isOnlyTable { next.waitingLeft = (table, halves) }
                    } else if case let untitled = withoutRunningHeaderTitle(table, on: page, after: previousPage, continuing: previous),
                              case let (inJoined, sharedUnderHeader)? = open.continuationInJoined(table, untitled: untitled, after: previous,
                                                                                                   width: last.columnCount, header: last.header),
                              !opensAnotherForm(table, mappedBy: inJoined, after: last) {
                        let opened = formOpeningAsBody(of: last, from: previous) ?? last
                        tables[tables.count - 1] = append(sharedUnderHeader ? withoutHeader(untitled) : untitled, mappedBy: inJoined, to: opened)
                        sources = appendedTo.map { $0 + [table] }
                        // A mapping of tables without rules names columns, not boundaries: the right edge is the table's.
                        if isOnlyTable {
                            next.boundsInJoined = inJoined.count == table.columnCount ? inJoined + [last.columnCount] : inJoined
                            next.formEdges = open.formEdges
                            next.ownColumns = open.ownColumns ?? (open.boundsInJoined == nil && open.formEdges == nil ? previous : nil)
                        }
                    } else if let opening = formOpeningInFinerGrid(table, after: previous, as: last) {
                        tables[tables.count - 1] = append(table, mappedBy: Array(table.columnBounds.indices), to: opening)
                    } else if case let known = open.knownEdges(of: previous),
                              let split = formInOtherSplit(table, after: previous, as: last, edges: known.edges, boundsInJoined: known.inJoined) {
                        tables[tables.count - 1] = append(table, mappedBy: split.mapping, to: split.form)
                        if isOnlyTable {
                            next.boundsInJoined = split.mapping
                            next.formEdges = split.edges
                        }
                    } else {
                        tables.append(Table(withoutRunningHeaderTitle(table, on: page, after: previousPage)))
                        sources = [table]
                    }
                }
            }
            open = next
            previousPage = page
        }
        return tables.filter { !$0.rows.isEmpty }
    }

    /// `table` without its title when that title is read from the running
    /// header that its page and the page before both print at their top (a
    /// book's name, part and period on every page of the part: 農業部 /
    /// 農業特別收入基金 / 業務計畫及預算說明 / 中華民國115年度) and `table`
    /// repeats the heading row of `previous`, the table that page ends with,
    /// or prints none. Such a title names the part, not a table: the first
    /// table under it may continue `previous`, whose own page prints the
    /// same lines too far above it to be read as its title
    /// (`Samples/running-header-continued.pdf`). A heading row of its own
    /// opens another table (`二、基金用途` over `業務計畫 | 本年度預算數 | 實施內容`
    /// after `來源別 | 本年度預算數 | 實施內容`). Tried only where `table` does
    /// not continue `previous` with its title (a caption printed again).
    static func withoutRunningHeaderTitle(_ table: PageTable, on page: PageLayout, after previousPage: PageLayout?,
                                          continuing previous: PageTable) -> PageTable {
        guard let title = table.title, isRunningHeader(title, on: page, after: previousPage),
              table.header.first.map({ heading in previous.header.first.map(signature) == signature(heading) }) ?? true
        else { return table }
        return untitled(table)
    }

    /// `table` without its title when that title is read from the running
    /// header that its page and the page before both print at their top,
    /// where it titles none of the page before's tables: page furniture,
    /// never the title of a table that opens on the page and prints none of
    /// its own (`Samples/running-header-opening.pdf`: 來源別 | 本年度預算數 |
    /// 實施內容 under 業務計畫及預算說明, after a page of prose). A title
    /// printed atop each of a run of forms, one a page, titles each of them.
    static func withoutRunningHeaderTitle(_ table: PageTable, on page: PageLayout, after previousPage: PageLayout?) -> PageTable {
        guard let title = table.title, isRunningHeader(title, on: page, after: previousPage),
              previousPage?.tables.contains(where: { $0.title == title }) == false
        else { return table }
        return untitled(table)
    }

    /// `table` with no title.
    private static func untitled(_ table: PageTable) -> PageTable {
        var untitled = table
        untitled.title = nil
        return untitled
    }

    /// Whether `title` is read from the running header that `page` and the page before both print at their top.
    private static func isRunningHeader(_ title: String, on page: PageLayout, after previousPage: PageLayout?) -> Bool {
        guard let previousPage, !page.runningHeader.isEmpty else { return false }
        return page.runningHeader == previousPage.runningHeader && isRun(title, of: page.runningHeader)
    }

    /// Whether `text` is the text of one or more consecutive `lines`, joined.
    private static func isRun(_ text: String, of lines: [String]) -> Bool {
        lines.indices.contains { start in
            var joined = ""
            return lines[start...].contains { line in
                joined += line
                return joined == text
            }
        }
    }

    /// What a page leaves open for the first table of the next.
    private struct OpenEnd {
        /// The page's last table (a table's two halves joined: as wide as both).
        var last: PageTable?
        /// The halves joined on this page, which the next pages may go on in.
        var halves: (left: PageTable, right: PageTable)?
        /// A left half that went on from `halves` on this page, waiting for its right half.
        var waitingLeft: (left: PageTable, halves: (left: PageTable, right: PageTable))?
        /// Where each column boundary of `last` stands in the table it went on, when
        /// `last` continued a table; nil when its columns are the table's own.
        /// A page whose merged cells leave out some of the table's boundaries
        /// (a 部门整体支出绩效目标表 over four pages: nine columns on the first,
        /// six on the next three) passes its own columns on to the next page,
        /// and those are matched through this to the table's.
        var boundsInJoined: [Int]?
        /// The column edges, in points, of the form `last` went on, once a
        /// page in another split widened it to the union of both pages'
        /// (``formInOtherSplit(_:after:as:edges:boundsInJoined:)``): a later
        /// page is matched against all of them, so that one in the first
        /// page's split again finds its edges there, never adds them twice.
        var formEdges: [Double]?
        /// The page's table the table `last` went on opened with, whose
        /// columns are the table's own, when `last` is a later page of it
        /// (nil when `last` is that page, or a page in another split widened
        /// the table: ``formEdges``).
        var ownColumns: PageTable?

        /// How `table`, first on the next page (`untitled`: without a running
        /// header's title), continues the table `last` went on (`width`
        /// columns): the mapping of its columns onto `previous`'s (that is,
        /// `last`), carried onto the table's; else, when it prints a header
        /// of its own, its mapping onto the columns of the page the table
        /// opened with (``ownColumns``). A page that repeats the table's
        /// header (a spreadsheet's title rows printed on every page: the
        /// characters of its headings are those of `header`, the table's,
        /// however the page's columns cut them) prints
        /// all its columns where the first page printed them, whatever the
        /// page between did: there a cell spanning two columns (`满意度指标：
        /// 服务对象满意度` over 一级指标 and 二级指标), or a long wrapped text run
        /// up to the next column's, moved a column edge or ran two columns
        /// together, and the next page's columns, matched against those,
        /// fell two in one (`Samples/repeated-header-continued.pdf`). There
        /// two columns of the page may fall in one of the table's where no
        /// row, nor the header, prints in both (``sharedColumnsMapping(_:after:underHeader:)``):
        /// a column its values split in two, set left and right. Its header,
        /// whose headings the split columns cut otherwise, is the table's
        /// printed again (`sharedUnderHeader`): dropped.
        func continuationInJoined(_ table: PageTable, untitled: PageTable, after previous: PageTable,
                                  width: Int, header: [PrintedRow]) -> (mapping: [Int], sharedUnderHeader: Bool)? {
            guard !TableStitcher.printsOtherHeader(untitled, than: header) else { return nil }
            if let mapping = TableStitcher.continuationMapping(table, after: previous)
                ?? TableStitcher.continuationMapping(untitled, after: previous) {
                return (inJoinedTable(mapping), false)
            }
            guard let own = ownColumns, own.columnCount == width, !untitled.header.isEmpty,
                  TableStitcher.headingCharacters(untitled.header) == TableStitcher.headingCharacters(header) else { return nil }
            let moved = TableStitcher.onPage(own, previous.page)
            if let mapping = TableStitcher.continuationMapping(untitled, after: moved) { return (mapping, false) }
            guard !untitled.ruled, !own.ruled, let shared = TableStitcher.sharedColumnsMapping(untitled, after: moved, underHeader: true)
            else { return nil }
            return (shared, true)
        }

        /// The column edges, in points, known for the table `last` went on,
        /// and where each stands in it: all of a widened form's, else those
        /// of `previous`, the page's table that is `last`.
        func knownEdges(of previous: PageTable) -> (edges: [Double], inJoined: [Int]) {
            if let formEdges { return (formEdges, Array(formEdges.indices)) }
            let edges = previous.ruled ? previous.columnBounds : columnStarts(of: previous)
            return (edges, boundsInJoined ?? Array(edges.indices))
        }

        /// `mapping`, onto the boundaries of `last`, carried onto the boundaries of the table `last` went on.
        func inJoinedTable(_ mapping: [Int]) -> [Int] {
            guard let bounds = boundsInJoined else { return mapping }
            return mapping.map { bounds.indices.contains($0) ? bounds[$0] : $0 }
        }
    }

    /// Whether `table`, first on its page, prints a header of its own that
    /// is not `header`, that of the table the page before ends: a heading
    /// over every column, ``TableSettings/otherHeaderHeadingsCount`` column
    /// headings or more among them (``PrintedVocabulary/isColumnHeading(_:)``),
    /// no row of `header` printed again, and fewer than
    /// ``TableSettings/otherHeaderSharedCharactersShare`` of its characters
    /// among those `header` prints. A page that goes on with a table prints its header again or
    /// none; a header of other headings opens another table (a spreadsheet's
    /// small `來源別 | 本年度預算數 | 實施內容` at the top of the page after a
    /// 資本資產明細表 ending in its `合計`, whose columns fell in those of the
    /// table before and whose rows went on it:
    /// `Samples/other-header-next-page.pdf`). Rows without amounts read
    /// into a page's header (`上年结转 | 结转下年` under the 收支总表's
    /// headings printed again, a 决算总表's items beside their 行次 with no
    /// heading over the 金额 column) open nothing, nor does a header printed
    /// again that the page's columns cut otherwise, with the ends of a row
    /// cut by the page break read into it (`出`, `本建设)`).
    static func printsOtherHeader(_ table: PageTable, than header: [PrintedRow]) -> Bool {
        guard !header.isEmpty, !table.header.isEmpty,
              (0..<table.columnCount).allSatisfy({ column in
                  table.header.contains { column < $0.count && !($0[column]?.text.withoutWhitespace.isEmpty ?? true) }
              }),
              table.header.flatMap({ $0.compactMap { $0?.text } }).filter(PrintedVocabulary.isColumnHeading).count
                >= TableSettings.standard.otherHeaderHeadingsCount else { return false }
        let rows = Set(header.map { headingCharacters([$0]) })
        guard !table.header.contains(where: { rows.contains(headingCharacters([$0])) }) else { return false }
        let printed = Set(headingCharacters(table.header)), known = Set(headingCharacters(header))
        return Double(printed.intersection(known).count) < TableSettings.standard.otherHeaderSharedCharactersShare * Double(printed.count)
    }

    /// The characters a header prints, white space left out, sorted: the
    /// same for a header printed again whose headings the page's columns
    /// join or cut otherwise (`绩效指标性 本年绩效指标值质`, a wrapped heading
    /// beside another, read as one cell).
    fileprivate static func headingCharacters(_ header: [PrintedRow]) -> [Character] {
        header.flatMap { $0.compactMap { $0?.text.withoutWhitespace } }.joined().sorted()
    }

    /// `table` without its header rows.
    private static func withoutHeader(_ table: PageTable) -> PageTable {
        var body = table
        body.header = []
        return body
    }

    /// `table` as if printed on `page`: a half is matched with the half two pages back.
    fileprivate static func onPage(_ table: PageTable, _ page: Int) -> PageTable {
        var moved = table
        moved.page = page
        return moved
    }

    /// `table`, a left half continuing the left half of a table joined from
    /// halves, appended to that table: its header repeats the left half's
    /// header only, and the right half's columns stay blank until the right
    /// half on the next page fills them (``FacingHalves/fill(_:mappedBy:from:beside:into:)``).
    /// The repeat is known by `printedHeader`, the header the left half
    /// printed on its first page (a heading the gutter cut is whole in `continued`'s).
    private static func appendLeftHalf(_ table: PageTable, mappedBy mapping: [Int], to continued: Table, printedHeader: [PrintedRow],
                                       leftWidth: Int) -> Table {
        var leftHeader = continued
        leftHeader.header = printedHeader.map { row in
            let left = Array(row.prefix(leftWidth))
            return left + PrintedRow(repeating: nil, count: continued.columnCount - left.count)
        }
        var result = append(table, mappedBy: mapping, to: leftHeader)
        result.header = continued.header
        return result
    }

    /// For each column boundary of `table`, the index of the matching
    /// boundary of `previous`; nil when `table` does not continue `previous`.
    /// A table that prints again the title, table number, unit and header of
    /// the table ending on the page before is that table continued, column
    /// for column, wherever its columns stand (a book's mirrored margins, a
    /// spreadsheet fitted to each page's width): nothing printed says it is another.
    static func continuationMapping(_ table: PageTable, after previous: PageTable) -> [Int]? {
        guard table.page == previous.page + 1 else { return nil }
        if repeatsCaptionAndHeader(table, of: previous) { return Array(previous.columnBounds.indices) }
        guard table.title.map({ $0 == previous.title || continues($0) }) ?? true, !numbersDiffer(table, previous) else { return nil }
        if !table.ruled && !previous.ruled {
            return (table.columnCount <= previous.columnCount ? alignedMapping(table, after: previous) : nil)
                ?? sharedColumnsMapping(table, after: previous)
        }
        guard table.columnCount <= previous.columnCount else { return nil }
        return matchedBounds(table.columnBounds, among: previous.columnBounds, width: previous.box.width)
            ?? framedBodyMapping(table, after: previous)
    }

    /// A table framed only on the outside (a word processor's outer border,
    /// the header ruled, the body without inner rules) whose header is not
    /// repeated prints on the next page only the frame's two side lines: the
    /// page's table is read from alignment, its columns where its words
    /// stand, and a column no row of the page fills is missing. It continues
    /// `previous`, the ruled table ending the page before, when it prints no
    /// title and no header, stands inside `previous`'s outer edges (within
    /// the continuation tolerance) and each of its columns falls in a column
    /// of `previous` (``alignedMapping(_:after:)``): the missing columns
    /// stay blank (`Samples/frame-only-continued.pdf`).
    private static func framedBodyMapping(_ table: PageTable, after previous: PageTable) -> [Int]? {
        let settings = TableSettings.standard
        let tolerance = max(settings.continuationTolerancePoints, previous.box.width * settings.continuationToleranceFraction)
        guard !table.ruled, previous.ruled, table.title == nil, table.header.isEmpty,
              let left = previous.columnBounds.first, let right = previous.columnBounds.last,
              table.box.x0 >= left - tolerance, table.box.x1 <= right + tolerance else { return nil }
        return alignedMapping(table, after: previous)
    }

    /// For each of `bounds`, left to right, the index of the boundary of
    /// `others` it stands on (within the continuation tolerance of a table
    /// `width` wide), none twice; nil when one stands on none, or the outer
    /// edges are not each other's.
    private static func matchedBounds(_ bounds: [Double], among others: [Double], width: Double) -> [Int]? {
        let settings = TableSettings.standard
        let tolerance = max(settings.continuationTolerancePoints, width * settings.continuationToleranceFraction)
        var mapping: [Int] = []
        var searchFrom = 0
        for bound in bounds {
            guard let match = others.indices[searchFrom...].first(where: { abs(others[$0] - bound) <= tolerance }) else { return nil }
            mapping.append(match)
            searchFrom = match + 1
        }
        guard mapping.first == 0, mapping.last == others.count - 1 else { return nil }
        return mapping
    }

    /// A project form whose opening alone fits at the foot of a page (its
    /// title, then `项目名称 | X` with X cut by the page break: only field
    /// rows, read as header, no body) and that `table`, untitled at the top
    /// of the next page, goes on in a finer grid (the opening's value spans
    /// the columns the rest of the form divides): `continued`, the opening,
    /// in `table`'s columns, its field rows as its first body rows, each
    /// cell in the first column it spans. `table` then continues it column
    /// for column, and the value's rest (`金` under `…补助资`) joins its row.
    /// Nil when `table` is no such continuation.
    static func formOpeningInFinerGrid(_ table: PageTable, after previous: PageTable, as continued: Table) -> Table? {
        guard table.page == previous.page + 1, table.title == nil, table.ruled, previous.ruled,
              table.columnCount > previous.columnCount, previous.rows.isEmpty, continued.rows.isEmpty,
              continued.pages == [previous.page], !previous.header.isEmpty,
              previous.header.allSatisfy(HeaderSplitter.opensWithFormField),
              let spread = matchedBounds(previous.columnBounds, among: table.columnBounds, width: table.box.width)
        else { return nil }
        var opening = continued
        opening.columnCount = table.columnCount
        opening.rows = previous.header.map { (previous.page, remapped($0, by: spread, width: table.columnCount)) }
        opening.header = []
        opening.unit = continued.unit ?? table.unit
        opening.openBlocks = [:]
        return opening
    }

    /// A ruled form whose opening alone fits at the foot of a page (its
    /// title, then `项目名称 | X`: only field rows, read as header, no body),
    /// `continued`, read from `previous`, before the next page goes on with it
    /// in the same grid: its field rows are its first body rows, never a
    /// header (a form prints no heading row; Writer's prints of 烟台's
    /// 政策和项目预算绩效目标表 lost `项目名称` that way), so a value the page
    /// break cut (`房屋建筑质量巡查检` over `测费`) joins its row again. Nil
    /// when `continued` is no such opening.
    static func formOpeningAsBody(of continued: Table, from previous: PageTable) -> Table? {
        guard previous.ruled, previous.rows.isEmpty, continued.rows.isEmpty, continued.pages == [previous.page],
              !continued.header.isEmpty, continued.header.allSatisfy(HeaderSplitter.opensWithFormField)
        else { return nil }
        var opening = continued
        opening.rows = continued.header.map { (previous.page, $0) }
        opening.header = []
        return opening
    }

    /// A form (its opening rows start with a field label: `部门（单位）名称 | X`,
    /// `专项（项目）名称 | Y`) that `table`, untitled at the top of the next
    /// page, goes on in another column split of the same frame (its outer
    /// edges on the form's; a 部门整体支出绩效自评表's funds in thirteen
    /// columns on one page, its goals and indicators in eight on the next).
    /// A form is one grid whose sections divide it each their own way, as a
    /// one-page form with two splits is read: the grid is the union of both
    /// pages' column edges, and each row keeps the cells it prints, a cell
    /// that spans an edge the other page adds in the first of its columns.
    /// `edges` are column edges in points known for `continued`, the form
    /// (those of `previous`, its part on the page before, or all of the
    /// form's once widened), and `boundsInJoined` tells where each stands
    /// in `continued`. A form without rules (or ruled between rows only)
    /// draws no column edge: its edges are where its columns' text starts
    /// (``columnStarts(of:)``), and a column of the other page is one of the
    /// form's when its text starts there (``unionByStarts(_:starts:known:)``:
    /// a browser sets one table's columns once for all its pages, so each
    /// page of a 项目支出绩效自评表 prints its cells at the same x, each in
    /// the columns its rows fill: the funds on the first, 三级指标 and
    /// 偏差原因 on the next). Returns the form widened to the union, where each
    /// boundary of `table` stands in it, and the union's edges in points
    /// when `edges` gave all of the form's. Nil when `table` prints a title
    /// of its own, or opens with the field the form opens with (`项目名称`:
    /// the next project's form, `Samples/forms-per-page.pdf`), or its frame
    /// is another.
    static func formInOtherSplit(_ table: PageTable, after previous: PageTable, as continued: Table, edges: [Double],
                                 boundsInJoined: [Int]) -> (form: Table, mapping: [Int], edges: [Double]?)? {
        let fields = Set(openingRows(of: continued).filter(HeaderSplitter.opensWithFormField).compactMap { leadingLabel(of: $0)?.text })
        let own = table.ruled ? table.columnBounds : columnStarts(of: table)
        guard table.page == previous.page + 1, table.title == nil, table.ruled == previous.ruled, !fields.isEmpty,
              boundsInJoined.count == edges.count, boundsInJoined.allSatisfy({ $0 <= continued.columnCount }),
              !openingRows(of: Table(table)).contains(where: { leadingLabel(of: $0).map { fields.contains($0.text) } ?? false }),
              let union = table.ruled ? unionGrid(table.columnBounds, edges, width: previous.box.width)
                : unionByStarts(table, starts: own, known: edges)
        else { return nil }
        // Where each boundary of `continued` goes: the edges `table` adds
        // stand right after the known edge they follow.
        var inserted = Array(repeating: 0, count: continued.columnCount + 1)
        for added in union.added { inserted[boundsInJoined[added]] += 1 }
        var widened: [Int] = []
        var count = 0
        for insertedAfter in inserted {
            widened.append(count)
            count += 1 + insertedAfter
        }
        let width = count - 1
        var form = continued
        form.columnCount = width
        form.header = continued.header.map { remapped($0, by: widened, width: width) }
        form.rows = continued.rows.map { ($0.page, remapped($0.cells, by: widened, width: width)) }
        form.facingFromColumn = continued.facingFromColumn.map { widened[$0] }
        form.openBlocks = Dictionary(uniqueKeysWithValues: continued.openBlocks.map { (widened[$0.key], $0.value) })
        form.cutBlockTexts = Set(continued.cutBlockTexts.map { widened[$0] })
        var addedSoFar: [Int: Int] = [:]
        let mapping = union.matches.map { match in
            switch match {
            case .on(let edge):
                return widened[boundsInJoined[edge]]
            case .after(let edge):
                addedSoFar[edge, default: 0] += 1
                return widened[boundsInJoined[edge]] + (addedSoFar[edge] ?? 0)
            }
        }
        var unionEdges: [Double?] = Array(repeating: nil, count: width + 1)
        for (edge, bound) in zip(edges, boundsInJoined) { unionEdges[widened[bound]] = edge }
        for (edge, bound) in zip(own, mapping) where unionEdges[bound] == nil { unionEdges[bound] = edge }
        let known = unionEdges.compactMap { $0 }
        return (form, mapping, known.count == unionEdges.count ? known : nil)
    }

    /// Where a boundary of one page's grid stands in the other's: on one of
    /// its boundaries, or right after one (an edge of its own).
    private enum Match {
        case on(Int)
        case after(Int)
    }

    /// For each of `bounds`, left to right, the boundary of `others` it
    /// stands on (within the continuation tolerance of a grid `width`
    /// wide), or the one it follows; and the boundaries of `others` that
    /// `bounds` adds an edge after, once for each. Nil when the outer edges
    /// are not each other's.
    private static func unionGrid(_ bounds: [Double], _ others: [Double], width: Double) -> (matches: [Match], added: [Int])? {
        let settings = TableSettings.standard
        let tolerance = max(settings.continuationTolerancePoints, width * settings.continuationToleranceFraction)
        guard let first = bounds.first, let last = bounds.last, let otherFirst = others.first, let otherLast = others.last,
              abs(first - otherFirst) <= tolerance, abs(last - otherLast) <= tolerance else { return nil }
        var matches: [Match] = []
        var added: [Int] = []
        var searchFrom = 0
        for bound in bounds {
            if let on = others.indices[searchFrom...].first(where: { abs(others[$0] - bound) <= tolerance }) {
                matches.append(.on(on))
                searchFrom = on + 1
            } else if searchFrom > 0, let after = others.indices[(searchFrom - 1)...].last(where: { others[$0] < bound }) {
                matches.append(.after(after))
                added.append(after)
                searchFrom = after + 1
            } else {
                return nil
            }
        }
        guard case .on(0)? = matches.first, case .on(others.count - 1)? = matches.last else { return nil }
        return (matches, added)
    }

    /// Where each column of a table without rules starts: the left edge of
    /// the text its cells print, leftmost of them (text is set left in a
    /// form's cells, wrapped lines and all), or its left bound where it
    /// prints numbers only (set right, they start anywhere); then the
    /// table's right edge.
    static func columnStarts(of table: PageTable) -> [Double] {
        (0..<table.columnCount).map { column in
            textCells(of: table, in: column).map(\.box.x0).min() ?? table.columnBounds[column]
        } + [table.columnBounds[table.columnCount]]
    }

    /// The cells of `column` that print text, not a number (``UnruledForms/printsNumber(_:)``).
    private static func textCells(of table: PageTable, in column: Int) -> [PrintedCell] {
        (table.header + table.rows).compactMap { column < $0.count ? $0[column] : nil }.filter { !UnruledForms.printsNumber($0.text) }
    }

    /// For each column of `table` (without rules, its text starting at
    /// `starts`, then its right edge), the known column of a form (`known`:
    /// its columns' starts, then its right edge) it is, or the one it
    /// follows as a column of its own; and the known columns `table` adds a
    /// column after, once for each. A column whose text starts where a known
    /// column's does (within ``TableSettings/formContinuationSlackPoints``)
    /// is that column; one whose text starts elsewhere, between two known
    /// starts, is a column the form's other page leaves empty; one printing
    /// numbers only is the known column whose start its middle is past (its
    /// amounts set right inside it), and may share it with the column
    /// before when no row prints in both (a column's words and amounts read
    /// as two). The right edge is the known right edge. Nil when the first
    /// column is not the form's first, fewer than
    /// ``TableSettings/formSplitMatchedStartsCount`` columns start where the
    /// form's do (no evidence of one frame), or the order is broken.
    private static func unionByStarts(_ table: PageTable, starts: [Double], known: [Double]) -> (matches: [Match], added: [Int])? {
        let settings = TableSettings.standard
        let slack = settings.formContinuationSlackPoints
        let count = known.count - 1
        guard count >= 2, table.columnCount >= 2, starts.count == table.columnCount + 1 else { return nil }
        var matches: [Match] = []
        var matched = 0
        // The known column the last column was matched to, and whether it was one of its own after it.
        var last: (edge: Int, added: Bool)?
        for column in 0..<table.columnCount {
            let texts = textCells(of: table, in: column)
            if !texts.isEmpty {
                let start = starts[column]
                if let on = (0..<count).first(where: { abs(known[$0] - start) <= slack }) {
                    if let last, on <= last.edge { return nil }
                    matches.append(.on(on))
                    last = (on, false)
                    matched += 1
                } else if let after = (0..<count).last(where: { known[$0] < start }), after >= (last?.edge ?? .max) {
                    matches.append(.after(after))
                    last = (after, true)
                } else {
                    return nil
                }
            } else {
                let middles = (table.header + table.rows).compactMap { column < $0.count ? $0[column]?.box.midX : nil }.sorted()
                guard !middles.isEmpty, let on = (0..<count).last(where: { known[$0] <= middles[middles.count / 2] }),
                      let previous = last, on >= previous.edge, !(on == previous.edge && previous.added) else { return nil }
                if on == previous.edge, (table.header + table.rows).contains(where: { row in
                    column < row.count && row[column] != nil && row[column - 1] != nil
                }) { return nil }
                matches.append(.on(on))
                last = (on, false)
            }
        }
        guard case .on(0)? = matches.first, matched >= settings.formSplitMatchedStartsCount else { return nil }
        matches.append(.on(count))
        let added = matches.compactMap { match -> Int? in
            if case .after(let edge) = match { return edge }
            return nil
        }
        return (matches, added)
    }

    /// Whether both tables print a table number apart from their titles
    /// (`表14-4`, `表14-5`) and the numbers differ: two tables under one title
    /// (one project's form per page), never one continued.
    static func numbersDiffer(_ table: PageTable, _ previous: PageTable) -> Bool {
        guard let number = tableNumber(table), let previousNumber = tableNumber(previous) else { return false }
        return number != previousNumber
    }

    /// The table number printed apart from the title (`表十一`), if any.
    private static func tableNumber(_ table: PageTable) -> String? {
        table.notes.lazy.map(\.withoutWhitespace).first(where: Caption.isTableNumber)
    }

    /// Whether `table` prints the caption and header of `previous` again:
    /// the same title, table number (or none), unit and header rows, as many
    /// columns. A table of project forms prints each project's name in its
    /// header, and tables that share a title differ in their unit or header.
    static func repeatsCaptionAndHeader(_ table: PageTable, of previous: PageTable) -> Bool {
        guard let title = table.title, title == previous.title, tableNumber(table) == tableNumber(previous),
              table.unit == previous.unit, !table.header.isEmpty, table.columnCount == previous.columnCount
        else { return false }
        return table.header.map(signature) == previous.header.map(signature)
    }

    /// `续表`, `续表3`, `…（续）`: a title that says the table goes on.
    static func continues(_ title: String) -> Bool {
        title.hasPrefix(PrintedVocabulary.continuationTitlePrefix)
            || PrintedVocabulary.continuationTitleSuffixes.contains { title.hasSuffix($0) }
    }

    /// Tables without rules draw their column boundaries between the words
    /// each page prints, so they move from page to page, and a column no row
    /// of the page fills is missing: each column is matched to the column of
    /// `previous` that its middle falls in, left to right, none twice. A
    /// column's middle is where its cells print (the median of their
    /// middles, when inside its bounds), else its bounds' middle: a table ruled
    /// between rows only runs its outer columns out to the rules' ends, and
    /// a page whose last columns are empty would put the widened last
    /// column's middle over a column further right (Calc's 支出决算表 going
    /// on with 项目支出 the last column it fills).
    static func alignedMapping(_ table: PageTable, after previous: PageTable) -> [Int]? {
        guard table.columnCount >= 2 else { return nil }
        var mapping: [Int] = []
        for column in 0..<table.columnCount {
            let bounds = table.columnBounds[column]...table.columnBounds[column + 1]
            let printed = (table.header + table.rows).compactMap { column < $0.count ? $0[column]?.box.midX : nil }.sorted()
            let median = printed.isEmpty ? nil : printed[printed.count / 2]
            let middle = median.flatMap { bounds.contains($0) ? $0 : nil } ?? (bounds.lowerBound + bounds.upperBound) / 2
            guard let match = columnHolding(middle, in: previous), match > (mapping.last ?? -1) else { return nil }
            mapping.append(match)
        }
        return mapping
    }

    /// The column of `table` whose bounds hold `x`, if any.
    private static func columnHolding(_ x: Double, in table: PageTable) -> Int? {
        (0..<table.columnCount).first { table.columnBounds[$0] <= x && x < table.columnBounds[$0 + 1] }
    }

    /// A continuation page that prints no header (a browser that does not
    /// repeat a table's heading rows at a page break: wkhtmltopdf) is read
    /// from its words' alignment alone, and with no heading over them a
    /// column's left-set and right-set words make two stretches of x, each
    /// a column: the placeholder `－` at the left edge of an amount column
    /// whose amounts stand right, `合计` set left of the codes right-aligned
    /// in the first column. The page before, whose headings joined them
    /// (``AlignedTableFinder/joiningAlignedStretches(_:body:header:)``),
    /// shows where they belong: each column is matched to the column of
    /// `previous` its cells' middle falls in (as ``alignedMapping(_:after:)``,
    /// a middle within the continuation tolerance outside `previous`'s
    /// outer edges to its outer column; a column of placeholders only, left
    /// of a column of amounts, to that column's, the dash standing at the
    /// cell's left edge, nearer the column before than the amounts do), left
    /// to right, and columns that fall in one column of `previous` are that
    /// column when no row prints in two of them
    /// (`Samples/headerless-continuation-stretches.pdf`).
    /// `underHeader`: `table` prints a header, the table's printed again
    /// (``OpenEnd/continuationInJoined(_:untitled:after:width:)``): its
    /// cells count as a row's, and a column no row fills is matched by its
    /// heading. Nil when `table` prints a title or (unless `underHeader`) a header, or some column of
    /// `previous` gets two columns that one row fills.
    fileprivate static func sharedColumnsMapping(_ table: PageTable, after previous: PageTable, underHeader: Bool = false) -> [Int]? {
        let settings = TableSettings.standard
        let tolerance = max(settings.continuationTolerancePoints, previous.box.width * settings.continuationToleranceFraction)
        guard table.title == nil, underHeader || table.header.isEmpty, table.columnCount >= 2, previous.columnCount >= 2,
              let left = previous.columnBounds.first, let right = previous.columnBounds.last else { return nil }
        let printedRows = underHeader ? table.header + table.rows : table.rows
        func cells(_ column: Int) -> [PrintedCell] { table.rows.compactMap { column < $0.count ? $0[column] : nil } }
        var mapping: [Int] = []
        for column in 0..<table.columnCount {
            let printed = cells(column).map(\.box.midX).sorted()
            let headed = underHeader ? table.header.compactMap { column < $0.count ? $0[column]?.box.midX : nil }.sorted() : []
            guard !printed.isEmpty || !headed.isEmpty else { return nil }
            let middle = printed.isEmpty ? headed[headed.count / 2] : printed[printed.count / 2]
            let inside = columnHolding(middle, in: previous)
            let outside = middle < left && left - middle <= tolerance ? 0
                : middle >= right && middle - right <= tolerance ? previous.columnCount - 1 : nil
            guard let match = inside ?? outside else { return nil }
            mapping.append(match)
        }
        // A column of placeholders only stands at the left edge of the amounts on its right, past the gap's middle.
        for column in (0..<table.columnCount - 1).reversed()
        where cells(column).allSatisfy({ PrintedVocabulary.placeholders.contains($0.text) })
            && cells(column + 1).allSatisfy({ PrintedVocabulary.isAmount($0.text) })
            && cells(column + 1).contains(where: { !PrintedVocabulary.placeholders.contains($0.text) }) {
            mapping[column] = mapping[column + 1]
        }
        guard zip(mapping, mapping.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        let shared = Set(mapping).filter { target in mapping.filter { $0 == target }.count > 1 }
        guard !shared.isEmpty, shared.allSatisfy({ target in
            printedRows.allSatisfy { row in mapping.indices.filter { mapping[$0] == target && $0 < row.count && row[$0] != nil }.count <= 1 }
        }) else { return nil }
        return mapping
    }

    private static func append(_ table: PageTable, mappedBy mapping: [Int], to continued: Table) -> Table {
        var result = continued
        let cutTexts = MergedAcrossPages.textsCut(atBottomOf: table, mappedBy: mapping)
        var table = table
        let (continuedBlocks, opensRow) = MergedAcrossPages.join(&table, mappedBy: mapping, to: &result)
        result.pages.append(table.page)
        result.printedNotes += table.notes.filter { !continued.alreadyPrints($0) }.map { (table.page, $0) }
        let width = continued.columnCount
        var rows = (table.header + table.rows).map { remapped($0, by: mapping, width: width) }
        let repeatedHeader = Set(openingRows(of: continued).map(signature))
        while let first = rows.first, repeatedHeader.contains(signature(first)) || first.allSatisfy({ $0 == nil })
                || !continued.ruled && repeatsWrappedHeadings(first, of: continued.header) {
            rows.removeFirst()
        }
        rows.removeAll { $0.allSatisfy { $0 == nil } }
        let earlier = result.rows.dropLast()
        let running = continued.lastRowRunningColumns
        result.lastRowRunningColumns = nil
        if !opensRow, let first = rows.first, let last = result.rows.last,
           running.map({ open in first.indices.allSatisfy { first[$0] == nil || open.contains($0) } }) ?? true,
           isCutByPageBreak(first, after: last.cells, headings: continued.header,
                            widestLineEnds: widestLineEnds(of: result.rows.filter { $0.page == last.page }.map(\.cells), width: width),
                            printedWhole: { column, text in
                                earlier.contains { column < $0.cells.count && $0.cells[column]?.text.withoutWhitespace == text }
                            }) {
            result.rows[result.rows.count - 1].cells = zip(last.cells, first).map { joined($0, $1) }
            rows.removeFirst()
            // The rest alone on its page goes on over the next break in its own columns only.
            if rows.isEmpty { result.lastRowRunningColumns = Set(first.indices.filter { first[$0] != nil }) }
        }
        result.rows += rows.map { (table.page, $0) }
        result.openBlocks = MergedAcrossPages.openBlocks(of: table, mappedBy: mapping, in: result, continuing: continuedBlocks)
        result.cutBlockTexts = cutTexts.intersection(result.openBlocks.keys)
        return result
    }

    /// `row`, a row of a continuation, in the columns of the table it
    /// continues (`width` of them), its cells moved by `mapping` (columns
    /// mapped to one, of which the row fills one at most, give it that cell).
    private static func remapped(_ row: PrintedRow, by mapping: [Int], width: Int) -> PrintedRow {
        var cells = PrintedRow(repeating: nil, count: width)
        for (column, cell) in row.enumerated() where cell != nil { cells[mapping[column]] = cell }
        return cells
    }

    /// Whether `table`, which would continue `continued` column for column
    /// (`mapping`), opens another copy of the same form instead: it prints
    /// the same title again (not `续表`), and past the rows that repeat the
    /// rows `continued` opens with (``openingRows(of:)``, dropped as
    /// repeats), its first row starts with the label one of those rows
    /// starts with, in the same column, and prints something else beside it
    /// (`项目名称 | 新冠疫情防控经费` under a form that opened with
    /// `项目名称 | 新冠疫情防控`): the next project's form, a table of its
    /// own, never body rows of the one before.
    /// (A table of forms that goes on without its title, the next project's
    /// `项目名称` row first, is that table continued.)
    static func opensAnotherForm(_ table: PageTable, mappedBy mapping: [Int], after continued: Table) -> Bool {
        guard let title = table.title, title == continued.title, !continues(title) else { return false }
        let headings = openingRows(of: continued)
        let repeats = Set(headings.map(signature))
        let width = continued.columnCount
        guard let first = (table.header + table.rows).lazy.map({ remapped($0, by: mapping, width: width) })
                .first(where: { !repeats.contains(signature($0)) && $0.contains { $0 != nil } }),
              let label = leadingLabel(of: first) else { return false }
        return headings.contains { leadingLabel(of: $0).map { $0 == label } ?? false }
    }

    /// The rows `continued` opens with on its first page: its header, and
    /// the body rows above its first amount (a form's fields, `项目名称 | X`,
    /// `主管部门 | Y`, whether read as header or as body). A continuation
    /// that prints one of them again at its top repeats it: it is dropped.
    static func openingRows(of continued: Table) -> [PrintedRow] {
        let firstPage = continued.pages.first
        let leading = continued.rows.prefix { row in
            row.page == firstPage && !row.cells.contains { $0.map { PrintedVocabulary.isAmount($0.text) } ?? false }
        }
        return continued.header + leading.map(\.cells)
    }

    /// The first text a row prints, left to right, with its column, when it
    /// is a label: no number, no total (`合计` opens the body of many tables
    /// whose header does not print it).
    private static func leadingLabel(of row: PrintedRow) -> (column: Int, text: String)? {
        guard let column = row.firstIndex(where: { $0 != nil }), let text = row[column]?.text.withoutWhitespace,
              !text.isEmpty, !PrintedVocabulary.looksLikeNumber(text), !isTotal(text) else { return nil }
        return (column, text)
    }

    /// A row's text with white space removed, for comparing header rows.
    /// Whether a continuation's row prints only lines of its columns'
    /// headings: a table without rules joins a heading wrapped inside its
    /// cell into one header cell (`经营预算`), and a page that repeats the
    /// header prints its lines apart (`预算`, its other lines taken
    /// elsewhere).
    static func repeatsWrappedHeadings(_ row: PrintedRow, of header: [PrintedRow]) -> Bool {
        let printed = row.indices.filter { row[$0] != nil }
        return !printed.isEmpty && printed.allSatisfy { column in
            guard let text = row[column]?.text.withoutWhitespace, !text.isEmpty, !PrintedVocabulary.isAmount(text) else { return false }
            return header.contains { heading in
                guard column < heading.count, let whole = heading[column]?.text.withoutWhitespace else { return false }
                return whole.count > text.count && whole.contains(text)
            }
        }
    }

    private static func signature(_ row: PrintedRow) -> [String] {
        row.map { $0?.text.withoutWhitespace ?? "" }
    }

    /// For each column, where the widest line its cells print in `rows` ends
    /// (nil where it prints none).
    static func widestLineEnds(of rows: [PrintedRow], width: Int) -> [Double?] {
        (0..<width).map { column in rows.compactMap { column < $0.count ? $0[column]?.box.x1 : nil }.max() }
    }

    /// Whether `row`, first on its page, is the rest of `last` cut by the
    /// page break: it prints only words, each under a word of `last`, none
    /// of them starts a new item (a numbering such as `九、` or a code; an
    /// item right of a text that goes on plainly goes on the list of the
    /// cell above, whose last item may end short: the row's label goes on,
    /// so the row does, `二、農畜產品供` over `銷計畫` beside `一、銷售…。`
    /// over `二、糧食銷售收入…`, `Samples/list-after-break.pdf`; and an
    /// item that goes on the numbered list of the cell above: `四、` under
    /// a cell printing `一、` to `三、`, `（一）` under a text ending `如下：`,
    /// ``ItemMarker/continuesList(_:after:)``, `Samples/list-cut-by-break.pdf`) or
    /// repeats the heading the table's header prints in its column
    /// (`项目名称` opening the next project of a table of project forms), and
    /// it prints fewer cells than `last` (only the wrapped cell runs over), or
    /// as many, each under a cell of `last` that prints several lines: a
    /// word processor splits a tall row at the page foot, every wrapped text
    /// of it going on at the top of the next page, the part above closed by
    /// a rule of its own (Writer's 西安市卫生健康委员会 2022 决算 p. 39-40:
    /// 预期目标 and 实际完成情况 both cut, `Samples/tall-row-split-by-page-break.pdf`).
    /// A text printed again under itself is a new row's (two tables of one
    /// project each, `漁業發展補助計畫` opening both, tw_moa p. 88-89).
    /// A total label (`小计`, `收入总计`) is complete: a word under it starts a new row.
    /// So is a text whose last line stops short: it ends more than
    /// ``TableSettings/fullLineSlackEm`` before the widest line its column
    /// prints on that page (`widestLineEnds`), so it did not run out of room
    /// (`国有土地收益基金安排的` over `支出`, then `征地和拆迁补偿支出`
    /// stepped in at the top of the next page: an item of its own). So is a
    /// label the table prints whole in an earlier row of the same column
    /// (`printedWhole(column, text)`): `農村再生建設及發展計畫` closes each
    /// year's group of a 5年來主要業務計畫分析表, and `112年度決算數` at the top
    /// of the next page opens the next group, never the label's rest.
    static func isCutByPageBreak(_ row: PrintedRow, after last: PrintedRow, headings: [PrintedRow] = [],
                                 widestLineEnds: [Double?] = [],
                                 printedWhole: (_ column: Int, _ text: String) -> Bool = { _, _ in false }) -> Bool {
        let (cells, cellsAbove) = (row.compactMap { $0 }.count, last.compactMap { $0 }.count)
        guard cells < cellsAbove || cells == cellsAbove && row.indices.allSatisfy({ column in
            row[column] == nil || (column < last.count ? last[column] : nil).map(printsSeveralLines) ?? false
        }) else { return false }
        let headingTexts = row.indices.map { column in
            Set(headings.compactMap { column < $0.count ? $0[column].map(\.text.withoutWhitespace) : nil })
        }
        var any = false
        var goesOnLeft = false
        for (column, (cell, above)) in zip(row, last).enumerated() {
            guard let cell else { continue }
            let startsItem = ItemMarker.startsItem(cell.text)
            guard let above, !PrintedVocabulary.looksLikeNumber(above.text), !isTotal(above.text),
                  cell.text.withoutWhitespace != above.text.withoutWhitespace,
                  !PrintedVocabulary.looksLikeNumber(cell.text),
                  !startsItem || goesOnLeft || ItemMarker.continuesList(cell.text, after: above.text),
                  !headingTexts[column].contains(cell.text.withoutWhitespace),
                  startsItem || !endsShort(above, widest: column < widestLineEnds.count ? widestLineEnds[column] : nil),
                  !printedWhole(column, above.text.withoutWhitespace) else { return false }
            any = true
            if !startsItem { goesOnLeft = true }
        }
        return any
    }

    /// Whether `cell` prints two lines or more: its box is taller than its
    /// last glyph by a wrapped line's pitch (``TableSettings/wrappedLinePitchMinEm``) at least.
    private static func printsSeveralLines(_ cell: PrintedCell) -> Bool {
        guard let end = cell.lastGlyph else { return false }
        return cell.box.height - end.height >= end.height * TableSettings.standard.wrappedLinePitchMinEm
    }

    /// Whether `cell`'s last line ends more than ``TableSettings/fullLineSlackEm``
    /// (of its type height) before `widest`: it had room for more.
    private static func endsShort(_ cell: PrintedCell, widest: Double?) -> Bool {
        guard let end = cell.lastGlyph, let widest else { return false }
        return widest - end.x1 >= end.height * TableSettings.standard.fullLineSlackEm
    }

    /// `小计`, `合 计`, `收入总计`: a label that ends in a total word.
    private static func isTotal(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return PrintedVocabulary.totalWords.contains { compact.hasSuffix($0) }
    }

    /// Two pieces of one cell's text, `first` printed above `second`, as one cell.
    static func joined(_ first: PrintedCell?, _ second: PrintedCell?) -> PrintedCell? {
        guard let first else { return second }
        guard let second else { return first }
        return PrintedCell(text: first.text + second.text, box: first.box.union(second.box), firstGlyph: first.firstGlyph,
                           lastGlyph: second.lastGlyph)
    }
}
