using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Releases of detainees: "released by the police" → Strategic developments / Other by the police; "the
/// protesters freed the former president from jail" → Strategic developments / Other by the protesters; a
/// release after the crowd stormed the prison → Riots / Mob violence.
/// </summary>
/// <remarks>
/// FORMAT.md: release of detainees by a crowd is mob violence if by force (force cues in the sentence or the one
/// before), otherwise a strategic development. The released must be people: a named actor, or a word such as
/// "prisoners", "leaders", "activists" ("released a statement" is nothing).
/// </remarks>
public sealed class ReleaseRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } = [TriggerKind.Release];

    public EventCoding? Code(MentionContext c)
    {
        bool people = c.Patient is { Kind: not ActorKind.Police and not ActorKind.Military }
            || c.Near(CueSet.Detainee, 6, 6) || c.Near(CueSet.Detention, 2, 6)
            || (c.Hit.Passive && c.Lexicon.Before(CueSet.Detainee, c.Words, c.Hit.Word, 8, clause: false) >= 0);
        if (!people)
            return null;
        var released = new ActorChoice(c.Patient, null);
        if (MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.Government, ActorKind.Person, ActorKind.Organisation))
            return new(StrategicDevelopments, Other, "release by the authorities→Strategic developments/Other",
                new ActorChoice(c.Agent, null), released);
        bool crowd = MentionContext.Is(c.Agent, ActorKind.Protesters, ActorKind.Rioters, ActorKind.Opposition) || c.InContext(CueSet.Crowd);
        if (crowd && c.InContext(CueSet.Force))
            return new(Riots, MobViolence, "forced release by a crowd→Riots/Mob violence", ActorChoice.Group(ActorKind.Rioters), released);
        if (crowd)
            return new(StrategicDevelopments, Other, "release by a crowd without force→Strategic developments/Other",
                ActorChoice.Group(ActorKind.Protesters), released);
        return new(StrategicDevelopments, Other, "release→Strategic developments/Other", ActorChoice.Group(ActorKind.Government), released);
    }
}
