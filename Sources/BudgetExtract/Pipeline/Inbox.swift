import Foundation
import Glibc

/// The inbox folder and the folders the watcher keeps inside it:
/// `.processing/` (claimed, being converted), `done/` and `failed/`
/// (originals after conversion, never deleted nor overwritten).
public struct Inbox: Sendable {
    public let folder: URL
    public var processing: URL { folder.appendingPathComponent(".processing", isDirectory: true) }
    public var done: URL { folder.appendingPathComponent("done", isDirectory: true) }
    public var failed: URL { folder.appendingPathComponent("failed", isDirectory: true) }

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    public func createFolders() throws {
        for url in [folder, processing, done, failed] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    /// Whether a name in the inbox is a PDF to convert: not hidden (rsync's
    /// `.name.pdf.XXXXXX`), not a partial download, and ending in `.pdf`.
    public static func isCandidate(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.lowercased().hasSuffix(".pdf")
    }

    /// The PDFs lying in the inbox itself (not in its subfolders), with their size and modification time.
    public func waiting() -> [(url: URL, signature: FileSignature)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(Self.isCandidate).sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let signature = FileSignature(of: url) else { return nil }
            return (url, signature)
        }
    }

    /// Files claimed before a restart: they are converted again.
    public func claimed() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: processing.path)) ?? []
        return names.filter(Self.isCandidate).sorted().map { processing.appendingPathComponent($0) }
    }

    /// Claims a file by renaming it into `.processing/` (atomic on one file system).
    public func claim(_ url: URL) throws -> URL {
        let target = processing.appendingPathComponent(url.lastPathComponent)
        try FileManager.default.moveItem(at: url, to: target)
        return target
    }

    /// The PDFs in one of the inbox's folders, sorted by name.
    public static func pdfs(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter(isCandidate).sorted().map { folder.appendingPathComponent($0) }
    }

    /// The originals in `failed/` named (by name or path), or all of them
    /// (`budget-extract retry`); a name not in `failed/` is an error.
    public func failedFiles(named names: [String]?) throws -> [URL] {
        let present = Self.pdfs(in: failed)
        guard let names else { return present }
        return try names.map { name in
            let url = failed.appendingPathComponent((name as NSString).lastPathComponent)
            guard present.contains(url) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "\(url.lastPathComponent) is not in \(failed.path)"])
            }
            return url
        }
    }

    /// Moves an original from `done/` or `failed/` back into the inbox, to be
    /// converted again (`retry`, `reconvert`). Returns where it went.
    @discardableResult
    public func requeue(_ url: URL) throws -> URL {
        let target = Self.freeName(for: url.lastPathComponent, in: folder)
        try FileManager.default.moveItem(at: url, to: target)
        return target
    }

    /// Renames each file in the inbox whose name is not UTF-8 (a GBK name
    /// from a Windows zip) to one that is, its other bytes written `\xB2`, so
    /// that it can be taken like any other. Returns the new names.
    public func renameUndecodableNames() -> [String] {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var renamed: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            let escaped = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
            let target = Self.freeName(for: escaped, in: folder)
            let source = (Array(folder.path.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) }
            if rename(source, target.path) == 0 {
                renamed.append(target.lastPathComponent)
            }
        }
        return renamed
    }

    /// The files some process has open for writing (its descriptors in
    /// `/proc/*/fd`, their mode in `/proc/*/fdinfo`), as resolved paths: a
    /// writer that pauses with the file open is not finished. Processes of
    /// other users are not visible to an unprivileged service; see ``Watcher``
    /// for that case. One look at every process, whatever the number of files.
    public static func pathsOpenForWriting(in folder: URL) -> Set<String> {
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        var paths: Set<String> = []
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for process in processes where process.allSatisfy(\.isNumber) {
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process)/fd")) ?? []
            for descriptor in descriptors {
                guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(process)/fd/\(descriptor)"),
                      path.hasPrefix(prefix) else { continue }
                // `flags:` in octal; the two low bits are the access mode: 1 write only, 2 read and write.
                let info = (try? String(contentsOfFile: "/proc/\(process)/fdinfo/\(descriptor)", encoding: .utf8)) ?? ""
                let flags = info.split(separator: "\n").first { $0.hasPrefix("flags:") }
                    .flatMap { Int($0.dropFirst("flags:".count).trimmingCharacters(in: .whitespaces), radix: 8) }
                if let flags, flags & 3 != 0 { paths.insert(path) }
            }
        }
        return paths
    }

    /// Why the watcher cannot read a file, if it cannot: not a regular file,
    /// or no read permission for the user it runs as.
    public static func unreadableReason(_ url: URL) -> String? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return String(cString: strerror(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return "not a regular file" }
        guard access(url.path, R_OK) == 0 else { return "the service's user may not read it (permission denied)" }
        return nil
    }

    /// Moves a claimed file into `done/` or `failed/`, adding ` (2)`, ` (3)`…
    /// before the extension when the name is taken. Returns where it went.
    @discardableResult
    public func file(_ url: URL, into folder: URL) throws -> URL {
        let target = Self.freeName(for: url.lastPathComponent, in: folder)
        try FileManager.default.moveItem(at: url, to: target)
        return target
    }

    /// `name.pdf`, else `name (2).pdf`, `name (3).pdf`… whichever is free in the folder.
    public static func freeName(for name: String, in folder: URL, taken: (String) -> Bool = { _ in false }) -> URL {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        var candidate = name
        var number = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(candidate).path) || taken(candidate) {
            number += 1
            candidate = "\(base) (\(number))" + (ext.isEmpty ? "" : ".\(ext)")
        }
        return folder.appendingPathComponent(candidate)
    }
}

/// Size and modification time: a file still being written changes them.
public struct FileSignature: Equatable, Sendable {
    public var size: UInt64
    public var modified: Date

    public init?(of url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              (attributes[.type] as? FileAttributeType) == .typeRegular,
              let size = attributes[.size] as? UInt64, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        self.size = size
        self.modified = modified
    }
}
