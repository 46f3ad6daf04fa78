using System.Runtime.CompilerServices;

namespace Kurultai.Clean;

internal sealed partial class LineClassifier
{
    /// <summary>
    /// After a heading such as "Latest articles", a tail made only of headlines, teasers and short lines is debris.
    /// A heading followed by real body paragraphs loses only itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DropTrailingList(string raw, List<RawLine> lines, LineVerdict[] verdicts, bool[] tailHeading)
    {
        int keptTotal = 0, keptBefore = 0;
        for (int h = 0; h < lines.Count; h++)
        {
            if (verdicts[h].Fate == LineFate.Keep)
                keptTotal += lines[h].Length;
        }
        for (int h = 0; h < lines.Count; h++)
        {
            if (verdicts[h].Fate == LineFate.Keep)
                keptBefore += lines[h].Length;
            // a heading near the top ("Related" in a menu) does not cut the article: it needs text before it
            if (!tailHeading[h] || keptBefore < 300 && keptBefore * 2 < keptTotal)
                continue;
            int dropped = 0;
            bool teaserTail = true;
            for (int i = h + 1; i < lines.Count && teaserTail; i++)
            {
                if (verdicts[i].Fate != LineFate.Keep)
                    continue;
                var visible = LineText.Visible(lines[i].Of(raw));
                int words = LineText.WordCount(visible);
                teaserTail = words <= 30 || LineText.EndsWithEllipsis(visible) && words <= 80;
                dropped++;
            }
            if (!teaserTail || dropped == 0)
                continue;
            for (int i = h + 1; i < lines.Count; i++)
            {
                if (verdicts[i].Fate == LineFate.Keep)
                    verdicts[i] = LineVerdict.Drop(null);
            }
            verdicts[h] = verdicts[h] with { Note = $"{verdicts[h].Note} (+{dropped} lines after it)" };
            return;
        }
    }

    /// <summary>
    /// Without a heading: two or more (headline, teaser ending in "...") pairs closing the text are a "more articles" list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DropTrailingTeasers(string raw, List<RawLine> lines, LineVerdict[] verdicts)
    {
        var kept = new List<int>();
        for (int i = lines.Count - 1; i >= 0 && kept.Count < 200; i--)
        {
            if (verdicts[i].Fate == LineFate.Keep)
                kept.Add(i);
        }
        int pairs = 0;
        while (2 * pairs + 1 < kept.Count)
        {
            var teaser = LineText.Visible(lines[kept[2 * pairs]].Of(raw));
            var headline = LineText.Visible(lines[kept[2 * pairs + 1]].Of(raw));
            if (!(LineText.EndsWithEllipsis(teaser) && LineText.WordCount(teaser) is >= 5 and <= 80 && LineText.IsTitleLike(headline)))
                break;
            pairs++;
        }
        if (pairs < 2)
            return;
        for (int k = 0; k < 2 * pairs; k++)
            verdicts[kept[k]] = LineVerdict.Drop(null);
        int first = kept[2 * pairs - 1];
        verdicts[first] = LineVerdict.Drop($"teasers: {pairs} headlines with teasers at the end");
    }
}
