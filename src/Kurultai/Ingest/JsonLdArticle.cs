using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Kurultai.Ingest;

/// <summary>
/// The article object of a page's JSON-LD (<c>{"@type": "NewsArticle", "headline": …, "datePublished": …}</c>),
/// found in a top-level object, an array, or an <c>@graph</c>. Malformed JSON-LD is ignored.
/// </summary>
public sealed record JsonLdArticle(string? Headline, string? DatePublished, ImmutableArray<string> Authors, string? Publisher, string? Url, string? Language)
{
    public static JsonLdArticle? Find(IHtmlDocument document)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var candidate in Candidates(json.RootElement))
                {
                    int rank = Rank(candidate);
                    if (rank == 2)
                        return From(candidate);
                    if (rank == 1)
                        fallback ??= From(candidate);
                }
            }
            catch (JsonException)
            {
            }
        }
        return fallback;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Candidates(item))
                    yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Candidates(graph))
                    yield return inner;
            }
        }
    }

    // 2: an article type; 1: a web page; 0: anything else (an organisation, a breadcrumb list…)
    private static int Rank(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return 0;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        if (types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "LiveBlogPosting"))
            return 2;
        return types.Any(t => t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    private static JsonLdArticle From(JsonElement e) => new(
        Text(e, "headline") ?? Text(e, "name"),
        Text(e, "datePublished") ?? Text(e, "dateCreated"),
        Names(e.TryGetProperty("author", out var author) ? author : default),
        e.TryGetProperty("publisher", out var publisher) ? (publisher.ValueKind == JsonValueKind.Object ? Text(publisher, "name") : Scalar(publisher)) : null,
        Text(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var main) ? (main.ValueKind == JsonValueKind.Object ? Text(main, "@id") : Scalar(main)) : null),
        Text(e, "inLanguage"));

    private static ImmutableArray<string> Names(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => HtmlMetadataReader.SplitAuthors(author.GetString() ?? ""),
        JsonValueKind.Object => Text(author, "name") is { } name ? [HtmlMetadataReader.Collapse(name)] : [],
        JsonValueKind.Array => [.. author.EnumerateArray().SelectMany(a => Names(a).AsEnumerable()).Distinct()],
        _ => [],
    };

    private static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(Scalar).FirstOrDefault(s => s is not null),
        _ => null,
    };
}
