using System.CommandLine;

namespace Kurultai.Cli.Commands;

/// <summary>Every subcommand, in the order <c>--help</c> lists them.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All(CliIo io) =>
    [
        RunCommand.Create(io),
        IngestCommand.Create(io),
        DocsCommand.Create(io),
        ShowCommand.Create(io),
        SearchCommand.Create(io),
        AnalyzeCommand.Create(io),
        PlacesCommand.Create(io),
        ExtractCommand.Create(io),
        EventsCommand.Create(io),
        TimelineCommand.Create(io),
        EventCommand.Create(io),
        EvalCommand.Create(io),
    ];
}
