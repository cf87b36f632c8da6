import CPopplerShim

/// A colour, each component 0...1.
public struct Colour: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var opacity: Double

    public init(red: Double, green: Double, blue: Double, opacity: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.opacity = opacity
    }

    init(_ colour: shim_colour) {
        self.init(red: colour.red, green: colour.green, blue: colour.blue, opacity: colour.opacity)
    }

    /// How light it looks, 0 black … 1 white.
    public var lightness: Double { 0.299 * red + 0.587 * green + 0.114 * blue }

    /// Lighter than this, a colour reads as the paper: a mark in it is no ink.
    /// (The grey level 235 of 255 the bitmap detector counted as ink.)
    static let paperLightness = 0.92
    /// Less opaque than this, a paint lets what lies under it show through.
    static let opaqueEnough = 0.99

    /// Whether it reads as blank paper: very light, or barely painted at all.
    public var isPaper: Bool { lightness >= Self.paperLightness || opacity < 0.1 }
    /// Whether painting with it covers what lies beneath.
    public var isOpaque: Bool { opacity >= Self.opaqueEnough }
}

/// One glyph as a text operator drew it, with what decides whether it is
/// printed (PrintedGlyphs, in Layout): where the clip lets it show, its render
/// mode and colour, and when it was drawn among the page's paths.
public struct DrawnGlyph: Sendable {
    public var glyph: Glyph
    /// The bounding box of the clip in force when it was drawn.
    public var clip: Rect
    public var fill: Colour
    /// Text render mode 0...7: 3 draws nothing, 7 only clips.
    public var renderMode: Int
    public var bold: Bool
    public var fontSize: Double
    /// Index into the page's `fontNames`.
    public var font: Int
    /// Position among everything the page paints, glyphs and paths together.
    public var order: Int
    /// Whether the box is the em box: the font's descriptor gave no plausible ascent and descent.
    public var emBox: Bool

    /// Render modes that leave no ink: 3 (invisible) and 7 (clip only).
    public var isInvisible: Bool { renderMode == 3 || renderMode == 7 }
}

/// One stroked or filled path, upright, in page space.
public struct PaintedPath: Sendable {
    public enum Paint: Sendable { case stroke, fill }

    /// One point; `curve` when the segment that ends here is a Bézier curve.
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var curve: Bool
    }

    /// Points joined by segments, closed back to the first when `closed`.
    public struct Subpath: Sendable {
        public var points: [Point]
        public var closed: Bool
    }

    public var paint: Paint
    public var subpaths: [Subpath]
    /// Stroke width in points (0: the thinnest line a device draws).
    public var lineWidth: Double
    /// The first dash and gap, in points, of a dashed stroke.
    public var dash: (on: Double, off: Double)?
    /// The stroke colour of a stroke, the fill colour of a fill.
    public var colour: Colour
    public var clip: Rect
    public var order: Int
}

/// One image the page draws: where it lies, never what it shows.
public struct PaintedImage: Sendable {
    /// The part of the page it paints: its box, cut to the clip in force.
    public var rect: Rect
    /// Position among everything the page paints, glyphs, paths and images together.
    public var order: Int
    /// Whether it hides what lies under `rect`: every pixel opaque (no mask
    /// of any kind, full opacity, normal blending, no soft mask in force), and
    /// a rectangle along the page's axes, so that `rect` is what it paints.
    public var covers: Bool

    /// The least part of a glyph's box, across and along, that must stay
    /// outside an image painted over it for the glyph to show: what a
    /// sliver shows is the tips of a few strokes (PrintedGlyphs.minimumShown
    /// for a clip), and an image a hair narrower than the line it was pasted
    /// over still hides it.
    static let leastShownBeside = 0.25

    /// Whether, covering, it hides a glyph's box.
    public func hides(_ box: Rect) -> Bool {
        let outsideAcross = max(0, rect.x0 - box.x0) + max(0, box.x1 - rect.x1)
        let outsideAlong = max(0, rect.y0 - box.y0) + max(0, box.y1 - rect.y1)
        return covers && outsideAcross < box.width * Self.leastShownBeside && outsideAlong < box.height * Self.leastShownBeside
    }

    /// Whether it hides a glyph drawn before it, itself drawn before `order`.
    func hidesDrawn(_ drawn: DrawnGlyph, before order: Int) -> Bool {
        drawn.order < self.order && self.order < order && hides(drawn.glyph.box)
    }
}

