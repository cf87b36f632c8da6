import Foundation
import Glibc

/// The files a command is given: its path arguments as the bytes the shell
/// passed, each folder replaced by the files inside it.
extension InputFile {
    /// Each parsed argument with the bytes it was given as. Swift's
    /// `CommandLine.arguments` replaces bytes that are not UTF-8 with U+FFFD,
    /// and the replaced path names no file; the raw `argv` still has them.
    public static func commandLine(_ parsed: [String]) -> [InputFile] {
        let raw = (0..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { Array(UnsafeBufferPointer(start: $0, count: strlen($0))).map(UInt8.init(bitPattern:)) }
        }
        return parsed.map { argument in
            guard argument.contains("\u{FFFD}"),
                  let bytes = raw.first(where: { String(decoding: $0, as: UTF8.self) == argument })
            else { return InputFile(path: argument) }
            return InputFile(bytes: bytes)
        }
    }

    /// Paths as given; each folder replaced by the entries inside it, at any
    /// depth, whose names end in `suffix` (any case; hidden ones and hidden
    /// folders left out), sorted. Every such entry is listed whatever it is
    /// (a FIFO or a dangling link named `x.pdf` gets its line when opened);
    /// a folder named on the command line whose own name ends in `suffix` is
    /// listed as it is, and linked folders are not followed (no cycles).
    public static func expandingFolders(_ paths: [InputFile], toFilesEndingIn suffix: String) -> [InputFile] {
        paths.flatMap { input -> [InputFile] in
            guard input.isFolder, !input.name.lowercased().hasSuffix(suffix) else { return [input] }
            let base = input.bytes.last == UInt8(ascii: "/") ? input.bytes : input.bytes + [UInt8(ascii: "/")]
            // Each name escaped once, not at every comparison of the sort.
            return input.entries(under: base, endingIn: suffix).map { ($0.name, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private var isFolder: Bool {
        withPath { path in
            var status = stat()
            return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }
    }

    private var isLinkToAnything: Bool {
        withPath { path in
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
        }
    }

    /// The entries of this folder and its subfolders whose names end in `suffix`.
    private func entries(under base: [UInt8], endingIn suffix: String) -> [InputFile] {
        let names: [[UInt8]] = withPath { path in
            guard let folder = opendir(path) else { return [] }
            defer { closedir(folder) }
            var names: [[UInt8]] = []
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if name.first != UInt8(ascii: ".") { names.append(name) }
            }
            return names
        }
        return names.flatMap { name -> [InputFile] in
            let child = InputFile(bytes: base + name)
            let listed = Self.escaped(name).lowercased().hasSuffix(suffix) ? [child] : []
            guard child.isFolder, !child.isLinkToAnything else { return listed }
            return listed + child.entries(under: child.bytes + [UInt8(ascii: "/")], endingIn: suffix)
        }
    }
}
