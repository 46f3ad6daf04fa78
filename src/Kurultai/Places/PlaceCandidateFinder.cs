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
internal sealed partial class PlaceCandidateFinder(Gazetteer gazetteer, PlaceCues cues)
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
}
