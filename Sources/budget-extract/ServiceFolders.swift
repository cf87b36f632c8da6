import ArgumentParser
import Foundation

/// The watcher's two folders, as `watch`, `status`, `retry` and `reconvert` take them.
struct ServiceFolders: ParsableArguments {
    @Option(help: "The folder PDFs are dropped into.")
    var inbox: String = "inbox"

    @Option(name: .shortAndLong, help: "The folder the JSON documents are written to (not inside the inbox).")
    var output: String = "output"

    var inboxURL: URL { URL(fileURLWithPath: inbox) }
    var outputURL: URL { URL(fileURLWithPath: output) }
}
