using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Reads JSON Lines: one article object a line (<c>{"id": …, "url": …, "title": …, "published": …, "outlet": …,
/// "text": …}</c>). A malformed line is a rejection naming its line number; the other lines go on. A <c>.json</c>
/// file holding one object or an array of objects is read the same way.
/// </summary>
internal sealed class JsonLinesReader(MetadataExtractor? extractor)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public IEnumerable<ReadResult> Read(string text, ArticleSource where)
    {
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{') && !FirstLineParses(trimmed))
            return Whole(text, where);
        return Lines(text, where);
    }

    private IEnumerable<ReadResult> Lines(string text, ArticleSource where)
    {
        int number = 0, start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            number++;
            var line = text.AsSpan(start, end - start).Trim("\uFEFF \t\r");
            start = end + 1;
            if (line.IsEmpty)
                continue;
            yield return One(line.ToString(), where, number);
        }
    }

    private ReadResult One(string line, ArticleSource file, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(json.RootElement, file.Item($"{file.Id}-{number}", number), file.Source, number)
                : ReadResult.Fail(file.Source, $"expected a JSON object, found {json.RootElement.ValueKind}", number);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(file.Source, $"malformed JSON ({Brief(e)})", number);
        }
    }

    private IEnumerable<ReadResult> Whole(string text, ArticleSource where)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text.TrimStart('\uFEFF'), Options);
        }
        catch (JsonException e)
        {
            return [ReadResult.Fail(where.Source, $"malformed JSON ({Brief(e)})", (int?)e.LineNumber + 1)];
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return [FromObject(root, where, where.Source, null)];
            if (root.ValueKind != JsonValueKind.Array)
                return [ReadResult.Fail(where.Source, "expected JSON objects (one a line, or an array)")];
            var results = new List<ReadResult>();
            int index = 0;
            foreach (var item in root.EnumerateArray())
            {
                index++;
                var itemSource = new ArticleSource($"{where.Id}-{index}", $"{where.Source}#{index}", where.Encoding);
                results.Add(item.ValueKind == JsonValueKind.Object
                    ? FromObject(item, itemSource, itemSource.Source, null)
                    : ReadResult.Fail(itemSource.Source, $"item {index}: expected a JSON object"));
            }
            return results;
        }
    }

    private ReadResult FromObject(JsonElement obj, ArticleSource where, string failSource, int? line)
    {
        var fields = JsonArticleFields.Read(obj);
        if (string.IsNullOrWhiteSpace(fields.Text))
            return ReadResult.Fail(failSource, "no \"text\" field", line);
        var id = fields.Id ?? where.Id;
        var text = HtmlText.LooksLikeMarkup(fields.Text) ? HtmlText.FromFragment(fields.Text) : fields.Text;
        var metadata = extractor is null ? fields.Metadata : MetadataExtractor.Merge(fields.Metadata, extractor.Extract(text, SourceFormat.JsonLines));
        return ReadResult.Ok(new Article(id, where.Source, SourceFormat.JsonLines, text, where.Stamp(metadata)));
    }

    private static bool FirstLineParses(ReadOnlySpan<char> text)
    {
        int end = text.IndexOf('\n');
        var first = (end < 0 ? text : text[..end]).Trim();
        try
        {
            using var json = JsonDocument.Parse(first.ToString(), Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 17." → "'x' is an invalid start of a value, at byte 17"
    private static string Brief(JsonException e)
    {
        var message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var head = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        return e.BytePositionInLine is { } column ? $"{head}, at byte {column}" : head;
    }
}
