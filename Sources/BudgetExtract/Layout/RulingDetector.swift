/// Finds ruling lines among the paths a page paints.
///
/// A rule is drawn in one of three ways: a stroked segment, a thin filled
/// rectangle, or the edge of a filled cell where it meets a different fill
/// (or paper). Pieces on one line are joined across small gaps (dashed and
/// dotted rules, rules drawn cell by cell), the parts a later fill paints
/// over or the clip cuts away are left out, and two rules a hair apart (a
/// double rule) become one. docs/architecture.md gives the rule for each case.
public struct RulingDetector: Sendable {
    /// The shortest rule, in points, once its pieces are joined: shorter
    /// marks are underlines of a character, ticks, bullets.
    public var minimumLength: Double = 8
    /// A filled rectangle thinner than this, in points, is a line; a thicker one is a cell whose edges may be rules.
    public var maximumThickness: Double = 3.5
    /// Pieces whose positions differ by at most this, in points, lie on one line.
    public var alignment: Double = 0.75
    /// The widest gap, in points, joined between two pieces of one line (the gaps of a dotted rule).
    public var joinGap: Double = 3
    /// Two parallel rules closer than this, in points, are one double rule.
    public var doubleRuleGap: Double = 2.5
    /// A segment is along an axis when it strays across it by at most this fraction of its length.
    public var slope: Double = 0.02
    /// How far outside a filled cell's edge, in points, the colour beyond it is looked at.
    public var edgeProbe: Double = 1
    /// How far inside a later fill, in points, a rule must lie to be painted over (not just bordered).
    public var coverMargin: Double = 1
    /// Colours whose components all differ by less than this are one fill.
    public var sameColour: Double = 0.08
    /// A piece inside a printed glyph's box, give or take this fraction of
    /// the glyph's height, is a stroke of that glyph drawn as a path (text
    /// stroked for bold, or outlined, by cairo and some print drivers): the
    /// slack is the pen's half width.
    public var glyphStrokeSlackEm: Double = 0.05
    /// The widest unfilled gap, in points, between cells that tile, read as a rule.
    public var tiledFillGap: Double = TableSettings.standard.tiledFillGapPoints
    /// How many pairs of cells must meet across gaps side by side, and how many one over the other, to tile.
    public var tilingNeighbours: Int = TableSettings.standard.tilingNeighboursCount

    public init() {}

    public func rulings(in page: PageContent) -> [Ruling] {
        rulings(in: page, fills: PaintedFills(page.paths))
    }

    func rulings(in page: PageContent, fills: PaintedFills) -> [Ruling] {
        var pieces: [Piece] = []
        for path in page.paths {
            switch path.paint {
            case .stroke: pieces += strokedPieces(path)
            case .fill: pieces += filledPieces(path, fills: fills)
            }
        }
        pieces += tiledGapPieces(page.paths, fills: fills)
        // Cells that can paint over a rule: opaque, thicker than a line.
        let covers = fills.fills.filter { $0.colour.isOpaque && min($0.rect.width, $0.rect.height) > maximumThickness }
        let glyphs = GlyphBoxes(page.glyphs.filter { !$0.isInvisible }.map(\.glyph.box), slackEm: glyphStrokeSlackEm)
        let visible = pieces.flatMap { uncovered($0, covers: covers, page: page.bounds) }.filter { !glyphs.hold($0) }
        return [Ruling.Orientation.horizontal, .vertical].flatMap { orientation in
            mergingDoubleRules(joined(visible.filter { $0.orientation == orientation }))
                .filter { $0.end - $0.start >= minimumLength }
        }
    }

    /// One straight piece of a rule, before joining.
    struct Piece {
        var orientation: Ruling.Orientation
        var position: Double
        var start: Double
        var end: Double
        var order: Int
        var clip: Rect
    }

    /// The straight segments of a stroke that run along an axis, in a colour that is ink.
    private func strokedPieces(_ path: PaintedPath) -> [Piece] {
        guard !path.colour.isPaper else { return [] }
        var pieces: [Piece] = []
        for subpath in path.subpaths {
            var segments = Array(zip(subpath.points, subpath.points.dropFirst()))
            if subpath.closed, let last = subpath.points.last, let first = subpath.points.first {
                segments.append((last, PaintedPath.Point(x: first.x, y: first.y, curve: false)))
            }
            for (from, to) in segments where !to.curve {
                if let piece = piece(from: from, to: to, path: path) { pieces.append(piece) }
            }
        }
        return pieces
    }

