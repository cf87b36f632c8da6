import Foundation

/// One end of the Unix socket between `convert` and a worker it keeps for
/// many files (``WorkerPool``): lines of JSON both ways, and with a request
/// the file to convert, passed open (`SCM_RIGHTS`), so that the worker reads
/// the very file the parent checked, whatever bytes its name holds.
struct WorkerChannel: Sendable {
    let descriptor: Int32

    /// A connected pair, both ends closed on exec: the parent's end, and the
    /// descriptor to hand the child (``ChildProcess`` puts it at its descriptor 3).
    static func pair() throws -> (parent: WorkerChannel, child: Int32) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return (WorkerChannel(descriptor: ends[0]), ends[1])
    }

    func close() {
        _ = Glibc.close(descriptor)
    }

    /// Writes all of `bytes`, with `passing` (an open descriptor) attached to
    /// the first of them. False when the other end is gone.
    func send(_ bytes: Data, passing passed: Int32? = nil) -> Bool {
        var sent = 0
        var attached = passed
        while sent < bytes.count {
            var control = attached.map(Self.control(passing:)) ?? []
            let count = bytes.withUnsafeBytes { all in
                control.withUnsafeMutableBytes { controlBytes in
                    var part = iovec(iov_base: UnsafeMutableRawPointer(mutating: all.baseAddress.map { $0 + sent }),
                                     iov_len: all.count - sent)
                    return withUnsafeMutablePointer(to: &part) { part in
                        var message = msghdr()
                        message.msg_iov = part
                        message.msg_iovlen = 1
                        if !controlBytes.isEmpty {
                            message.msg_control = controlBytes.baseAddress
                            message.msg_controllen = controlBytes.count
                        }
                        return sendmsg(descriptor, &message, Int32(MSG_NOSIGNAL))
                    }
                }
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
            attached = nil
        }
        return true
    }

    /// What ``receive(into:passed:until:)`` got.
    enum Received {
        case line([UInt8])
        /// The other end closed (the worker ended, or the parent has no more files).
        case closed
        /// Nothing complete came before the deadline.
        case timedOut
    }

    /// The next line (without its newline), reading more into `pending` as
    /// needed; a descriptor passed with the bytes read is put in `passed`.
    /// Waits at most until `deadline`, forever without one.
    func receive(into pending: inout [UInt8], passed: inout Int32?,
                 until deadline: ContinuousClock.Instant? = nil) -> Received {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return .line(line)
            }
            if let deadline {
                let left = deadline - ContinuousClock.now
                guard left > .zero else { return .timedOut }
                var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1
                let ready = poll(&waiting, 1, Int32(clamping: milliseconds))
                if ready < 0, errno != EINTR { return .closed }
                if ready <= 0 { continue }
            }
            var control = Self.control(passing: -1)
            // Uninitialised: a zeroed buffer for every read cost more than the read (a page's line is a dozen bytes).
            let count = withUnsafeTemporaryAllocation(byteCount: Self.readBytes, alignment: 1) { bytes in
                control.withUnsafeMutableBytes { controlBytes -> Int in
                    var part = iovec(iov_base: bytes.baseAddress, iov_len: bytes.count)
                    var message = msghdr()
                    message.msg_iovlen = 1
                    message.msg_control = controlBytes.baseAddress
                    message.msg_controllen = controlBytes.count
                    let count = withUnsafeMutablePointer(to: &part) { part in
                        message.msg_iov = part
                        return recvmsg(descriptor, &message, Int32(MSG_CMSG_CLOEXEC))
                    }
                    if count > 0, message.msg_controllen >= Self.controlHeaderBytes + 4 {
                        let level = controlBytes.load(fromByteOffset: MemoryLayout<Int>.size, as: Int32.self)
                        let type = controlBytes.load(fromByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self)
                        if level == SOL_SOCKET, type == Int32(SCM_RIGHTS) {
                            if let earlier = passed { _ = Glibc.close(earlier) }
                            passed = controlBytes.load(fromByteOffset: Self.controlHeaderBytes, as: Int32.self)
                        }
                    }
                    if count > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[..<count])) }
                    return count
                }
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return .closed }
        }
    }

    /// Bytes read at a time: a page's line is a dozen, a report a few kB.
    private static let readBytes = 64 * 1024

    /// `struct cmsghdr` (its length, a size_t; level; type), then the data:
    /// the C macros (CMSG_SPACE and the rest) are not imported into Swift.
    private static let controlHeaderBytes = MemoryLayout<Int>.size + 8

    /// A control message carrying one descriptor (SCM_RIGHTS), padded to the
    /// alignment of a size_t as CMSG_SPACE pads it.
    private static func control(passing passed: Int32) -> [UInt8] {
        let alignment = MemoryLayout<Int>.size
        let space = controlHeaderBytes + (4 + alignment - 1) / alignment * alignment
        var bytes = [UInt8](repeating: 0, count: space)
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: controlHeaderBytes + 4, toByteOffset: 0, as: Int.self)
            raw.storeBytes(of: SOL_SOCKET, toByteOffset: alignment, as: Int32.self)
            raw.storeBytes(of: Int32(SCM_RIGHTS), toByteOffset: alignment + 4, as: Int32.self)
            raw.storeBytes(of: passed, toByteOffset: controlHeaderBytes, as: Int32.self)
        }
        return bytes
    }
}
