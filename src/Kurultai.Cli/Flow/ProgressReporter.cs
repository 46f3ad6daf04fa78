using Spectre.Console;

namespace Kurultai.Cli.Flow;

/// <summary>
/// A progress bar on standard error for long work; does nothing when standard error is not a terminal or the user
/// asked for quiet output, so logs and pipes stay clean.
/// </summary>
public static class ProgressReporter
{
    public static T Run<T>(CliIo io, bool enabled, string label, int total, Func<Action, T> work)
    {
        if (!enabled || !io.ErrIsTerminal || total < 2)
            return work(() => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Err) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total);
                return work(() => task.Increment(1));
            });
    }
}