/// Everything one interpretation of a page gives: its glyphs, its paths and
/// where its images lie, turned upright when its text runs sideways.
public struct PageContent: Sendable {
    /// 1-based.
    public var number: Int
    /// Size in points, upright.
    public var width: Double
    public var height: Double
    public var orientation: PageOrientation
    /// In drawing order, white space left out, fake-bold doubles removed.
    public var glyphs: [DrawnGlyph]
    public var paths: [PaintedPath]
    /// In drawing order.
    public var images: [PaintedImage] = []
    public var fontNames: [String]
    /// Glyphs whose font maps them to no Unicode text (left out of `glyphs`).
    public var unmappedGlyphs: Int
    /// The page painted more than is kept.
    public var truncated: Bool

    /// The page itself, upright.
    public var bounds: Rect { Rect(x0: 0, y0: 0, x1: width, y1: height) }

    /// The text objects drawn, printed or not: "no text layer" means none on any page.
    public var hasText: Bool { !glyphs.isEmpty || unmappedGlyphs > 0 }
}

extension PageContent {
    /// Copies a page the shim read (`width` × `height` as poppler displays it).
    init(_ page: OpaquePointer, number: Int, width: Double, height: Double) {
        let fontNames = (0..<shim_page_font_count(page)).map { String(cString: shim_page_font_name(page, $0)) }
        let drawnImages = Self.images(of: page)
        let (placed, unmapped) = Self.glyphs(of: page, covering: drawnImages.filter(\.covers))
        let orientation = PageOrientation.of(placed.map(\.glyph))
        let upright = orientation.uprightSize(width: width, height: height)
        func turn(_ rect: Rect) -> Rect { orientation.upright(rect, width: width, height: height) }
        self.number = number
        self.width = upright.width
        self.height = upright.height
        self.orientation = orientation
        self.fontNames = fontNames
        self.unmappedGlyphs = unmapped
        self.truncated = shim_page_truncated(page)
        images = drawnImages.map { image in
            var turned = image
            turned.rect = turn(image.rect)
            return turned
        }
        if orientation == .upright {
            glyphs = placed
            paths = Self.paths(of: page) { $0 }
        } else {
            glyphs = placed.map { drawn in
                var turned = drawn
                turned.glyph.box = turn(drawn.glyph.box)
                turned.glyph.em = turn(drawn.glyph.em)
                turned.clip = turn(drawn.clip)
                return turned
            }
            paths = Self.paths(of: page) { point in
                let box = turn(Rect(x0: point.x, y0: point.y, x1: point.x, y1: point.y))
                return PaintedPath.Point(x: box.x0, y: box.y0, curve: point.curve)
            }
        }
    }

