using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Kidnappings and abductions: "gunmen kidnapped the governor" → Violence against civilians /
/// Abduction/forced disappearance, by an unidentified armed group unless the kidnappers are named.
/// </summary>
public sealed class AbductionRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } = [TriggerKind.Kidnap];

    public EventCoding? Code(MentionContext c)
    {
        var kidnappers = c.Agent is { Kind: not ActorKind.Protesters and not ActorKind.Civilians } agent
            ? new ActorChoice(agent, null) : ActorChoice.Group(ActorKind.UnidentifiedArmedGroup);
        var victim = c.Patient is not null ? new ActorChoice(c.Patient, null)
            : c.Near(CueSet.Official, 3, 6) ? ActorChoice.Group(ActorKind.Government)
            : ActorChoice.Group(ActorKind.Civilians);
        return new(ViolenceAgainstCivilians, Abduction, "kidnapping→Violence against civilians/Abduction/forced disappearance", kidnappers, victim);
    }
}
