using Kurultai.Model;

namespace Kurultai.Dates;

/// <summary>
/// The date each live-blog section stands for: the (corrected) date of the timestamp that opens it, so that
/// "Snipers opened fire." under "7 April 17.03" is known to be about 7 April.
/// </summary>
public static class SectionDates
{
    /// <summary>Section index → the effective date of its timestamp, for sections opened by a dated timestamp.</summary>
    public static IReadOnlyDictionary<int, DateOnly> Of(Document document)
    {
        var result = new Dictionary<int, DateOnly>();
        foreach (var mention in document.Dates)
        {
            if (!mention.IsTimestamp) continue;
            if (SentenceAt(document, mention.Start) is { } sentence) result[sentence.Section] = mention.Effective;
        }
        return result;
    }

    /// <summary>The date <paramref name="sentence"/> inherits from its live-blog section, or null.</summary>
    public static DateOnly? ForSentence(Document document, Sentence sentence) =>
        Of(document).TryGetValue(sentence.Section, out var date) ? date : null;

    /// <summary>
    /// The date in force at a sentence: its own first day-precision date; else the timestamp date of its live-blog
    /// section; else the latest day-precision date earlier in the same section (times of day excluded), e.g. the
    /// "6 April" of "On 6 April, X was arrested." for the next paragraph's "Thousands gathered." Null when none
    /// (callers then fall back to <see cref="Document.Anchor"/>). Update dates ("Updated: …") never count.
    /// </summary>
    public static DateMention? InForce(Document document, Sentence sentence)
    {
        DateMention? before = null;
        foreach (var m in document.Dates)
        {
            if (m.Start >= sentence.End) break;
            if (m.Precision is not (DatePrecision.Day or DatePrecision.Span) || m.Rule is "time-of-day" or "update-date") continue;
            if (m.Start >= sentence.Start) return m;
            if (SentenceAt(document, m.Start) is { } at && at.Section == sentence.Section) before = m;
        }
        return before;
    }

    internal static Sentence? SentenceAt(Document document, int offset)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        Sentence? found = null;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset) { found = sentences[mid]; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }
}
