import Foundation
import Testing

/// Samples/ holds what scripts/make-samples draws: run into a folder of its
/// own, the generator must write every committed Sample again, its truth and
/// its bad inputs, identical to the committed files. A change to the
/// generator that redraws a Sample differently fails here until its output
/// is committed too, so the Samples the tests read cannot drift from it.
/// Where this machine's cairo writes other bytes for the same drawing, a
/// Sample's PDF is compared by its printed text.
@Suite("Samples generator")
struct SamplesGeneratorTests {
    /// The generator's interpreter, as its shebang names it: Debian's, with python3-cairo.
    static let python = "/usr/bin/python3"
    static let generator = Fixtures.repository.appendingPathComponent("scripts/make-samples")

    static var cairoImports: Bool {
        (try? CommandRun.program([python, "-c", "import cairo"]))?.status == 0
    }

    /// Files the generator draws differently on every run, compared by their
    /// text (`pdftotext -layout`, with these options) instead of their bytes:
    /// qpdf's AES-256 encryption draws new random salts each time.
    static let drawnAnewEachRun = ["bad/encrypted.pdf": ["-upw", "secret"]]

    @Test(.enabled(if: cairoImports, "needs /usr/bin/python3 able to import cairo (python3-cairo, scripts/install-deps)"),
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf"), "needs qpdf (scripts/install-deps)"))
    func committedSamplesAreWhatTheGeneratorDraws() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.program([Self.python, Self.generator.path, "--output", folder.path])
        try #require(run.status == 0, "scripts/make-samples --output failed: \(run.output)")

        let drawn = try Self.files(in: folder)
        #expect(drawn.count > 100, "the generator drew only \(drawn.count) files")
        // Every committed Sample and truth file is drawn (bad/ also holds inputs other scripts made).
        let committed = try Self.files(in: Fixtures.samples).filter { $0.hasPrefix("truth/") || ($0.hasSuffix(".pdf") && !$0.contains("/")) }
        let notDrawn = committed.subtracting(drawn).sorted()
        #expect(notDrawn.isEmpty, "committed in Samples/ but no longer drawn by scripts/make-samples: \(notDrawn)")

        var differing: [String] = [], samePrintOtherBytes: [String] = [], badInputsOtherBytes: [String] = []
        for name in drawn.sorted() {
            let ours = folder.appendingPathComponent(name), theirs = Fixtures.samples.appendingPathComponent(name)
            if let options = Self.drawnAnewEachRun[name] {
                if try Self.text(of: ours, options) != Self.text(of: theirs, options) { differing.append(name) }
            } else if FileManager.default.contents(atPath: ours.path) != FileManager.default.contents(atPath: theirs.path) {
                // Another release of cairo may write other bytes for the same
                // drawing: a Sample's printed text decides then, and the bad
                // inputs cut from its bytes cannot be compared at all.
                if name.hasPrefix("bad/") {
                    badInputsOtherBytes.append(name)
                } else if name.hasSuffix(".pdf"), try Self.text(of: ours, []) == Self.text(of: theirs, []) {
                    samePrintOtherBytes.append(name)
                } else {
                    differing.append(name)
                }
            }
        }
        if samePrintOtherBytes.isEmpty { differing += badInputsOtherBytes }
        #expect(differing.isEmpty, """
            scripts/make-samples draws \(differing.count) files other than Samples/ holds: \(differing); \
            run `/usr/bin/python3 scripts/make-samples` and commit its output, or make the generator draw again what those Samples show
            """)
    }

    /// Paths of the regular files under `folder`, relative to it.
    static func files(in folder: URL) throws -> Set<String> {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return Set(paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        })
    }

    /// The text `pdftotext -layout` reads from `pdf`.
    static func text(of pdf: URL, _ options: [String]) throws -> String {
        let run = try CommandRun.program(["/usr/bin/pdftotext", "-layout"] + options + [pdf.path, "-"])
        try #require(run.status == 0, "pdftotext \(pdf.path) failed: \(run.stderr)")
        return run.stdout
    }
}
