using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;

namespace Kurultai.Cli.Output;

/// <summary>Rows with named columns, rendered as a table, JSON, JSON Lines or CSV.</summary>
public sealed record TableOutput(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public void Write(OutputFormat format, CliIo io)
    {
        switch (format)
        {
            case OutputFormat.Json:
                io.Out.WriteLine(JsonSerializer.Serialize(Objects(), Json));
                break;
            case OutputFormat.Jsonl:
                foreach (var row in Objects())
                    io.Out.WriteLine(JsonSerializer.Serialize(row));
                break;
            case OutputFormat.Csv:
                WriteCsv(io.Out);
                break;
            default:
                WriteTable(io);
                break;
        }
    }

    private IEnumerable<Dictionary<string, object?>> Objects() =>
        Rows.Select(row => Columns.Select((c, i) => (c, v: row[i])).ToDictionary(p => p.c, p => p.v));

    private void WriteCsv(TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        csv.WriteRecord([.. Columns]);
        foreach (var row in Rows)
            csv.WriteRecord([.. row.Select(Format)]);
    }

    private void WriteTable(CliIo io)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Out),
            Ansi = io.OutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.OutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!io.OutIsTerminal)
            console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in Columns)
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in Rows)
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Format(v))).ToArray());
        console.Write(table);
        io.Out.WriteLine($"{Rows.Count} row(s)");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
