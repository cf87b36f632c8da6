import Foundation
import Testing

/// scripts/install into a scratch root, and the installed binary run where
/// the Swift toolchain cannot be reached.
@Suite("install")
struct InstallTests {
    /// What scripts/install builds: the release binary with the Swift standard library inside.
    static let staticBinary = Fixtures.repository.appendingPathComponent(".build/static/release/budget-extract")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: staticBinary.path),
                   "build it first: swift build -c release --static-swift-stdlib --product budget-extract --build-path .build/static"))
    func installsEverythingAndTheBinaryRunsWithoutTheToolchain() throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let install = try CommandRun.program([Fixtures.repository.appendingPathComponent("scripts/install").path,
                                    "--destdir", root.path, "--binary", Self.staticBinary.path, "--no-manuals"])
        #expect(install.status == 0, "\(install.output)")
        let binary = root.appendingPathComponent("usr/local/bin/budget-extract").path
        for path in ["usr/local/bin/budget-extract", "etc/systemd/system/budget-extract.service", "etc/default/budget-extract",
                     "usr/share/bash-completion/completions/budget-extract", "usr/local/share/doc/budget-extract/schema.md"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        // The unit's Documentation= is a file the install put there.
        let unit = try String(contentsOf: root.appendingPathComponent("etc/systemd/system/budget-extract.service"), encoding: .utf8)
        let documentation = try #require(unit.split(separator: "\n").first { $0.hasPrefix("Documentation=file://") })
        #expect(FileManager.default.fileExists(atPath: root.path + documentation.dropFirst("Documentation=file://".count)))
        // The folders: group-writable and setgid, so that files made in them belong to the group.
        for folder in ["inbox", "output"] {
            let mode = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("srv/budget-extract/\(folder)").path)[.posixPermissions] as? Int
            #expect(mode == 0o2775, "\(folder): \(String(mode ?? 0, radix: 8))")
        }
        let completion = try String(contentsOf: root.appendingPathComponent("usr/share/bash-completion/completions/budget-extract"), encoding: .utf8)
        #expect(completion.contains("reconvert"))

        // No library from the toolchain, and it converts with a bare environment whose PATH has no Swift.
        let libraries = try CommandRun.program(["/usr/bin/ldd", binary])
        #expect(!libraries.output.contains("/opt/swift") && !libraries.output.contains("libswiftCore"), "\(libraries.output)")
        let output = root.appendingPathComponent("json").path
        let bare = try CommandRun.program([binary, "convert", "-q", Fixtures.sample("two-tables.pdf"), "-o", output],
                                          environment: ["PATH": "/usr/bin:/bin"], inheriting: false)
        #expect(bare.status == 0, "\(bare.output)")
        #expect(FileManager.default.fileExists(atPath: output + "/two-tables.json"))

        // With /opt/swift hidden under an empty tmpfs in a mount namespace of its own.
        if getuid() == 0, FileManager.default.fileExists(atPath: "/opt/swift"), FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") {
            let script = "mount -t tmpfs none /opt/swift && test ! -e /opt/swift/usr && \"$0\" --version && \"$0\" show \"$1\" --table 2 --format tsv"
            let hidden = try CommandRun.program(["/usr/bin/unshare", "-m", "/bin/sh", "-c", script, binary, Fixtures.sample("two-tables.pdf")])
            #expect(hidden.status == 0, "\(hidden.output)")
            #expect(hidden.output.contains("差旅费\t7.88"), "\(hidden.output)")
        }
    }
}
