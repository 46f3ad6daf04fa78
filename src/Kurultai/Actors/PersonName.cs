using Kurultai.Places;

namespace Kurultai.Actors;

/// <summary>
/// A person's name split for matching: "President Kurmanbek Bakiyev’s" → given "Kurmanbek", surname "Bakiyev";
/// "A. Atambaev" → given "A" (an initial), surname "Atambaev"; "Bakayev" → surname only.
/// </summary>
public sealed record PersonName(string? Given, string Surname)
{
    /// <summary>True when the given name is only an initial ("A. Atambaev").</summary>
    public bool GivenIsInitial => Given is { Length: 1 };

    /// <summary>The name without titles: "Kurmanbek Bakiyev".</summary>
    public string Display => Given is null ? Surname : GivenIsInitial ? $"{Given}. {Surname}" : $"{Given} {Surname}";

    /// <summary>The transliteration key of the surname: "Bakiyev", "Bakiev" → "bakev".</summary>
    public string SurnameKey => NameKey.Key(Surname);

    /// <summary>
    /// Parses a person mention; titles and lower-case words before the name and a possessive after it are
    /// dropped. Null when nothing name-like is left ("the president").
    /// </summary>
    public static PersonName? Parse(string text, ActorLexicon lexicon)
    {
        var tokens = text.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Trim).Where(t => t.Length > 0).ToList();
        if (tokens.Count > 0)
            tokens[^1] = StripPossessive(tokens[^1]);
        int first = 0;
        while (first < tokens.Count - 1 && (lexicon.IsTitle(tokens[first]) || !char.IsUpper(tokens[first][0])))
            first++;
        tokens = tokens.Skip(first).Where(t => t.Length > 0 && char.IsUpper(t[0])).ToList();
        if (tokens.Count == 0 || (tokens.Count == 1 && lexicon.IsTitle(tokens[0])))
            return null;
        var surname = tokens[^1];
        if (surname.Length < 2 || NameKey.Normal(surname).Length < 2)
            return null;
        return new PersonName(tokens.Count > 1 ? tokens[0].TrimEnd('.') : null, surname);
    }

    private static string Trim(string token) =>
        token.Trim('"', '“', '”', '‘', '\'', '(', ')', '[', ']', ',', ';', ':', '!', '?', '«', '»', '*');

    private static string StripPossessive(string token)
    {
        int end = token.Length;
        if (end > 2 && token[end - 1] is 's' or 'S' && Places.NameRuns.IsApostrophe(token[end - 2]))
        {
            end -= 2;
            while (end > 0 && Places.NameRuns.IsApostrophe(token[end - 1]))
                end--;
        }
        else
        {
            while (end > 0 && Places.NameRuns.IsApostrophe(token[end - 1]))
                end--;
        }
        return token[..end];
    }
}
