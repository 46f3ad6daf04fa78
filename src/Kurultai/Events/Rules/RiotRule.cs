using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Crowd violence: "protesters stormed the parliament", "clashed with police", "torched the council building",
/// "the highway was blockaded" → Riots / Violent demonstration; "the crowd stormed the prison" or "officials were
/// beaten by the crowd" → Riots / Mob violence; two armed sides clashing → Battles / Armed clash.
/// </summary>
/// <remarks>
/// Storming a place of detention is a forced release (FORMAT.md: release by a crowd by force → Mob violence).
/// A beating by a crowd is mob violence unless its victim is the police, which makes it a violent demonstration
/// against them. Security forces storming, attacking or beating a crowd intervene in a protest (Protests / Protest
/// with intervention). A blockade needs a road, building or place as its object ("blocked websites" is nothing).
/// </remarks>
public sealed class RiotRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } =
        [TriggerKind.Storm, TriggerKind.Clash, TriggerKind.Attack, TriggerKind.Torch, TriggerKind.Beat, TriggerKind.Blockade];

    public EventCoding? Code(MentionContext c)
    {
        var police = c.SentenceActor(ActorKind.Police, ActorKind.Military);
        bool securityDoer = MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military);
        if (securityDoer && c.Hit.Kind is not TriggerKind.Clash)
            return SecurityForces(c);
        return c.Hit.Kind switch
        {
            TriggerKind.Clash => Clash(c, police),
            TriggerKind.Storm when c.Near(CueSet.Detention, 2, 10) =>
                new(Riots, MobViolence, "storming a place of detention→Riots/Mob violence",
                    ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null)),
            TriggerKind.Beat when !MentionContext.Is(c.Patient, ActorKind.Police, ActorKind.Military) =>
                new(Riots, MobViolence, "beating by a crowd→Riots/Mob violence",
                    ActorChoice.Group(ActorKind.Rioters), Victim(c)),
            TriggerKind.Attack when MentionContext.Is(c.Agent, ActorKind.UnidentifiedArmedGroup) =>
                new(ViolenceAgainstCivilians, Attack, "armed attack→Violence against civilians/Attack",
                    new ActorChoice(c.Agent, null), ActorChoice.Of(c.Patient, ActorKind.Civilians)),
            TriggerKind.Blockade when !c.Near(CueSet.Building, 5, 5) => null,
            _ => new(Riots, ViolentDemonstration, $"{c.Hit.Kind.ToString().ToLowerInvariant()}→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(MentionContext.Is(c.Patient, ActorKind.Police, ActorKind.Military) ? c.Patient : police, null)),
        };
    }

    private static EventCoding? Clash(MentionContext c, ActorMention? police)
    {
        var armed = c.Roles.InSentence.Where(a => a.Kind is ActorKind.Military or ActorKind.UnidentifiedArmedGroup).ToList();
        if (armed.Select(a => a.Key).Distinct().Count() >= 2)
            return new(Battles, ArmedClash, "clash of armed groups→Battles/Armed clash",
                new ActorChoice(armed[0], null), new ActorChoice(armed.First(a => a.Key != armed[0].Key), null));
        if (police is not null)
            return new(Riots, ViolentDemonstration, "clash with security forces→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null));
        if (c.InSentence(CueSet.Supporters) || c.InSentence(CueSet.Crowd))
            return new(Riots, ViolentDemonstration, "clash between crowds→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), ActorChoice.Group(ActorKind.Rioters));
        return new(Riots, ViolentDemonstration, "clash→Riots/Violent demonstration",
            ActorChoice.Group(ActorKind.Rioters), ActorChoice.None);
    }

    private static EventCoding? SecurityForces(MentionContext c)
    {
        if (c.Hit.Kind is TriggerKind.Blockade or TriggerKind.Torch)
            return null;
        if (!c.InContext(CueSet.Crowd) && !MentionContext.Is(c.Patient, ActorKind.Protesters, ActorKind.Rioters))
            return null;
        return new(Protests, ProtestWithIntervention, "security forces acting on a crowd→Protests/Protest with intervention",
            ActorChoice.Group(ActorKind.Protesters), new ActorChoice(c.Agent, null));
    }

    private static ActorChoice Victim(MentionContext c) =>
        c.Patient is not null ? new ActorChoice(c.Patient, null)
        : c.Near(CueSet.Official, 6, 6) ? ActorChoice.Group(ActorKind.Government)
        : ActorChoice.None;
}
