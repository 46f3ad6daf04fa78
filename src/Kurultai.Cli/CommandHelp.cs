using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Kurultai.Cli;

/// <summary>
/// Adds an "Examples:" section to a command's <c>--help</c> (the subcommand list shows only the one-line summary).
/// </summary>
public static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, string[]> ExamplesOf = [];

    /// <summary>Attaches example command lines to a command; returns it for chaining.</summary>
    public static T WithExamples<T>(this T command, params string[] examples) where T : Command
    {
        ExamplesOf.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes the help option print the examples after the default help text.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().FirstOrDefault();
        if (help?.Action is SynchronousCommandLineAction inner)
            help.Action = new HelpWithExamples(inner);
    }

    /// <summary>True when the parse asks for help (help wins over missing arguments).</summary>
    public static bool IsHelp(ParseResult parsed) => parsed.Action is HelpWithExamples or HelpAction;

    private sealed class HelpWithExamples(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = inner.Invoke(parseResult);
            if (ExamplesOf.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                    output.WriteLine("  " + example);
                output.WriteLine();
            }
            return result;
        }
    }
}
