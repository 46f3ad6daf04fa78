using System.Collections.Immutable;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Dates;

/// <summary>
/// Finds the dates in the text and resolves them to the calendar, each with its span, precision, confidence and
/// rule: "on Tuesday evening" → the Tuesday on or before the anchor; "May 13-14" → a span; "the following day" →
/// the day after the previous date; "7 April 15.11" → a live-blog timestamp its section inherits.
/// </summary>
/// <remarks>
/// Live-blog timestamps are checked against each other (<see cref="ChronologyChecker"/>): one that breaks the order
/// keeps its written date in <see cref="DateMention.Date"/>, gets the proposed one in
/// <see cref="DateMention.Correction"/> and a lower confidence. Expressions that need a reference (weekdays,
/// "yesterday") are dropped when the document has no anchor; a yearless date without anchor takes the nearest
/// earlier explicit year, with low confidence. See <see cref="SectionDates"/> for the date each sentence inherits.
/// </remarks>
public sealed class DateRecognizer(DateLexicon lexicon) : IStage
{
    private readonly DateCandidateFinder _finder = new(lexicon);

    public DateRecognizer() : this(DateLexicon.Default) { }

    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Anchor;
    public Layer Provides => Layer.Dates;

    public Document Run(Document document) => document with { Dates = Find(document) };

    public ImmutableArray<DateMention> Find(Document document)
    {
        var text = document.Text;
        var stamps = TimestampReader.Read(text, document.Sentences);
        var anchor = document.Anchor.Date is { } a && DateMath.InRange(a) ? a : (DateOnly?)null;
        var stampDates = TimestampReader.Resolve(stamps, anchor);
        var candidates = _finder.Find(text, document.Tokens);
        return DateResolver.Resolve(document.Sentences, anchor, candidates, stamps, stampDates);
    }
}
