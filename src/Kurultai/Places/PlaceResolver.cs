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

    /// <summary>Looser matches (alias, transliteration, edit distance) need a country this strongly in context.</summary>
    private const double StrongShare = 0.2;
    private readonly PlaceCandidateFinder _finder = new(gazetteer, cues);

    public Layer Requires => Layer.None;

    public Layer Provides => Layer.Places;

    public Document Run(Document document) => document with { Places = Resolve(document) };

    internal ImmutableArray<PlaceMention> Resolve(Document document)
    {
        var text = document.Text;
        var demonymVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var candidates = _finder.Find(document, demonymVotes);
        var context = CountryContext.FromVotes(Vote(candidates, demonymVotes));
        MatchMisspellings(text, candidates, context);

        // Mentions that read alike (same normal form, source and cues) resolve alike: each group is ranked once.
        var groups = candidates.GroupBy(c => c.Signature(text), StringComparer.Ordinal)
            .Select(g => (Normal: NameKey.Normal(text.AsSpan(g.First().Start, g.First().Length)), Mentions: g.ToList())).ToList();
        var company = Company(groups, context);
        var places = new List<PlaceMention>(candidates.Count);
        foreach (var (normal, mentions) in groups)
        {
            var c = mentions[0];
            if (c.Matches.Count == 0)
            {
                if (c.Source == CandidateSource.NamedPlace)
                    places.AddRange(mentions.Select(m => new PlaceMention(m.Start, m.Length, null, 0, [], "named place not in the gazetteer")));
                continue;
            }
            var ranked = Rank(c, context, code => company.TryGetValue(code, out var names) && names.Any(n => n != normal));
            var best = ranked[0];
            if (!Keep(c, best.Match, context))
                continue;
            double total = ranked.Sum(r => Math.Exp(r.Score - best.Score));
            double confidence = Math.Round(PlaceScorer.KindFactor(best.Match.Kind) * PlaceScorer.SourceFactor(c.Source) / total, 3);
            ImmutableArray<GazetteerEntry> alternatives = [.. ranked.Skip(1).Take(MaxAlternatives).Select(r => r.Match.Entry)];
            var reason = Reason(best.Match, c, context, ranked.Count);
            places.AddRange(mentions.Select(m => new PlaceMention(m.Start, m.Length, best.Match.Entry, confidence, alternatives, reason)));
        }
        places.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. places];
    }

    /// <summary>
    /// Unmatched names from the names layer, or after a cue, a locative or a list of places ("in Bakten"), are
    /// matched by edit distance within the countries strongly in context. Each distinct name is looked up once.
    /// </summary>
    private void MatchMisspellings(string text, List<PlaceCandidate> candidates, CountryContext context)
    {
        if (context.IsEmpty)
            return;
        var countries = context.Top(3).Where(c => context.Share(c) >= StrongShare).ToList();
        var looked = new Dictionary<string, List<GazetteerMatch>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.Matches.Count > 0 || !(candidate.Source == CandidateSource.NamedPlace || candidate.DivisionCue
                || candidate.SettlementCue || candidate.Locative))
                continue;
            var normal = NameKey.Normal(text.AsSpan(candidate.Start, candidate.Length));
            if (!looked.TryGetValue(normal, out var matches))
            {
                looked[normal] = matches = [];
                gazetteer.MatchFuzzy(normal, countries, matches);
            }
            candidate.Matches.AddRange(matches);
        }
    }

    /// <summary>
    /// For each division, the names whose likely place (a first pass without company) lies in it: a division that
    /// holds other names' places is good company for a candidate ("Uzgen" beside "Osh").
    /// </summary>
    private static Dictionary<string, HashSet<string>> Company(List<(string Normal, List<PlaceCandidate> Mentions)> groups, CountryContext context)
    {
        var company = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (normal, mentions) in groups)
        {
            var c = mentions[0];
            if (c.Matches.Count == 0 || Rank(c, context, _ => false)[0].Match is not { Entry.Admin1Code.Length: > 0 } winner || !Keep(c, winner, context))
                continue;
            if (!company.TryGetValue(winner.Entry.Admin1Code, out var names))
                company[winner.Entry.Admin1Code] = names = new HashSet<string>(StringComparer.Ordinal);
            names.Add(normal);
        }
        return company;
    }

    /// <summary>The candidate's matches by descending score.</summary>
    private static List<(GazetteerMatch Match, double Score)> Rank(PlaceCandidate candidate, CountryContext context, Func<string, bool> hasCompany) =>
        [.. candidate.Matches.Select(m => (Match: m, Score: PlaceScorer.Score(m, candidate, context, hasCompany)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Match.Entry.Population).ThenBy(r => r.Match.Entry.Id)];

    /// <summary>
    /// Country evidence: a country name or alias counts 2, a demonym 1, a place name whose exact matches all lie in
    /// one country 1 for a town of 10,000 or a division, a half for a smaller one (none when it starts a sentence).
    /// A place's alias does not vote: "Molotov" (an old name of Perm) would vote for the reading that made it.
    /// </summary>
    private static Dictionary<string, double> Vote(List<PlaceCandidate> candidates, Dictionary<string, double> votes)
    {
        foreach (var c in candidates)
        {
            if (c.AfterTitle || c.PersonLike || c.CommonWord)
                continue;
            string? country = null;
            bool ambiguous = false;
            double weight = 0;
            foreach (var m in c.Matches)
            {
                if (m.Kind is not (MatchKind.Exact or MatchKind.Alias))
                    continue;
                if (m.Entry.Feature == FeatureType.Country)
                {
                    (country, weight, ambiguous) = (m.Entry.Country, 2, false);
                    break;
                }
                if (m.Kind != MatchKind.Exact)
                    continue;
                ambiguous |= country is not null && country != m.Entry.Country;
                country ??= m.Entry.Country;
                bool large = m.Entry.Population >= 10_000 || m.Entry.Feature == FeatureType.Admin1;
                weight = Math.Max(weight, large ? 1 : m.Entry.Population >= 1000 && !c.SentenceInitial ? 0.5 : 0);
            }
            if (country is not null && !ambiguous && weight > 0)
                votes[country] = votes.GetValueOrDefault(country) + weight;
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
            return best.Kind != MatchKind.Fuzzy && (entry.Feature == FeatureType.Admin1 || entry.Population >= (cue ? 1000 : 50_000));
        double share = context.Share(entry.Country);
        double needed = best.Kind == MatchKind.Exact ? ContextShare : StrongShare;
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
