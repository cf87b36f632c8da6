import CPopplerGlib
import Foundation

/// The SHA-256 of a file's bytes, in lower-case hex (GLib's GChecksum, read in chunks).
public enum FileDigest {
    public static func sha256(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let checksum = g_checksum_new(G_CHECKSUM_SHA256)
        defer { g_checksum_free(checksum) }
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { bytes in
                guard let start = bytes.baseAddress else { return }
                g_checksum_update(checksum, start.assumingMemoryBound(to: guchar.self), bytes.count)
            }
        }
        return String(cString: g_checksum_get_string(checksum))
    }
}
