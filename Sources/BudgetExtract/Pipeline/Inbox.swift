import Foundation

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
