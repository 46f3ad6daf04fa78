using System.Text;

namespace Kurultai.Storage;

/// <summary>
/// Turns what a user types into a safe FTS5 query: words are ANDed, "quoted phrases" kept, a trailing * kept as a
/// prefix search, and FTS5 syntax characters that would be errors are dropped.
/// </summary>
public static class FtsQuery
{
    public static string From(string input)
    {
        var terms = new List<string>();
        var parts = input.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                var phrase = Clean(parts[i], keepStar: false);
                if (phrase.Length > 0) terms.Add($"\"{phrase}\"");
                continue;
            }
            foreach (var word in parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var clean = Clean(word, keepStar: true);
                var bare = clean.TrimEnd('*');
                if (bare.Length == 0) continue;
                if (bare is "AND" or "OR" or "NOT" or "NEAR") { terms.Add($"\"{bare}\""); continue; }
                terms.Add(clean.EndsWith('*') ? $"\"{bare}\"*" : $"\"{bare}\"");
            }
        }
        return terms.Count == 0 ? "\"\"" : string.Join(' ', terms);
    }

    private static string Clean(string text, bool keepStar)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or ' ' || (keepStar && c == '*'))
                sb.Append(c == '-' ? ' ' : c);
        }
        return sb.ToString().Trim();
    }
}
