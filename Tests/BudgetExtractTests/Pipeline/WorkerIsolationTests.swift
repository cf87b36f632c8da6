@testable import BudgetExtract
import Foundation
import Testing

/// How `convert` reads the ending of a worker process: real processes (a
/// shell standing in for the worker: it reads the request on its descriptor
/// 3 and answers there) that announce pages, then crash, hang or report. The
/// real worker is run by ConvertCommandTests, WorkerPoolTests and FuzzFindingsTests.
@Suite("worker isolation")
final class WorkerIsolationTests {
    let folder: URL

    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    private func convert(withWorkerScript script: String, timeout: Duration = .seconds(30)) async throws -> ConversionResult {
        let file = try InputFile(path: Fixtures.sample("two-tables.pdf")).open().get()
        let isolation = WorkerIsolation(worker: ["/bin/sh", "-c", script, "worker"], timeout: timeout)
        let result = await isolation.convert(file, writingTo: folder.appendingPathComponent("two-tables.json"))
        await isolation.finish()
        return result
    }

    @Test func aWorkerKilledBySegfaultIsThePDFLibraryCrashingOnTheLastPageItAnnounced() async throws {
        let result = try await convert(withWorkerScript: #"read -r request <&3; echo '{"page":1}' >&3; echo '{"page":12}' >&3; kill -SEGV $$"#)
        #expect(result.error == "the PDF library crashed on page 12 (signal 11)")
        #expect(result.errorCode == "crashed")
        #expect(result.input == Fixtures.sample("two-tables.pdf"))
    }

    @Test func aTrapBeforeAnyPageIsAnInternalErrorWhileOpening() async throws {
        let result = try await convert(withWorkerScript: "read -r request <&3; kill -ILL $$")
        #expect(result.error == "the converter stopped on an internal error while opening the file (signal 4)")
    }

    @Test func aWorkerPastTheLimitIsStoppedAndSaysWhere() async throws {
        let result = try await convert(withWorkerScript: #"read -r request <&3; echo '{"page":7}' >&3; exec sleep 30"#, timeout: .seconds(1))
        #expect(result.error == "the conversion took longer than 1 seconds and was stopped on page 7")
        #expect(result.errorCode == "timeout")
    }

    @Test func theWorkerReadsTheCheckedFileAtDescriptor3WithoutCrashReports() async throws {
        let file = try InputFile(path: Fixtures.sample("two-tables.pdf")).open().get()
        let child = try ChildProcess(["/bin/sh", "-c", #"head -c 5 <&3; echo " $SWIFT_BACKTRACE""#], input: file.descriptor)
        let (output, _, ending) = await child.finish()
        withExtendedLifetime(file) {}
        #expect(String(decoding: output, as: UTF8.self) == "%PDF- enable=no\n")
        #expect(ending == .exited(0))
    }

    @Test func aPageLineIsWhatJSONEncoderWritesAndReadsBack() throws {
        for page in [1, 12, 5000] {
            let encoded = try JSONEncoder().encode(WorkerIsolation.Event.page(page)) + Data("\n".utf8)
            #expect(WorkerIsolation.Event.page(page).line == encoded)
            #expect(String(decoding: WorkerIsolation.Event.page(page).line, as: UTF8.self) == "{\"page\":\(page)}\n")
            guard case .page(let read)? = WorkerIsolation.Event.read(Array(encoded.dropLast())) else {
                Issue.record("page \(page) read as another event")
                continue
            }
            #expect(read == page)
        }
    }

    @Test func otherLinesAreNotPages() {
        #expect(WorkerIsolation.Event.read(Array(#"{"page":}"#.utf8)) == nil)
        #expect(WorkerIsolation.Event.read(Array(#"{"page":"12"}"#.utf8)) == nil)
        #expect(WorkerIsolation.Event.read(Array("warning: something".utf8)) == nil)
    }

    @Test func theWorkersReportIsTheResult() async throws {
        let line = String(decoding: WorkerIsolation.Event.result(ConversionResult(input: "x.pdf", pages: 3, tables: 2)).line, as: UTF8.self)
        let result = try await convert(withWorkerScript: #"read -r request <&3; echo '{"page":1}' >&3; echo '"# + line.dropLast()
                                       + #"' >&3; echo '{"pages":3}' >&3"#)
        #expect(result.input == "x.pdf" && result.pages == 3 && result.tables == 2 && result.error == nil)
    }
}
