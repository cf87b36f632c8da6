import Foundation
import Testing

/// The inputs `scripts/fuzz` found crashing the binary (Samples/bad/fuzz-*.pdf,
/// mutants of Samples), converted beside good files by the real binary: each
/// one converts or fails alone with one line naming it, and the good files
/// convert. (`scripts/fuzz` converts each alone, where a trap is a crash.)
@Suite("fuzz findings")
struct FuzzFindingsTests {
    static var findings: [String] {
        let bad = Fixtures.samples.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
        return names.filter { $0.hasPrefix("fuzz-") && $0.hasSuffix(".pdf") }.sorted().map { bad.appendingPathComponent($0).path }
    }

    @Test func eachFindingFailsAloneWithItsNameOrConvertsAndTheGoodFilesConvert() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let findings = Self.findings
        try #require(findings.count >= 4, "Samples/bad/fuzz-*.pdf are missing")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = [Fixtures.sample("two-tables.pdf"), Fixtures.sample("ruled-income.pdf")]

        let run = try CommandRun.run(["convert"] + findings + good + ["--output", folder.path, "--jobs", "2"])

        let written = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(written.isSuperset(of: ["two-tables.json", "ruled-income.json"]))
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Program crashed"))
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        for finding in findings {
            let converted = written.contains(URL(fileURLWithPath: finding).deletingPathExtension().lastPathComponent + ".json")
            let lines = errors.filter { $0.hasPrefix("error: \(finding): ") && $0.count > "error: \(finding): ".count }
            #expect(converted ? lines.isEmpty : lines.count == 1, "\(finding): converted \(converted), \(lines)")
        }
        #expect(errors.count == findings.count + good.count - written.count)
        #expect(run.status == (errors.isEmpty ? 0 : 1))
    }
}
