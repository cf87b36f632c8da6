import Foundation
import Testing
@testable import BudgetExtract

/// The findings on the published documents of ../shared (corpus and wild),
/// each read on its page and confirmed (Tests/PublishedFindings/notes.md),
/// pinned in Tests/PublishedFindings/findings.tsv, which `scripts/pin-findings`
/// regenerates. Only the
/// files with findings are converted, in one run of the built command (the
/// release build when it is newer than the debug build: it is the faster).
@Suite("Published findings", .enabled(if: PublishedDocuments.arePresent, "needs ../shared/corpus and ../shared/wild beside the checkout"))
struct PublishedFindingsTests {

    /// `folder/file.pdf` → its findings as `rule pages`, sorted.
    static func pinned() throws -> [String: [String]] {
        let url = Fixtures.repository.appendingPathComponent("Tests/PublishedFindings/findings.tsv")
        var pinned: [String: [String]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            pinned[fields[0], default: []].append(fields[1] + " " + fields[2])
        }
        return pinned.mapValues { $0.sorted() }
    }

    /// The release build when it was built after the debug build (a stale one
    /// would test old code), else the debug build the tests were built with.
    static func newestBuild() -> URL {
        let release = Fixtures.repository.appendingPathComponent(".build/release/budget-extract")
        func modified(_ url: URL) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return modified(release) > modified(Fixtures.binary) ? release : Fixtures.binary
    }

    @Test func everyConfirmedFindingAndNoOther() throws {
        let pinned = try Self.pinned()
        #expect(!pinned.isEmpty)
        let output = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let convert = try CommandRun.program([Self.newestBuild().path, "convert"]
                                             + pinned.keys.sorted().map { PublishedDocuments.folder.appendingPathComponent($0).path }
                                             + ["--output", output.path, "-q"], timeLimit: .seconds(1200))
        #expect(convert.status == 0, "\(convert.stderr)")
        for (file, expected) in pinned {
            let name = (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent) + ".json"
            let data = try Data(contentsOf: output.appendingPathComponent(name))
            let document = try JSONDecoder().decode(DocumentJSON.self, from: data)
            let found = (document.findings ?? []).map { "\($0.rule) " + $0.pages.map(String.init).joined(separator: ",") }.sorted()
            #expect(found == expected, "\(file)")
        }
    }
}

/// ../shared, which holds the published documents in `corpus/` and `wild/`.
enum PublishedDocuments {
    static let folder = Fixtures.corpus.deletingLastPathComponent()
    static var arePresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("wild").path) && Fixtures.corpusIsPresent
    }
}
