/// Finds ruling lines in a low-resolution rendering of a page.
///
/// poppler-glib has no API for a page's vector paths, so the page is rendered
/// to a small grey bitmap and long, thin runs of dark pixels are read as lines
/// (docs/architecture.md explains the choice). Glyph boxes are blanked first,
/// so the strokes of characters are never mistaken for rules.
public struct RulingDetector: Sendable {
    /// Pixels darker than this count as ink.
    public var inkThreshold: UInt8 = 235
    /// The shortest unbroken stretch of ink, in points, that a line must hold.
    public var minimumLength: Double = 8
    /// Runs thicker than this, in points, are filled areas: their edges count as lines.
    public var maximumThickness: Double = 3.5

    public init() {}

    public func rulings(in image: GreyImage, masking glyphBoxes: [Rect]) -> [Ruling] {
        var ink = InkMap(image: image, threshold: inkThreshold)
        for box in glyphBoxes { ink.mask(box) }
        return lines(in: ink, orientation: .horizontal) + lines(in: ink, orientation: .vertical)
    }

    /// Scans the map along one direction, grows runs on neighbouring scan lines
    /// into bands, and turns each band into a ruling (or two, for a filled area).
    private func lines(in ink: InkMap, orientation: Ruling.Orientation) -> [Ruling] {
        let scale = ink.scale
        let horizontal = orientation == .horizontal
        let scanCount = horizontal ? ink.height : ink.width
        let scanLength = horizontal ? ink.width : ink.height
        let solidPixels = max(3, Int((minimumLength * scale).rounded(.up)))

        var open: [Band] = []
        var finished: [Band] = []
        var runs: [Range<Int>] = []
        for scan in 0..<scanCount {
            runs.removeAll(keepingCapacity: true)
            ink.scan(scan, horizontal: horizontal, length: scanLength, solidInk: solidPixels, into: &runs)
            var stillOpen: [Band] = []
            for run in runs {
                if let index = open.firstIndex(where: { $0.continues(with: run) }) {
                    var band = open.remove(at: index)
                    band.extend(run, at: scan)
                    stillOpen.append(band)
                } else {
                    stillOpen.append(Band(run: run, at: scan))
                }
            }
            finished.append(contentsOf: open)
            open = stillOpen
        }
        finished.append(contentsOf: open)

        let maximumPixels = max(2, Int((maximumThickness * scale).rounded(.up)))
        var rulings: [Ruling] = []
        for band in finished {
            let start = Double(band.along.lowerBound) / scale
            let end = Double(band.along.upperBound) / scale
            if band.thickness <= maximumPixels {
                // A line is darker than what lies beside it; a strip of a
                // shaded area left between two masked glyphs is not.
                guard ink.standsOut(band, horizontal: horizontal) else { continue }
                let centre = (Double(band.firstScan + band.lastScan) / 2 + 0.5) / scale
                rulings.append(Ruling(orientation, at: centre, from: start, to: end))
            } else {
                // A filled area's side is an edge where it meets white paper;
                // where it meets a masked glyph (text printed on a shaded cell)
                // or more ink, the side is no edge of its own.
                if ink.isMostlyBlank(scan: band.firstScan - 1, along: band.along, horizontal: horizontal) {
                    rulings.append(Ruling(orientation, at: Double(band.firstScan) / scale, from: start, to: end))
                }
                if ink.isMostlyBlank(scan: band.lastScan + 1, along: band.along, horizontal: horizontal) {
                    rulings.append(Ruling(orientation, at: Double(band.lastScan + 1) / scale, from: start, to: end))
                }
            }
        }
        return rulings
    }
}

/// Runs of ink on consecutive scan lines that overlap: one drawn line (or one filled area).
fileprivate struct Band {
    var along: Range<Int>
    var firstScan: Int
    var lastScan: Int

    init(run: Range<Int>, at scan: Int) {
        along = run
        firstScan = scan
        lastScan = scan
    }

    var thickness: Int { lastScan - firstScan + 1 }

    /// A run continues the band when they overlap over half the longer of
    /// the two: a rule running the table's height stays apart from the
    /// short runs of a shaded header it crosses.
    func continues(with run: Range<Int>) -> Bool {
        let overlap = min(along.upperBound, run.upperBound) - max(along.lowerBound, run.lowerBound)
        return overlap * 2 >= max(along.count, run.count)
    }

    mutating func extend(_ run: Range<Int>, at scan: Int) {
        along = min(along.lowerBound, run.lowerBound)..<max(along.upperBound, run.upperBound)
        lastScan = scan
    }
}

