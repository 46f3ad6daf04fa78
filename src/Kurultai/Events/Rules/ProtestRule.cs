using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Demonstrations, marches, gatherings, strikes and sit-ins: "thousands gathered in the square" → Protests /
/// Peaceful protest; "police fired tear gas at the march" → Protest with intervention; "snipers fired live
/// ammunition into the rally" → Excessive force against protesters; "protesters broke through the gates" → Riots /
/// Violent demonstration.
/// </summary>
/// <remarks>
/// Decision order: lethal force in the sentence (live fire, snipers, shot dead) → excessive force, the police as
/// actor1; violence by the crowd (storming, clashes, torching, stones) → a violent demonstration by rioters;
/// intervention (dispersal, tear gas, water cannon, rubber bullets, arrests) → protest with intervention, the
/// police as actor2; otherwise a peaceful protest. ACLED's convention: demonstrators are "Protesters (Country)"
/// and, in a riot, "Rioters (Country)", whoever they are.
/// </remarks>
public sealed class ProtestRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } =
        [TriggerKind.Protest, TriggerKind.March, TriggerKind.Gathering, TriggerKind.Strike, TriggerKind.SitIn];

    public EventCoding? Code(MentionContext c)
    {
        if (Shows(c))
            return null;
        var police = c.SentenceActor(ActorKind.Police, ActorKind.Military);
        if (c.InSentence(CueSet.Lethal))
            return new(Protests, ExcessiveForce, "protest+lethal force→Protests/Excessive force against protesters",
                ActorChoice.Of(police, ActorKind.Police), ActorChoice.Group(ActorKind.Protesters));
        if (c.InSentence(CueSet.Force))
            return new(Riots, ViolentDemonstration, "protest+crowd violence→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null));
        if (c.InSentence(CueSet.Intervention))
            return new(Protests, ProtestWithIntervention, "protest+intervention→Protests/Protest with intervention",
                ActorChoice.Group(ActorKind.Protesters), ActorChoice.Of(police, ActorKind.Police));
        return new(Protests, PeacefulProtest, "protest→Protests/Peaceful protest",
            ActorChoice.Group(ActorKind.Protesters), ActorChoice.None);
    }

    /// <summary>"demonstrated that", "demonstrated in practice", "demonstrates the need": to show, not to protest.</summary>
    private static bool Shows(MentionContext c)
    {
        if (c.Hit.Nominal || !c.Hit.Form.StartsWith("demonstrat", StringComparison.Ordinal) || c.Hit.LastWord + 1 >= c.Words.Count)
            return false;
        int next = c.Hit.LastWord + 1;
        return c.Words.IsWord(next) && (c.Words.Is(next, "that", "how", "its", "their", "his", "her")
            || c.Lexicon.Has(CueSet.Attributive, c.Words, next));
    }
}
