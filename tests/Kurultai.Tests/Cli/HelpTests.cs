using Kurultai.Cli;

namespace Kurultai.Tests.Cli;

public sealed class HelpTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in KurultaiCli.Build().Subcommands)
            data.Add(command.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_explains_itself_with_examples(string command)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = KurultaiCli.Run([command, "--help"], stdout, stderr);

        Assert.Equal(0, exit);
        var help = stdout.ToString();
        Assert.Contains("Usage:", help);
        Assert.Contains("Examples:", help);
        Assert.Contains($"kurultai {command}", help[help.IndexOf("Examples:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_root_help_lists_every_command()
    {
        using var stdout = new StringWriter();
        Assert.Equal(0, KurultaiCli.Run(["--help"], stdout, TextWriter.Null));
        foreach (var command in KurultaiCli.Build().Subcommands)
            Assert.Contains(command.Name, stdout.ToString());
    }
}