/// What the detector knows of each pixel.
private enum Pixel {
    static let blank: UInt8 = 0
    static let ink: UInt8 = 1
    static let masked: UInt8 = 2
}

/// Which pixels are ink, and which lie under a glyph and so say nothing.
fileprivate struct InkMap {
    let width: Int
    let height: Int
    let scale: Double
    private var pixels: [UInt8]

    /// The grey levels themselves (0 black … 255 white).
    private let grey: [UInt8]

    init(image: GreyImage, threshold: UInt8) {
        width = image.width
        height = image.height
        scale = image.scale
        grey = image.pixels
        pixels = image.pixels.map { $0 < threshold ? Pixel.ink : Pixel.blank }
    }

    /// Whether a thin band is darker, by a clear margin, than the unmasked
    /// pixels on either side of it; with nothing unmasked beside it, it is not.
    func standsOut(_ band: Band, horizontal: Bool) -> Bool {
        let scans = horizontal ? height : width
        func index(_ scan: Int, _ along: Int) -> Int { horizontal ? scan * width + along : along * width + scan }
        var inside = 0, insideCount = 0, outside = 0, outsideCount = 0
        for along in band.along {
            for scan in band.firstScan...band.lastScan {
                inside += Int(grey[index(scan, along)])
                insideCount += 1
            }
            for scan in [band.firstScan - 1, band.lastScan + 1] where scan >= 0 && scan < scans {
                guard pixels[index(scan, along)] != Pixel.masked else { continue }
                outside += Int(grey[index(scan, along)])
                outsideCount += 1
            }
        }
        guard insideCount > 0, outsideCount > 0 else { return false }
        return outside * insideCount - inside * outsideCount >= 16 * insideCount * outsideCount
    }

    /// Marks the pixels a box covers as unknown.
    mutating func mask(_ rect: Rect) {
        let x0 = max(0, Int(rect.x0 * scale)), x1 = min(width, Int((rect.x1 * scale).rounded(.up)))
        let y0 = max(0, Int(rect.y0 * scale)), y1 = min(height, Int((rect.y1 * scale).rounded(.up)))
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { pixels[y * width + x] = Pixel.masked }
        }
    }

    /// Whether at least half the pixels of a stretch of one scan line are
    /// blank paper (a scan line off the page counts as blank).
    func isMostlyBlank(scan: Int, along: Range<Int>, horizontal: Bool) -> Bool {
        guard scan >= 0, scan < (horizontal ? height : width) else { return true }
        let blank = along.count { along in
            pixels[horizontal ? scan * width + along : along * width + scan] == Pixel.blank
        }
        return blank * 2 >= along.count
    }

    /// The runs of one scan line (a row, or a column when not `horizontal`).
    /// A run goes on through masked pixels (a rule under a glyph) and across
    /// a one-pixel break, and ends at its last real ink; but where all that
    /// follows its last masked stretch is a short stub (the crossing rule of
    /// a merged cell's far side), it ends before that stretch. It must hold
    /// an unbroken stretch of `solidInk` ink pixels: two crossing rules with
    /// a masked glyph between them are not a line.
    func scan(_ scan: Int, horizontal: Bool, length: Int, solidInk: Int, into runs: inout [Range<Int>]) {
        let start = horizontal ? scan * width : scan
        let step = horizontal ? 1 : width
        pixels.withUnsafeBufferPointer { pixels in
            var runStart = -1, lastInk = 0
            var inMask = false, endBeforeMask = -1
            var stretch = 0, longest = 0, longestBeforeMask = 0
            func close() {
                var end = lastInk, solid = longest
                if endBeforeMask >= 0, stretch < solidInk, lastInk - endBeforeMask < solidInk * 2 {
                    end = endBeforeMask
                    solid = longestBeforeMask
                }
                if solid >= solidInk { runs.append(runStart..<(end + 1)) }
                runStart = -1
                inMask = false
                endBeforeMask = -1
                stretch = 0
                longest = 0
            }
            var offset = start
            for along in 0..<length {
                let pixel = pixels[offset]
                offset += step
                if pixel == Pixel.ink {
                    if runStart < 0 { runStart = along }
                    if inMask {
                        endBeforeMask = lastInk
                        longestBeforeMask = longest
                        inMask = false
                    }
                    stretch = lastInk == along - 1 ? stretch + 1 : 1
                    longest = max(longest, stretch)
                    lastInk = along
                } else if pixel == Pixel.masked {
                    if runStart >= 0 { inMask = true }
                } else if runStart >= 0, along - lastInk > 1 {
                    close()
                }
            }
            if runStart >= 0 { close() }
        }
    }
}
