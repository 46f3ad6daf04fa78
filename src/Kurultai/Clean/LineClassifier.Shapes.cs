using System.Runtime.CompilerServices;
using Kurultai.Ingest;

namespace Kurultai.Clean;

internal sealed partial class LineClassifier
{
    private static readonly string[] NavSeparators = [" | ", "|", " • ", " · ", " » ", " › ", " > ", " / "];

    private static readonly HashSet<string> MetadataLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "source url", "url", "link", "original url", "original article", "permalink", "location", "tags", "tag",
        "categories", "category", "filed under", "topics", "keywords", "related topics", "author", "authors", "by",
        "photo", "photos", "image", "images", "photo credit", "image credit", "credit", "caption", "reporter",
        "editor", "edited by", "written by", "translated by", "share", "print", "email",
    };

    // "Home | World | Asia", "News · Politics · Elections": three or more short segments.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNavigation(string visible, int words)
    {
        if (words > 30)
            return false;
        foreach (var separator in NavSeparators)
        {
            if (!visible.Contains(separator, StringComparison.Ordinal))
                continue;
            var parts = visible.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length >= 3 && parts.All(p => LineText.WordCount(p) <= 4 && !p.EndsWith('.')))
                return true;
        }
        return false;
    }

    /// <summary>The label of a "Label: value" metadata line such as "Source URL: …" or "Tags: …", else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string? LabelOf(string visible)
    {
        int colon = visible.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 24)
            return null;
        var label = visible[..colon].Trim().ToLowerInvariant();
        return MetadataLabels.Contains(label) ? label : null;
    }

    // "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Report compiled by A, B and C".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsByline(string visible, int words)
    {
        if (words > 25 || visible.EndsWith('.') && !EndsWithInitial(visible))
            return false;
        if (visible.StartsWith("By ", StringComparison.Ordinal))
            return words <= 12 && visible.Length > 3 && char.IsUpper(visible[3]);
        int by = visible.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by <= 0 || by > 30)
            return false;
        var lead = visible[..by].ToLowerInvariant();
        return lead is "report" or "reported" or "report compiled" or "compiled" or "written" or "story" or "text"
            or "words" or "reporting" or "article" or "interview" or "photos" or "edited" or "translated"
            && by + 4 < visible.Length && char.IsUpper(visible[by + 4]);
    }

    private static bool EndsWithInitial(string visible) =>
        visible.Length >= 3 && visible[^3] == ' ' && char.IsUpper(visible[^2]);

    /// <summary>
    /// "Updated: Nov 19, 2021 October 7, 2020: Police said …": the update stamp is skipped and the rest kept; a line
    /// that is only an update stamp is dropped. "Published 17 May 2010" lines stay (they anchor the report's date).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LineVerdict StampVerdict(string raw, RawLine line)
    {
        var text = line.Of(raw);
        int lead = text.Length - text.TrimStart().Length;
        var rest = text[lead..];
        int labelLength = UpdateLabelLength(rest);
        if (labelLength == 0)
            return LineVerdict.Keep;
        int p = labelLength;
        while (p < rest.Length && rest[p] is ' ' or ':' or '\u00A0' or '*') p++;
        if (rest[p..].StartsWith("on ", StringComparison.OrdinalIgnoreCase)) p += 3;
        if (!LooseDate.TryMatch(rest[p..], out _, out int dateLength))
            return LineVerdict.Keep;
        p += dateLength;
        p += TimeLength(rest[p..]);
        while (p < rest.Length && rest[p] is ' ' or '|' or '-' or '–' or '—' or ',' or '\u00A0' or '*') p++;
        var stamp = rest[..Math.Min(p, rest.Length)].TrimEnd().ToString();
        if (p >= rest.Length)
            return LineVerdict.Drop("update stamp: " + Shorten(stamp));
        return new LineVerdict(LineFate.Keep, "update stamp: " + Shorten(stamp), line.Start + lead + p);
    }

    private static int UpdateLabelLength(ReadOnlySpan<char> s)
    {
        int stars = s.Length - s.TrimStart('*').Length;
        s = s[stars..];
        // labels begin with a lower-case ASCII letter, which only itself and its capital match ignoring case
        char first = s.IsEmpty ? '\0' : (char)(s[0] | 0x20);
        foreach (var label in (ReadOnlySpan<string>)["last updated", "updated on", "updated", "last modified", "modified"])
        {
            if (first == label[0] && s.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (s.Length == label.Length || !char.IsLetter(s[label.Length])))
                return stars + label.Length;
        }
        return 0;
    }

    // " 10:45", " at 10:45 GMT", " 10.45 am"
    private static int TimeLength(ReadOnlySpan<char> s)
    {
        int p = 0;
        while (p < s.Length && s[p] is ' ' or ',') p++;
        if (s[p..].StartsWith("at ", StringComparison.OrdinalIgnoreCase)) p += 3;
        int digits = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p])) { p++; digits++; }
        if (digits is < 1 or > 2 || p + 2 >= s.Length || s[p] is not (':' or '.') || !char.IsAsciiDigit(s[p + 1]) || !char.IsAsciiDigit(s[p + 2]))
            return 0;
        p += 3;
        if (p + 2 < s.Length && s[p] == ':' && char.IsAsciiDigit(s[p + 1])) p += 3;
        int q = p;
        while (q < s.Length && s[q] == ' ') q++;
        int w = q;
        while (w < s.Length && char.IsAsciiLetter(s[w])) w++;
        var word = s[q..w];
        if (word.Length is >= 2 and <= 4 && (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase) || IsUpperWord(word)))
            p = w;
        return p;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
                return false;
        }
        return true;
    }
}