    /// The glyphs in drawing order, one per character (a ligature's box is
    /// shared out along its advance), white space and fake-bold copies left
    /// out (`covering`: the images that hide what lies under them); and how
    /// many drew no Unicode text at all.
    private static func glyphs(of page: OpaquePointer, covering: [PaintedImage]) -> ([DrawnGlyph], Int) {
        let count = shim_page_glyph_count(page)
        guard count > 0, let raw = shim_page_glyphs(page), let text = shim_page_text(page) else { return ([], 0) }
        var glyphs: [DrawnGlyph] = []
        glyphs.reserveCapacity(count)
        var unmapped = 0
        var copies = FakeBoldCopies(capacity: count)
        for item in UnsafeBufferPointer(start: raw, count: count) {
            guard item.text_length > 0 else {
                unmapped += 1
                continue
            }
            let bytes = UnsafeRawBufferPointer(start: text + Int(item.text_offset), count: Int(item.text_length))
            let scalarCount = Self.isOneSequence(bytes) ? 1 : Self.scalarCount(of: bytes)
            let box = Rect(item.box)
            let em = Rect(item.em)
            let alongX = abs(item.advance_x) >= abs(item.advance_y)
            var iterator = bytes.makeIterator()
            var decoder = Unicode.UTF8()
            var index = -1
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                index += 1
                guard !Self.isBlank(scalar) else { continue }
                let part = share(box, part: index, of: scalarCount, alongX: alongX)
                let drawn = DrawnGlyph(
                    glyph: Glyph(scalar: GlyphText.clean(scalar: scalar), box: part,
                                 em: share(em, part: index, of: scalarCount, alongX: alongX)),
                    clip: Rect(item.clip),
                    fill: Colour(item.fill), renderMode: Int(item.render_mode), bold: item.bold,
                    fontSize: item.font_size, font: Int(item.font), order: Int(item.order), emBox: item.em_box)
                // A copy is no copy where an image drawn since hides the glyph it copies:
                // the text printed again over a picture pasted on the first.
                if let original = copies.original(of: drawn.glyph, scalar: scalar.value),
                   !covering.contains(where: { $0.hidesDrawn(glyphs[original], before: drawn.order) }) {
                    continue
                }
                copies.keep(drawn.glyph, scalar: scalar.value)
                glyphs.append(drawn)
            }
        }
        return (glyphs, unmapped)
    }

    /// How many Unicode scalars a glyph's UTF-8 text holds (one, but for a
    /// ligature), counted in place: the glyph loop decodes them again, without
    /// an array for each glyph.
    private static func scalarCount(of bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while case .scalarValue = decoder.decode(&iterator) { count += 1 }
        return count
    }

    /// Whether the bytes are as many as their first byte says its sequence
    /// holds: one scalar (nearly every glyph's text), or none if invalid, which
    /// the glyph loop then finds without using the count.
    private static func isOneSequence(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let lead = bytes.first else { return false }
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return bytes.count == length
    }

    /// White space and control characters print nothing; ASCII, and the ideographs past U+3000
    /// where neither is, are decided without a property lookup.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
        if scalar.value > 0x3000 { return false }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// The `part`-th of `count` equal slices of a box, along x or y.
    private static func share(_ box: Rect, part: Int, of count: Int, alongX: Bool) -> Rect {
        guard count > 1 else { return box }
        let from = Double(part) / Double(count), to = Double(part + 1) / Double(count)
        return alongX
            ? Rect(x0: box.x0 + box.width * from, y0: box.y0, x1: box.x0 + box.width * to, y1: box.y1)
            : Rect(x0: box.x0, y0: box.y0 + box.height * from, x1: box.x1, y1: box.y0 + box.height * to)
    }

    /// The images in drawing order, each cut to its clip; one the clip hides
    /// entirely is left out.
    private static func images(of page: OpaquePointer) -> [PaintedImage] {
        let count = shim_page_image_count(page)
        guard count > 0, let raw = shim_page_images(page) else { return [] }
        return UnsafeBufferPointer(start: raw, count: count).compactMap { item in
            let box = Rect(item.box)
            let clip = Rect(item.clip)
            guard let shown = box.intersection(clip) else { return nil }
            return PaintedImage(rect: shown, order: Int(item.order), covers: item.opaque && item.axis_aligned)
        }
    }

    private static func paths(of page: OpaquePointer,
                              place: (PaintedPath.Point) -> PaintedPath.Point) -> [PaintedPath] {
        let count = shim_page_path_count(page)
        guard count > 0, let raw = shim_page_paths(page), let points = shim_page_points(page) else { return [] }
        return UnsafeBufferPointer(start: raw, count: count).map { item in
            var subpaths: [PaintedPath.Subpath] = []
            for point in UnsafeBufferPointer(start: points + Int(item.first_point), count: Int(item.point_count)) {
                let flags = Int(point.flags)
                let placed = place(PaintedPath.Point(x: point.x, y: point.y, curve: flags & SHIM_POINT_CURVE != 0))
                if flags & SHIM_POINT_MOVE != 0 || subpaths.isEmpty {
                    subpaths.append(PaintedPath.Subpath(points: [], closed: false))
                }
                subpaths[subpaths.count - 1].points.append(placed)
                if flags & SHIM_POINT_CLOSES != 0 { subpaths[subpaths.count - 1].closed = true }
            }
            let clip = Rect(item.clip)
            let clipCorners = place(PaintedPath.Point(x: clip.x0, y: clip.y0, curve: false))
            let clipOpposite = place(PaintedPath.Point(x: clip.x1, y: clip.y1, curve: false))
            return PaintedPath(
                paint: item.paint == SHIM_PAINT_STROKE ? .stroke : .fill,
                subpaths: subpaths,
                lineWidth: item.line_width,
                dash: item.dash_on > 0 || item.dash_off > 0 ? (item.dash_on, item.dash_off) : nil,
                colour: Colour(item.colour),
                clip: Rect(x0: clipCorners.x, y0: clipCorners.y, x1: clipOpposite.x, y1: clipOpposite.y),
                order: Int(item.order))
        }
    }
}

/// The glyphs kept so far, by character and position: fake bold prints a
/// run of text several times over (nine times, by some producers), each copy
/// a fraction of a point from the first, and only the first is kept.
///
/// Glyphs are filed under their scalar and the square their corner lies in,
/// in a table of their own (open addressing, linear probing) rather than a
/// `Dictionary` of arrays: a page asks it several times a glyph, and hashing
/// and an array for each square were most of the cost of reading a page's
/// glyphs in Swift.
struct FakeBoldCopies {
    /// Side of the squares glyphs are filed under, in points.
    static let square = 8.0

