using System.Collections.Immutable;

namespace Kurultai.Clean;

/// <summary>
/// The phrases that mark crawl debris, e.g. "Latest articles", "Subscribe to our newsletter", "Share this".
/// </summary>
/// <remarks>
/// Text format, one rule a line, <c>#</c> starts a comment; phrases are matched case-insensitively against a line's
/// visible text (markdown decoration, link targets and trailing punctuation removed):
/// <code>
/// line: latest articles          the whole line is this phrase
/// prefix: subscribe to           the line starts with it (short lines only)
/// contains: uses cookies         the line contains it (short lines only)
/// tail: related stories          a heading after which a trailing list of teasers is dropped too
/// share: facebook                a line made only of such words is a share bar
/// </code>
/// </remarks>
public sealed partial class DebrisLexicon
{
    private DebrisLexicon(
        ImmutableHashSet<string> lines, ImmutableArray<string> prefixes, ImmutableArray<string> fragments,
        ImmutableHashSet<string> tailHeadings, ImmutableHashSet<string> shareWords)
    {
        Lines = lines;
        Prefixes = prefixes;
        Fragments = fragments;
        TailHeadings = tailHeadings;
        ShareWords = shareWords;
    }

    /// <summary>The built-in lexicon (see <c>DebrisLexicon.Default.cs</c>).</summary>
    public static DebrisLexicon Default { get; } = Parse(DefaultText);

    public ImmutableHashSet<string> Lines { get; }
    public ImmutableArray<string> Prefixes { get; }
    public ImmutableArray<string> Fragments { get; }
    public ImmutableHashSet<string> TailHeadings { get; }
    public ImmutableHashSet<string> ShareWords { get; }

    /// <summary>Reads a lexicon file in the format above.</summary>
    public static DebrisLexicon Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses lexicon text; unknown rule kinds and blank lines are ignored.</summary>
    public static DebrisLexicon Parse(string text)
    {
        var lines = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var prefixes = ImmutableArray.CreateBuilder<string>();
        var fragments = ImmutableArray.CreateBuilder<string>();
        var tails = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var share = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var kind = line[..colon].Trim().ToLowerInvariant();
            var phrase = LineText.Key(line.AsSpan(colon + 1));
            if (phrase.Length == 0)
                continue;
            switch (kind)
            {
                case "line": lines.Add(phrase); break;
                case "prefix": prefixes.Add(phrase); break;
                case "contains": fragments.Add(phrase); break;
                case "tail": tails.Add(phrase); lines.Add(phrase); break;
                case "share": share.Add(phrase); break;
            }
        }
        return new DebrisLexicon(lines.ToImmutable(), prefixes.ToImmutable(), fragments.ToImmutable(), tails.ToImmutable(), share.ToImmutable());
    }
}
