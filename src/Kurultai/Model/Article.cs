namespace Kurultai.Model;

/// <summary>The input format an article was read from.</summary>
public enum SourceFormat
{
    PlainText,
    Markdown,
    Html,
    JsonLines,
    Feed,
}

/// <summary>
/// One article as read from its source, before cleaning: the decoded raw text plus metadata.
/// </summary>
/// <param name="Id">The document id: a file's name without extension, or the JSON Lines <c>id</c>.</param>
/// <param name="Source">Where it was read from: a path, a path with a line number, or <c>-</c> for stdin.</param>
/// <param name="RawText">The decoded text of the article body (for HTML, the extracted main content as text).</param>
public sealed record Article(
    string Id,
    string Source,
    SourceFormat Format,
    string RawText,
    ArticleMetadata Metadata);
