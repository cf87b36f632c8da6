import Foundation

/// What happened to one input file.
public struct ConversionResult: Sendable {
    public var input: String
    /// The JSON written, when the conversion succeeded.
    public var output: URL?
    public var pages = 0
    public var tables = 0
    public var rows = 0
    public var milliseconds = 0
    public var timings: StageTimings?
    /// How many arithmetic checks passed, passed within rounding, failed.
    public var checks: [ArithmeticCheck.Outcome: Int] = [:]
    /// One entry per table found, for progress reports.
    public var summaries: [TableSummary] = []
    /// How many findings the audit raised.
    public var findings = 0
    /// Why the file could not be converted.
    public var error: String?
    /// A short stable name for the kind of failure (`encrypted`, `not-a-pdf`, ...).
    public var errorCode: String?
}

/// A table in one line: where it is, what it is called, its size.
public struct TableSummary: Sendable, CustomStringConvertible {
    public var pages: [Int]
    public var title: String?
    public var unit: String?
    public var columns: Int
    public var rows: Int

    init(_ table: Table) {
        pages = table.pages
        title = table.title
        unit = table.unit
        columns = table.columnCount
        rows = table.rows.count
    }

    public var description: String {
        let where_ = pages.count == 1 ? "p\(pages[0])" : "p\(pages.first!)-\(pages.last!)"
        return "\(where_)  \(title ?? "(untitled)")  [\(unit ?? "unit?")]  \(rows) rows × \(columns) columns"
    }
}

/// Converts many files with a bounded number of workers, writing one JSON
/// document per PDF. The `convert` command and the watcher share it.
public struct BatchConverter: Sendable {
    public var jobs: Int
    public var converter = Converter()

    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    /// Converts every file into `folder`, at most `jobs` at a time, largest
    /// first (so that one big file does not run alone at the end), calling
    /// `progress` as each one finishes. Results come back in input order. A
    /// single file gets all the workers for its pages.
    public func convert(_ paths: [String], into folder: URL,
                        progress: @escaping @Sendable (ConversionResult) -> Void) async -> [ConversionResult] {
        var singleFile = self
        singleFile.converter.pageWorkers = jobs
        let batch = paths.count == 1 ? singleFile : self
        let order = paths.indices.sorted { Self.fileSize(paths[$0]) > Self.fileSize(paths[$1]) }
        return await withTaskGroup(of: (Int, ConversionResult).self) { group in
            var results = [ConversionResult?](repeating: nil, count: paths.count)
            var next = 0
            func startNext() {
                guard next < order.count else { return }
                let index = order[next], path = paths[index]
                next += 1
                group.addTask { (index, await batch.convertInBackground(path, into: folder)) }
            }
            for _ in 0..<min(jobs, paths.count) { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                progress(result)
                startNext()
            }
            return results.map { $0! }
        }
    }

    /// Converts one file on a thread of its own (poppler blocks; the
    /// concurrency pool must not), writing `<folder>/<name>.json`.
    public func convertInBackground(_ path: String, into folder: URL) async -> ConversionResult {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: convertOne(path, into: folder))
            }
        }
    }

    /// Converts one file, synchronously, writing `<folder>/<name>.json` atomically.
    public func convertOne(_ path: String, into folder: URL) -> ConversionResult {
        convertOne(path, writingTo: folder.appendingPathComponent(Self.outputName(for: path)))
    }

    /// Converts one file, synchronously, writing its JSON atomically to `target`.
    public func convertOne(_ path: String, writingTo target: URL) -> ConversionResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = ConversionResult(input: path)
        do {
            var document = try converter.convert(path: path)
            let writing = clock.now
            try AtomicFile.write(try DocumentJSON(document).encoded(), to: target)
            document.timings.json = clock.now - writing
            result.output = target
            result.pages = document.pageCount
            result.tables = document.tables.count
            result.rows = document.tables.reduce(0) { $0 + $1.rows.count }
            result.timings = document.timings
            for check in document.checks { result.checks[check.outcome, default: 0] += 1 }
            result.summaries = document.tables.map(TableSummary.init)
            result.findings = document.findings.count
        } catch let error as PDFReadError {
            result.error = error.failure.explanation
            result.errorCode = error.failure.code
        } catch {
            result.error = "could not write the JSON: \(error.localizedDescription)"
            result.errorCode = "write-failed"
        }
        let elapsed = clock.now - start
        result.milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return result
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// `<name>.json` for `<name>.pdf` (any case of the extension).
    public static func outputName(for path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let base = name.lowercased().hasSuffix(".pdf") ? String(name.dropLast(4)) : name
        return base + ".json"
    }
}
