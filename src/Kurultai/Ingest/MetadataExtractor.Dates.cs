using System.Runtime.CompilerServices;
using Kurultai.Clean;
using Kurultai.Model;

namespace Kurultai.Ingest;

public sealed partial class MetadataExtractor
{
    private static readonly string[] PublishLabels = ["first published", "published on", "published", "posted on", "posted", "dated", "date"];
    private static readonly string[] UpdateLabels = ["last updated on", "last updated", "updated on", "updated", "last modified", "modified"];

    /// <summary>
    /// The date the article was written: the first date line near the top ("17 May 2010", "Published on 5 Oct 2020",
    /// "BISHKEK, May 13, 2010 —"). In "Updated: Nov 19, 2021 October 7, 2020: …" the date after the update stamp is
    /// the one taken; an update stamp alone is used only when nothing better is found. Detail holds the raw text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sourced<DateOnly>? Published(List<TextLine> head)
    {
        Sourced<DateOnly>? updateOnly = null;
        bool bodySeen = false;
        foreach (var line in head)
        {
            if (bodySeen)
                break;
            bodySeen = LineText.WordCount(line.Visible) > 40;
            if (TryLineDate(line.Visible, out var date, out int end, out bool isUpdate))
            {
                var found = new Sourced<DateOnly>(date, MetaOrigin.TextPattern, line.Visible[..end].Trim());
                if (!isUpdate)
                    return found;
                updateOnly ??= found;
            }
        }
        return updateOnly;
    }

    internal static bool IsDateLine(string visible) =>
        TryLineDate(visible, out _, out _, out _) && LineText.WordCount(visible) <= 12;

    /// <summary>A date at the start of a line (after a "Published"/"Updated" label or a dateline place).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryLineDate(string visible, out DateOnly date, out int end, out bool isUpdate)
    {
        date = default;
        end = 0;
        isUpdate = false;
        var s = visible.AsSpan();
        int p = SkipLabel(s, PublishLabels);
        if (p == 0)
        {
            p = SkipLabel(s, UpdateLabels);
            isUpdate = p > 0;
        }
        if (!LooseDate.TryMatch(s[p..], out date, out int length))
            return !isUpdate && p == 0 && TryDateline(visible, out date, out end);
        end = p + length;
        var rest = s[end..];
        if (isUpdate)
        {
            int q = SkipSeparators(rest);
            if (LooseDate.TryMatch(rest[q..], out var written, out int writtenLength))
            {
                date = written;
                end += q + writtenLength;
                isUpdate = false;
            }
            return true;
        }
        var after = rest.TrimStart();
        return after.IsEmpty || after[0] is ':' or '—' or '–' or '-' or '|' or '(' or ',' || LineText.WordCount(after) <= 8;
    }

    // "BISHKEK, May 13, 2010 (Reuters) —", "OSH, Kyrgyzstan, 13 May 2010 –"
    private static bool TryDateline(string visible, out DateOnly date, out int end)
    {
        date = default;
        end = 0;
        int comma = visible.IndexOf(',', StringComparison.Ordinal);
        if (comma < 3 || comma > 40)
            return false;
        var place = visible[..comma];
        if (place.Any(char.IsLower) || !place.Any(char.IsLetter) || LineText.WordCount(place) > 4)
            return false;
        for (int tries = 0, at = comma; tries < 2 && at > 0; tries++, at = visible.IndexOf(',', at + 1))
        {
            int start = at + 1;
            while (start < visible.Length && visible[start] == ' ') start++;
            if (LooseDate.TryMatch(visible.AsSpan(start), out date, out int length))
            {
                end = start + length;
                return true;
            }
        }
        return false;
    }

    private static int SkipLabel(ReadOnlySpan<char> s, string[] labels)
    {
        // labels begin with a lower-case ASCII letter, which only itself and its capital match ignoring case
        char first = s.IsEmpty ? '\0' : (char)(s[0] | 0x20);
        foreach (var label in labels)
        {
            if (first == label[0] && s.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (s.Length == label.Length || !char.IsLetter(s[label.Length])))
            {
                int p = label.Length;
                p += SkipSeparators(s[p..]);
                if (s[p..].StartsWith("on ", StringComparison.OrdinalIgnoreCase)) p += 3;
                return p;
            }
        }
        return 0;
    }

    private static int SkipSeparators(ReadOnlySpan<char> s)
    {
        int p = 0;
        while (p < s.Length && s[p] is ' ' or ':' or '|' or '-' or '–' or '—' or ',' or '\u00A0') p++;
        return p;
    }
}
