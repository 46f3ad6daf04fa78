using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Arrests and detentions: "the opposition leader was arrested", "police detained dozens of activists" →
/// Strategic developments / Arrests, the police (unless another authority is named) as actor1 and the detained
/// as actor2.
/// </summary>
/// <remarks>A crowd "detaining" an official is not an arrest; it is left to the abduction and mob rules.</remarks>
public sealed class ArrestRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } = [TriggerKind.Arrest];

    public EventCoding? Code(MentionContext c)
    {
        if (MentionContext.Is(c.Agent, ActorKind.Protesters, ActorKind.Rioters, ActorKind.Civilians))
            return null;
        var authority = MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.Government) ? c.Agent : null;
        var detained = c.Patient is { } p && p != authority ? p : null;
        return new(StrategicDevelopments, Arrests, "arrest→Strategic developments/Arrests",
            ActorChoice.Of(authority, ActorKind.Police), new ActorChoice(detained, null));
    }
}
