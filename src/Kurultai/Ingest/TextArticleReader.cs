using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>Reads a plain-text or Markdown article: optional YAML front matter, then the body as the raw text.</summary>
internal sealed class TextArticleReader(MetadataExtractor? extractor)
{
    public ReadResult Read(string text, SourceFormat format, ArticleSource where)
    {
        var front = text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("\uFEFF---", StringComparison.Ordinal)
            ? FrontMatter.Parse(text)
            : new FrontMatter.Result(ArticleMetadata.Empty, 0);
        if (front.Error is not null)
            return ReadResult.Fail(where.Source, front.Error, front.ErrorLine);
        if (front.BodyStart > 0 && format == SourceFormat.PlainText)
            format = SourceFormat.Markdown;
        var body = text[front.BodyStart..];
        if (string.IsNullOrWhiteSpace(body))
            return ReadResult.Fail(where.Source, front.BodyStart > 0 ? "no text after the front matter" : "empty file");
        var metadata = extractor is null ? front.Metadata : MetadataExtractor.Merge(front.Metadata, extractor.Extract(body, format));
        return ReadResult.Ok(new Article(where.Id, where.Source, format, body, where.Stamp(metadata)));
    }
}

/// <summary>Where an article came from: its id, its source (path, path:line, or "-"), and the encoding it was decoded from.</summary>
internal sealed record ArticleSource(string Id, string Source, string? Encoding)
{
    public ArticleMetadata Stamp(ArticleMetadata metadata) =>
        Encoding is null ? metadata : metadata with { Extra = metadata.Extra.SetItem("encoding", Encoding) };

    public ArticleSource Item(string id, int line) => new(id, $"{Source}:{line}", Encoding);
}
