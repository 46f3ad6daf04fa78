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
/// Background: the event ended more than 60 days before the document's anchor, or its trigger is marked as
/// history ("five years ago", "at that time"). Ids are <c>{doc}-{8 hex digits}</c> hashing the date, type,
/// sub-type, location and the first evidence sentence's text: the same article gives the same ids, and an edit
/// elsewhere in the text (even one that shifts offsets) keeps them; a clash gets a "-2" suffix. A lone victim ("a 19-year-old man was killed") counts 1 when no number is given; so
/// does a named person arrested, or a person beaten.
/// </remarks>
public sealed class RecordBuilder(EventLexicon lexicon)
{
    public ImmutableArray<EventRecord> Build(DocumentView view, IReadOnlyList<List<EventMention>> groups)
    {
        var records = ImmutableArray.CreateBuilder<EventRecord>(groups.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var record = Build(view, group);
            var id = record.Id;
            for (int n = 2; !ids.Add(id); n++)
                id = $"{record.Id}-{n}";
            records.Add(record with { Id = id });
        }
        return records.ToImmutable();
    }

    private EventRecord Build(DocumentView view, List<EventMention> group)
    {
        var doc = view.Document;
        var first = group[0];
        var date = group.Select(m => m.Date).OrderBy(d => d.Source).First();
        var place = group.Select(m => m.Place).OrderBy(p => p.Source).First();
        var all = group.Concat(group.SelectMany(m => m.Attached)).ToList();
        var sentences = all.Select(m => m.Sentence).Distinct().Order().ToList();
        var counts = Count(view, all, first.Coding);
        var evidence = doc.Sentences[first.Sentence].Span;
        bool background = (date.End ?? date.Date) < doc.Anchor.Date?.AddDays(-DateChooser.BackgroundDays)
            || group.Any(m => lexicon.Before(CueSet.History, view.Words[m.Sentence], m.Hit.Word, 4, clause: false) >= 0
                || lexicon.After(CueSet.History, view.Words[m.Sentence], m.Hit.LastWord + 1, 6, clause: false) >= 0);
        var record = new EventRecord
        {
            Id = "",
            Doc = doc.Id,
            EventDate = date.Date,
            DateEnd = date.End,
            TimePrecision = date.Precision,
            EventType = first.Coding.EventType,
            SubEventType = first.Coding.SubEventType,
            Actor1 = Actor1(group),
            Actor2 = group.Select(m => m.Actor2).FirstOrDefault(a => a is not null && a != first.Actor1)
                ?? (first.Coding.EventType == Acled.Riots ? group.Select(m => m.Actor2).FirstOrDefault(a => a is not null) : null),
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
            Evidence = doc.TextOf(evidence).Trim(),
            EvidenceSpans = [.. sentences.Select(i => doc.Sentences[i].Span)],
            Background = background,
            Notes = Notes(group, date, place),
            Confidence = Confidence(first, date, place),
            Rule = string.Join("; ", group.Select(m => m.Coding.Rule).Distinct()),
            SourceUrl = doc.Metadata.Url?.Value,
        };
        return record with { Id = $"{doc.Id}-{Hash(record):x8}" };
    }

    /// <summary>The first mention's actor1, unless it is a stand-in group and another mention names the doer.</summary>
    private static string Actor1(List<EventMention> group)
    {
        var named = group.FirstOrDefault(m => m.Coding.Actor1.Mention is { Kind: ActorKind.Person or ActorKind.Organisation });
        return group[0].Coding.Actor1.Mention is null && named is not null && !Acled.IsViolentOrProtest(group[0].Coding.EventType)
            ? named.Actor1 : group[0].Actor1;
    }

    private sealed record Counts((int Value, int? Max)? Dead, (int Value, int? Max)? Injured, (int Value, int? Max)? Arrested, (int Value, int? Max)? Crowd);

    private Counts Count(DocumentView view, List<EventMention> all, EventCoding coding)
    {
        Figures dead = new(), injured = new(), crowd = new(), arrested = new();
        foreach (var q in all.SelectMany(m => m.Quantities).Distinct())
        {
            switch (q.Counted)
            {
                case Counted.Dead: dead.Add(q); break;
                case Counted.Injured: injured.Add(q); break;
                case Counted.Participants: crowd.Add(q); break;
            }
        }
        // "7 key figures and dozens of activists were detained": the counts of one sentence add up.
        foreach (var sentence in all.SelectMany(m => m.Quantities.Select(q => (m.Sentence, Quantity: q))).Distinct()
            .Where(x => x.Quantity.Counted == Counted.Arrested).GroupBy(x => x.Sentence))
            arrested.Add(sentence.First().Quantity.Start, sentence.Sum(x => x.Quantity.Min), null, sentence.All(x => x.Quantity.Vague));
        foreach (var m in all)
        {
            var words = view.Words[m.Sentence];
            if (m.Hit.Kind == TriggerKind.Kill && dead.Count == 0 && m.Hit.Passive && LoneSubject(words, m.Hit))
                dead.Add(m.Hit.Start, 1, null, false);
            if (m.Hit.Kind == TriggerKind.Beat && injured.Count == 0 && m.Hit.Passive && LoneSubject(words, m.Hit))
                injured.Add(m.Hit.Start, 1, null, false);
            if (m.Hit.Kind == TriggerKind.Arrest && arrested.Count == 0 && m.Coding.Actor2.Mention is { Kind: ActorKind.Person })
                arrested.Add(m.Hit.Start, 1, null, false);
        }
        bool violent = Acled.IsViolentOrProtest(coding.EventType);
        return new Counts(violent ? dead.Reduce() : null, violent ? injured.Reduce() : null,
            coding.SubEventType is Acled.Arrests or Acled.ProtestWithIntervention ? arrested.Reduce() : null,
            crowd.Reduce());
    }

    /// <summary>"a 19-year-old man was killed", "He has been badly beaten": one victim, no number.</summary>
    private static bool LoneSubject(SentenceWords words, TriggerHit hit)
    {
        for (int i = hit.Word - 1; i >= 0 && i >= hit.Word - 7; i--)
        {
            if (!words.IsWord(i))
                return false;
            if (words.Is(i, "a", "an", "one", "he", "she"))
                return true;
        }
        return false;
    }

    private static string Notes(List<EventMention> group, DateChoice date, PlaceChoice place)
    {
        var triggers = string.Join(", ", group.Select(m => m.Hit.Form).Distinct());
        return $"triggers: {triggers}; date from {Describe(date.Source)}; place from {Describe(place.Source)}";
    }

    private static string Describe(ContextSource source) => source switch
    {
        ContextSource.SectionTimestamp => "section timestamp",
        _ => source.ToString().ToLowerInvariant(),
    };

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

    private static uint Hash(EventRecord r)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{r.EventDate:yyyy-MM-dd}|{r.EventType}|{r.SubEventType}|{r.Location}|{r.Evidence}");
        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(key))
            hash = (hash ^ b) * 16777619;
        return hash;
    }
}
