using System.Collections.Frozen;

namespace Kurultai.Ingest;

/// <summary>
/// Guesses an article's language from its commonest function words ("the", "and", "of" → "en"; "и", "в", "не" →
/// "ru"). Cheap, for metadata only: returns an ISO 639-1 code, or null when no list fits well.
/// </summary>
public static class LanguageGuesser
{
    private static readonly FrozenDictionary<string, string[]> StopWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "he", "it", "were", "are", "have", "has", "said", "this", "which"],
        ["fr"] = ["le", "les", "des", "et", "est", "dans", "que", "une", "du", "pour", "sur", "pas", "qui", "au", "il", "ont", "avec", "aux"],
        ["es"] = ["el", "los", "las", "que", "y", "en", "un", "una", "por", "con", "para", "del", "se", "es", "al", "lo", "fue"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "im", "auf", "ein", "eine", "sich", "dem", "wurde"],
        ["it"] = ["il", "di", "che", "e", "per", "non", "con", "della", "sono", "gli", "nel", "alla", "anche"],
        ["pt"] = ["o", "os", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "dos", "foi", "ao"],
        ["ru"] = ["и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "из", "за", "к", "был", "от", "о", "для", "также"],
        ["uk"] = ["і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "від", "у", "був"],
    }.ToFrozenDictionary();

    public static string? Guess(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, 8000)];
        var counts = new Dictionary<string, int>();
        int words = 0;
        foreach (var range in text.SplitAny(" \n\r\t.,;:!?\"“”«»()[]—–-'’"))
        {
            var word = text[range];
            if (word.IsEmpty)
                continue;
            words++;
            var lower = word.ToString().ToLowerInvariant();
            foreach (var (language, list) in StopWords)
            {
                if (Array.IndexOf(list, lower) >= 0)
                    counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }
        if (words < 5 || counts.Count == 0)
            return null;
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value * 100 >= words * 8 ? best.Key : null;
    }
}
