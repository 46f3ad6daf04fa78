using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Clean;
using Kurultai.Model;

namespace Kurultai.Ingest;

public sealed partial class MetadataExtractor
{
    private static readonly HashSet<string> AuthorLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "by", "byline", "written by", "reporter", "reporters", "words",
    };

    private static readonly HashSet<string> CreditLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "reported", "report compiled", "compiled", "written", "story", "text", "words", "reporting", "article",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "di", "du", "le", "la", "dos", "das", "del", "ter",
    };

    /// <summary>"By Jane Doe and John Roe", "Report compiled by A, B and C", "**Author:** [X](#)", or a name line under the title.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sourced<ImmutableArray<string>>? Authors(List<TextLine> head, Sourced<string>? title)
    {
        foreach (var line in head)
        {
            var names = BylineNames(line.Visible);
            if (names.Length > 0)
                return new Sourced<ImmutableArray<string>>(names, MetaOrigin.TextPattern, $"line {line.Number}: {Shorten(line.Visible)}");
        }
        int t = title is null ? -1 : head.FindIndex(l => title.Detail?.StartsWith($"line {l.Number}:", StringComparison.Ordinal) == true);
        if (t < 0 || t + 1 >= head.Count)
            return null;
        var candidate = head[t + 1];
        bool underTitle = candidate.Number == head[t].Number + 1;
        bool beforeDate = t + 2 < head.Count && IsDateLine(head[t + 2].Visible);
        if (IsPersonName(candidate.Visible) && (underTitle || beforeDate))
            return new Sourced<ImmutableArray<string>>([Repair(candidate.Visible)], MetaOrigin.TextPattern, $"line {candidate.Number}: name under the title");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ImmutableArray<string> BylineNames(string visible)
    {
        int words = LineText.WordCount(visible);
        if (words > 25)
            return [];
        int colon = visible.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 0 and <= 24 && AuthorLabels.Contains(visible[..colon].Trim()))
            return SplitNames(visible[(colon + 1)..]);
        if (visible.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && words <= 12 && visible.Length > 3 && char.IsUpper(visible[3]))
            return SplitNames(visible[3..]);
        int by = visible.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by > 0 && by <= 30 && CreditLeads.Contains(visible[..by].Trim()))
            return SplitNames(visible[(by + 4)..]);
        return [];
    }

    // "Rob Jones, Ainur Kurmanov and Zhenya Otto, and eyewitness from Bishkek" → the three names.
    private static ImmutableArray<string> SplitNames(string list)
    {
        var names = new List<string>();
        foreach (var part in list.Replace(" and ", ",", StringComparison.Ordinal).Replace(" & ", ",", StringComparison.Ordinal).Split([',', ';', '|']))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int n = 0;
            while (n < words.Length && (IsNameWord(words[n]) || n > 0 && NameParticles.Contains(words[n])))
                n++;
            while (n > 0 && NameParticles.Contains(words[n - 1]))
                n--;
            if (n > 0)
                names.Add(Repair(string.Join(' ', words[..n])));
        }
        return Names(names);
    }

    private static bool IsNameWord(string word)
    {
        var w = word.Trim('“', '”', '"', '(', ')');
        if (w.Length == 0 || !char.IsUpper(w[0]))
            return false;
        foreach (char c in w)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
                return false;
        }
        return true;
    }

    /// <summary>"Niall Green", "Maria de la Cruz": 2–4 capitalised words (particles allowed), no digits, not a date.</summary>
    internal static bool IsPersonName(string visible)
    {
        var words = visible.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || IsDateLine(visible))
            return false;
        int capitals = 0;
        foreach (var word in words)
        {
            if (IsNameWord(word) && word.Any(char.IsLower)) capitals++;
            else if (!NameParticles.Contains(word)) return false;
        }
        return capitals is >= 2 and <= 4 && IsNameWord(words[0]) && IsNameWord(words[^1]);
    }
}
