namespace Kurultai.Events;

/// <summary>
/// Hands casualty reports and weak events to the event they belong to: "I can see four dead" after "snipers are
/// firing into the crowd" adds four dead there; "police used tear gas" beside a reported riot adds the police to
/// the riot instead of being a second event.
/// </summary>
/// <remarks>
/// The host is a protest, riot or violent event: in the same sentence (nearest trigger), else earlier in the
/// paragraph (nearest), else later in the paragraph. A casualty report with no host in its paragraph joins the
/// latest earlier violent event of the same day ("at least 56 dead in the city's hospitals"); failing that it is
/// dropped. A death or shooting report prefers a lethal host (a shooting of a crowd, an attack, a battle) at any of
/// these distances over a riot nearby. A weak event without a host stands on its own.
/// </remarks>
public sealed class MentionAttacher
{
    /// <summary>The mentions that stand as events, in text order; the others are attached to them.</summary>
    public List<EventMention> Attach(DocumentView view, IReadOnlyList<EventMention> all)
    {
        var standing = new List<EventMention>(all.Count);
        var hosts = new List<EventMention>(all.Count);   // the standing protests, riots and violent events
        foreach (var m in all)
            if (!m.Coding.AttachOnly && !m.Coding.Weak)
                Stand(m, standing, hosts);
        foreach (var weak in all)
        {
            if (!weak.Coding.Weak)
                continue;
            if (Host(view, hosts, weak, sameDay: false) is { } host)
                host.Attached.Add(weak);
            else
                Stand(weak, standing, hosts);
        }
        foreach (var report in all)
            if (report.Coding.AttachOnly)
                Host(view, hosts, report, sameDay: true)?.Attached.Add(report);
        return [.. standing.OrderBy(m => m.Sentence).ThenBy(m => m.Hit.Start)];
    }

    private static void Stand(EventMention m, List<EventMention> standing, List<EventMention> hosts)
    {
        standing.Add(m);
        if (Acled.IsViolentOrProtest(m.Coding.EventType))
            hosts.Add(m);
    }

    private static EventMention? Host(DocumentView view, List<EventMention> hosts, EventMention m, bool sameDay)
    {
        if (m.Hit.Kind is TriggerKind.Kill or TriggerKind.Shoot or TriggerKind.FireOn
            && Find(view, hosts, m, sameDay, lethalOnly: true) is { } lethal)
            return lethal;
        return Find(view, hosts, m, sameDay, lethalOnly: false);
    }

    /// <summary>Events that kill by their nature: shootings of crowds, attacks, battles.</summary>
    private static bool IsLethal(EventMention h) =>
        h.Coding.SubEventType is Acled.ExcessiveForce or Acled.Attack or Acled.ArmedClash;

    /// <summary>The nearest host in the sentence, else the nearest earlier in the paragraph, else the nearest later there, else (same day) the latest earlier.</summary>
    private static EventMention? Find(DocumentView view, List<EventMention> hosts, EventMention m, bool sameDay, bool lethalOnly)
    {
        int paragraph = view.Sentence(m.Sentence).Paragraph;
        EventMention? here = null, before = null, after = null, earlier = null;
        int nearest = int.MaxValue;
        foreach (var h in hosts)
        {
            if (ReferenceEquals(h, m) || (lethalOnly && !IsLethal(h)) || !SameTime(h, m))
                continue;
            if (h.Sentence == m.Sentence)
            {
                if (Math.Abs(h.Hit.Start - m.Hit.Start) is var distance && distance < nearest)
                    (here, nearest) = (h, distance);
                continue;
            }
            if (view.Sentence(h.Sentence).Paragraph == paragraph)
            {
                if (h.Sentence < m.Sentence && (before is null || Later(h, before)))
                    before = h;
                if (h.Sentence > m.Sentence && (after is null || Later(after, h)))
                    after = h;
            }
            if (h.Sentence < m.Sentence && h.Date.Date == m.Date.Date && (earlier is null || Later(h, earlier)))
                earlier = h;
        }
        if (here is not null)
            return here;
        if (before is not null)
            return before;
        if (after is not null || !sameDay)
            return after;
        return earlier;
    }

    /// <summary>A report dated in its own sentence belongs to an event of that day only ("80 were killed in April").</summary>
    private static bool SameTime(EventMention h, EventMention m) =>
        m.Date.Source != ContextSource.Sentence
        || (h.Date.Date <= m.Date.Date && m.Date.Date <= (h.Date.End ?? h.Date.Date))
        || (h.Date.Date >= m.Date.Date && h.Date.Date <= (m.Date.End ?? m.Date.Date));

    private static bool Later(EventMention a, EventMention b) =>
        a.Sentence > b.Sentence || (a.Sentence == b.Sentence && a.Hit.Start > b.Hit.Start);
}
