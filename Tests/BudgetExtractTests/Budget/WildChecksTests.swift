import Foundation
import Testing
@testable import BudgetExtract

/// Every check that fails on the real budgets of `../shared/wild`, pinned in
/// `Tests/Pinned/wild-failing-checks.tsv` (file, page, rule, what was compared, printed,
/// expected, and one line on why it fails), so that a new failure or a
/// vanished one shows. The real binary converts the files the list names.
///
/// After a change to extraction, regenerate the list with
///
///     swift build -c release && WILD_CHECKS_REWRITE=1 swift test --filter WildChecks
///
/// which converts every wild PDF and rewrites the file, keeping the "why" of
/// each failure that is still there (new ones get `?`: look at the page and
/// say why).
@Suite("Failing checks on ../shared/wild", .enabled(if: WildChecks.isPresent, "needs ../shared/wild beside the checkout"))
struct WildChecksTests {
    @Test func theFailingChecksAreThePinnedOnes() throws {
        let rewrite = ProcessInfo.processInfo.environment["WILD_CHECKS_REWRITE"] != nil
        let pinned = try WildChecks.pinned()
        let files = rewrite ? try WildChecks.allPDFs() : Array(Set(pinned.map(\.file))).sorted()
        let found = try WildChecks.failing(converting: files)
        if rewrite {
            try WildChecks.write(found, keepingWhyFrom: pinned)
            return
        }
        let pinnedKeys = pinned.map(\.key).sorted(), foundKeys = found.map(\.key).sorted()
        let new = foundKeys.filter { !pinnedKeys.contains($0) }, vanished = pinnedKeys.filter { !foundKeys.contains($0) }
        // Recorded with their whole text: an expectation's own account of a long list is cut in
        // the middle of a character, and `swift test` then drops the whole message.
        if !new.isEmpty { Issue.record("failing checks not in wild-failing-checks.tsv:\n\(new.joined(separator: "\n"))") }
        if !vanished.isEmpty {
            Issue.record("pinned failing checks that now pass or are no longer formed:\n\(vanished.joined(separator: "\n"))")
        }
        #expect(foundKeys.count == pinnedKeys.count)
        #expect(!pinned.contains { $0.why.isEmpty || $0.why == "?" }, "every pinned failure says why")
    }
}

/// One failing check as the pinned list records it.
struct PinnedFailure {
    var file: String
    var page: Int
    var rule: String
    var description: String
    var printed: String
    var expected: String
    var why: String

    /// What identifies the failure: all but the why.
    var key: String { [file, String(page), rule, description, printed, expected].joined(separator: "\t") }
}

enum WildChecks {
    static let folder = Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/wild")
    static let list = Fixtures.repository.appendingPathComponent("Tests/Pinned/wild-failing-checks.tsv")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// The newest of the optimised builds (`swift build -c release`, or the
    /// static one `scripts/test` makes: either converts the wild files in a
    /// minute) when it is newer than the debug build, else the debug binary.
    static var binary: URL {
        func modified(_ url: URL) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
        }
        let optimised = [".build/release/budget-extract", ".build/static/release/budget-extract"]
            .map { Fixtures.repository.appendingPathComponent($0) }
            .compactMap { url in modified(url).map { (url, $0) } }
            .max { $0.1 < $1.1 }
        guard let (newest, date) = optimised, date >= (modified(Fixtures.binary) ?? .distantPast) else { return Fixtures.binary }
        return newest
    }

    /// Each file's time limit: ten times the default, so that a machine busy
    /// with the rest of the suite never fails a large file for want of time.
    static let secondsPerFile = 1200

    static func allPDFs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
    }

    static func pinned() throws -> [PinnedFailure] {
        guard FileManager.default.fileExists(atPath: list.path) else { return [] }
        return try String(contentsOf: list, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, let page = Int(fields[1]) else { return nil }
            return PinnedFailure(file: fields[0], page: page, rule: fields[2], description: fields[3], printed: fields[4],
                                 expected: fields[5], why: fields[6])
        }
    }

    /// Converts the files with the real binary and reads the failing checks of their JSON.
    static func failing(converting files: [String]) throws -> [PinnedFailure] {
        let output = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try CommandRun.program([binary.path, "convert"] + files.map { folder.appendingPathComponent($0).path }
                                   + ["--output", output.path, "--quiet", "--timeout", String(secondsPerFile)],
                                   timeLimit: .seconds(secondsPerFile))
        var failures: [PinnedFailure] = []
        for file in files {
            let json = output.appendingPathComponent(String(file.dropLast(4)) + ".json")
            guard let data = try? Data(contentsOf: json) else { continue }
            let document = try JSONDecoder().decode(ChecksOnly.self, from: data)
            for check in document.checks where check.outcome == .fail {
                failures.append(PinnedFailure(file: file, page: check.total.page, rule: check.rule.rawValue,
                                              description: check.description, printed: check.printed,
                                              expected: check.expected, why: ""))
            }
        }
        return failures
    }

    /// Writes the list, each failure with the why it had before (`?` for a new one).
    static func write(_ failures: [PinnedFailure], keepingWhyFrom pinned: [PinnedFailure]) throws {
        let whys = Dictionary(pinned.map { ($0.key, $0.why) }, uniquingKeysWith: { first, _ in first })
        let lines = failures.map { failure in
            failure.key + "\t" + (whys[failure.key] ?? "?")
        }
        let text = (["file\tpage\trule\tdescription\tprinted\texpected\twhy"] + lines).joined(separator: "\n") + "\n"
        try text.write(to: list, atomically: true, encoding: .utf8)
    }

    /// The part of a document's JSON this test reads.
    struct ChecksOnly: Decodable {
        var checks: [ArithmeticCheck]
    }
}
