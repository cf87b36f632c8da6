import Foundation
import Glibc

/// A file to convert, named by the bytes of its path, checked before it is
/// read: only a regular file we may read is opened, and a FIFO, a device, a
/// folder or a dangling link gets one line saying what it is. Nothing here
/// blocks: the kind is read with `stat` first and the file opened with
/// `O_NONBLOCK`, so a FIFO is never waited on.
///
/// Paths are bytes because Linux names are: a name that is not valid UTF-8
/// cannot be held in a Swift `String` (Swift would replace the bytes and the
/// file could no longer be found). Such a file is read through its open
/// descriptor (`/proc/self/fd/N`) and named in messages with the bytes escaped.
public struct InputFile: Sendable, Hashable {
    /// The path exactly as the file system has it, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(path: String) {
        bytes = Array(path.utf8)
    }

    /// The path for messages and output names: valid UTF-8 as it is, any
    /// other byte as `\xNN` (`caf\xE9.pdf`).
    public var name: String { Self.escaped(bytes) }

    /// Why the file cannot be read, or nil when it is a regular file this
    /// process may read. For the watcher: it opens nothing it keeps.
    public static func problem(atPath path: String) -> InputProblem? {
        switch InputFile(path: path).open() {
        case .success: nil
        case .failure(let problem): problem
        }
    }

    /// Opens the file for reading when it is a regular file, without ever
    /// blocking; otherwise says what it is instead.
    public func open() -> Result<OpenedInputFile, InputProblem> {
        withPath { path in
            var status = stat()
            guard lstat(path, &status) == 0 else { return .failure(InputProblem(errno: errno)) }
            if status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
                return .failure(errno == ENOENT ? .danglingLink : InputProblem(errno: errno))
            }
            if let problem = InputProblem(fileType: status.st_mode & S_IFMT) { return .failure(problem) }
            let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { return .failure(InputProblem(errno: errno)) }
            // The name may have been replaced between the two looks: what was opened counts.
            guard fstat(descriptor, &status) == 0, InputProblem(fileType: status.st_mode & S_IFMT) == nil else {
                let problem = InputProblem(fileType: status.st_mode & S_IFMT) ?? InputProblem(errno: errno)
                close(descriptor)
                return .failure(problem)
            }
            return .success(OpenedInputFile(descriptor: descriptor, name: name))
        }
    }

    /// The size in bytes, 0 when it cannot be read (for ordering only).
    public var size: Int {
        withPath { path in
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : 0
        }
    }

    /// Runs `body` with the path as a NUL-terminated C string.
    func withPath<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(terminated)
    }

    /// Valid UTF-8 as it is, every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var text = ""
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] { text += "\\x" + String(byte, radix: 16, uppercase: true) }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }
}

/// A regular file opened for reading, closed when the last reference goes.
/// The pipeline reads it by ``path`` (`/proc/self/fd/N`), which reaches the
/// very file that was checked, whatever bytes its name holds.
public final class OpenedInputFile: Sendable {
    public let descriptor: Int32
    /// The file's name for messages and outputs (``InputFile/name``).
    public let name: String

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// A path that opens this same file again, in this process.
    public var path: String { "/proc/self/fd/\(descriptor)" }

    deinit {
        close(descriptor)
    }
}

/// Why a named file is not read.
public enum InputProblem: Error, Sendable, Equatable {
    case notFound
    case danglingLink
    case folder
    case fifo
    case device
    case socket
    case permissionDenied
    case cannotOpen(String)

    init(errno number: Int32) {
        switch number {
        case ENOENT, ENOTDIR: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        default: self = .cannotOpen(String(cString: strerror(number)))
        }
    }

    /// The problem a file type is, or nil for a regular file.
    init?(fileType: mode_t) {
        switch fileType {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFSOCK: self = .socket
        default: self = .cannotOpen("not a regular file")
        }
    }

    /// One line a person understands.
    public var explanation: String {
        switch self {
        case .notFound: "no such file"
        case .danglingLink: "a symbolic link to a file that does not exist"
        case .folder: "a folder, not a PDF file"
        case .fifo: "a named pipe (FIFO), not a PDF file: not read"
        case .device: "a device, not a PDF file: not read"
        case .socket: "a socket, not a PDF file: not read"
        case .permissionDenied: "permission denied"
        case .cannotOpen(let reason): "cannot be opened (\(reason))"
        }
    }

    /// A short stable name for machines (error JSON, logs).
    public var code: String {
        switch self {
        case .notFound: "not-found"
        case .danglingLink: "dangling-link"
        case .folder, .fifo, .device, .socket: "not-a-file"
        case .permissionDenied: "permission-denied"
        case .cannotOpen: "cannot-open"
        }
    }
}
