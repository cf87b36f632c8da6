#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time the calling thread has used (user and system), for the
/// per-stage timings: on a machine other work shares, wall time counts the
/// waits for a core too, CPU time only the stage's own work.
enum ThreadCPUTime {
    /// CPU time of this thread so far.
    static var now: Duration {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return .zero }
        return .seconds(Int64(spec.tv_sec)) + .nanoseconds(Int64(spec.tv_nsec))
    }

    /// The CPU time `work` takes on this thread.
    static func measure(_ work: () throws -> Void) rethrows -> Duration {
        let start = now
        try work()
        return now - start
    }
}
