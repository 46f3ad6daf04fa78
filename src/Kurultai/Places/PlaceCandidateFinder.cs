using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Finds the spans that may name places: the names layer's Place and Unknown mentions, and capitalised runs the
/// resolver scans itself (so it works without a names layer). Within a run it takes the longest sub-run the
/// gazetteer knows ("Bosnia and Herzegovina", else "Kochkor" and "Bishkek" in "Kochkor-Bishkek"), lets
/// <see cref="PlaceCueReader"/> note the cues around it, and counts demonyms ("Kyrgyz") for the country context.
/// </summary>
/// <remarks>
/// A facility, street or outlet name ("Moi Avenue", "Uhuru Park", "Plaza San Martín", "Rift Valley Courier",
/// "Ala-Too square") is not split: its first word is no town. Only the whole name may be a place, flagged
/// <see cref="PlaceCandidate.Facility"/>. A macro-region ("Central Asia") is no candidate at all.
/// </remarks>
internal sealed class PlaceCandidateFinder(Gazetteer gazetteer, PlaceCues cues)
{
    private const int MaxParts = 5;
    private readonly PlaceCueReader _cueReader = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<PlaceCandidate> Find(Document document, Dictionary<string, double> demonymVotes)
    {
        var text = document.Text;
        var words = new WordTable(text, gazetteer, cues);
        var all = words.Parts;
        var candidates = new List<PlaceCandidate>();
        var covered = new List<Span>(document.Names.Length);
        foreach (var name in document.Names)
        {
            if (name.Start < 0 || name.Length <= 0 || name.Start + name.Length > text.Length)
                continue;
            covered.Add(name.Span);
            if (name.Kind is NameKind.Person or NameKind.Organisation)
                continue;
            var source = name.Kind == NameKind.Place ? CandidateSource.NamedPlace : CandidateSource.NamedUnknown;
            // The document's parts when the name starts and ends on part boundaries (nearly always), else its own.
            int end = name.Start + name.Length, first = words.PartAt(name.Start), last = first;
            while (last < all.Count && all[last].End <= end)
                last++;
            if (last > first && all[first].Start == name.Start && all[last - 1].End == end)
                FindInRun(words, all, (first, last), source, candidates, demonymVotes);
            else if (NameRuns.Parts(text, name.Start, end) is { Count: > 0 } own)
                FindInRun(words, own, (0, own.Count), source, candidates, demonymVotes);
        }
        SortByStart(covered);
        int next = 0;
        foreach (var (first, count) in NameRuns.Runs(words))
        {
            var span = new Span(all[first].Start, all[first + count - 1].End - all[first].Start);
            while (next < covered.Count && covered[next].End <= span.Start)
                next++;
            if (!Overlaps(covered, next, span))
                FindInRun(words, all, (first, first + count), CandidateSource.Scan, candidates, demonymVotes);
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkCommonWords(words, candidates);
        return candidates;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindInRun(WordTable words, List<WordPart> parts, (int First, int End) run, CandidateSource source,
        List<PlaceCandidate> into, Dictionary<string, double> demonymVotes)
    {
        var text = words.Text;
        var (first, end) = run;
        var kinds = new CueKind[end - first];
        for (int k = first; k < end; k++)
            kinds[k - first] = words.KindsOf(parts, k);
        bool Cue(int k) => (kinds[k - first] & (CueKind.AnyCue | CueKind.Connector)) != 0;
        bool Connector(int k) => (kinds[k - first] & CueKind.Connector) != 0;

        bool facility = IsFacilityName(text, parts, first, end, kinds);
        var found = new List<PlaceCandidate>();
        List<int>? demonyms = null;
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        for (int i = first; i < end;)
        {
            int matched = 0;
            for (int j = Math.Min(end, i + MaxParts); j > i && matched == 0; j--)
            {
                bool single = j == i + 1;
                if (!single && PossessiveWithin(parts, i, j - 1))
                    continue;
                // A facility's name is one place or none: "Seaside Park" may be a town, "Moi" in "Moi Avenue" is not.
                if (facility && !single && (i != first || j != end))
                    continue;
                var surface = text.AsSpan(parts[i].Start, parts[j - 1].End - parts[i].Start);
                if (single && !Cue(i) && DemonymCountry(surface) is { } iso2)
                {
                    demonymVotes[iso2] = demonymVotes.GetValueOrDefault(iso2) + 1;
                    (demonyms ??= []).Add(i);
                    matched = 1;
                    continue;
                }
                if (facility && (i != first || j != end))
                    continue;
                if (((single ? kinds[i - first] : cues.Kinds(surface)) & CueKind.MacroRegion) != 0)
                {
                    matched = j - i;
                    continue;
                }
                // "The City", "White House": all cue or stop words, no place however the gazetteer spells it (unless
                // the names layer says the whole name is one).
                if (AllCue(i, j) && (source != CandidateSource.NamedPlace || j - i < end - first))
                    continue;
                // A name neither starts nor ends with a connector: "Lyon and", "and Toulouse" are no sub-runs. A run may
                // start with a capitalised one: "La Paz", "El Alto", "Al Hasakah".
                if (!single && ((Connector(i) && !(i == first && parts[i].Capitalised)) || Connector(j - 1)))
                    continue;
                var matches = words.Match(normal[..NameKey.Normal(surface, normal)], out var key);
                string? stem = null;
                if (matches.Length == 0 && single)
                    matches = AdjectiveStem(words, surface, out stem);
                bool keepUnmatched = (single || facility) && (source != CandidateSource.Scan || (end - first == 1 && surface.Length >= 5));
                if (matches.Length > 0 || keepUnmatched)
                {
                    found.Add(new PlaceCandidate(parts[i].Start, surface.Length, source, key, matches) { Stem = stem, Facility = facility, FromPart = i, ToPart = j });
                    matched = j - i;
                }
            }
            i += Math.Max(1, matched);
        }
        foreach (var candidate in found)
        {
            _cueReader.Annotate(words, parts, run, (candidate.FromPart, candidate.ToPart), candidate, Neighbour, PlaceEndsAt);
            into.Add(candidate);
        }

        bool AllCue(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (!Cue(k))
                    return false;
            }
            return true;
        }

        bool PlaceEndsAt(int offset) => found.Exists(f => f.End == offset && f.Matches.Count > 0)
            || (into.Count > 0 && into.FindLastIndex(into.Count - 1, Math.Min(8, into.Count), c => c.End == offset && c.Matches.Count > 0) >= 0);

        // A capitalised neighbour in the same run that is no cue, no demonym and no country or division name.
        bool Neighbour(int k) => !Cue(k) && demonyms?.Contains(k) != true
            && (found.Find(f => k >= f.FromPart && k < f.ToPart) is not { } other
                || !other.Matches.Exists(m => m.Entry.Feature is FeatureType.Country or FeatureType.Admin1));
    }

    /// <summary>
    /// "Moi Avenue", "Rift Valley Courier" (a capitalised head last), "Plaza San Martín" (a head first), "Ala-Too
    /// square" (a street noun after it, in any case, unless the name is a possessive: "Bishkek's square").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsFacilityName(string text, List<WordPart> parts, int first, int end, CueKind[] kinds)
    {
        if (end - first >= 2 && ((parts[end - 1].Capitalised && (kinds[^1] & CueKind.NameHeadAfter) != 0)
            || (parts[first].Capitalised && (kinds[0] & CueKind.NameHeadBefore) != 0)))
            return true;
        int after = parts[end - 1].End;
        if (after + 1 >= text.Length || text[after] is not (' ' or '\u00A0') || !char.IsLetter(text[after + 1]))
            return false;
        int stop = after + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
            stop++;
        var word = text.AsSpan(after + 1, stop - after - 1);
        var next = cues.Kinds(word);
        return (next & CueKind.StreetAfter) != 0 || (char.IsUpper(word[0]) && (next & CueKind.NameHeadAfter) != 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PossessiveWithin(List<WordPart> parts, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (parts[k].Possessive)
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Sorts spans by start: the names layer's come sorted already, so an insertion sort is linear.</summary>
    private static void SortByStart(List<Span> spans)
    {
        for (int i = 1; i < spans.Count; i++)
        {
            var item = spans[i];
            int j = i - 1;
            while (j >= 0 && spans[j].Start > item.Start)
            {
                spans[j + 1] = spans[j];
                j--;
            }
            spans[j + 1] = item;
        }
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? DemonymCountry(ReadOnlySpan<char> word)
    {
        if (gazetteer.CountryOfDemonym(word) is { } iso2)
            return iso2;
        return word.Length > 3 && word[^1] == 's' ? gazetteer.CountryOfDemonym(word[..^1]) : null;
    }

    /// <summary>The matches of a Slavic adjective's stem ("Issykulskii" → "Issykul"), or none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GazetteerMatch[] AdjectiveStem(WordTable words, ReadOnlySpan<char> word, out string? stem)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        foreach (var suffix in cues.AdjectiveSuffixes)
        {
            if (word.Length - suffix.Length >= NameKey.MinKeyedLength && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var matches = words.Match(normal[..NameKey.Normal(word[..^suffix.Length], normal)], out _);
                if (matches.Length > 0)
                {
                    stem = word[..^suffix.Length].ToString();
                    return matches;
                }
            }
        }
        stem = null;
        return [];
    }

    /// <summary>
    /// Marks sentence-initial one-word candidates that the text also uses in lower case ("Police said…" beside
    /// "the police"): one pass over the document's lower-case words, looking only for those few words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkCommonWords(WordTable words, List<PlaceCandidate> candidates)
    {
        HashSet<string>? wanted = null;
        foreach (var c in candidates)
        {
            if (c.SentenceInitial && c.Matches.Count > 0)
                (wanted ??= new HashSet<string>(StringComparer.Ordinal)).Add(words.Text.Substring(c.Start, c.Length).ToLowerInvariant());
        }
        if (wanted is null)
            return;
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in words.Parts)
        {
            if (!part.Capitalised && char.IsLower(words.Text[part.Start]) && lookup.TryGetValue(words.Text.AsSpan(part.Start, part.Length), out var word))
                seen.Add(word);
        }
        foreach (var candidate in candidates)
        {
            if (candidate.SentenceInitial && candidate.Matches.Count > 0)
                candidate.CommonWord = seen.Contains(words.Text.Substring(candidate.Start, candidate.Length).ToLowerInvariant());
        }
    }
}
