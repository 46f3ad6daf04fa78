using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>Why an input was not read, e.g. "feed.xml: not well-formed XML (line 12)".</summary>
public sealed record Rejection(string Source, int? Line, string Reason)
{
    /// <summary>One line naming the file (and line) and the reason.</summary>
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Reason}" : $"{Source}: {Reason}";
}

/// <summary>The outcome of reading one article: the article, or a rejection. Readers return these; they never throw.</summary>
public sealed record ReadResult
{
    private ReadResult(Article? article, Rejection? rejection)
    {
        Article = article;
        Rejection = rejection;
    }

    public Article? Article { get; }
    public Rejection? Rejection { get; }
    public bool IsOk => Article is not null;

    public static ReadResult Ok(Article article) => new(article, null);

    public static ReadResult Fail(string source, string reason, int? line = null) => new(null, new Rejection(source, line, reason));
}
