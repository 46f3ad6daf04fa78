using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>
/// Finds the spans that may name places: the names layer's Place and Unknown mentions, and capitalised runs the
/// resolver scans itself (so it works without a names layer). Within a run it takes the longest sub-run the
/// gazetteer knows ("Bosnia and Herzegovina", else "Kochkor" and "Bishkek" in "Kochkor-Bishkek"), notes the cues
/// around it, and counts demonyms ("Kyrgyz") and country names for the document's country context.
/// </summary>
internal sealed class PlaceCandidateFinder(Gazetteer gazetteer, PlaceCues cues)
{
    private const int MaxParts = 5;

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
                FindInRun(text, parts, 0, parts.Count, source, candidates, demonymVotes);
        }
        var all = NameRuns.Parts(text);
        foreach (var (first, count) in NameRuns.Runs(text, all, cues))
        {
            var span = new Span(all[first].Start, all[first + count - 1].End - all[first].Start);
            if (covered.Exists(c => c.Overlaps(span)))
                continue;
            FindInRun(text, all, first, count, CandidateSource.Scan, candidates, demonymVotes);
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    private void FindInRun(string text, List<WordPart> parts, int first, int count, CandidateSource source,
        List<PlaceCandidate> into, Dictionary<string, double> demonymVotes)
    {
        int end = first + count;
        var found = new List<(int From, int To, PlaceCandidate Candidate)>();
        var demonyms = new List<int>();
        for (int i = first; i < end;)
        {
            int matched = 0;
            for (int j = Math.Min(end, i + MaxParts); j > i && matched == 0; j--)
            {
                var surface = text.AsSpan(parts[i].Start, parts[j - 1].End - parts[i].Start);
                if (j == i + 1)
                {
                    if (cues.IsCueWord(surface) || cues.IsConnector(surface))
                        continue;
                    if (DemonymCountry(surface) is { } iso2)
                    {
                        demonymVotes[iso2] = demonymVotes.GetValueOrDefault(iso2) + 1;
                        demonyms.Add(i);
                        matched = 1;
                        continue;
                    }
                }
                if (source != CandidateSource.NamedPlace && AllCueWords(text, parts, i, j))
                    continue;
                var candidate = new PlaceCandidate(parts[i].Start, parts[j - 1].End - parts[i].Start, source);
                gazetteer.Match(surface, candidate.Matches);
                if (candidate.Matches.Count == 0 && j == i + 1)
                    TryAdjectiveStem(surface, candidate);
                bool keepUnmatched = j == i + 1 && (source == CandidateSource.NamedPlace || (count == 1 && surface.Length >= 5));
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
            Annotate(text, parts, first, end, from, to, candidate, source, found, demonyms, into);
            into.Add(candidate);
        }
    }

    /// <summary>"The City", "White House": every word a cue or stop word, so no place however the gazetteer spells it.</summary>
    private bool AllCueWords(string text, List<WordPart> parts, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var word = Of(text, parts[k]);
            if (!cues.IsCueWord(word) && !cues.IsConnector(word))
                return false;
        }
        return true;
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

    private void Annotate(string text, List<WordPart> parts, int first, int end, int from, int to, PlaceCandidate candidate,
        CandidateSource source, List<(int From, int To, PlaceCandidate Candidate)> found, List<int> demonyms, List<PlaceCandidate> earlier)
    {
        var next = NextWord(text, parts[to - 1].End);
        candidate.DivisionCue = cues.IsDivisionAfter(next);
        candidate.SettlementCue = cues.IsSettlementAfter(next);
        var (previous, twoBefore) = PreviousWords(text, parts[from].Start);
        if (cues.IsDivisionBefore($"{twoBefore} {previous}") || cues.IsDivisionBefore(previous))
            candidate.DivisionCue = true;
        if (cues.IsSettlementBefore($"{twoBefore} {previous}") || cues.IsSettlementBefore(previous))
            candidate.SettlementCue = true;
        candidate.Locative = cues.IsLocative(previous) || ListFollows(text, parts[from].Start, found, earlier);
        candidate.AfterTitle = cues.IsPersonTitle(previous) && (from == first || parts[from].Joined == ' ');
        if (source == CandidateSource.NamedPlace)
            return;
        // A neighbour in the same run that is an unknown capitalised word, or a settlement name joined by a space
        // ("Paris Hilton" where Hilton is also a town), makes the run a person's name rather than a place.
        bool Unknown(int k) => k >= first && k < end && parts[k].Capitalised && !demonyms.Contains(k)
            && !cues.IsCueWord(Of(text, parts[k])) && !cues.IsConnector(Of(text, parts[k]))
            && (found.Find(f => k >= f.From && k < f.To) is not { Candidate: { } other }
                || !other.Matches.Exists(m => m.Entry.Feature is FeatureType.Country or FeatureType.Admin1));
        candidate.PersonLike = (parts[from].Joined == ' ' && Unknown(from - 1)) || (to < end && parts[to].Joined == ' ' && Unknown(to));
        candidate.SentenceInitial = to - from == 1 && parts[from].SentenceInitial;
        if (candidate.SentenceInitial)
            candidate.CommonWord = OccursInLowerCase(text, Of(text, parts[from]));
    }

    /// <summary>True when the candidate follows ", " or " and " after another candidate of the same text.</summary>
    private static bool ListFollows(string text, int start, List<(int From, int To, PlaceCandidate Candidate)> found, List<PlaceCandidate> earlier)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i >= 2 && text.AsSpan(i - 2, 3).SequenceEqual("and"))
            i -= 3;
        else if (i >= 0 && text[i] == ',')
            i--;
        else
            return false;
        while (i >= 0 && text[i] == ' ')
            i--;
        int end = i + 1;
        return found.Exists(f => f.Candidate.Start + f.Candidate.Length == end && f.Candidate.Matches.Count > 0)
            || earlier.Exists(c => c.Start + c.Length == end && c.Matches.Count > 0);
    }

    private static ReadOnlySpan<char> Of(string text, WordPart part) => text.AsSpan(part.Start, part.Length);

    /// <summary>The next word after <paramref name="end"/> (skipping spaces only), or empty.</summary>
    private static string NextWord(string text, int end)
    {
        int i = end;
        while (i < text.Length && (NameRuns.IsApostrophe(text[i]) || text[i] == 's') && i - end < 3)
            i++;
        if (i == end || i >= text.Length || !char.IsWhiteSpace(text[i]))
            i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
            i++;
        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return text[start..i];
    }

    /// <summary>The one and two words before <paramref name="start"/> within the same clause.</summary>
    private static (string Previous, string TwoBefore) PreviousWords(string text, int start)
    {
        var words = new string[2];
        int i = start - 1;
        for (int w = 0; w < 2; w++)
        {
            while (i >= 0 && text[i] is ' ' or '\u00A0')
                i--;
            int end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '.'))
                i--;
            words[w] = text[(i + 1)..end];
            if (end == i + 1 || (i >= 0 && text[i] is not ' ' and not '\u00A0'))
                break;
        }
        return (words[0] ?? "", words[1] ?? "");
    }

    private static bool OccursInLowerCase(string text, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length)
            return false;
        word.ToLowerInvariant(lower);
        var remaining = text.AsSpan();
        int offset = 0;
        while (true)
        {
            int at = remaining.IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
                return false;
            int abs = offset + at;
            bool startOk = abs == 0 || !char.IsLetter(text[abs - 1]);
            bool endOk = abs + lower.Length >= text.Length || !char.IsLetter(text[abs + lower.Length]);
            if (startOk && endOk)
                return true;
            offset = abs + 1;
            remaining = text.AsSpan(offset);
        }
    }
}
