import Foundation

/// What happened to one input file.
public struct ConversionResult: Sendable, Codable {
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
    /// Pages that print amounts no table holds.
    public var pagesLosingAmounts: [Int] = []
    /// What was lost or repaired in a file that converted (the JSON's `warnings`).
    public var warnings: [String] = []
    /// How many findings the audit raised.
    public var findings = 0
    /// Why the file could not be converted.
    public var error: String?
    /// A short stable name for the kind of failure (`encrypted`, `not-a-pdf`, ...).
    public var errorCode: String?
}

extension ConversionResult {
    /// The result for a file that was not read, and why.
    public init(input: String, problem: InputProblem) {
        self.init(input: input)
        error = problem.explanation
        errorCode = problem.code
    }
}

/// A table in one line: where it is, what it is called, its size.
public struct TableSummary: Sendable, Codable, CustomStringConvertible {
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
        let where_ = switch (pages.first, pages.last) {
        case let (first?, last?) where first != last: "p\(first)-\(last)"
        case let (first?, _): "p\(first)"
        default: "p?"
        }
        return "\(where_)  \(title ?? "(untitled)")  [\(unit ?? "unit?")]  \(rows) rows × \(columns) columns"
    }
}

/// Converts many files with a bounded number of workers, writing one JSON
/// document per PDF. The `convert` command and the worker process use it.
public struct BatchConverter: Sendable {
    public var jobs: Int
    public var converter = Converter()
    /// When set, the files of a batch convert in worker processes kept for the
    /// batch (a crash or hang there fails that file only, and its worker is
    /// replaced); a single file converts here.
    public var isolation: WorkerIsolation?

    public init(jobs: Int, isolation: WorkerIsolation? = nil) {
        self.jobs = max(1, jobs)
        self.isolation = isolation
    }

    /// Converts every file into `folder`, at most `jobs` at a time, largest
    /// first (so that one big file does not run alone at the end), calling
    /// `progress` as each one finishes. Results come back in input order. A
    /// single file gets all the workers for its pages.
    public func convert(_ inputs: [InputFile], into folder: URL,
                        progress: @escaping @Sendable (ConversionResult) -> Void) async -> [ConversionResult] {
        var alone = self
        alone.converter.pageWorkers = jobs
        alone.isolation = nil
        let batch = inputs.count == 1 ? alone : self
        let sizes = inputs.map(\.size)
        let order = inputs.indices.sorted { sizes[$0] > sizes[$1] }
        return await withTaskGroup(of: (Int, ConversionResult).self) { group in
            var results = inputs.map { ConversionResult(input: $0.name) }
            var next = 0
            func startNext() {
                guard next < order.count else { return }
                let index = order[next], input = inputs[index]
                next += 1
                group.addTask { (index, await batch.convert(input, into: folder)) }
            }
            for _ in 0..<min(jobs, inputs.count) { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                progress(result)
                startNext()
            }
            await batch.isolation?.finish()
            return results
        }
    }

    /// Converts one file, writing `<folder>/<name>.json`: in a worker process
    /// when isolated, else on a thread of its own (poppler blocks; the
    /// concurrency pool must not).
    func convert(_ input: InputFile, into folder: URL) async -> ConversionResult {
        let target = folder.appendingPathComponent(Self.outputName(for: input.name))
        guard let isolation else {
            return await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(returning: convertOne(input, writingTo: target))
                }
            }
        }
        switch input.open() {
        case .success(let file): return await isolation.convert(file, writingTo: target)
        case .failure(let problem): return ConversionResult(input: input.name, problem: problem)
        }
    }

    /// Converts one file, synchronously, writing its JSON atomically to
    /// `target`; a file that is not a regular readable file is not read.
    /// `sha256` is the file's digest when the caller knows it already.
    public func convertOne(_ input: InputFile, named name: String? = nil, sha256: String? = nil,
                           writingTo target: URL) -> ConversionResult {
        switch input.open() {
        case .success(let file): convertOne(file, named: name, sha256: sha256, writingTo: target)
        case .failure(let problem): ConversionResult(input: name ?? input.name, problem: problem)
        }
    }

    /// Converts one opened file, synchronously, writing its JSON atomically
    /// to `target`; `name` is the file's name in the result and the document.
    func convertOne(_ file: OpenedInputFile, named name: String? = nil, sha256: String? = nil,
                    writingTo target: URL) -> ConversionResult {
        let clock = ContinuousClock()
        let start = clock.now
        let name = name ?? file.name
        var result = ConversionResult(input: name)
        do {
            var document = try converter.convert(path: file.path, fileName: URL(fileURLWithPath: name).lastPathComponent,
                                                 sha256: sha256)
            let writing = ThreadCPUTime.now
            try AtomicFile.write(try DocumentJSON(document).encoded(), to: target)
            document.timings.json = ThreadCPUTime.now - writing
            result.output = target
            result.pages = document.pageCount
            result.tables = document.tables.count
            result.rows = document.tables.reduce(0) { $0 + $1.rows.count }
            result.timings = document.timings
            for check in document.checks { result.checks[check.outcome, default: 0] += 1 }
            result.summaries = document.tables.map(TableSummary.init)
            result.pagesLosingAmounts = document.pageAccounts.filter(\.losesAmounts).map(\.page)
            result.warnings = document.warnings
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

    /// `<name>.json` for `<name>.pdf` (any case of the extension).
    public static func outputName(for path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let base = name.lowercased().hasSuffix(".pdf") ? String(name.dropLast(4)) : name
        return base + ".json"
    }
}
