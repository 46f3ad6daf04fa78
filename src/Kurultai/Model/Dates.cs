namespace Kurultai.Model;

/// <summary>How precisely a date is known (maps to FORMAT.md's time_precision: Day 1, Week/Span 2, Month 3).</summary>
public enum DatePrecision
{
    Day,
    Week,
    Span,
    Month,
    Year,
}

/// <summary>A temporal expression resolved to calendar dates, e.g. "on Tuesday evening" → 2020-10-06.</summary>
/// <param name="Date">The first day it denotes.</param>
/// <param name="DateEnd">The last day, for a span, week, month or year; null for a single day.</param>
/// <param name="Rule">Which recogniser rule found it (for explanations), e.g. "day-month-year", "weekday-relative".</param>
/// <param name="Correction">A proposed replacement when the date breaks the document's own chronology.</param>
/// <param name="IsTimestamp">True for a live-blog timestamp heading such as "7 April 15.11".</param>
public readonly record struct DateMention(
    int Start,
    int Length,
    DateOnly Date,
    DateOnly? DateEnd,
    DatePrecision Precision,
    double Confidence,
    string Rule,
    DateOnly? Correction = null,
    bool IsTimestamp = false)
{
    public Span Span => new(Start, Length);

    /// <summary>The date to use: the proposed correction where there is one.</summary>
    public DateOnly Effective => Correction ?? Date;
}

/// <summary>How a document's anchor date was obtained.</summary>
public enum AnchorOrigin
{
    Published,
    InferredFromContent,
    Unknown,
}

/// <summary>The date relative expressions resolve against: the publication date, or one inferred from content.</summary>
/// <param name="How">A one-line explanation, e.g. "latest explicit date in the text (2020-10-07)".</param>
public sealed record DocumentAnchor(DateOnly? Date, AnchorOrigin Origin, string How)
{
    public static readonly DocumentAnchor None = new(null, AnchorOrigin.Unknown, "no date found");
}
