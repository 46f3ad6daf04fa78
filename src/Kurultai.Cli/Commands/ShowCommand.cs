using System.CommandLine;
using System.Text.Json;
using Kurultai.Cli.Output;
using Kurultai.Model;

namespace Kurultai.Cli.Commands;

/// <summary><c>kurultai show DOC</c>: one document's metadata (with where each value came from) and its text.</summary>
public static class ShowCommand
{
    public static Command Create(CliIo io)
    {
        var doc = new Argument<string>("doc") { Description = "Document id (latest revision), id@revision, or numeric key." };
        var raw = new Option<bool>("--raw") { Description = "Print the raw text as read, before cleaning." };
        var command = new Command("show", "Show one stored document: metadata with origins, cleaning notes, and the cleaned text.")
        { doc, raw };
        command.WithExamples("kurultai show 000_d6f33aa711ed9401", "kurultai show report-1@2 --raw", "kurultai show 3 --format json");
        command.SetAction(parsed =>
        {
            using var store = StoreOpener.OpenExisting(parsed, io);
            if (store is null) return KurultaiCli.UsageError;
            var reference = parsed.GetValue(doc)!;
            if (store.Find(reference) is not { } stored)
            {
                io.Err.WriteLine($"kurultai: no document '{reference}' (see 'kurultai docs')");
                return KurultaiCli.UsageError;
            }
            var document = stored.Document;
            var text = parsed.GetValue(raw) ? document.Article.RawText : document.Text;
            if (parsed.GetValue(GlobalOptions.Format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                io.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    doc = document.Id,
                    key = stored.Key,
                    revision = stored.Revision,
                    content_hash = stored.ContentHash,
                    source = document.Article.Source,
                    format = document.Article.Format.ToString(),
                    metadata = MetadataRows(document.Metadata).ToDictionary(r => r.Field, r => new { value = r.Value, origin = r.Origin, detail = r.Detail }),
                    cleaning_notes = document.CleaningNotes,
                    text,
                }, new JsonSerializerOptions { WriteIndented = true }));
                return KurultaiCli.Ok;
            }
            new TableOutput(["field", "value", "from", "detail"],
                [.. MetadataRows(document.Metadata).Select(r => (IReadOnlyList<object?>)[r.Field, r.Value, r.Origin, r.Detail])])
                .Write(OutputFormat.Table, io);
            foreach (var note in document.CleaningNotes)
                io.Out.WriteLine($"cleaned: {note}");
            io.Out.WriteLine();
            io.Out.WriteLine(text);
            return KurultaiCli.Ok;
        });
        return command;
    }

    private static IEnumerable<(string Field, string Value, string Origin, string? Detail)> MetadataRows(ArticleMetadata m)
    {
        if (m.Title is { } title) yield return ("title", title.Value, title.Origin.ToString(), title.Detail);
        if (m.Outlet is { } outlet) yield return ("outlet", outlet.Value, outlet.Origin.ToString(), outlet.Detail);
        if (m.Authors is { } authors) yield return ("authors", string.Join("; ", authors.Value), authors.Origin.ToString(), authors.Detail);
        if (m.Url is { } url) yield return ("url", url.Value, url.Origin.ToString(), url.Detail);
        if (m.Language is { } language) yield return ("language", language.Value, language.Origin.ToString(), language.Detail);
        if (m.Published is { } published)
            yield return ("published", published.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), published.Origin.ToString(), published.Detail);
        foreach (var (key, value) in m.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))
            yield return (key, value, "Extra", null);
    }
}
