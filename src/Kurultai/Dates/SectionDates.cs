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
