using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Gives each count of a sentence to the nearest mention that can carry it: deaths and injuries to violent
/// events, protests and casualty reports; crowd sizes to protests, riots and takeovers; arrest counts to arrests
/// and interventions. "At least 5,000 people gathered" → crowd 5,000 of the gathering.
/// </summary>
/// <remarks>When a mention stands for several places ("seized in A, B and C"), its counts go to the first place
/// only: the text does not say how they divide.</remarks>
public sealed class QuantityAssigner
{
    /// <param name="mentions">The document's mentions in text order (a sentence's mentions together).</param>
    public void Assign(DocumentView view, IReadOnlyList<EventMention> mentions)
    {
        var firstPerHit = new List<EventMention>();
        for (int i = 0; i < mentions.Count;)
        {
            int sentence = mentions[i].Sentence;
            firstPerHit.Clear();
            for (; i < mentions.Count && mentions[i].Sentence == sentence; i++)
            {
                if (!HasHit(firstPerHit, mentions[i].Hit))
                    firstPerHit.Add(mentions[i]);
            }
            var quantities = view.Quantities[sentence];
            for (int k = 0; k < quantities.Count; k++)
            {
                var q = quantities[k];
                EventMention? carrier = null;
                int best = int.MaxValue;
                foreach (var m in firstPerHit)
                {
                    if (Carries(m, q.Counted) && Math.Abs(m.Hit.Start - q.Start) is var distance && distance < best)
                        (carrier, best) = (m, distance);
                }
                if (carrier is null)
                    continue;
                // sized once for what the sentence can still give (the default growth starts at four 64-byte counts)
                if (carrier.Quantities.Capacity == 0)
                    carrier.Quantities.Capacity = quantities.Count - k;
                carrier.Quantities.Add(q);
            }
        }
    }

    private static bool HasHit(List<EventMention> mentions, TriggerHit hit)
    {
        foreach (var m in mentions)
            if (m.Hit == hit)
                return true;
        return false;
    }

    private static bool Carries(EventMention m, Counted counted)
    {
        var c = m.Coding;
        return counted switch
        {
            Counted.Dead or Counted.Injured => c.AttachOnly || c.Weak || Acled.IsViolentOrProtest(c.EventType),
            Counted.Participants => !c.AttachOnly && (c.EventType is Acled.Protests or Acled.Riots || c.SubEventType == Acled.NonViolentTransfer),
            Counted.Arrested => c.SubEventType is Acled.Arrests or Acled.ProtestWithIntervention,
            _ => false,
        };
    }
}
