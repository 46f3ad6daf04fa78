using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Merges the mentions of one happening into one group, per FORMAT.md's granularity: one record per day,
/// location, sub-event type and actor pair. "Demonstrators fought the riot police and occupied buildings. The
/// council building was torched." → one violent demonstration with both sentences as evidence.
/// </summary>
/// <remarks>
/// Two mentions merge when they share the type, sub-event type and place and either (a) the day, actor1 and
/// actor2 (or one lacks it), or (b) the day and the same or adjacent sentences of one paragraph with the same
/// actor1 or, for a protest or violent event, a compatible actor2 (a continued description: "the crowd stormed the
/// prison. The leaders were freed."). Strategic developments by different actors stay apart. A mention dated only by the document's anchor (an undated summary) joins a
/// dated account of the same happening up to a week apart; adjacent sentences may differ by a day when one of
/// them has no date of its own ("stormed the prison tonight. The leaders were released." under a 01:47 timestamp).
/// </remarks>
public sealed class MentionMerger
{
    public List<List<EventMention>> Merge(DocumentView view, IReadOnlyList<EventMention> mentions)
    {
        var groups = new List<List<EventMention>>();
        // Only mentions of one type and place can merge, so each looks among the groups of its kind (in creation order).
        var byKind = new Dictionary<Kind, List<List<EventMention>>>();
        foreach (var m in mentions)
        {
            var kind = new Kind(m.Coding.EventType, m.Coding.SubEventType, m.Place);
            if (!byKind.TryGetValue(kind, out var candidates))
                byKind[kind] = candidates = [];
            var group = FirstHappening(view, candidates, m);
            if (group is null)
            {
                groups.Add([m]);
                candidates.Add(groups[^1]);
            }
            else
            {
                group.Add(m);
            }
        }
        return AbsorbPeacefulTakeovers(groups);
    }

    private static List<EventMention>? FirstHappening(DocumentView view, List<List<EventMention>> groups, EventMention m)
    {
        foreach (var group in groups)
            foreach (var other in group)
                if (SameHappening(view, other, m))
                    return group;
        return null;
    }

    /// <summary>What mentions of one happening share: type, sub-event type and place (as <see cref="SamePlace"/> compares them).</summary>
    private readonly record struct Kind(string EventType, string SubEventType, PlaceChoice Place)
    {
        public bool Equals(Kind other) =>
            EventType == other.EventType && SubEventType == other.SubEventType && SamePlace(Place, other.Place);

        public override int GetHashCode() => HashCode.Combine(EventType, SubEventType, Place.GeoPrecision,
            StringComparer.OrdinalIgnoreCase.GetHashCode(Place.Location), StringComparer.OrdinalIgnoreCase.GetHashCode(Place.Admin1),
            StringComparer.OrdinalIgnoreCase.GetHashCode(Place.Country));
    }

    /// <summary>
    /// A takeover reported without violence where the document reports a forced seizure of the same place within a
    /// day ("buildings seized and torched in Naryn" … "the regional buildings have been occupied in Naryn") is the
    /// same happening, told twice: FORMAT.md makes it a riot when force was involved.
    /// </summary>
    private static List<List<EventMention>> AbsorbPeacefulTakeovers(List<List<EventMention>> groups)
    {
        foreach (var takeover in groups.Where(g => g[0].Coding.SubEventType == Acled.NonViolentTransfer).ToList())
        {
            var riot = groups.FirstOrDefault(g => g[0].Coding.SubEventType == Acled.ViolentDemonstration
                && SamePlace(g[0].Place, takeover[0].Place)
                && Math.Abs(g[0].Date.Date.DayNumber - takeover[0].Date.Date.DayNumber) <= 1
                && g.Any(m => m.Hit.Kind is TriggerKind.Seize or TriggerKind.Occupy or TriggerKind.TakeOver or TriggerKind.Storm or TriggerKind.Torch));
            if (riot is null || takeover[0].Actor1Kind is ActorKind.Police or ActorKind.Military or ActorKind.Government
                || takeover.Any(t => riot.Any(r => r.Sentence == t.Sentence)))
                continue;   // "seizing Parliament by force and then taking over the government": told apart on purpose
            riot.AddRange(takeover);
            groups.Remove(takeover);
        }
        return groups;
    }

    private static bool SameHappening(DocumentView view, EventMention a, EventMention b)
    {
        if (a.Coding.EventType != b.Coding.EventType || a.Coding.SubEventType != b.Coding.SubEventType)
            return false;
        if (!SamePlace(a.Place, b.Place))
            return false;
        bool sameDay = a.Date.Date == b.Date.Date;
        bool adjacent = view.Sentence(a.Sentence).Paragraph == view.Sentence(b.Sentence).Paragraph
            && Math.Abs(a.Sentence - b.Sentence) <= 1;
        int days = Math.Abs(a.Date.Date.DayNumber - b.Date.Date.DayNumber);
        bool anchored = a.Date.Source == ContextSource.Anchor || b.Date.Source == ContextSource.Anchor;
        bool nearDay = (anchored && days <= 7) || (adjacent && days <= 1
            && (a.Date.Source != ContextSource.Sentence || b.Date.Source != ContextSource.Sentence));
        if (!sameDay && !nearDay)
            return false;
        bool actor2 = a.Actor2 is null || b.Actor2 is null || string.Equals(a.Actor2, b.Actor2, StringComparison.OrdinalIgnoreCase);
        bool actor1 = string.Equals(a.Actor1, b.Actor1, StringComparison.OrdinalIgnoreCase);
        // A continued description of a clash or protest may name a different doer; a development is its doer's.
        if (adjacent && (actor1 || (actor2 && Acled.IsViolentOrProtest(a.Coding.EventType))))
            return true;
        // "A government has been formed. … A committee has been formed, led by X.": one change of authority.
        if (adjacent && a.Coding.Rule == b.Coding.Rule && a.Hit.Kind == TriggerKind.Govern)
            return true;
        // A development concerns its actor2: the release of an unnamed politician is not the release of Atambayev.
        if (!Acled.IsViolentOrProtest(a.Coding.EventType))
            actor2 = string.Equals(a.Actor2, b.Actor2, StringComparison.OrdinalIgnoreCase);
        return actor2 && actor1;
    }

    private static bool SamePlace(PlaceChoice a, PlaceChoice b) =>
        a.GeoPrecision == b.GeoPrecision
        && string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
}
