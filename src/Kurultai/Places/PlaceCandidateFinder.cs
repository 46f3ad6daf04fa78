using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Finds the spans that may name places: the names layer's Place and Unknown mentions, and capitalised runs the
/// resolver scans itself (so it works without a names layer). Within a run it takes the longest sub-run the
/// gazetteer knows ("Bosnia and Herzegovina", else "Kochkor" and "Bishkek" in "Kochkor-Bishkek"), lets
/// <see cref="PlaceCueReader"/> note the cues around it, and counts demonyms ("Kyrgyz") for the country context.
/// </summary>
internal sealed class PlaceCandidateFinder(Gazetteer gazetteer, PlaceCues cues)
{
    private const int MaxParts = 5;
    private readonly PlaceCueReader _cueReader = new(cues);

    public List<PlaceCandidate> Find(Document document, Dictionary<string, double> demonymVotes)
    {
        var text = document.Text;
        var candidates = new List<PlaceCandidate>();
        var covered = new List<Span>();
        foreach (var name in document.Names)
        {
            if (name.Start < 0 || name.Length <= 0 || name.Start + name.Length > text.Length)
                continue;
            covered.Add(name.Span);
            if (name.Kind is NameKind.Person or NameKind.Organisation)
                continue;
            var parts = NameRuns.Parts(text, name.Start, name.Start + name.Length);
            var source = name.Kind == NameKind.Place ? CandidateSource.NamedPlace : CandidateSource.NamedUnknown;
            if (parts.Count > 0)
                FindInRun(text, parts, (0, parts.Count), source, candidates, demonymVotes);
        }
        covered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var all = NameRuns.Parts(text);
        int next = 0;
        foreach (var (first, count) in NameRuns.Runs(text, all, cues))
        {
            var span = new Span(all[first].Start, all[first + count - 1].End - all[first].Start);
            while (next < covered.Count && covered[next].End <= span.Start)
                next++;
            if (!Overlaps(covered, next, span))
                FindInRun(text, all, (first, first + count), CandidateSource.Scan, candidates, demonymVotes);
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkCommonWords(text, candidates);
        return candidates;
    }

    private void FindInRun(string text, List<WordPart> parts, (int First, int End) run, CandidateSource source,
        List<PlaceCandidate> into, Dictionary<string, double> demonymVotes)
    {
        var (first, end) = run;
        var cue = new bool[end - first];
        for (int k = first; k < end; k++)
            cue[k - first] = cues.IsCueWord(Of(text, parts[k])) || cues.IsConnector(Of(text, parts[k]));
        var found = new List<(int From, int To, PlaceCandidate Candidate)>();
        var demonyms = new List<int>();
        for (int i = first; i < end;)
        {
            int matched = 0;
            for (int j = Math.Min(end, i + MaxParts); j > i && matched == 0; j--)
            {
                var surface = text.AsSpan(parts[i].Start, parts[j - 1].End - parts[i].Start);
                if (j == i + 1 && !cue[i - first] && DemonymCountry(surface) is { } iso2)
                {
                    demonymVotes[iso2] = demonymVotes.GetValueOrDefault(iso2) + 1;
                    demonyms.Add(i);
                    matched = 1;
                    continue;
                }
                // "The City", "White House": all cue or stop words, no place however the gazetteer spells it.
                if (source != CandidateSource.NamedPlace && !cue.AsSpan((i - first)..(j - first)).Contains(false))
                    continue;
                // A name neither starts nor ends with a connector: "Lyon and", "and Toulouse" are no sub-runs.
                if (j > i + 1 && (cues.IsConnector(Of(text, parts[i])) || cues.IsConnector(Of(text, parts[j - 1]))))
                    continue;
                var candidate = new PlaceCandidate(parts[i].Start, surface.Length, source);
                gazetteer.Match(surface, candidate.Matches);
                if (candidate.Matches.Count == 0 && j == i + 1)
                    TryAdjectiveStem(surface, candidate);
                bool keepUnmatched = j == i + 1 && (source == CandidateSource.NamedPlace || (end - first == 1 && surface.Length >= 5));
                if (candidate.Matches.Count > 0 || keepUnmatched)
                {
                    found.Add((i, j, candidate));
                    matched = j - i;
                }
            }
            i += Math.Max(1, matched);
        }
        foreach (var (from, to, candidate) in found)
        {
            _cueReader.Annotate(text, parts, run, (from, to), candidate, Neighbour, PlaceEndsAt);
            into.Add(candidate);
        }

        bool PlaceEndsAt(int offset) => found.Exists(f => f.Candidate.End == offset && f.Candidate.Matches.Count > 0)
            || (into.Count > 0 && into.FindLastIndex(into.Count - 1, Math.Min(8, into.Count), c => c.End == offset && c.Matches.Count > 0) >= 0);

        // A capitalised neighbour in the same run that is no cue, no demonym and no country or division name.
        bool Neighbour(int k) => !cue[k - first] && !demonyms.Contains(k)
            && (found.Find(f => k >= f.From && k < f.To) is not { Candidate: { } other }
                || !other.Matches.Exists(m => m.Entry.Feature is FeatureType.Country or FeatureType.Admin1));
    }

    private static bool Overlaps(List<Span> sorted, int from, Span span)
    {
        for (int k = from; k < sorted.Count && sorted[k].Start < span.End; k++)
        {
            if (sorted[k].Overlaps(span))
                return true;
        }
        return false;
    }

    private string? DemonymCountry(ReadOnlySpan<char> word)
    {
        if (gazetteer.CountryOfDemonym(word) is { } iso2)
            return iso2;
        return word.Length > 3 && word[^1] == 's' ? gazetteer.CountryOfDemonym(word[..^1]) : null;
    }

    private void TryAdjectiveStem(ReadOnlySpan<char> word, PlaceCandidate candidate)
    {
        foreach (var suffix in cues.AdjectiveSuffixes)
        {
            if (word.Length - suffix.Length >= NameKey.MinKeyedLength && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^suffix.Length];
                gazetteer.Match(stem, candidate.Matches);
                if (candidate.Matches.Count > 0)
                {
                    candidate.Stem = stem.ToString();
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Marks sentence-initial one-word candidates that the text also uses in lower case ("Police said…" beside
    /// "the police"): one pass over the text, looking only for those few words.
    /// </summary>
    private static void MarkCommonWords(string text, List<PlaceCandidate> candidates)
    {
        var initial = candidates.Where(c => c.SentenceInitial && c.Matches.Count > 0).ToList();
        if (initial.Count == 0)
            return;
        var wanted = initial.Select(c => text.Substring(c.Start, c.Length).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < text.Length && seen.Count < wanted.Count;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (char.IsLower(text[start]) && lookup.TryGetValue(text.AsSpan(start, i - start), out var word))
                seen.Add(word);
        }
        foreach (var candidate in initial)
            candidate.CommonWord = seen.Contains(text.Substring(candidate.Start, candidate.Length).ToLowerInvariant());
    }

    private static ReadOnlySpan<char> Of(string text, WordPart part) => text.AsSpan(part.Start, part.Length);
}
