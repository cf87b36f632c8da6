import ArgumentParser
import BudgetExtract

/// The `budget-extract` command: reads Chinese government budget and
/// final-account PDFs (部门预算 / 部门决算) and writes their tables as JSON.
@main
struct BudgetExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget-extract",
        abstract: "Turn budget PDFs (部门预算 / 部门决算) into canonical JSON tables.",
        discussion: """
            `convert` reads the PDFs you name; `export` gathers the records of many documents into one \
            CSV; `show` prints one table as a grid; `watch` runs as a daemon over an inbox folder, and \
            `status`, `retry` and `reconvert` look after it; `inspect` draws what the table \
            reconstructor saw on one page. `budget-extract help COMMAND` tells more of each.

            Examples:
              budget-extract convert budget.pdf --output json
              budget-extract show json/budget.json --table 3
              budget-extract export json --output records.csv
              budget-extract watch --inbox inbox --output output
              budget-extract status --inbox inbox --output output
            Shell completions: budget-extract --generate-completion-script bash|zsh|fish
            """,
        version: BudgetExtractVersion.current,
        subcommands: [ConvertCommand.self, ExportCommand.self, WatchCommand.self, StatusCommand.self, RetryCommand.self,
                      ReconvertCommand.self, ShowCommand.self, InspectCommand.self, WorkerCommand.self]
    )

    /// `worker --serve`, exactly as ``WorkerPool`` starts each of `convert`'s
    /// workers, goes straight to the worker's loop: ArgumentParser's parse
    /// costs 12.5 M instructions a process (its check for a completion-script
    /// request alone 7 M), which every worker paid before converting a page.
    static func main() async {
        if CommandLine.arguments.dropFirst().elementsEqual(["worker", "--serve"]) {
            return WorkerIsolation.serve(channel: 3)
        }
        await main(nil)
    }
}
