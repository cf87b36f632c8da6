import Foundation
import Testing

/// The findings as the command shows them: counted on the progress line and
/// listed by `export --what findings`, the real binary run as a process.
@Suite("Findings export")
struct FindingsExportTests {
    @Test func progressLineCountsAndExportListsEveryFinding() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted = try CommandRun.run(["convert", Fixtures.sample("audit-final-planted.pdf"), "--output", folder.path])
        #expect(converted.status == 0)
        #expect(converted.stderr.contains("; 10 findings"), "\(converted.stderr)")

        let exported = try CommandRun.run(["export", folder.path, "--what", "findings", "--no-byte-order-mark", "-q"])
        #expect(exported.status == 0)
        let lines = exported.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "file,department,year,document_kind,json,sha256,rule,severity,pages,message,evidence,expected")
        #expect(lines.count == 11)
        let comparison = try #require(lines.first { $0.contains("prose.comparison") })
        #expect(comparison.hasPrefix("audit-final-planted.pdf,上海市示例局,2024,决算,audit-final-planted.json,"))
        #expect(comparison.contains(",prose.comparison,error,10,"))
        #expect(comparison.contains("说明 p10: 年初预算为860.00万元"))
        #expect(comparison.hasSuffix(",决算数小于预算数"))
    }
}
