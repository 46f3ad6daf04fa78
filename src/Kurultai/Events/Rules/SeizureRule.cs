using Kurultai.Model;
using static Kurultai.Events.Acled;

namespace Kurultai.Events.Rules;

/// <summary>
/// Seizing, occupying and taking over buildings or places: "government buildings were seized and torched" →
/// Riots / Violent demonstration; "the district administration has been taken over by protesters" → Strategic
/// developments / Non-violent transfer of territory; "security forces retook the buildings" → the same, by them.
/// </summary>
/// <remarks>
/// FORMAT.md: a seizure by a crowd is a riot when force or damage is involved (storming, breaking through,
/// torching, clashes: in the sentence or the one before it), a non-violent transfer when the place is taken
/// without violence. An attempted seizure ("attempted to retake control") is contested, hence a riot. The object
/// must be a building, vehicle or place ("seized the TV centre"); "took control of the shareholding" is not an
/// event. "Seized power" is a change of government, typed by <see cref="AuthorityRule"/>.
/// </remarks>
public sealed class SeizureRule : IEventRule
{
    public IReadOnlyCollection<TriggerKind> Kinds { get; } =
        [TriggerKind.Seize, TriggerKind.Occupy, TriggerKind.TakeOver, TriggerKind.Retake];

    public EventCoding? Code(MentionContext c)
    {
        bool objectFirst = c.Hit.Passive;
        bool hasObject = objectFirst ? c.Near(CueSet.Building, 6, 3) : c.Near(CueSet.Building, 1, 7);
        if (!hasObject)
            return null;
        var police = c.SentenceActor(ActorKind.Police, ActorKind.Military);
        var scope = c.InSentence(CueSet.Countrywide) ? GeoScope.National : GeoScope.Local;
        if (MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.Government))
            return new(StrategicDevelopments, NonViolentTransfer, "taken back by the authorities→Strategic developments/Non-violent transfer of territory",
                new ActorChoice(c.Agent, null), ActorChoice.None, scope);
        if (c.Lexicon.Before(CueSet.Implicative, c.Words, c.Hit.Word, 3) is var at && at >= 0 && c.Words.Lower(at).StartsWith("attempt", StringComparison.Ordinal))
            return new(Riots, ViolentDemonstration, "attempted seizure by a crowd→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null), scope);
        if (c.InContext(CueSet.Force))
            return new(Riots, ViolentDemonstration, "seizure with force→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null), scope);
        return new(StrategicDevelopments, NonViolentTransfer, "seizure without violence→Strategic developments/Non-violent transfer of territory",
            ActorChoice.Group(ActorKind.Protesters), ActorChoice.None, scope);
    }
}
