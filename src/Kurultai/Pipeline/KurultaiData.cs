using Kurultai.Actors;
using Kurultai.Events;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Pipeline;

/// <summary>
/// The reference data the stages need, loaded once: the gazetteer, place cues, the actor lexicon and the event
/// lexicon (files under <c>data/</c>, found by <see cref="DataLocator"/>). The language lexicons are embedded.
/// </summary>
public sealed class KurultaiData
{
    private KurultaiData(Gazetteer gazetteer, PlaceCues placeCues, ActorLexicon actors, EventLexicon events)
    {
        Gazetteer = gazetteer;
        PlaceCues = placeCues;
        Actors = actors;
        Events = events;
        Geography = GeographyOf(gazetteer);
    }

    public Gazetteer Gazetteer { get; }
    public PlaceCues PlaceCues { get; }
    public ActorLexicon Actors { get; }
    public EventLexicon Events { get; }
    public EventGeography Geography { get; }

    public static KurultaiData LoadDefault() => new(
        Gazetteer.LoadDefault(),
        PlaceCues.LoadDefault(),
        ActorLexicon.LoadDefault(),
        EventLexicon.Load(Path.GetDirectoryName(DataLocator.FindOrThrow("events", "triggers.tsv"))!));

    /// <summary>
    /// Capitals from the gazetteer: a country's is its entry marked capital (most populous when several); a region's is
    /// its most populous place, which is its administrative centre in the great majority of cases.
    /// </summary>
    private static EventGeography GeographyOf(Gazetteer gazetteer)
    {
        var places = gazetteer.Entries.Where(e => e.Feature is FeatureType.Capital or FeatureType.City or FeatureType.Town).ToList();
        var capitals = places.Where(e => e.Feature == FeatureType.Capital)
            .GroupBy(e => e.Country)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Population)!, StringComparer.OrdinalIgnoreCase);
        var regionSeats = places.Where(e => e.Admin1.Length > 0)
            .GroupBy(e => (e.Country, e.Admin1))
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Population)!);
        return new EventGeography(
            country => capitals.GetValueOrDefault(country),
            (country, admin1) => regionSeats.GetValueOrDefault((country, admin1)))
        {
            // Country names as the gazetteer (and so the actor resolver) spells them.
            CountryNames = iso => gazetteer.Country(iso)?.Name,
        };
    }
}
