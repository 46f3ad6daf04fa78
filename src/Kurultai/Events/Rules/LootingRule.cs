using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Looting: "shops and homes were looted", "looting of supermarkets is taking place" → Strategic developments /
/// Looting/property destruction, by rioters unless the text names the looters.
/// </summary>
/// <remarks>A verb needs property as its object ("an elite that looted the economy" is a metaphor).</remarks>
public sealed class LootingRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } = [TriggerKind.Loot];

    public EventCoding? Code(MentionContext c)
    {
        if (!c.Hit.Nominal && !c.Near(CueSet.Building, 6, 6) && !c.Near(CueSet.Property, 6, 6))
            return null;
        var looters = MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.UnidentifiedArmedGroup)
            ? new ActorChoice(c.Agent, null) : ActorChoice.Group(ActorKind.Rioters);
        return new(StrategicDevelopments, Looting, "looting→Strategic developments/Looting/property destruction", looters, ActorChoice.None);
    }
}
