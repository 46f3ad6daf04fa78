using System.CommandLine;
using Kurultai.Cli.Commands;

namespace Kurultai.Cli;

/// <summary>Builds the command tree and runs it; maps parse errors to exit code 2.</summary>
public static class KurultaiCli
{
    public const int Ok = 0;
    public const int SomeRejected = 1;
    public const int UsageError = 2;

    public static RootCommand Build(TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var io = new CliIo(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand(
            "Kurultai reads news reports of political unrest and turns them into an event dataset: what happened, " +
            "when, where, who did it to whom, how many were killed, injured, arrested, each field traced to its sentence.")
            .WithExamples("kurultai ingest samples/articles", "kurultai docs --format csv", "kurultai search \"parliament stormed\"");
        CommandHelp.Install(root);
        GlobalOptions.AddTo(root);
        foreach (var command in CommandCatalog.All(io))
            root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !CommandHelp.IsHelp(parsed))
        {
            var err = stderr ?? Console.Error;
            foreach (var error in parsed.Errors)
                err.WriteLine($"kurultai: {error.Message}");
            err.WriteLine("Try 'kurultai --help'.");
            return UsageError;
        }
        var config = new InvocationConfiguration { Output = stdout ?? Console.Out, Error = stderr ?? Console.Error };
        return parsed.Invoke(config);
    }
}
