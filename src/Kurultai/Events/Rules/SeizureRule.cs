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
/// torching, clashes: in its own account or the sentence before it), a non-violent transfer when the place is taken
/// without violence. Seizing arms or vehicles ("took over police cars") is no transfer of territory: a riot. An attempted seizure ("attempted to retake control") is contested, hence a riot. The object
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
        bool Object(CueSet set) => objectFirst ? c.Near(set, 6, 3) : c.Near(set, 1, 7);
        bool territory = Object(CueSet.Building);
        bool property = !territory && Object(CueSet.Property);
        if (!territory && !property)
            return null;
        if (MentionContext.Is(c.Agent, ActorKind.Person, ActorKind.Organisation))
            return null;   // "property taken over by the president's family": a business matter, not a seizure by a crowd
        var police = c.SentenceActor(ActorKind.Police, ActorKind.Military);
        var scope = c.InSentence(CueSet.Countrywide) ? GeoScope.National : GeoScope.Local;
        if (MentionContext.Is(c.Agent, ActorKind.Police, ActorKind.Military, ActorKind.Government))
            return new(StrategicDevelopments, NonViolentTransfer, "taken back by the authorities→Strategic developments/Non-violent transfer of territory",
                new ActorChoice(c.Agent, null), ActorChoice.None, scope);
        if (c.Lexicon.Before(CueSet.Implicative, c.Words, c.Hit.Word, 3) is var at && at >= 0 && c.Words.Lower(at).StartsWith("attempt", StringComparison.Ordinal))
            return new(Riots, ViolentDemonstration, "attempted seizure by a crowd→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null), scope);
        if (property)
            return new(Riots, ViolentDemonstration, "crowd seizing arms or vehicles→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null), scope);
        if (ForceInClause(c, countrywide: scope == GeoScope.National) is var force && force == true
            || (force is null && c.Lexicon.Anywhere(CueSet.Force, c.Previous)))
            return new(Riots, ViolentDemonstration, "seizure with force→Riots/Violent demonstration",
                ActorChoice.Group(ActorKind.Rioters), new ActorChoice(police, null), scope);
        return new(StrategicDevelopments, NonViolentTransfer, "seizure without violence→Strategic developments/Non-violent transfer of territory",
            ActorChoice.Group(ActorKind.Protesters), ActorChoice.None, scope);
    }

    /// <summary>
    /// Force in the trigger's own account: anywhere after it in the sentence ("seized and torched", "took over the
    /// parliament after clashes"), or before it back to a "then" or a subordinator ("seizing Parliament by force and
    /// then taking over the government", "the storming came two weeks after protesters took over…": the takeover
    /// itself was not forced). Takeovers across the country are not made violent by force reported in another
    /// conjunct ("stormed the parliament and took over buildings throughout the country").
    /// </summary>
    /// <returns>True when force is found; false when the search stopped at a marker of another happening (so the
    /// previous sentence's force does not count either); null when nothing was found.</returns>
    private static bool? ForceInClause(MentionContext c, bool countrywide)
    {
        var w = c.Words;
        for (int i = c.Hit.LastWord + 1; i < w.Count; i++)
            if (c.Lexicon.Has(CueSet.Force, w, i))
                return true;
        for (int i = c.Hit.Word - 1; i >= 0; i--)
        {
            if (w.Is(i, "then", "after", "before", "since", "when", "until", "while") || (countrywide && w.Is(i, "and")))
                return false;
            if (c.Lexicon.Has(CueSet.Force, w, i))
                return true;
        }
        return null;
    }
}
