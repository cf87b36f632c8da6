import CLibCrypto
import Foundation

/// The SHA-256 of a file's bytes, in lower-case hex, read in chunks so that a
/// file of any size costs one chunk of memory. The hashing is the system's
/// OpenSSL (libcrypto's EVP digests, which use the processor's SHA
/// instructions where it has them); `convert` and its workers load no GLib
/// for it (docs/architecture.md, "Processes").
public enum FileDigest {
    public static func sha256(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let context = EVP_MD_CTX_new() else { return nil }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { return nil }
        // Uninitialised: every byte of it is read into before it is hashed.
        let whole = withUnsafeTemporaryAllocation(byteCount: chunkBytes, alignment: 16) { buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, chunkBytes)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return true }
                guard EVP_DigestUpdate(context, buffer.baseAddress, count) == 1 else { return false }
            }
        }
        guard whole else { return nil }
        var digest = [UInt8](repeating: 0, count: digestBytes)
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1, Int(length) == digestBytes else { return nil }
        return hex(digest)
    }

    /// Bytes read at a time: 1 MiB, few system calls and little memory.
    static let chunkBytes = 1 << 20

    /// A SHA-256 digest's length: 32 bytes.
    private static let digestBytes = 32

    /// Two lower-case hex digits a byte, in order.
    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * digest.count)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
