@testable import BudgetExtract
import Foundation
import Testing

/// The SHA-256 the JSON gives as `sha256`: the published digests of the
/// empty message and of `abc` (FIPS 180-2, appendix B.1), and `sha256sum` on the
/// same files: the Samples, and lengths around a block's padding and a read's chunk.
@Suite("file digest")
struct FileDigestTests {
    static func sha256sum(_ path: String) throws -> String {
        String(try CommandRun.program(["/usr/bin/sha256sum", path]).stdout.prefix(64))
    }

    @Test func knownDigestsInLowerCaseHex() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.bin"), abc = folder.appendingPathComponent("abc.bin")
        try Data().write(to: empty)
        try Data("abc".utf8).write(to: abc)
        #expect(FileDigest.sha256(of: empty.path) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.sha256(of: abc.path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
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
