namespace Kurultai.Events;

/// <summary>Where a place or date of an event was found: its own sentence, or the surrounding text.</summary>
public enum ContextSource
{
    Sentence,
    SectionTimestamp,
    Paragraph,
    Section,
    Narrative,
    Document,
    Country,
    Anchor,
}

/// <summary>The place given to an event, e.g. Talas (Talas, KG) at town precision, found in its sentence.</summary>
public sealed record PlaceChoice(string Location, string Admin1, string Country, double Lat, double Lon, int GeoPrecision, ContextSource Source, int MentionStart = -1);

/// <summary>The date given to an event, e.g. 2010-04-06 at day precision, found in the paragraph.</summary>
public sealed record DateChoice(DateOnly Date, DateOnly? End, int Precision, ContextSource Source)
{
    /// <summary>True when the date was counted back or forth from another ("two weeks after …"): a flashback.</summary>
    public bool Offset { get; init; }

    /// <summary>True when the expression names only a month or a year, or a part of one ("in April", "early April", "last month").</summary>
    public bool Coarse { get; init; }

    /// <summary>True when the date comes from the text around the event, not only from the document's anchor.</summary>
    public bool IsLocal => Source is not ContextSource.Anchor;
}
