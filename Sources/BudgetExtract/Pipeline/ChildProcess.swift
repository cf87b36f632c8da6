import Foundation
import Synchronization

/// A child process started with `posix_spawn`, its standard output read
/// once it has ended. The watcher starts one per file, thousands a day, and
/// `convert` one per `--jobs` slot (``WorkerPool``):
/// Foundation's `Process` keeps memory for each on Linux, this keeps none.
struct ChildProcess {
    let pid: pid_t
    /// Unlinked temporary files the child's standard output and error go to.
    /// Files, not pipes: a pipe that another process started meanwhile
    /// inherits (a Foundation `Process` on another thread takes no lock of
    /// ours) would keep the reader waiting after this child has ended.
    private let output: Int32
    private let errors: Int32

    /// How the child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts `arguments[0]` with the rest as its arguments; standard error
    /// goes to an unlinked temporary file whose end ``finish()`` returns.
    /// Signals the daemon ignores (SIGTERM, SIGINT) are restored to their
    /// defaults in the child, which leads a process group of its own so that
    /// ``signal(_:)`` reaches anything it started too. Swift's crash report is
    /// turned off in the child (``environment``). `input`, when given, is
    /// open in the child as its descriptor 3 (``inheritedDescriptor``): the
    /// file it is to read, opened by the parent, or its ``WorkerChannel``.
    init(_ arguments: [String], input: Int32? = nil) throws {
        (pid, output, errors) = try Self.spawn(arguments, input: input)
    }

    /// The descriptor number a child finds its `input` at.
    static let inheritedDescriptor: Int32 = 3

    private static func spawn(_ arguments: [String], input: Int32?) throws -> (pid_t, Int32, Int32) {
        let output = try temporaryFile()
        let errors = (try? temporaryFile()) ?? open("/dev/null", O_WRONLY | O_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        if let input { posix_spawn_file_actions_adddup2(&actions, input, inheritedDescriptor) }
        _ = closeFrom?(&actions, inheritedDescriptor + 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(output)
            close(errors)
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        return (pid, output, errors)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later):
    /// the child closes every descriptor above the ones it is given. A
    /// descriptor another thread opened without close-on-exec (Foundation's
    /// `Pipe` does) would otherwise stay open in the child for as long as it
    /// runs, and whoever reads that pipe would wait for the child too. Looked
    /// up at run time: glibc declares it only under `_GNU_SOURCE`, which
    /// Swift's Glibc module is not built with. Nil where the C library lacks it.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        // RTLD_DEFAULT, a null handle in glibc: the symbol wherever it is loaded.
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// An unlinked temporary file, open for reading and writing, closed on exec.
    private static func temporaryFile() throws -> Int32 {
        guard let file = tmpfile() else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { fclose(file) }
        let descriptor = fcntl(fileno(file), F_DUPFD_CLOEXEC, 0)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return descriptor
    }

    /// This process's environment with Swift's crash report turned off: the
    /// parent keeps only the end of a child's standard error, and the
    /// backtracer takes a second or more per crash (and stalls, under load,
    /// when two threads trap at once), where the parent only needs the signal.
    private static var environment: [String] {
        var entries: [String] = []
        var next = environ
        while let entry = next.pointee {
            let text = String(cString: entry)
            if !text.hasPrefix("SWIFT_BACKTRACE=") { entries.append(text) }
            next += 1
        }
        return entries + ["SWIFT_BACKTRACE=enable=no"]
    }

    /// Sends a signal to the child and everything it started.
    func signal(_ number: Int32) {
        kill(-pid, number)
    }

    /// Waits for the child to exit, then reads what it wrote, on a dispatch
    /// thread (waiting blocks) so the caller's task only suspends. `errors`
    /// is the end of what it wrote on standard error.
    func finish() async -> (output: Data, errors: String, ending: Ending) {
        await finish(onExit: {})
    }

    /// ``finish()`` with a time limit: past `timeout` the child and everything
    /// it started are killed. A dispatch timer, not a task, so that it fires
    /// even while the concurrency pool is busy; and only a child still
    /// running is killed and counted as timed out (the caller's task may
    /// resume late, after the limit, when the pool is busy).
    func finish(within timeout: Duration) async -> (output: Data, errors: String, ending: Ending, timedOut: Bool) {
        let state = Mutex(Progress.running)
        let deadline = DispatchWorkItem { [self] in
            let stillRunning = state.withLock { state in
                guard state == .running else { return false }
                state = .killed
                return true
            }
            if stillRunning { signal(SIGKILL) }
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: deadline)
        let (output, errors, ending) = await finish(onExit: {
            state.withLock { state in if state == .running { state = .ended } }
        })
        deadline.cancel()
        return (output, errors, ending, state.withLock { $0 } == .killed)
    }

    /// Where a child with a time limit is.
    private enum Progress { case running, ended, killed }

    /// Waits for the child, calls `onExit` as soon as it has ended, then
    /// reads its output.
    private func finish(onExit: @escaping @Sendable () -> Void) async -> (output: Data, errors: String, ending: Ending) {
        await withCheckedContinuation { continuation in
            let (pid, output, errors) = (pid, output, errors)
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                onExit()
                var data = Data()
                var buffer = [UInt8](repeating: 0, count: 16 * 1024)
                while true {
                    let count = pread(output, &buffer, buffer.count, off_t(data.count))
                    if count > 0 { data.append(contentsOf: buffer[..<count]) } else if count == 0 || errno != EINTR { break }
                }
                close(output)
                // WIFEXITED / WTERMSIG, spelled out: the C macros are not imported.
                let signal = status & 0x7f
                let tail = Self.tail(of: errors)
                close(errors)
                continuation.resume(returning: (data, tail, signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)))
            }
        }
    }

    /// How much of the end of a child's standard error is kept: enough for a
    /// crash message and its last lines of context.
    static let keptErrorBytes = 2048

    /// The last lines of a file of error output, at most ``keptErrorBytes``, trimmed.
    private static func tail(of descriptor: Int32) -> String {
        let size = lseek(descriptor, 0, SEEK_END)
        guard size > 0 else { return "" }
        let start = max(0, Int(size) - keptErrorBytes)
        var buffer = [UInt8](repeating: 0, count: Int(size) - start)
        let count = pread(descriptor, &buffer, buffer.count, off_t(start))
        guard count > 0 else { return "" }
        var lines = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        if start > 0, !lines.isEmpty { lines.removeFirst() }  // cut in the middle
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
