namespace Kurultai.Cli;

/// <summary>The writers a command prints to: results to <see cref="Out"/>, errors and progress to <see cref="Err"/>.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Err)
{
    /// <summary>True when results go to a real terminal (tables and progress bars are for people only).</summary>
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    public bool ErrIsTerminal => ReferenceEquals(Err, Console.Error) && !Console.IsErrorRedirected;
}
