using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Places an event: the place its sentence names near the trigger ("seized in Naryn, Issyk-Kul and Batken" gives
/// one place per listed name), else the last place named earlier in its paragraph, else (in prose, not in a
/// live blog's timestamped entries) the place of the story's last event, else its section's lead place,
/// else the document's main place (the town it names most, counting "reports from X"), else its country. A national act (<see cref="GeoScope.National"/>) goes to the
/// country when its sentence names no place.
/// </summary>
/// <remarks>
/// A place after "from" ("our correspondent from Bishkek") is where someone comes from, not where the event is,
/// and never serves as a fallback, nor does a place in brackets; a possessive country ("Kyrgyzstan's parliament")
/// qualifies a national body and does not place the event by itself. A nominal trigger takes only a place attached to it ("protests in Osh", "Osh
/// protests"); a passive one prefers a place right after it ("seized in Naryn"), else its subject's ("a building in
/// Talas has been taken over"). An elliptic clause ("…, as has the Kochkor administration") adds its own place.
/// Regions are placed at their capital (precision 2), countries at the capital's coordinates
/// (precision 3, location = the country's name).
/// </remarks>
public sealed partial class PlaceChooser(EventLexicon lexicon, EventGeography geography)
{
    /// <param name="narrative">The place of the last event coded earlier in the section (prose only), if any.</param>
    public IReadOnlyList<PlaceChoice> Choose(DocumentView view, int sentence, TriggerHit hit, GeoScope scope, string mainCountry,
        PlaceChoice? narrative = null)
    {
        var own = OwnPlaces(view, sentence, hit);
        if (own.Count > 0)
        {
            var choices = new PlaceChoice[own.Count];
            for (int i = 0; i < own.Count; i++)
                choices[i] = ToChoice(view, own[i].Place!, ContextSource.Sentence, own[i].Start);
            return choices;
        }
        if (scope == GeoScope.National && mainCountry.Length > 0)
            return [CountryChoice(view, mainCountry)];
        for (int i = view.PreviousInParagraph(sentence); i >= 0; i = view.PreviousInParagraph(i))
        {
            var earlier = Usable(view, i);
            if (earlier.Count > 0)
                return [ToChoice(view, earlier[^1].Place!, ContextSource.Paragraph, earlier[^1].Start)];
        }
        if (narrative is not null)
            return [narrative with { Source = ContextSource.Narrative }];
        int section = view.Sentence(sentence).Section;
        if (!view.SectionPlaces.TryGetValue(section, out var sectionPlace))
            view.SectionPlaces[section] = sectionPlace = MostFrequent(view, SectionLead(view, sentence));
        if (sectionPlace is not null)
            return [ToChoice(view, sectionPlace, ContextSource.Section)];
        if (!view.MainPlace.Known)
            view.MainPlace = (true, MostFrequent(view, Enumerable.Range(0, view.Count), withOrigins: true));
        var main = view.MainPlace.Entry;
        if (main is not null)
            return [ToChoice(view, main, ContextSource.Document)];
        return mainCountry.Length > 0 ? [CountryChoice(view, mainCountry)] : [];
    }

    /// <summary>
    /// The sentences that set a section's scene: its heading and, in prose, its first body paragraph (a live-blog
    /// entry has only its timestamp line). A place named further down belongs to that paragraph's own story ("The governor of Issyk-Kul has
    /// resigned" does not place the next item of a live blog).
    /// </summary>
    private static IEnumerable<int> SectionLead(DocumentView view, int sentence)
    {
        int section = view.Sentence(sentence).Section;
        int first = sentence;
        while (first > 0 && view.Sentence(first - 1).Section == section)
            first--;
        int? leadParagraph = null;
        for (int i = first; i < view.Count && view.Sentence(i).Section == section; i++)
        {
            var s = view.Sentence(i);
            if (s.Kind is SentenceKind.Heading or SentenceKind.Timestamp)
            {
                yield return i;
                continue;
            }
            if (view.Sentence(first).Kind == SentenceKind.Timestamp)
                yield break;   // a live-blog entry's items are snapshots of different places
            leadParagraph ??= s.Paragraph;
            if (s.Paragraph != leadParagraph)
                yield break;
            yield return i;
        }
    }

    /// <summary>The country most places (else actors) of the document are in, as an ISO code; "" when unknown.</summary>
    /// <remarks>Ties go to the country named first (places before actors).</remarks>
    public static string MainCountry(Document document)
    {
        var counts = new List<(string Country, int Count)>();   // a document names few countries
        foreach (var p in document.Places)
            if (p.Place is { Country.Length: > 0 } e)
                Count(counts, e.Country);
        foreach (var a in document.Actors)
            if (a.Country is { Length: 2 } c)
                Count(counts, c);
        int best = -1;
        for (int i = 0; i < counts.Count; i++)
            if (best < 0 || counts[i].Count > counts[best].Count)
                best = i;
        return best < 0 ? "" : counts[best].Country.ToUpperInvariant();
    }

    private static void Count(List<(string Country, int Count)> counts, string country)
    {
        for (int i = 0; i < counts.Count; i++)
        {
            if (string.Equals(counts[i].Country, country, StringComparison.OrdinalIgnoreCase))
            {
                counts[i] = (counts[i].Country, counts[i].Count + 1);
                return;
            }
        }
        counts.Add((country, 1));
    }

    public PlaceChoice CountryChoice(DocumentView view, string country)
    {
        var capital = geography.CountryCapital(country)
            ?? view.Document.Places.Select(p => p.Place).FirstOrDefault(e => e is { Feature: FeatureType.Capital } && e.Country == country)
            ?? view.Document.Places.Select(p => p.Place).FirstOrDefault(e => e is { Feature: FeatureType.Country } && e.Country == country);
        return new PlaceChoice(geography.NameOf(country), "", country, capital?.Lat ?? 0, capital?.Lon ?? 0, 3, ContextSource.Country);
    }

    private PlaceChoice ToChoice(DocumentView view, GazetteerEntry e, ContextSource source, int start = -1)
    {
        switch (e.Feature)
        {
            case FeatureType.Country:
                return CountryChoice(view, e.Country) with { Source = source, MentionStart = start };
            case FeatureType.Admin1:
                var admin1 = e.Admin1.Length > 0 ? e.Admin1 : e.Name;
                if (e.Capital is { Length: > 0 } seat)   // the gazetteer's region entries carry their seat's name and coordinates
                    return new PlaceChoice(seat, admin1, e.Country, e.Lat, e.Lon, 2, source, start);
                var capital = geography.RegionCapital(e.Country, admin1);
                return capital is null
                    ? new PlaceChoice(e.Name, admin1, e.Country, e.Lat, e.Lon, 2, source, start)
                    : new PlaceChoice(capital.Name, admin1, e.Country, capital.Lat, capital.Lon, 2, source, start);
            default:
                return new PlaceChoice(e.Name, e.Admin1, e.Country, e.Lat, e.Lon, 1, source, start);
        }
    }

    /// <summary>The places of the trigger's own sentence that locate it, a coordinated list expanded.</summary>
    private List<PlaceMention> OwnPlaces(DocumentView view, int sentence, TriggerHit hit)
    {
        var words = view.Words[sentence];
        var usable = Usable(view, sentence);
        if (usable.Count == 0)
            return [];
        var text = view.Document.Text;
        var places = usable;
        foreach (var p in usable)
        {
            if (p.Place!.Feature == FeatureType.Country && Possessive(text, p))
            {
                places = [.. usable.Where(p => !(p.Place!.Feature == FeatureType.Country && Possessive(text, p)))];
                break;
            }
        }
        if (places.Count == 0)
            return [];
        int ellipsis = Ellipsis(words, hit.LastWord + 1);
        var own = places;
        if (ellipsis >= 0)
        {
            own = new List<PlaceMention>(places.Count);
            foreach (var p in places)
                if (words.IndexAt(p.Start) < ellipsis)
                    own.Add(p);
        }
        Span<int> at = own.Count <= 32 ? stackalloc int[own.Count] : new int[own.Count];
        for (int k = 0; k < own.Count; k++)
            at[k] = words.IndexAt(own[k].Start);
        int first;
        if (hit.Nominal)
            first = FirstAfter(words, at, hit, 8, noComma: true) is var f && f >= 0 ? f : LastBefore(at, hit.Word, hit.Word - 2);
        else if (hit.Passive)
            first = FirstAfter(words, at, hit, 4, noComma: true) is var f && f >= 0 ? f
                : LastBefore(at, hit.Word, int.MinValue) is var b && b >= 0 ? b : FirstAfter(words, at, hit, 12, noComma: false);
        else
            first = FirstAfter(words, at, hit, 12, noComma: false) is var f && f >= 0 ? f : LastBefore(at, hit.Word, int.MinValue);
        var chosen = first < 0 ? [] : List(text, own, own[first]);
        // "… has been taken over by protesters, as has the Kochkor district administration": a second place.
        if (ellipsis >= 0)
        {
            foreach (var p in places)
            {
                if (words.IndexAt(p.Start) <= ellipsis)
                    continue;
                foreach (var q in List(text, places, p))
                    if (!chosen.Contains(q))
                        chosen.Add(q);
                break;
            }
        }
        return chosen;
    }

    /// <summary>
    /// Places of a sentence that can locate an event: resolved, not someone's origin, not in brackets, and in a
    /// country the document is about (its main country, or one it names): a foreign match in a country the text
    /// never names, such as "Region" → Callao (Peru), is more likely a misreading than a location.
    /// </summary>
    private List<PlaceMention> Usable(DocumentView view, int sentence) =>
        view.UsablePlaces[sentence] ??= FindUsable(view, sentence);

    private List<PlaceMention> FindUsable(DocumentView view, int sentence)
    {
        var words = view.Words[sentence];
        var places = view.Places[sentence];
        var usable = new List<PlaceMention>(places.Count);
        for (int k = 0; k < places.Count; k++)
        {
            var p = places[k];
            int i = words.IndexAt(p.Start);
            if (lexicon.Before(CueSet.Origin, words, i, 3, clause: false) < 0 && !InBrackets(words, i) && Relevant(view, p))
                usable.Add(p);
        }
        return usable;
    }

    private static bool Relevant(DocumentView view, PlaceMention p) =>
        p.Place!.Country == view.MainCountry || view.NamedCountries.Contains(p.Place.Country);

    private static IEnumerable<PlaceMention> NotInBrackets(DocumentView view, int sentence) =>
        view.Places[sentence].Where(p => !InBrackets(view.Words[sentence], view.Words[sentence].IndexAt(p.Start)));

    /// <param name="withOrigins">Count "reports from Bishkek" too: where a report comes from is where most of it happens.</param>
    private GazetteerEntry? MostFrequent(DocumentView view, IEnumerable<int> sentences, bool withOrigins = false)
    {
        var entries = sentences.SelectMany(i => withOrigins ? NotInBrackets(view, i) : Usable(view, i)).Select(p => p.Place!).ToList();
        var towns = entries.Where(e => e.Feature is not FeatureType.Country and not FeatureType.Admin1).ToList();
        var pool = towns.Count > 0 ? towns : entries.Where(e => e.Feature is FeatureType.Admin1).ToList();
        return pool.GroupBy(e => (e.Name, e.Admin1, e.Country))
            .OrderByDescending(g => g.Count()).ThenBy(g => entries.IndexOf(g.First()))
            .Select(g => g.First()).FirstOrDefault();
    }
}
