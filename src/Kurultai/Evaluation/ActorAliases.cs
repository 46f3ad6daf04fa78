using System.Collections.Frozen;
using System.Text;

namespace Kurultai.Evaluation;

/// <summary>
/// Decides whether two actor names denote the same actor, e.g. "KURMANBEK BAKIYEV" = "Kurmanbek Bakiev" and,
/// with an alias table, "Bakayev" = "Kurmanbek Bakiyev".
/// </summary>
/// <remarks>
/// Names are compared by key: transliterated to ASCII, case-folded, punctuation dropped, a leading "the" and a
/// parenthesised year range such as "(2005-2010)" removed. An alias table maps every spelling of an actor to
/// its canonical name's key. Failing that, two names are equal when their consonant skeletons agree
/// (vowels, y, h and doubled letters ignored: "Bakiyev" ≈ "Bakiev"), which tolerates transliteration variants.
/// </remarks>
public sealed class ActorAliases
{
    private readonly FrozenDictionary<string, string> _canonical;

    public ActorAliases(IEnumerable<IEnumerable<string>> groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var names = group.Select(NameKey.Of).Where(k => k.Length > 0).ToList();
            if (names.Count == 0)
                continue;
            foreach (var name in names)
                map.TryAdd(name, names[0]);
        }
        _canonical = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ActorAliases None { get; } = new([]);

    /// <summary>The number of spellings the table knows.</summary>
    public int Count => _canonical.Count;

    /// <summary>
    /// Reads an alias table: one actor per line, its canonical name first, then its other spellings. With tabs, the
    /// layout of <c>data/actors/actors.tsv</c>: canonical name, then spellings separated by '|' (further columns such
    /// as role and years are ignored); without tabs, names separated by '|' or ';'. Blank lines and lines starting
    /// with '#' are skipped. A missing file gives an empty table.
    /// </summary>
    public static ActorAliases Load(string path)
    {
        if (!File.Exists(path))
            return None;
        return new ActorAliases(File.ReadLines(path)
            .Where(l => l.Trim().Length > 0 && l[0] != '#')
            .Select(Names));
    }

    private static IEnumerable<string> Names(string line)
    {
        const StringSplitOptions Options = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        if (!line.Contains('\t'))
            return line.Split(['|', ';'], Options);
        var columns = line.Split('\t');
        return [columns[0].Trim(), .. columns.Length > 1 ? columns[1].Split('|', Options) : []];
    }

    /// <summary>True when both names denote the same actor.</summary>
    public bool Same(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            return string.IsNullOrWhiteSpace(a) && string.IsNullOrWhiteSpace(b);
        var ka = Resolve(NameKey.Of(a));
        var kb = Resolve(NameKey.Of(b));
        return ka == kb || Skeleton(ka) == Skeleton(kb);
    }

    private string Resolve(string key) => _canonical.TryGetValue(key, out var canonical) ? canonical : key;

    private static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if ("aeiouyh".Contains(c))
                continue;
            if (sb.Length > 0 && sb[^1] == c)
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
