using System.CommandLine;
using System.Text.Json;
using Kurultai.Cli.Analysis;
using Kurultai.Cli.Flow;
using Kurultai.Model;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai analyze DOC|PATH</c>: shows every layer the pipeline adds, sentence by sentence.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliIo io)
    {
        var target = new Argument<string>("doc-or-path") { Description = "A stored document (id, id@revision or key), or a file to read." };
        var command = new Command("analyze",
            "Show the layers of one document: sentences, resolved dates, quantities, names, places, actors and events, each with its span.")
        { target };
        command.WithExamples("kurultai analyze samples/articles/nairobi-fuel-levy-protest.txt",
            "kurultai analyze 000_d6f33aa711ed9401 --format json");
        command.SetAction(parsed =>
        {
            var reference = parsed.GetValue(target)!;
            var documents = Load(reference, parsed, io);
            if (documents is null)
                return KurultaiCli.UsageError;
            var host = new PipelineHost();
            var analysed = documents.Select(host.Process).ToList();
            if (parsed.GetValue(GlobalOptions.Format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                var indented = parsed.GetValue(GlobalOptions.Format) == OutputFormat.Json;
                var json = analysed.Select(d => JsonSerializer.Serialize(AnalysisJson.Of(d), new JsonSerializerOptions { WriteIndented = indented }));
                io.Out.WriteLine(indented ? (analysed.Count == 1 ? json.Single() : "[" + string.Join(",\n", json) + "]") : string.Join('\n', json));
            }
            else
            {
                foreach (var document in analysed)
                    AnalysisView.Write(document, io.Out);
            }
            return KurultaiCli.Ok;
        });
        return command;
    }

    /// <summary>A file is read and cleaned (a JSON Lines file may hold several articles); anything else is a stored document.</summary>
    private static List<Document>? Load(string reference, ParseResult parsed, CliIo io)
    {
        if (File.Exists(reference))
        {
            var sources = DefaultArticleSources.Create();
            var documents = new List<Document>();
            foreach (var result in sources.ReadFile(reference))
            {
                if (result.Article is { } article)
                    documents.Add(sources.Clean(article));
                else
                    io.Err.WriteLine($"rejected: {result.Rejection}");
            }
            return documents.Count > 0 ? documents : null;
        }
        using var store = StoreOpener.OpenExisting(parsed, io);
        if (store?.Find(reference) is { } stored)
            return [stored.Document];
        if (store is not null)
            io.Err.WriteLine($"kurultai: '{reference}' is neither a file nor a stored document (see 'kurultai docs')");
        return null;
    }
}
