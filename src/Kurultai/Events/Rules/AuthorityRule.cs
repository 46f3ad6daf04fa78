using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Changes of authority, all Strategic developments / Other (FORMAT.md): "the prime minister resigned", "the
/// governor has fled", "the president dismissed the cabinet", "officials declared the election void", "a curfew
/// has been declared", "a new government has been formed", "police went over to the side of the protesters".
/// </summary>
/// <remarks>
/// Actor1 is who acted: a named person, else the government (officials, cabinet), the police for defections, the
/// protesters or opposition when they form a council or elect a governor. National acts (the government, a
/// prime minister, an election, an emergency) are placed in the country when the sentence names no place.
/// Emergencies need a declaring verb; formations need an office or body as their object and a date of their own.
/// </remarks>
public sealed class AuthorityRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } =
        [TriggerKind.Resign, TriggerKind.Flee, TriggerKind.Dismiss, TriggerKind.Annul, TriggerKind.Emergency, TriggerKind.Govern, TriggerKind.Defect];

    public EventCoding? Code(MentionContext c) => c.Hit.Kind switch
    {
        TriggerKind.Resign => Other(c, "resignation", Official(c.Agent ?? c.Patient), Scope(c)),
        TriggerKind.Flee when Official(c.Agent) is { IsNone: false } who => Other(c, "flight", who, GeoScope.Local),
        TriggerKind.Dismiss when c.Patient is not null || c.Near(CueSet.Official, 4, 6) =>
            Other(c, "dismissal", Official(c.Agent) is { IsNone: false } a ? a : ActorChoice.Group(ActorKind.Government), Scope(c)) with
            { Actor2 = new ActorChoice(c.Patient, null) },
        TriggerKind.Annul => Other(c, "annulment", Official(c.Agent) is { IsNone: false } a ? a : ActorChoice.Group(ActorKind.Government), Scope(c)),
        TriggerKind.Emergency when c.InSentence(CueSet.Declare) =>
            Other(c, "emergency declared", Official(c.Agent) is { IsNone: false } a ? a : ActorChoice.Group(ActorKind.Government), GeoScope.National),
        TriggerKind.Govern when Formation(c) => Other(c, "authority formed", Former(c), Scope(c)) with { NeedsDate = true },
        TriggerKind.Defect when Security(c) is { } force => Other(c, "defection",
            force.Kind == ActorKind.Government ? ActorChoice.Group(ActorKind.Police) : new ActorChoice(force, null),
            c.InSentence(CueSet.Countrywide) ? GeoScope.National : GeoScope.Local),
        _ => null,
    };

    private static EventCoding Other(MentionContext c, string what, ActorChoice actor1, GeoScope scope) =>
        new(StrategicDevelopments, Acled.Other, $"{what}→Strategic developments/Other", actor1, ActorChoice.None, scope);

    /// <summary>A named person or organisation as themselves; officials and governments as the government.</summary>
    private static ActorChoice Official(ActorMention? actor) => actor?.Kind switch
    {
        null => ActorChoice.Group(ActorKind.Government),
        ActorKind.Person or ActorKind.Organisation or ActorKind.Opposition or ActorKind.Police or ActorKind.Military => new(actor, null),
        ActorKind.Government => new(actor, null),
        _ => ActorChoice.None,
    };

    private static GeoScope Scope(MentionContext c) =>
        c.InSentence(CueSet.Countrywide) || (c.Near(CueSet.National, 8, 8) && !c.Near(CueSet.Official, 6, 6))
            ? GeoScope.National : GeoScope.Local;

    private static bool Formation(MentionContext c) =>
        c.Hit.Form.Contains("power", StringComparison.Ordinal) || c.Hit.Form.Contains("office", StringComparison.Ordinal)
        || c.Hit.Form.Contains("hands", StringComparison.Ordinal)
        || c.Near(CueSet.National, 6, 6) || c.Near(CueSet.Official, 6, 6);

    private static ActorChoice Former(MentionContext c)
    {
        if (c.Agent is { Kind: ActorKind.Person or ActorKind.Organisation or ActorKind.Opposition } agent)
            return new(agent, null);
        if (c.SentenceActor(ActorKind.Person) is { } person)
            return new(person, null);
        return c.InContext(CueSet.Crowd) ? ActorChoice.Group(ActorKind.Protesters) : ActorChoice.Group(ActorKind.Government);
    }

    private static ActorMention? Security(MentionContext c) =>
        MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military) || SecurityOfficials(c, c.Agent) ? c.Agent
        : c.Agent is null ? c.SentenceActor(ActorKind.Police, ActorKind.Military) : null;

    /// <summary>"state security officials", "police officials": officials of a security service.</summary>
    private static bool SecurityOfficials(MentionContext c, ActorMention? actor)
    {
        if (actor is not { Kind: ActorKind.Government })
            return false;
        int i = c.Words.IndexAt(actor.Start);
        for (int j = i - 1; j >= 0 && j >= i - 2 && c.Words.IsWord(j); j--)
            if (c.Words.Is(j, "security", "police", "army", "military"))
                return true;
        return false;
    }
}
