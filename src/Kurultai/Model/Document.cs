using System.Collections.Immutable;

namespace Kurultai.Model;

/// <summary>
/// An article after cleaning, with the annotation layers that pipeline stages add. Immutable: a stage
/// returns a new document (<c>document with { Dates = … }</c>). Every span indexes <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    public required Article Article { get; init; }

    /// <summary>The cleaned text every span refers to.</summary>
    public required string Text { get; init; }

    /// <summary>Maps offsets in <see cref="Text"/> back to <see cref="Article.RawText"/>.</summary>
    public required OffsetMap Map { get; init; }

    /// <summary>What the cleaner removed or repaired, e.g. "debris: Subscribe to our newsletter".</summary>
    public ImmutableArray<string> CleaningNotes { get; init; } = [];

    public Layer Layers { get; init; } = Layer.CleanText;

    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public DocumentAnchor Anchor { get; init; } = DocumentAnchor.None;
    public ImmutableArray<DateMention> Dates { get; init; } = [];
    public ImmutableArray<Quantity> Quantities { get; init; } = [];
    public ImmutableArray<NameMention> Names { get; init; } = [];
    public ImmutableArray<PlaceMention> Places { get; init; } = [];
    public ImmutableArray<ActorMention> Actors { get; init; } = [];
    public ImmutableArray<EventRecord> Events { get; init; } = [];

    public string Id => Article.Id;
    public ArticleMetadata Metadata => Article.Metadata;

    public string TextOf(Span span) => Text.Substring(span.Start, span.Length);

    /// <summary>A document whose cleaned text is the raw text itself (for tests and already-clean input).</summary>
    public static Document FromText(string text, string id = "doc", DateOnly? published = null) => new()
    {
        Article = new Article(id, id, SourceFormat.PlainText, text,
            published is { } p ? ArticleMetadata.Empty with { Published = new Sourced<DateOnly>(p, MetaOrigin.FrontMatter) } : ArticleMetadata.Empty),
        Text = text,
        Map = OffsetMap.Identity(text.Length),
    };
}
