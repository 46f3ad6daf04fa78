using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Decides an input's format from its extension and its first characters: ".jsonl" → JSON Lines, ".rss" → feed,
/// a ".txt" that starts with "&lt;!DOCTYPE html" → HTML, "---\ntitle: …" → Markdown with front matter.
/// </summary>
public static class FormatDetector
{
    public static SourceFormat Detect(string? extension, string text)
    {
        var head = Head(text);
        var ext = (extension ?? "").TrimStart('.').ToLowerInvariant();
        switch (ext)
        {
            case "html" or "htm" or "xhtml" or "shtml":
                return SourceFormat.Html;
            case "jsonl" or "ndjson" or "json":
                return SourceFormat.JsonLines;
            case "xml" or "rss" or "atom" or "rdf":
                return LooksLikeHtml(head) ? SourceFormat.Html : SourceFormat.Feed;
            case "md" or "markdown" or "mdown":
                return SourceFormat.Markdown;
            case "txt" or "text":
                return LooksLikeHtml(head) ? SourceFormat.Html : SourceFormat.PlainText;
        }
        return Sniff(head);
    }

    /// <summary>Format from content alone (stdin, unknown extensions).</summary>
    public static SourceFormat Sniff(string head) => Sniff(head.AsSpan());

    private static SourceFormat Sniff(ReadOnlySpan<char> head)
    {
        if (LooksLikeFeed(head))
            return SourceFormat.Feed;
        if (LooksLikeHtml(head))
            return SourceFormat.Html;
        if (head.StartsWith('{') || head.StartsWith('['))
            return SourceFormat.JsonLines;
        if (head.StartsWith("---", StringComparison.Ordinal))
            return SourceFormat.Markdown;
        return SourceFormat.PlainText;
    }

    private static ReadOnlySpan<char> Head(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart("\uFEFF \t\r\n".AsSpan());

    private static bool LooksLikeHtml(ReadOnlySpan<char> head) =>
        head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith('<') && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase))
        || head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeFeed(ReadOnlySpan<char> head) =>
        head.StartsWith('<') && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        || head.StartsWith("<?xml", StringComparison.Ordinal) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase);
}
