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
        var standing = all.Where(m => !m.Coding.AttachOnly && !m.Coding.Weak).ToList();
        foreach (var weak in all.Where(m => m.Coding.Weak))
        {
            if (Host(view, standing, weak, sameDay: false) is { } host)
                host.Attached.Add(weak);
            else
                standing.Add(weak);
        }
        foreach (var report in all.Where(m => m.Coding.AttachOnly))
            Host(view, standing, report, sameDay: true)?.Attached.Add(report);
        return [.. standing.OrderBy(m => m.Sentence).ThenBy(m => m.Hit.Start)];
    }

    private static EventMention? Host(DocumentView view, List<EventMention> standing, EventMention m, bool sameDay)
    {
        var violent = standing.Where(h => Acled.IsViolentOrProtest(h.Coding.EventType) && h != m).ToList();
        if (m.Hit.Kind is TriggerKind.Kill or TriggerKind.Shoot or TriggerKind.FireOn
            && Find(view, violent.Where(IsLethal).ToList(), m, sameDay) is { } lethal)
            return lethal;
        return Find(view, violent, m, sameDay);
    }

    /// <summary>Events that kill by their nature: shootings of crowds, attacks, battles.</summary>
    private static bool IsLethal(EventMention h) =>
        h.Coding.SubEventType is Acled.ExcessiveForce or Acled.Attack or Acled.ArmedClash;

    private static EventMention? Find(DocumentView view, List<EventMention> hosts, EventMention m, bool sameDay)
    {
        // A report dated in its own sentence belongs to an event of that day only ("80 were killed in April").
        if (m.Date.Source == ContextSource.Sentence)
            hosts = [.. hosts.Where(h => h.Date.Date <= m.Date.Date && m.Date.Date <= (h.Date.End ?? h.Date.Date)
                || h.Date.Date >= m.Date.Date && h.Date.Date <= (m.Date.End ?? m.Date.Date))];
        var here = hosts.Where(h => h.Sentence == m.Sentence).MinBy(h => Math.Abs(h.Hit.Start - m.Hit.Start));
        if (here is not null)
            return here;
        int paragraph = view.Sentence(m.Sentence).Paragraph;
        var inParagraph = hosts.Where(h => view.Sentence(h.Sentence).Paragraph == paragraph).ToList();
        var before = inParagraph.Where(h => h.Sentence < m.Sentence).MaxBy(h => (h.Sentence, h.Hit.Start));
        if (before is not null)
            return before;
        var after = inParagraph.Where(h => h.Sentence > m.Sentence).MinBy(h => (h.Sentence, h.Hit.Start));
        if (after is not null || !sameDay)
            return after;
        return hosts.Where(h => h.Sentence < m.Sentence && h.Date.Date == m.Date.Date).MaxBy(h => (h.Sentence, h.Hit.Start));
    }
}
