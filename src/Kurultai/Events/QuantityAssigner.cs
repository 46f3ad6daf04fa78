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
    public void Assign(DocumentView view, IReadOnlyList<EventMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Sentence))
        {
            var firstPerHit = group.GroupBy(m => m.Hit).Select(g => g.First()).ToList();
            foreach (var q in view.Quantities[group.Key])
            {
                var carrier = firstPerHit.Where(m => Carries(m, q.Counted))
                    .MinBy(m => Math.Abs(m.Hit.Start - q.Start));
                carrier?.Quantities.Add(q);
            }
        }
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