    /// Where the paths draw something shaped like a vertical rule, told from
    /// their shape alone, before any colour is compared: each vertical line
    /// stroked or filled thin, and both sides of each filled cell, as x and
    /// the span in y. A cheap look for a page that may hold a ruled table
    /// (``PageTables/mayHoldTightCells(_:paths:detector:)``); the rules
    /// themselves are ``rulings(in:)``'s.
    func verticalLineShapes(in paths: [PaintedPath]) -> [(x: Double, y0: Double, y1: Double)] {
        var shapes: [(x: Double, y0: Double, y1: Double)] = []
        for path in paths where !path.colour.isPaper {
            switch path.paint {
            case .stroke:
                shapes += strokedPieces(path).filter { $0.orientation == .vertical }.map { ($0.position, $0.start, $0.end) }
            case .fill:
                for subpath in path.subpaths {
                    if let outline = subpath.straightOutline, outline.width <= maximumThickness, outline.height > outline.width {
                        shapes.append((outline.midX, outline.y0, outline.y1))
                    } else if let cell = subpath.axisAlignedRectangle, min(cell.width, cell.height) > maximumThickness {
                        shapes += [(cell.x0, cell.y0, cell.y1), (cell.x1, cell.y0, cell.y1)]
                    }
                }
            }
        }
        return shapes
    }

    private func piece(from: PaintedPath.Point, to: PaintedPath.Point, path: PaintedPath) -> Piece? {
        let dx = abs(to.x - from.x), dy = abs(to.y - from.y)
        if dx > 0, dy <= dx * slope {
            return Piece(orientation: .horizontal, position: (from.y + to.y) / 2, start: min(from.x, to.x),
                         end: max(from.x, to.x), order: path.order, clip: path.clip)
        }
        if dy > 0, dx <= dy * slope {
            return Piece(orientation: .vertical, position: (from.x + to.x) / 2, start: min(from.y, to.y),
                         end: max(from.y, to.y), order: path.order, clip: path.clip)
        }
        return nil
    }

    /// A thin filled shape is a line (a rectangle, or the mitred quadrilateral
    /// some producers fill for a border); a cell contributes those edges
    /// where the colour beyond differs from its own.
    private func filledPieces(_ path: PaintedPath, fills: PaintedFills) -> [Piece] {
        var pieces: [Piece] = []
        for subpath in path.subpaths {
            let make = { (orientation: Ruling.Orientation, position: Double, start: Double, end: Double) in
                Piece(orientation: orientation, position: position, start: start, end: end, order: path.order, clip: path.clip)
            }
            if let outline = subpath.straightOutline, min(outline.width, outline.height) <= maximumThickness {
                guard !path.colour.isPaper else { continue }
                pieces.append(outline.height <= outline.width
                    ? make(.horizontal, outline.midY, outline.x0, outline.x1)
                    : make(.vertical, outline.midX, outline.y0, outline.y1))
                continue
            }
            guard let rect = subpath.axisAlignedRectangle else { continue }
            let edges: [(Ruling.Orientation, Double, Double, Double, (Double) -> (Double, Double))] = [
                (.horizontal, rect.y0, rect.x0, rect.x1, { ($0, rect.y0 - edgeProbe) }),
                (.horizontal, rect.y1, rect.x0, rect.x1, { ($0, rect.y1 + edgeProbe) }),
                (.vertical, rect.x0, rect.y0, rect.y1, { (rect.x0 - edgeProbe, $0) }),
                (.vertical, rect.x1, rect.y0, rect.y1, { (rect.x1 + edgeProbe, $0) }),
            ]
            for (orientation, position, start, end, beyond) in edges
            where meetsDifferentFill(path.colour, from: start, to: end, beyond: beyond, fills: fills) {
                pieces.append(make(orientation, position, start, end))
            }
        }
        return pieces
    }

    /// A cell filled as one of a tiling: its rectangle, and what its path paints with.
    private struct Tile {
        var rect: Rect
        var colour: Colour
        var order: Int
        var clip: Rect
    }

