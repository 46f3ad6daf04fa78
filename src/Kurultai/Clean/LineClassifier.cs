using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Kurultai.Ingest;

namespace Kurultai.Clean;

/// <summary>
/// Decides, line by line, what is article text and what is crawl debris: navigation bars, share bars, newsletter
/// pitches, bylines, labelled metadata footers ("**Source URL:** …"), bare links, and trailing teaser lists.
/// </summary>
internal sealed partial class LineClassifier(DebrisLexicon lexicon)
{
    private const int MaxDebrisLine = 600;
    private const int MaxShortLine = 300;

    // The lexicon's phrase lists as searchers: one pass over a line finds any fragment; the word sets as frozen sets
    // (share words looked up by span).
    private readonly SearchValues<string> _fragments = SearchValues.Create(lexicon.Fragments.AsSpan(), StringComparison.OrdinalIgnoreCase);
    private readonly FrozenSet<string> _lines = lexicon.Lines.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _tailHeadings = lexicon.TailHeadings.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _shareWords =
        lexicon.ShareWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineVerdict[] Classify(string raw, List<RawLine> lines)
    {
        var verdicts = new LineVerdict[lines.Count];
        var tailHeading = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
            verdicts[i] = ClassifyLine(raw, lines[i], out tailHeading[i]);
        DropTrailingList(raw, lines, verdicts, tailHeading);
        DropTrailingTeasers(raw, lines, verdicts);
        return verdicts;
    }

    internal LineVerdict ClassifyLine(string raw, RawLine line, out bool tailHeading) => ClassifyLine(raw, line, out tailHeading, out _);

    /// <summary>One line's verdict; <paramref name="visible"/> is the trimmed line's visible text when it was needed, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal LineVerdict ClassifyLine(string raw, RawLine line, out bool tailHeading, out string? visible)
    {
        tailHeading = false;
        visible = null;
        var text = line.Of(raw).Trim();
        if (IsBlank(text))
            return LineVerdict.Blank;
        if (IsRule(text))
            return LineVerdict.Drop(null);
        if (text.Length > MaxDebrisLine)
            return StampVerdict(raw, line);
        if (text.Length > MaxShortLine)
            return text.ContainsAny(_fragments) ? Debris("debris", visible = LineText.Visible(text)) : StampVerdict(raw, line);
        visible = LineText.Visible(text, out bool plain);
        if (visible.Length == 0)
            return LineVerdict.Drop(text.Contains("![", StringComparison.Ordinal) ? "image: " + Shorten(text.ToString()) : null);
        // a plain line is its own visible text, so its key needs no second look at markup
        var key = plain ? LineText.KeyOfVisible(visible) : LineText.Key(visible);
        int words = LineText.WordCount(visible);
        if (_lines.Contains(key))
        {
            tailHeading = _tailHeadings.Contains(key);
            return Debris("debris", visible);
        }
        if (words <= 40 && StartsWithAny(key, lexicon.Prefixes))
            return Debris("debris", visible);
        if (words <= 80 && key.AsSpan().ContainsAny(_fragments))
            return Debris("debris", visible);
        if (IsShareBar(key, words))
            return Debris("share links", visible);
        if (IsNavigation(visible, words))
            return Debris("navigation", visible);
        if (LineText.IsBareLink(visible))
            return Debris("link", visible);
        if (words <= 25 && LabelOf(visible) is { } label)
            return Debris(label is "author" or "authors" or "by" ? "byline" : "metadata", visible);
        if (IsByline(visible, words))
            return Debris("byline", visible);
        return StampVerdict(raw, line);
    }

    private static LineVerdict Debris(string kind, string visible) => LineVerdict.Drop($"{kind}: {Shorten(visible)}");

    internal static string Shorten(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 67), "...");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!(char.IsWhiteSpace(c) || LineText.IsInvisible(c)))
                return false;
        }
        return true;
    }

    // "---", "***", "* * *", "___", "====="
    private static bool IsRule(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
            return false;
        char mark = text[0];
        if (mark is not ('-' or '*' or '_' or '=' or '~'))
            return false;
        int count = 0;
        foreach (char c in text)
        {
            if (c == mark) count++;
            else if (c != ' ') return false;
        }
        return count >= 3;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWithAny(string key, System.Collections.Immutable.ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)
                && (key.Length == prefix.Length || !char.IsLetterOrDigit(key[prefix.Length]) || !char.IsLetterOrDigit(prefix[^1])))
                return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsShareBar(string key, int words)
    {
        if (words is < 2 or > 15 || lexicon.ShareWords.Count == 0)
            return false;
        var rest = key.AsSpan();
        foreach (var range in rest.SplitAny(" |•·/,"))
        {
            if (range.End.Value > range.Start.Value && !_shareWords.Contains(rest[range]))
                return false;
        }
        return true;
    }
}
