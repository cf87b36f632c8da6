import Foundation
import Synchronization

/// The worker processes `convert` keeps for a batch: started when a file
/// needs one and none is free (so at most one per `--jobs` slot), each
/// converting file after file, and ended with the batch. A worker that
/// crashed, or was stopped at the time limit, is not given back: the next
/// file gets a new one. Starting a process costs about 12 ms of CPU
/// (loading the libraries, the Swift runtime's first look at its types),
/// as much as converting a few pages; a batch pays it once per slot.
final class WorkerPool: Sendable {
    /// The worker's command; ``WorkerIsolation`` adds `--serve`.
    let command: [String]
    private let idle = Mutex<[Worker]>([])

    init(command: [String]) {
        self.command = command
    }

    /// A pool dropped without ``close()`` (its caller threw on the way) still
    /// ends its free workers: their channel closes, and a worker whose
    /// channel is closed exits.
    deinit {
        for worker in idle.withLock({ $0 }) { worker.channel.close() }
    }

    /// A worker process of the pool and the parent's end of its channel.
    struct Worker: Sendable {
        let child: ChildProcess
        let channel: WorkerChannel
    }

    /// A free worker, or a new one.
    func take() throws -> Worker {
        if let worker = idle.withLock({ $0.popLast() }) { return worker }
        let (channel, childEnd) = try WorkerChannel.pair()
        defer { Glibc.close(childEnd) }
        do {
            let child = try ChildProcess(command + ["--serve"], input: childEnd)
            WorkerIsolation.started(child.pid)
            return Worker(child: child, channel: channel)
        } catch {
            channel.close()
            throw error
        }
    }

    /// A worker that answered its file, free for the next.
    func giveBack(_ worker: Worker) {
        idle.withLock { $0.append(worker) }
    }

    /// Ends a worker that failed a file (crashed, or overran its time: it is
    /// killed with anything it started) and says how it ended.
    func discard(_ worker: Worker, kill: Bool, within timeout: Duration) async -> ChildProcess.Ending {
        worker.channel.close()
        if kill { worker.child.signal(SIGKILL) }
        let (_, _, ending, _) = await worker.child.finish(within: timeout)
        WorkerIsolation.ended(worker.child.pid)
        return ending
    }

    /// Ends the free workers: their channel closes, they exit, and are waited for.
    func close() async {
        for worker in idle.withLock({ workers in defer { workers.removeAll() }; return workers }) {
            _ = await discard(worker, kill: false, within: Self.exitTimeout)
        }
    }

    /// How long a free worker may take to exit once its channel is closed
    /// before it is killed: it has nothing left to do but return.
    static let exitTimeout = Duration.seconds(5)
}
