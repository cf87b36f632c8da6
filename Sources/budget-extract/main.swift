import BudgetExtract
import Foundation

let output = URL(fileURLWithPath: CommandLine.arguments[1])
for path in CommandLine.arguments.dropFirst(2) {
    do {
        let document = try Converter().convert(path: path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".json"
        try AtomicFile.write(try DocumentJSON(document).encoded(), to: output.appendingPathComponent(name))
        print(path, document.tables.count)
    } catch {
        print("error:", error)
    }
}
