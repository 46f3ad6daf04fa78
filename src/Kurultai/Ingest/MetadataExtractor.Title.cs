using System.Runtime.CompilerServices;
using Kurultai.Clean;
using Kurultai.Model;

namespace Kurultai.Ingest;

public sealed partial class MetadataExtractor
{
    private static readonly HashSet<string> UrlLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "source url", "url", "original url", "source", "link", "permalink", "original article", "canonical", "article url",
        "originally published at", "read the original",
    };

    /// <summary>
    /// The title is the first markdown heading, or the first headline-shaped line; a short line right above a longer
    /// headline is the outlet ("Socialist Alternative" over the title).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Sourced<string>? Title, Sourced<string>? Outlet) TitleAndOutlet(List<TextLine> head)
    {
        var kept = head.Where(l => l.Kept && !IsDateLine(l.Visible)).ToList();
        for (int i = 0; i < Math.Min(kept.Count, 5); i++)
        {
            if (!kept[i].Hashed || LineText.WordCount(kept[i].Visible) == 0)
                continue;
            var outlet = i > 0 && IsOutletLine(kept[i - 1].Visible) ? Found(Repair(kept[i - 1].Visible), kept[i - 1]) : null;
            return (Found(Repair(kept[i].Visible), kept[i]), outlet);
        }
        if (kept.Count == 0 || !IsHeadline(kept[0].Visible))
            return (null, null);
        var first = kept[0];
        if (kept.Count > 1 && IsOutletLine(first.Visible) && IsHeadline(kept[1].Visible) && !IsPersonName(kept[1].Visible)
            && LineText.WordCount(kept[1].Visible) > LineText.WordCount(first.Visible))
            return (Found(Repair(kept[1].Visible), kept[1]), Found(Repair(first.Visible), first));
        return (Found(Repair(first.Visible), first), null);
    }

    // A headline: 2–30 words, begins with a capital or digit, does not end like a sentence.
    private static bool IsHeadline(string visible)
    {
        int words = LineText.WordCount(visible);
        if (words is < 2 or > 30)
            return false;
        char first = LineText.FirstLetterOrDigit(visible);
        return (char.IsUpper(first) || char.IsDigit(first)) && visible[^1] is not ('.' or ',' or ';' or ':');
    }

    private static bool IsOutletLine(string visible) =>
        LineText.WordCount(visible) is >= 1 and <= 4 && IsHeadline(visible + " x") && !IsDateLine(visible);

    /// <summary>"To contact the WSWS … visit:" → "WSWS"; "© 2021 Example News. All rights reserved." → "Example News".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sourced<string>? FooterOutlet(List<TextLine> tail)
    {
        for (int i = tail.Count - 1; i >= 0; i--)
        {
            var v = tail[i].Visible;
            string? name = null;
            if (v.StartsWith("To contact the ", StringComparison.OrdinalIgnoreCase))
            {
                var rest = v[15..];
                int stop = IndexOfAny(rest, " visit", ":", " and ", ",");
                name = stop > 0 ? rest[..stop] : null;
            }
            else if (v.StartsWith('©') || v.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || v.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
            {
                var rest = v.TrimStart('©').Trim();
                foreach (var word in (ReadOnlySpan<string>)["Copyright", "(c)", "©"])
                {
                    if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                        rest = rest[word.Length..].Trim();
                }
                rest = rest.TrimStart("0123456789-–, ".ToCharArray());
                int stop = IndexOfAny(rest, ". All rights", " All rights", "|", ".");
                name = (stop > 0 ? rest[..stop] : rest).Trim();
            }
            if (name is { Length: > 1 } && LineText.WordCount(name) <= 6)
                return Found(name.Trim(), tail[i]);
        }
        return null;
    }

    private static int IndexOfAny(string text, params ReadOnlySpan<string> markers)
    {
        int best = -1;
        foreach (var marker in markers)
        {
            int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
                best = at;
        }
        return best;
    }

    private static Sourced<string>? DomainOutlet(Sourced<string>? url)
    {
        if (url is null || !Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return new Sourced<string>(host, MetaOrigin.TextPattern, $"domain of {url.Value}");
    }

    /// <summary>"**Source URL:** &lt;https://…&gt;", "Source: https://…", "Originally published at https://…".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sourced<string>? SourceUrl(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            var v = line.Visible;
            int http = v.IndexOf("http", StringComparison.OrdinalIgnoreCase);
            if (http <= 0)
                continue;
            var label = v[..http].Trim().TrimEnd('<', '(', '[', ' ', ':').Trim().ToLowerInvariant();
            if (!UrlLabels.Contains(label))
                continue;
            var url = v[http..].Split(' ', 2)[0].Trim('<', '>', '(', ')', '[', ']', '"', '\'').TrimEnd('.', ',', ';');
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                return Found(url, line);
        }
        return null;
    }

    /// <summary>Repairs a metadata line the way the cleaner repairs text ("“”People’’s" → "“People’s").</summary>
    private static string Repair(string visible) => DocumentCleaner.CleanLine(visible);
}
