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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal LineVerdict ClassifyLine(string raw, RawLine line, out bool tailHeading)
    {
        tailHeading = false;
        var text = line.Of(raw).Trim();
        if (IsBlank(text))
            return LineVerdict.Blank;
        if (IsRule(text))
            return LineVerdict.Drop(null);
        if (text.Length > MaxDebrisLine)
            return StampVerdict(raw, line);
        if (text.Length > MaxShortLine)
            return ContainsAny(text, lexicon.Fragments) ? Debris("debris", LineText.Visible(text)) : StampVerdict(raw, line);
        var visible = LineText.Visible(text);
        if (visible.Length == 0)
            return LineVerdict.Drop(text.Contains("![", StringComparison.Ordinal) ? "image: " + Shorten(text.ToString()) : null);
        var key = LineText.Key(visible);
        int words = LineText.WordCount(visible);
        if (lexicon.Lines.Contains(key))
        {
            tailHeading = lexicon.TailHeadings.Contains(key);
            return Debris("debris", visible);
        }
        if (words <= 40 && StartsWithAny(key, lexicon.Prefixes))
            return Debris("debris", visible);
        if (words <= 80 && ContainsAny(key, lexicon.Fragments))
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

    private static bool ContainsAny(ReadOnlySpan<char> text, System.Collections.Immutable.ImmutableArray<string> fragments)
    {
        foreach (var fragment in fragments)
        {
            if (text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private bool IsShareBar(string key, int words)
    {
        if (words is < 2 or > 15 || lexicon.ShareWords.Count == 0)
            return false;
        foreach (var word in key.Split([' ', '|', '•', '·', '/', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!lexicon.ShareWords.Contains(word))
                return false;
        }
        return true;
    }
}