    /// The rules that narrow unfilled gaps draw between cells that tile: cells
    /// filled each in a colour, a white line of at most `tiledFillGap` between
    /// neighbours and no stroke (Chromium's `border-spacing`, Excel's white
    /// borders). The edge of such a cell does not show as a rule by its colour
    /// alone, since 1 pt beyond it lies the neighbour. A rule runs along the
    /// middle of each gap where the page there shows a colour other than both
    /// cells', over the cells' common extent; only cells joined into a group
    /// with `tilingNeighbours` pairs side by side and as many one over the
    /// other count, so a shaded band of cells in one row is no grid.
    private func tiledGapPieces(_ paths: [PaintedPath], fills: PaintedFills) -> [Piece] {
        var tiles: [Tile] = []
        for path in paths where path.paint == .fill && path.colour.isOpaque {
            for subpath in path.subpaths {
                guard let rect = subpath.axisAlignedRectangle, min(rect.width, rect.height) > maximumThickness else { continue }
                tiles.append(Tile(rect: rect, colour: path.colour, order: path.order, clip: path.clip))
            }
        }
        guard tiles.count >= 2 * tilingNeighbours else { return [] }
        var gaps: [(first: Int, second: Int, piece: Piece)] = []
        for orientation in [Ruling.Orientation.vertical, .horizontal] {
            // A vertical rule lies between cells side by side: along x, the first ends where the gap starts.
            let side = orientation == .vertical
            let start = { (rect: Rect) in side ? rect.x0 : rect.y0 }, end = { (rect: Rect) in side ? rect.x1 : rect.y1 }
            let from = { (rect: Rect) in side ? rect.y0 : rect.x0 }, to = { (rect: Rect) in side ? rect.y1 : rect.x1 }
            let byStart = tiles.indices.sorted { start(tiles[$0].rect) < start(tiles[$1].rect) }
            for first in tiles.indices {
                let a = tiles[first].rect
                var low = 0, high = byStart.count
                while low < high {
                    let middle = (low + high) / 2
                    if start(tiles[byStart[middle]].rect) <= end(a) { low = middle + 1 } else { high = middle }
                }
                for second in byStart[low...] {
                    let b = tiles[second].rect
                    guard start(b) - end(a) <= tiledFillGap else { break }
                    let along = (max(from(a), from(b)), min(to(a), to(b)))
                    guard along.1 - along.0 > maximumThickness else { continue }
                    let middle = (end(a) + start(b)) / 2
                    let probe = { (position: Double) in side ? (middle, position) : (position, middle) }
                    guard meetsDifferentFill(tiles[first].colour, from: along.0, to: along.1, beyond: probe, fills: fills),
                          meetsDifferentFill(tiles[second].colour, from: along.0, to: along.1, beyond: probe, fills: fills)
                    else { continue }
                    let later = tiles[first].order > tiles[second].order ? first : second
                    gaps.append((first, second, Piece(orientation: orientation, position: middle, start: along.0, end: along.1,
                                                      order: tiles[later].order, clip: tiles[later].clip)))
                }
            }
        }
        // Cells joined by gaps, and how many gaps of each kind each group holds.
        var parent = Array(tiles.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for gap in gaps { parent[root(gap.first)] = root(gap.second) }
        var counts: [Int: (vertical: Int, horizontal: Int)] = [:]
        for gap in gaps {
            let vertical = gap.piece.orientation == .vertical
            counts[root(gap.first), default: (0, 0)].vertical += vertical ? 1 : 0
            counts[root(gap.first), default: (0, 0)].horizontal += vertical ? 0 : 1
        }
        return gaps.filter { gap in
            guard let count = counts[root(gap.first)] else { return false }
            return count.vertical >= tilingNeighbours && count.horizontal >= tilingNeighbours
        }.map(\.piece)
    }

    /// How many points along an edge the colour beyond it is looked at.
    private static let edgeSamples = 5

    /// Whether, at most of the points along an edge, what the page shows
    /// just beyond it is a different colour (paper counts as white).
    private func meetsDifferentFill(_ colour: Colour, from start: Double, to end: Double,
                                    beyond: (Double) -> (Double, Double), fills: PaintedFills) -> Bool {
        let paper = Colour(red: 1, green: 1, blue: 1)
        var different = 0
        for sample in 0..<Self.edgeSamples {
            let along = start + (end - start) * (Double(sample) + 0.5) / Double(Self.edgeSamples)
            let (x, y) = beyond(along)
            let there = fills.colour(x: x, y: y) ?? paper
            let ownIsPaper = colour.isPaper, thereIsPaper = there.isPaper
            if ownIsPaper && thereIsPaper { continue }
            if ownIsPaper != thereIsPaper || !isSame(colour, there) { different += 1 }
        }
        return different * 2 > Self.edgeSamples
    }

    private func isSame(_ a: Colour, _ b: Colour) -> Bool {
        abs(a.red - b.red) < sameColour && abs(a.green - b.green) < sameColour && abs(a.blue - b.blue) < sameColour
    }

    /// The parts of a piece that show: inside its clip and the page, and
    /// not under an opaque cell painted later.
    private func uncovered(_ piece: Piece, covers: [PaintedFills.Fill], page: Rect) -> [Piece] {
        let horizontal = piece.orientation == .horizontal
        var bounds = piece.clip
        bounds = Rect(x0: max(bounds.x0, page.x0), y0: max(bounds.y0, page.y0),
                      x1: min(bounds.x1, page.x1), y1: min(bounds.y1, page.y1))
        let across = horizontal ? (bounds.y0, bounds.y1) : (bounds.x0, bounds.x1)
        guard piece.position >= across.0 - alignment, piece.position <= across.1 + alignment else { return [] }
        let along = horizontal ? (bounds.x0, bounds.x1) : (bounds.y0, bounds.y1)
        var spans = [(max(piece.start, along.0), min(piece.end, along.1))].filter { $0.0 < $0.1 }
        let candidates = covers.filter { fill in
            fill.order > piece.order
                && (horizontal
                    ? fill.rect.y0 + coverMargin < piece.position && piece.position < fill.rect.y1 - coverMargin
                    : fill.rect.x0 + coverMargin < piece.position && piece.position < fill.rect.x1 - coverMargin)
        }
        for fill in candidates {
            let cover = horizontal ? (fill.rect.x0, fill.rect.x1) : (fill.rect.y0, fill.rect.y1)
            spans = spans.flatMap { span -> [(Double, Double)] in
                guard cover.0 < span.1, cover.1 > span.0 else { return [span] }
                return [(span.0, cover.0), (cover.1, span.1)].filter { $0.0 < $0.1 }
            }
        }
        return spans.map { span in
            var part = piece
            part.start = span.0
            part.end = span.1
            return part
        }
    }

    /// The boxes of a page's printed glyphs, sorted by their left edge, to
    /// tell a stroke of a glyph from a rule.
    struct GlyphBoxes {
        private let boxes: [Rect]
        private let widest: Double
        private let slackEm: Double

        init(_ boxes: [Rect], slackEm: Double) {
            self.boxes = boxes.sorted { $0.x0 < $1.x0 }
            widest = boxes.map(\.width).max() ?? 0
            self.slackEm = slackEm
        }

        /// Whether some glyph's box, widened by its slack, holds all of `piece`.
        func hold(_ piece: Piece) -> Bool {
            let horizontal = piece.orientation == .horizontal
            let extent = horizontal
                ? Rect(x0: piece.start, y0: piece.position, x1: piece.end, y1: piece.position)
                : Rect(x0: piece.position, y0: piece.start, x1: piece.position, y1: piece.end)
            // Only boxes starting at most `widest` (and the slack) left of the piece can hold it.
            var low = 0, high = boxes.count
            while low < high {
                let middle = (low + high) / 2
                if boxes[middle].x0 < extent.x0 - 2 * widest { low = middle + 1 } else { high = middle }
            }
            for box in boxes[low...] {
                let slack = box.height * slackEm
                if box.x0 - slack > extent.x0 { break }
                if box.x1 + slack >= extent.x1 && box.y0 - slack <= extent.y0 && box.y1 + slack >= extent.y1 { return true }
            }
            return false
        }
    }

    /// Pieces on one line joined where they touch or leave a gap of at most `joinGap`.
    private func joined(_ pieces: [Piece]) -> [Ruling] {
        var rulings: [Ruling] = []
        var group: [Piece] = []
        func flush() {
            defer { group.removeAll(keepingCapacity: true) }
            var runs: [(start: Double, end: Double, weighted: Double, length: Double)] = []
            for piece in group.sorted(by: { $0.start < $1.start }) {
                let length = max(piece.end - piece.start, 0.01)
                if let last = runs.last, piece.start - last.end <= joinGap {
                    runs[runs.count - 1] = (last.start, max(last.end, piece.end),
                                            last.weighted + piece.position * length, last.length + length)
                } else {
                    runs.append((piece.start, piece.end, piece.position * length, length))
                }
            }
            for run in runs {
                guard let orientation = group.first?.orientation else { continue }
                rulings.append(Ruling(orientation, at: run.weighted / run.length, from: run.start, to: run.end))
            }
        }
        for piece in pieces.sorted(by: { $0.position < $1.position }) {
            if let first = group.first, piece.position - first.position > alignment { flush() }
            group.append(piece)
        }
        flush()
        return rulings
    }

    /// Two parallel rules closer than `doubleRuleGap` whose extents overlap
    /// over half the shorter one are one rule, in the middle, as long as both.
    private func mergingDoubleRules(_ rulings: [Ruling]) -> [Ruling] {
        var merged: [Ruling] = []
        for ruling in rulings.sorted(by: { $0.position < $1.position }) {
            let partner = merged.indices.last { index in
                let other = merged[index]
                let overlap = min(other.end, ruling.end) - max(other.start, ruling.start)
                return ruling.position - other.position < doubleRuleGap
                    && overlap * 2 >= min(other.end - other.start, ruling.end - ruling.start)
            }
            if let partner {
                let other = merged[partner]
                merged[partner] = Ruling(ruling.orientation, at: (other.position + ruling.position) / 2,
                                         from: min(other.start, ruling.start), to: max(other.end, ruling.end))
            } else {
                merged.append(ruling)
            }
        }
        return merged
    }
}
