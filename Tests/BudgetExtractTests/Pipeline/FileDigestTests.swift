@testable import BudgetExtract
import Foundation
import Testing

/// The SHA-256 the JSON gives as `sha256`, against `sha256sum` on the same
/// files: the Samples, and lengths around a block's padding and a read's chunk.
@Suite("file digest")
struct FileDigestTests {
    static func sha256sum(_ path: String) throws -> String {
        String(try CommandRun.program(["/usr/bin/sha256sum", path]).stdout.prefix(64))
    }

    @Test func theDigestIsSha256sums() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths = [Fixtures.sample("two-tables.pdf"), Fixtures.sample("ruled-income.pdf")]
        for length in [0, 3, 55, 56, 63, 64, 65, 119, 120, FileDigest.chunkBytes - 1, FileDigest.chunkBytes + 70] {
            let path = folder.appendingPathComponent("\(length).bin").path
            try Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        for path in paths {
            #expect(FileDigest.sha256(of: path) == (try Self.sha256sum(path)), "\(path)")
        }
        #expect(FileDigest.sha256(of: folder.appendingPathComponent("missing").path) == nil)
    }
}