    /// The scalar, column and row packed into one integer: one word to hash.
    /// Columns and rows past ±2^20 squares (8 million points, off any page)
    /// may share a key; that costs comparisons, never a wrong answer, since
    /// ``Glyph/isFakeBoldCopy(of:)`` compares the boxes themselves.
    private static func key(scalar: UInt32, column: Int32, row: Int32) -> Int {
        let mask = (1 << 21) - 1
        return Int(scalar) << 42 | (Int(column) & mask) << 21 | (Int(row) & mask)
    }

    /// The glyphs kept, in order, each with the index of the glyph kept
    /// before it under the same key (-1: none).
    private var kept: [(glyph: Glyph, previous: Int)] = []
    /// The table's slots: a key, and the index into `kept` of the last glyph
    /// filed under it (-1: the slot is empty). Its size is a power of two.
    private var slotKeys: [Int] = []
    private var slotLast: [Int] = []
    /// 64 minus the bits of the table's size: a key's slot is the top bits of its hash.
    private var slotShift = 0

    /// Room for `count` glyphs filed at once: the table is not rebuilt as the page's glyphs come.
    init(capacity count: Int) {
        kept.reserveCapacity(count)
        makeSlots(for: count)
    }

    /// The index, among the glyphs kept, of the one this glyph (its one
    /// scalar given) copies; nil when it copies none. A copy lies within a
    /// third of the glyph's size (``Glyph/isFakeBoldCopy(of:)``), so only the
    /// squares that close to its corner are looked in: mostly its own.
    func original(of glyph: Glyph, scalar: UInt32) -> Int? {
        let x = glyph.box.x0, y = glyph.box.y0
        let reachX = glyph.box.width * 0.3, reachY = glyph.box.height * 0.3
        let column = Self.cell(x), row = Self.cell(y)
        // At most one square either side (a copy of a glyph wider than three squares may be missed).
        let columns = max(Self.cell(x - reachX), column &- 1)...min(Self.cell(x + reachX), column &+ 1)
        let rows = max(Self.cell(y - reachY), row &- 1)...min(Self.cell(y + reachY), row &+ 1)
        for c in columns {
            for r in rows {
                var index = slotLast[slot(of: Self.key(scalar: scalar, column: c, row: r))]
                while index >= 0 {
                    if glyph.isFakeBoldCopy(of: kept[index].glyph) { return index }
                    index = kept[index].previous
                }
            }
        }
        return nil
    }

    /// Keeps a glyph (its one scalar given): later copies of it are found.
    mutating func keep(_ glyph: Glyph, scalar: UInt32) {
        let key = Self.key(scalar: scalar, column: Self.cell(glyph.box.x0), row: Self.cell(glyph.box.y0))
        let slot = slot(of: key)
        kept.append((glyph, slotLast[slot]))
        slotKeys[slot] = key
        slotLast[slot] = kept.count - 1
        if kept.count * 2 > slotKeys.count { makeSlots(for: kept.count * 2) }
    }

    /// The slot holding `key`, or the empty slot where it goes.
    @inline(__always)
    private func slot(of key: Int) -> Int {
        // Fibonacci hashing: the key times 2^64 / golden ratio, its top bits.
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(slotShift))
        while slotLast[slot] >= 0, slotKeys[slot] != key { slot = (slot + 1) & (slotKeys.count - 1) }
        return slot
    }

    /// A table with room for `count` keys at most half full (probes stay
    /// short), holding the keys filed so far.
    private mutating func makeSlots(for count: Int) {
        var bits = 4
        while 1 << bits < 2 * count { bits += 1 }
        let oldKeys = slotKeys, oldLast = slotLast
        slotKeys = Array(repeating: 0, count: 1 << bits)
        slotLast = Array(repeating: -1, count: 1 << bits)
        slotShift = 64 - bits
        for (key, last) in zip(oldKeys, oldLast) where last >= 0 {
            let slot = slot(of: key)
            slotKeys[slot] = key
            slotLast[slot] = last
        }
    }

    /// The square a coordinate lies in (inlined: it is asked six times a glyph).
    @inline(__always)
    private static func cell(_ value: Double) -> Int32 {
        guard value.isFinite else { return 0 }
        return Int32(max(-1e9, min(1e9, (value / square).rounded(.down))))
    }
}

extension Glyph {
    /// Fake bold prints a glyph twice, a fraction of a point apart.
    func isFakeBoldCopy(of other: Glyph) -> Bool {
        abs(box.x0 - other.box.x0) < box.width * 0.3
            && abs(box.y0 - other.box.y0) < box.height * 0.3
            && scalar == other.scalar
    }
}

private extension Rect {
    /// The shim's rectangle, as the C header writes it.
    init(_ rect: shim_rect) {
        self.init(x0: rect.x0, y0: rect.y0, x1: rect.x1, y1: rect.y1)
    }
}
