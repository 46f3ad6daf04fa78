using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Turns merged mention groups into <see cref="EventRecord"/>s: the firmest date of the group, its place, actors,
/// the reduced numbers (<see cref="Figures"/>), the first sentence as evidence with every sentence's span, the
/// background flag and a stable id.
/// </summary>
/// <remarks>
/// Background: the event ended more than 60 days before the document's anchor, its trigger is marked as
/// history ("five years ago", "at that time"), or a mention recalls it by a month before the report's ("in April"). Ids are <c>{doc}-{8 hex digits}</c> hashing the date, type,
/// sub-type, location and the first evidence sentence's text: the same article gives the same ids, and an edit
/// elsewhere in the text (even one that shifts offsets) keeps them; a clash gets a "-2" suffix. A lone victim ("a 19-year-old man was killed") counts 1 when no number is given; so
/// does a named person arrested, or a person beaten.
/// </remarks>
public sealed partial class RecordBuilder(EventLexicon lexicon)
{
    public ImmutableArray<EventRecord> Build(DocumentView view, IReadOnlyList<List<EventMention>> groups)
    {
        var records = ImmutableArray.CreateBuilder<EventRecord>(groups.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
            records.Add(Build(view, group, ids));
        return records.MoveToImmutable();
    }

    /// <param name="ids">The ids given so far: a clash gets a "-2" suffix.</param>
    private EventRecord Build(DocumentView view, List<EventMention> group, HashSet<string> ids)
    {
        var doc = view.Document;
        var first = group[0];
        var date = first.Date;
        var place = first.Place;
        foreach (var m in group)
        {
            if (m.Date.Source < date.Source)
                date = m.Date;
            if (m.Place.Source < place.Source)
                place = m.Place;
        }
        var all = new List<EventMention>(group);
        foreach (var m in group)
            all.AddRange(m.Attached);
        var counts = Count(view, all, first.Coding);
        var evidence = doc.TextOf(doc.Sentences[first.Sentence].Span).Trim();
        string baseId = $"{doc.Id}-{Hash(date.Date, first.Coding.EventType, first.Coding.SubEventType, place.Location, evidence):x8}";
        string id = baseId;
        for (int n = 2; !ids.Add(id); n++)
            id = $"{baseId}-{n}";
        return new EventRecord
        {
            Id = id,
            Doc = doc.Id,
            EventDate = date.Date,
            DateEnd = date.End,
            TimePrecision = date.Precision,
            EventType = first.Coding.EventType,
            SubEventType = first.Coding.SubEventType,
            Actor1 = Actor1(group),
            Actor2 = Actor2(group),
            Country = place.Country,
            Admin1 = place.Admin1,
            Location = place.Location,
            Lat = Math.Round(place.Lat, 4),
            Lon = Math.Round(place.Lon, 4),
            GeoPrecision = place.GeoPrecision,
            Fatalities = counts.Dead?.Value ?? 0,
            FatalitiesMax = counts.Dead?.Max,
            Injuries = counts.Injured?.Value,
            Arrests = counts.Arrested?.Value,
            CrowdSize = counts.Crowd?.Value,
            Evidence = evidence,
            EvidenceSpans = EvidenceSpans(doc, all),
            Background = IsBackground(view, group, date),
            Notes = Notes(group, date, place),
            Confidence = Confidence(first, date, place),
            Rule = Join(group, m => m.Coding.Rule, "; "),
            SourceUrl = doc.Metadata.Url?.Value,
        };
    }

    /// <summary>The spans of the sentences the mentions come from, in text order.</summary>
    private static ImmutableArray<Span> EvidenceSpans(Document doc, List<EventMention> all)
    {
        var sentences = new List<int>(all.Count);
        foreach (var m in all)
            if (!sentences.Contains(m.Sentence))
                sentences.Add(m.Sentence);
        sentences.Sort();
        var spans = ImmutableArray.CreateBuilder<Span>(sentences.Count);
        foreach (var i in sentences)
            spans.Add(doc.Sentences[i].Span);
        return spans.MoveToImmutable();
    }

    /// <summary>The event ended more than 60 days before the anchor, a mention is a recollection, or a trigger is marked as history ("five years ago").</summary>
    private bool IsBackground(DocumentView view, List<EventMention> group, DateChoice date)
    {
        if ((date.End ?? date.Date) < view.Document.Anchor.Date?.AddDays(-DateChooser.BackgroundDays))
            return true;
        foreach (var m in group)
        {
            if (m.Background)
                return true;
            if (lexicon.Before(CueSet.History, view.Words[m.Sentence], m.Hit.Word, 4, clause: false) >= 0
                || lexicon.After(CueSet.History, view.Words[m.Sentence], m.Hit.LastWord + 1, 6, clause: false) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>The distinct values of the mentions, in order, joined.</summary>
    private static string Join(List<EventMention> group, Func<EventMention, string> value, string separator)
    {
        if (group.Count == 1)
            return value(group[0]);
        var distinct = new List<string>(group.Count);
        foreach (var m in group)
            if (!distinct.Contains(value(m)))
                distinct.Add(value(m));
        return string.Join(separator, distinct);
    }

    /// <summary>The first mention's actor1, unless it is a stand-in group and another mention names the doer.</summary>
    private static string Actor1(List<EventMention> group)
    {
        if (group[0].Coding.Actor1.Mention is not null || Acled.IsViolentOrProtest(group[0].Coding.EventType))
            return group[0].Actor1;
        foreach (var m in group)
            if (m.Coding.Actor1.Mention is { Kind: ActorKind.Person or ActorKind.Organisation })
                return m.Actor1;
        return group[0].Actor1;
    }

    /// <summary>The first actor2 other than the actor1; in a riot, rioters against rioters too.</summary>
    private static string? Actor2(List<EventMention> group)
    {
        var first = group[0];
        foreach (var m in group)
            if (m.Actor2 is not null && m.Actor2 != first.Actor1)
                return m.Actor2;
        if (first.Coding.EventType != Acled.Riots)
            return null;
        foreach (var m in group)
            if (m.Actor2 is not null)
                return m.Actor2;
        return null;
    }

    private static string Notes(List<EventMention> group, DateChoice date, PlaceChoice place) =>
        $"triggers: {Join(group, m => m.Hit.Form, ", ")}; date from {Describe(date.Source)}; place from {Describe(place.Source)}";

    private static string Describe(ContextSource source) =>
        (uint)source < (uint)Descriptions.Length ? Descriptions[(int)source] : source.ToString().ToLowerInvariant();

    /// <summary>Each source's description, made once: "section timestamp", "sentence", "anchor", …</summary>
    private static readonly string[] Descriptions = [.. Enumerable.Range(0, Enum.GetValues<ContextSource>().Max(v => (int)v) + 1)
        .Select(v => (ContextSource)v switch
        {
            ContextSource.SectionTimestamp => "section timestamp",
            var source => source.ToString().ToLowerInvariant(),
        })];

    private static double Confidence(EventMention first, DateChoice date, PlaceChoice place)
    {
        double c = 0.9;
        if (date.Source is not (ContextSource.Sentence or ContextSource.SectionTimestamp)) c -= 0.1;
        if (date.Source is ContextSource.Anchor) c -= 0.1;
        if (place.Source is not ContextSource.Sentence) c -= 0.1;
        if (first.Hit.Nominal) c -= 0.1;
        if (first.Coding.Weak) c -= 0.1;
        return Math.Clamp(c, 0.3, 0.95);
    }

    /// <summary>FNV-1a over the UTF-8 bytes of "{date:yyyy-MM-dd}|{type}|{sub-type}|{location}|{evidence}".</summary>
    private static uint Hash(DateOnly date, string eventType, string subEventType, string location, string evidence)
    {
        Span<char> day = stackalloc char[10];
        date.TryFormat(day, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        uint hash = 2166136261;
        hash = Fnv(hash, day[..written]);
        foreach (var part in (ReadOnlySpan<string>)[eventType, subEventType, location, evidence])
        {
            hash = (hash ^ '|') * 16777619;
            hash = Fnv(hash, part);
        }
        return hash;
    }

    /// <summary>FNV-1a over the UTF-8 bytes of <paramref name="text"/>: ASCII characters are their own bytes, other
    /// runs are encoded in pieces cut between UTF-16 units only where no surrogate pair is split.</summary>
    private static uint Fnv(uint hash, ReadOnlySpan<char> text)
    {
        Span<byte> buffer = stackalloc byte[256];
        while (text.Length > 0)
        {
            int ascii = 0;
            for (; ascii < text.Length && text[ascii] < 0x80; ascii++)
                hash = (hash ^ text[ascii]) * 16777619;
            text = text[ascii..];
            if (text.IsEmpty)
                break;
            int take = 1;
            while (take < text.Length && take < 64 && text[take] >= 0x80)
                take++;
            if (take > 1 && take < text.Length && char.IsHighSurrogate(text[take - 1]))
                take--;
            int n = Encoding.UTF8.GetBytes(text[..take], buffer);
            foreach (var b in buffer[..n])
                hash = (hash ^ b) * 16777619;
            text = text[take..];
        }
        return hash;
    }
}
