using System.Collections.Immutable;

namespace Kurultai.Model;

/// <summary>Where a metadata value was found, e.g. an HTML <c>&lt;meta&gt;</c> tag or a dateline in the text.</summary>
public enum MetaOrigin
{
    FrontMatter,
    HtmlMeta,
    JsonLd,
    HtmlTitle,
    JsonField,
    FeedItem,
    TextPattern,
    FileName,
    Detected,

    /// <summary>Borrowed from a dated report of the same events (see <c>Dates/RelatedReportDater</c>).</summary>
    RelatedReport,
}

/// <summary>A metadata value together with where it came from: <c>"17 May 2010" from TextPattern</c>.</summary>
public sealed record Sourced<T>(T Value, MetaOrigin Origin, string? Detail = null);

/// <summary>What is known about an article apart from its text; every value records its origin.</summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    public Sourced<string>? Title { get; init; }
    public Sourced<string>? Outlet { get; init; }
    public Sourced<ImmutableArray<string>>? Authors { get; init; }
    public Sourced<string>? Url { get; init; }
    public Sourced<string>? Language { get; init; }

    /// <summary>The publication date (a report date, never an event date).</summary>
    public Sourced<DateOnly>? Published { get; init; }

    /// <summary>Fields the input carried that Kurultai has no slot for (JSON Lines extras, front matter extras).</summary>
    public ImmutableDictionary<string, string> Extra { get; init; } = ImmutableDictionary<string, string>.Empty;
}
