using System.Collections.Immutable;
using System.Globalization;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Places;

/// <summary>
/// Resolves place names to gazetteer entries: "protests spread to Jalalabad and Osh" → Jalal-Abad (KG) and Osh
/// (KG), each with a confidence, the alternatives considered and the reason.
/// </summary>
/// <remarks>
/// Reads the names layer's Place and Unknown mentions when an earlier stage provided them (Person mentions are
/// never places), and scans capitalised runs itself, so it also works on a bare document. Resolution weighs the
/// document's country context, division and settlement cues ("Osh region" → the division, "the city of Osh" → the
/// city), other places in the same division, population and feature type. A name right after a person title
/// ("President Talas") or inside an unknown capitalised run ("Paris Hilton") is not taken as a place. A misspelt
/// name ("Bakten") is matched by edit distance only within the context countries and after a cue, a locative
/// preposition or a list of places.
/// </remarks>
public sealed class PlaceResolver(Gazetteer gazetteer, PlaceCues cues) : IStage
{
    private const int MaxAlternatives = 5;

    /// <summary>A country with at least this share of the evidence is part of the document's context.</summary>
    private const double ContextShare = 0.05;

    /// <summary>Looser matches (transliteration, edit distance) need a country this strongly in context.</summary>
    private const double StrongShare = 0.2;
    private readonly PlaceCandidateFinder _finder = new(gazetteer, cues);

    public Layer Requires => Layer.None;

    public Layer Provides => Layer.Places;

    public Document Run(Document document) => document with { Places = Resolve(document) };

    internal ImmutableArray<PlaceMention> Resolve(Document document)
    {
        var demonymVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var candidates = _finder.Find(document, demonymVotes);
        var context = CountryContext.FromVotes(Vote(candidates, demonymVotes));
        if (!context.IsEmpty)
        {
            var countries = context.Top(3).Where(c => context.Share(c) >= StrongShare).ToList();
            foreach (var candidate in candidates)
            {
                if (candidate.Matches.Count == 0 && (candidate.Source == CandidateSource.NamedPlace || candidate.DivisionCue
                    || candidate.SettlementCue || candidate.Locative))
                    gazetteer.MatchFuzzy(document.Text.AsSpan(candidate.Start, candidate.Length), countries, candidate.Matches);
            }
        }
        var none = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstPass = candidates.Select(c => c.Matches.Count == 0 ? null : (GazetteerMatch?)Rank(c, context, none, null)[0].Match).ToList();
        var divisions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (firstPass[i] is { } winner && winner.Entry.Admin1Code.Length > 0 && Keep(candidates[i], winner, context))
                divisions[winner.Entry.Admin1Code] = divisions.GetValueOrDefault(winner.Entry.Admin1Code) + 1;
        }
        var places = ImmutableArray.CreateBuilder<PlaceMention>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Matches.Count == 0)
            {
                if (c.Source == CandidateSource.NamedPlace)
                    places.Add(new PlaceMention(c.Start, c.Length, null, 0, [], "named place not in the gazetteer"));
                continue;
            }
            var ranked = Rank(c, context, divisions, firstPass[i]?.Entry.Admin1Code);
            var best = ranked[0];
            if (!Keep(c, best.Match, context))
                continue;
            double total = ranked.Sum(r => Math.Exp(r.Score - best.Score));
            double confidence = Math.Round(PlaceScorer.KindFactor(best.Match.Kind) * PlaceScorer.SourceFactor(c.Source) / total, 3);
            places.Add(new PlaceMention(c.Start, c.Length, best.Match.Entry, confidence,
                [.. ranked.Skip(1).Take(MaxAlternatives).Select(r => r.Match.Entry)], Reason(best.Match, c, context, ranked.Count)));
        }
        return places.ToImmutable();
    }

    /// <summary>The candidate's matches by descending score; <paramref name="self"/> is its own first-pass division, not counted as company.</summary>
    private static List<(GazetteerMatch Match, double Score)> Rank(PlaceCandidate candidate, CountryContext context, Dictionary<string, int> divisions, string? self) =>
        [.. candidate.Matches.Select(m => (Match: m, Score: PlaceScorer.Score(m, candidate, context,
                code => divisions.GetValueOrDefault(code) - (code == self ? 1 : 0) > 0)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Match.Entry.Population).ThenBy(r => r.Match.Entry.Id)];

    /// <summary>
    /// Country evidence: a country name counts 2, a demonym 1, a name whose exact or alias matches all lie in one
    /// country 1 (a half when it is a sentence-initial word of a small place).
    /// </summary>
    private static Dictionary<string, double> Vote(List<PlaceCandidate> candidates, Dictionary<string, double> votes)
    {
        foreach (var c in candidates)
        {
            if (c.AfterTitle || c.PersonLike || c.CommonWord)
                continue;
            var direct = c.Matches.Where(m => m.Kind is MatchKind.Exact or MatchKind.Alias).ToList();
            if (direct.Count == 0)
                continue;
            if (direct.Find(m => m.Entry.Feature == FeatureType.Country) is { Entry: { } country })
            {
                votes[country.Country] = votes.GetValueOrDefault(country.Country) + 2;
                continue;
            }
            if (direct.Select(m => m.Entry.Country).Distinct().Skip(1).Any())
                continue;
            bool large = direct.Exists(m => m.Entry.Population >= 10_000 || m.Entry.Feature == FeatureType.Admin1);
            double weight = large ? 1 : c.SentenceInitial || !direct.Exists(m => m.Entry.Population >= 1000) ? 0 : 0.5;
            if (weight > 0)
                votes[direct[0].Entry.Country] = votes.GetValueOrDefault(direct[0].Entry.Country) + weight;
        }
        return votes;
    }

    /// <summary>Whether the best entry is plausible enough to report for this candidate.</summary>
    private static bool Keep(PlaceCandidate c, GazetteerMatch best, CountryContext context)
    {
        if (c.Source == CandidateSource.NamedPlace)
            return true;
        if (c.AfterTitle || c.PersonLike || c.CommonWord)
            return false;
        var entry = best.Entry;
        bool cue = c.DivisionCue || c.SettlementCue || c.Locative;
        if (best.Kind == MatchKind.Fuzzy && !cue)
            return false;
        if (entry.Feature == FeatureType.Country)
            return best.Kind != MatchKind.Fuzzy || context.Share(entry.Country) >= StrongShare;
        if (context.IsEmpty)
            return best.Kind != MatchKind.Fuzzy && (entry.Population >= 1000 || entry.Feature == FeatureType.Admin1);
        double share = context.Share(entry.Country);
        double needed = best.Kind is MatchKind.Exact or MatchKind.Alias ? ContextShare : StrongShare;
        if (share < needed)
            return best.Kind == MatchKind.Exact && entry.Population >= 100_000 && entry.Feature != FeatureType.Admin1;
        return entry.Population > 0 || cue || entry.Feature == FeatureType.Admin1;
    }

    private static string Reason(GazetteerMatch best, PlaceCandidate c, CountryContext context, int candidates)
    {
        var parts = new List<string>
        {
            $"{best.Kind.ToString().ToLowerInvariant()} '{best.MatchedName}'",
        };
        if (c.Cues is { Length: > 0 } cueText)
            parts.Add(cueText);
        if (!context.IsEmpty)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"context {best.Entry.Country} {context.Share(best.Entry.Country):0.00}"));
        parts.Add(candidates == 1 ? "1 candidate" : $"{candidates} candidates");
        return string.Join("; ", parts);
    }
}
