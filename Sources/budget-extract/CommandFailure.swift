/// What a command was asked to do and could not (a file that is not a PDF, a
/// page that does not exist, a folder it may not write): ArgumentParser prints
/// `Error: ` and this one line, and the exit status is 1. A mistyped option
/// stays a usage error (the usage text, exit status 64).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
