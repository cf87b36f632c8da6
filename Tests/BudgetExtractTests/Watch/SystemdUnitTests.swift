import Foundation
import Testing

/// systemd/budget-extract.service, checked by systemd itself.
@Suite("systemd unit")
struct SystemdUnitTests {
    static let analyze = "/usr/bin/systemd-analyze"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze), "needs systemd-analyze (scripts/install-deps)"))
    func verifiesCleanly() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Fixtures.binary.path), "run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The unit as installed, but pointing at the binary just built and an environment file that exists.
        let environment = folder.appendingPathComponent("budget-extract.env")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("systemd/budget-extract.env"), to: environment)
        let unit = try String(contentsOf: Fixtures.repository.appendingPathComponent("systemd/budget-extract.service"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/budget-extract", with: Fixtures.binary.path)
            .replacingOccurrences(of: "/etc/default/budget-extract", with: environment.path)
        #expect(unit.contains("NoNewPrivileges=yes") && unit.contains("ProtectSystem=strict") && unit.contains("Restart=on-failure"))
        // Its own user and a group people can join, not a dynamic user whose folders only root can reach.
        #expect(unit.contains("\nUser=budget-extract\n") && unit.contains("\nGroup=budget-extract\n") && unit.contains("\nUMask=0002\n"))
        #expect(!unit.contains("DynamicUser") && !unit.contains("StateDirectory"))
        let unitFile = folder.appendingPathComponent("budget-extract.service")
        try unit.write(to: unitFile, atomically: true, encoding: .utf8)

        let run = try CommandRun.program([Self.analyze, "verify", unitFile.path])
        let text = run.stdout + run.stderr
        #expect(run.status == 0, "\(text)")
        #expect(!text.contains("budget-extract.service:"), "\(text)")
    }
}
