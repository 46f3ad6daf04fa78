using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Force against people: "snipers fired live ammunition into the crowd", "police opened fire on demonstrators"
/// → Protests / Excessive force against protesters; gunmen shooting civilians → Violence against civilians / Attack;
/// soldiers and armed men exchanging fire → Battles / Armed clash; "police used tear gas to disperse the crowd" →
/// Protests / Protest with intervention. Deaths, injuries and shootings without a target ("four dead", "many
/// wounded") add their numbers to the neighbouring event instead of being one.
/// </summary>
/// <remarks>
/// The target is the trigger's object ("fired on the crowd"), else a crowd or victim word after the trigger,
/// else (for shooting, not for a bare "killed") a crowd in the sentence or the one before. Deaths in a sentence
/// that reports a clash or an attack are that event's. The shooter defaults to the police. A dispersal is a weak
/// event: when a protest or riot is reported in the same paragraph it only adds the police as actor2 there.
/// </remarks>
public sealed class ForceRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } =
        [TriggerKind.FireOn, TriggerKind.Shoot, TriggerKind.Kill, TriggerKind.Injure, TriggerKind.Repress];

    public EventCoding? Code(MentionContext c)
    {
        switch (c.Hit.Kind)
        {
            case TriggerKind.Injure:
                return EventCoding.Attach("injury report");
            case TriggerKind.Repress:
                return Repression(c);
        }
        if (c.Hit.Kind == TriggerKind.Kill && c.SentenceHas(TriggerKind.Clash, TriggerKind.Storm, TriggerKind.Attack, TriggerKind.Beat))
            return EventCoding.Attach("deaths of a clash or attack");
        var shooter = MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.UnidentifiedArmedGroup)
            ? c.Agent : c.SentenceActor(ActorKind.Police, ActorKind.Military);
        bool lethalKind = c.Hit.Kind is TriggerKind.FireOn or TriggerKind.Shoot;
        if (MentionContext.Is(shooter, ActorKind.UnidentifiedArmedGroup) && MentionContext.Is(c.Patient, ActorKind.Police, ActorKind.Military))
            return new(Battles, ArmedClash, "armed group firing on security forces→Battles/Armed clash",
                new ActorChoice(shooter, null), new ActorChoice(c.Patient, null));
        if ((MentionContext.Is(c.Patient, ActorKind.Civilians) || c.Near(CueSet.Civilian, 2, 6))
            && (MentionContext.Is(shooter, ActorKind.UnidentifiedArmedGroup, ActorKind.Military) || c.InSentence(CueSet.Armed)))
            return new(ViolenceAgainstCivilians, Attack, "armed attack on civilians→Violence against civilians/Attack",
                ActorChoice.Of(shooter, ActorKind.UnidentifiedArmedGroup), ActorChoice.Of(c.Patient, ActorKind.Civilians));
        if (CrowdTarget(c) && (lethalKind || shooter is not null || c.SentenceHas(TriggerKind.FireOn, TriggerKind.Shoot)))
            return new(Protests, ExcessiveForce, "lethal force against a crowd→Protests/Excessive force against protesters",
                ActorChoice.Of(shooter is { Kind: not ActorKind.UnidentifiedArmedGroup } ? shooter : null, ActorKind.Police),
                ActorChoice.Group(ActorKind.Protesters));
        return EventCoding.Attach(lethalKind ? "shooting without a target" : "death report");
    }

    private static bool CrowdTarget(MentionContext c) =>
        MentionContext.Is(c.Patient, ActorKind.Protesters, ActorKind.Rioters, ActorKind.Opposition)
        || c.Lexicon.After(CueSet.Crowd, c.Words, c.Hit.LastWord + 1, 5) >= 0
        || c.Lexicon.After(CueSet.Victim, c.Words, c.Hit.LastWord + 1, 3) >= 0
        || (c.Hit.Passive && c.Lexicon.Before(CueSet.Victim, c.Words, c.Hit.Word, 5) >= 0)
        || (c.Patient is null && c.Hit.Kind != TriggerKind.Kill && c.InContext(CueSet.Crowd));

    private static EventCoding? Repression(MentionContext c)
    {
        if (!c.InContext(CueSet.Crowd))
            return EventCoding.Attach("intervention without a crowd");
        var police = MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military) ? c.Agent : c.SentenceActor(ActorKind.Police, ActorKind.Military);
        return new EventCoding(Protests, ProtestWithIntervention, "dispersal of a crowd→Protests/Protest with intervention",
            ActorChoice.Group(ActorKind.Protesters), ActorChoice.Of(police, ActorKind.Police))
        { Weak = true };
    }
}
