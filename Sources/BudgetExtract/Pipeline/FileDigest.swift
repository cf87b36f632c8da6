import Crypto
import Foundation

/// The SHA-256 of a file's bytes, in lower-case hex, read in chunks so that a
/// file of any size costs one chunk of memory. The hashing is swift-crypto's
/// (BoringSSL on Linux, which uses the processor's SHA extensions where it has
/// them); `convert` and its workers load no GLib for it (docs/architecture.md,
/// "Processes").
public enum FileDigest {
    public static func sha256(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        // Uninitialised: every byte of it is read into before it is hashed.
        let whole = withUnsafeTemporaryAllocation(byteCount: chunkBytes, alignment: 16) { buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, chunkBytes)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return true }
                hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            }
        }
        return whole ? hex(hasher.finalize()) : nil
    }

    /// Bytes read at a time: 1 MiB, few system calls and little memory.
    static let chunkBytes = 1 << 20

    /// Two lower-case hex digits a byte, in order.
    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.Digest.byteCount)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
