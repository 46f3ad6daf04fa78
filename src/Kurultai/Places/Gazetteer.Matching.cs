using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Places;

public sealed partial class Gazetteer
{
    /// <summary>
    /// Appends the entries whose name or alias has the normal form of <paramref name="name"/> (Exact/Alias), then
    /// those sharing its transliteration key (Transliteration). Allocates nothing when nothing matches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(ReadOnlySpan<char> name, List<GazetteerMatch> into)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        MatchNormal(normal[..NameKey.Normal(name, normal)], into);
    }

    /// <summary>As <see cref="Match"/>, for a name already in normal form (<see cref="NameKey.Normal(ReadOnlySpan{char}, Span{char})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MatchNormal(ReadOnlySpan<char> normal, List<GazetteerMatch> into)
    {
        int n = normal.Length;
        if (n == 0)
            return;
        int start = into.Count;
        int group = _byNormal.Group(normal);
        if (group >= 0)
        {
            // A group lists each entry once: no duplicates to look for.
            for (int p = _byNormal.Head(group); p >= 0; p = _byNormal.Next(p))
            {
                int posting = _byNormal.Value(p);
                AddPosting(posting, NameIndex.Ordinal(posting) == 0 ? MatchKind.Exact : MatchKind.Alias, 0, start, start, into);
            }
        }
        if (n < NameKey.MinKeyedLength)
            return;
        Span<char> key = stackalloc char[NameKey.MaxLength];
        group = _byKey.Group(key[..NameKey.KeyOfNormal(normal, key)]);
        if (group >= 0)
        {
            int exactEnd = into.Count;
            for (int p = _byKey.Head(group); p >= 0; p = _byKey.Next(p))
                AddPosting(_byKey.Value(p), MatchKind.Transliteration, 0, start, exactEnd, into);
        }
    }

    /// <summary>
    /// Appends the entries whose transliteration key is within <see cref="EditDistance.Budget"/> of the name's key,
    /// restricted to <paramref name="countries"/> when given (the cheap, safe case: a few thousand keys).
    /// </summary>
    public void MatchFuzzy(ReadOnlySpan<char> name, IReadOnlyCollection<string>? countries, List<GazetteerMatch> into)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        Span<char> key = stackalloc char[NameKey.MaxLength];
        int n = NameKey.Normal(name, normal);
        if (n < NameKey.MinKeyedLength)
            return;
        var k = key[..NameKey.KeyOfNormal(normal[..n], key)];
        int budget = EditDistance.Budget(k.Length);
        if (budget == 0)
            return;
        var table = _fuzzy.Value;
        int start = into.Count;
        if (countries is null)
        {
            for (int group = 0; group < table.Keys.Length; group++)
                TryFuzzy(k, group, budget, null, start, table, into);
            return;
        }
        foreach (var country in countries)
        {
            if (!table.ByCountry.TryGetValue(country, out var groups))
                continue;
            foreach (int group in groups)
                TryFuzzy(k, group, budget, country, start, table, into);
        }
    }

    private void TryFuzzy(ReadOnlySpan<char> key, int group, int budget, string? country, int start, FuzzyTable table, List<GazetteerMatch> into)
    {
        var candidate = table.Keys[group];
        if (Math.Abs(candidate.Length - key.Length) > budget)
            return;
        int distance = EditDistance.Bounded(key, candidate, budget);
        if (distance == 0 || distance > budget)
            return;
        for (int p = _byKey.Head(group); p >= 0; p = _byKey.Next(p))
        {
            int posting = _byKey.Value(p);
            if (country is null || _entries[NameIndex.Entry(posting)].Country == country)
                AddPosting(posting, MatchKind.Fuzzy, distance, start, into.Count, into);
        }
    }

    /// <summary>Appends a posting unless its entry is already among <paramref name="into"/>[start..end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPosting(int posting, MatchKind kind, int distance, int start, int end, List<GazetteerMatch> into)
    {
        int entry = NameIndex.Entry(posting);
        var e = _entries[entry];
        for (int i = start; i < end; i++)
        {
            if (ReferenceEquals(into[i].Entry, e))
                return;
        }
        into.Add(new GazetteerMatch(e, kind, NameAt(entry, NameIndex.Ordinal(posting)), distance));
    }

    /// <summary>Match kind first, then feature rank (country, division, capital, city, town), then population.</summary>
    internal static int CompareContextFree(GazetteerMatch a, GazetteerMatch b)
    {
        int c = a.Kind.CompareTo(b.Kind);
        if (c != 0)
            return c;
        c = a.Distance.CompareTo(b.Distance);
        if (c != 0)
            return c;
        c = FeatureRank(a.Entry.Feature).CompareTo(FeatureRank(b.Entry.Feature));
        return c != 0 ? c : b.Entry.Population.CompareTo(a.Entry.Population);
    }

    private static int FeatureRank(FeatureType feature) => feature switch
    {
        FeatureType.Country => 0,
        FeatureType.Admin1 => 1,
        FeatureType.Capital => 2,
        FeatureType.City => 3,
        FeatureType.Town => 4,
        _ => 5,
    };

    /// <summary>The keys by group number, and for each country the groups holding one of its entries.</summary>
    private sealed class FuzzyTable
    {
        public FuzzyTable(NameIndex byKey, GazetteerEntry[] entries)
        {
            Keys = new string[byKey.Count];
            var byCountry = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int group = 0; group < byKey.Count; group++)
            {
                Keys[group] = byKey.Key(group).ToString();
                for (int p = byKey.Head(group); p >= 0; p = byKey.Next(p))
                {
                    var country = entries[NameIndex.Entry(byKey.Value(p))].Country;
                    if (!byCountry.TryGetValue(country, out var list))
                        byCountry[country] = list = [];
                    if (list.Count == 0 || list[^1] != group)
                        list.Add(group);
                }
            }
            ByCountry = byCountry.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        public string[] Keys { get; }
        public Dictionary<string, int[]> ByCountry { get; }
    }
}
