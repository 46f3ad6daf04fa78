using System.Runtime.CompilerServices;
using Kurultai.Places;

namespace Kurultai.Actors;

/// <summary>
/// A person's name split for matching: "President Kurmanbek Bakiyev’s" → given "Kurmanbek", surname "Bakiyev";
/// "A. Atambaev" → given "A" (an initial), surname "Atambaev"; "Bakayev" → surname only.
/// </summary>
public sealed record PersonName
{
    private readonly string _surname = "";

    public PersonName(string? Given, string Surname)
    {
        this.Given = Given;
        this.Surname = Surname;
    }

    public string? Given
    {
        get => _given;
        init
        {
            _given = value;
            GivenNormal = value is null ? "" : NameKey.Normal(value);
            GivenKey = value is null ? "" : NameKey.Key(value);
        }
    }

    private readonly string? _given;

    /// <summary>The normal form of the given name ("" when none), computed once.</summary>
    internal string GivenNormal { get; private init; } = "";

    /// <summary>The transliteration key of the given name ("" when none), computed once.</summary>
    internal string GivenKey { get; private init; } = "";

    public string Surname
    {
        get => _surname;
        init
        {
            _surname = value;
            SurnameKey = NameKey.Key(value);
        }
    }

    /// <summary>The transliteration key of the surname, computed once: "Bakiyev", "Bakiev" → "bakev".</summary>
    public string SurnameKey { get; private init; } = "";

    /// <summary>True when the given name is only an initial ("A. Atambaev").</summary>
    public bool GivenIsInitial => Given is { Length: 1 };

    /// <summary>The name without titles: "Kurmanbek Bakiyev".</summary>
    public string Display => Given is null ? Surname : GivenIsInitial ? $"{Given}. {Surname}" : $"{Given} {Surname}";

    public void Deconstruct(out string? given, out string surname) => (given, surname) = (Given, Surname);

    /// <summary>
    /// Parses a person mention; titles and lower-case words before the name and a possessive after it are
    /// dropped. Null when nothing name-like is left ("the president").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PersonName? Parse(string text, ActorLexicon lexicon) => Parse(text.AsSpan(), lexicon);

    /// <inheritdoc cref="Parse(string, ActorLexicon)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PersonName? Parse(ReadOnlySpan<char> text, ActorLexicon lexicon)
    {
        // The words, trimmed of quotes and punctuation: at most a few dozen in a name mention.
        Span<Range> words = stackalloc Range[32];
        int count = 0;
        foreach (var range in text.SplitAny(" \u00A0\n\t"))
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            var word = text.Slice(offset, length);
            int lead = word.Length - word.TrimStart(TrimChars).Length;
            word = word.Trim(TrimChars);
            if (word.Length > 0 && count < words.Length)
                words[count++] = new Range(offset + lead, offset + lead + word.Length);
        }
        if (count == 0)
            return null;
        var last = StripPossessive(text[words[count - 1]]);
        int first = 0;
        while (first < count - 1 && (lexicon.IsTitle(text[words[first]]) || !char.IsUpper(text[words[first]][0])))
            first++;
        // The capitalised words left: the first is the given name (when there are two or more), the last the surname.
        int firstName = -1, lastName = -1, names = 0;
        for (int k = first; k < count; k++)
        {
            var word = k == count - 1 ? last : text[words[k]];
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                if (names++ == 0)
                    firstName = k;
                lastName = k;
            }
        }
        if (names == 0)
            return null;
        var surname = lastName == count - 1 ? last : text[words[lastName]];
        if (names == 1 && lexicon.IsTitle(surname))
            return null;
        if (surname.Length < 2 || Letters(surname) < 2)
            return null;
        string? given = names > 1 ? text[words[firstName]].TrimEnd('.').ToString() : null;
        return new PersonName(given, surname.ToString());
    }

    private static ReadOnlySpan<char> TrimChars => "\"“”‘'()[],;:!?«»*";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Letters(ReadOnlySpan<char> word)
    {
        Span<char> normal = stackalloc char[NameKey.MaxLength];
        return NameKey.Normal(word, normal);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> token)
    {
        int end = token.Length;
        if (end > 2 && token[end - 1] is 's' or 'S' && NameRuns.IsApostrophe(token[end - 2]))
        {
            end -= 2;
            while (end > 0 && NameRuns.IsApostrophe(token[end - 1]))
                end--;
        }
        else
        {
            while (end > 0 && NameRuns.IsApostrophe(token[end - 1]))
                end--;
        }
        return token[..end];
    }
}
