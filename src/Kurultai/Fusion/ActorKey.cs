using System.Collections.Frozen;
using System.Text;
using AnyAscii;

namespace Kurultai.Fusion;

/// <summary>The broad kind of an actor name, as far as fusion needs it.</summary>
public enum ActorClass
{
    None,
    Named,
    Crowd,
    Forces,
    Government,
    ArmedGroup,
    Civilians,
    OtherGeneric,
}

/// <summary>
/// An actor name reduced to what two outlets share: "Police Forces of Kyrgyzstan" and "Military Forces of Kyrgyzstan"
/// are both <see cref="ActorClass.Forces"/>; "Protesters (Kyrgyzstan)" and "Rioters (Kyrgyzstan)" are both a
/// <see cref="ActorClass.Crowd"/>; "Kurmanbek Bakiyev" and "Bakayev" are the same <see cref="ActorClass.Named"/> actor.
/// </summary>
/// <param name="Key">Transliterated, lower-case words of the name without its "(Country)" or "of Country" qualifier.</param>
/// <param name="Last">The last word of a named actor (the surname of a person).</param>
/// <param name="Initial">The first letter of a named actor's first word when the name has several words, else '\0'.</param>
public readonly record struct ActorKey(ActorClass Class, string Key, string Last, char Initial = '\0')
{
    public static readonly ActorKey None = new(ActorClass.None, "", "");

    /// <summary>Generic ACLED actor heads (FORMAT.md's style) and the class each belongs to.</summary>
    private static readonly FrozenDictionary<string, ActorClass> Generic = new Dictionary<string, ActorClass>
    {
        ["protesters"] = ActorClass.Crowd,
        ["protestors"] = ActorClass.Crowd,
        ["demonstrators"] = ActorClass.Crowd,
        ["rioters"] = ActorClass.Crowd,
        ["crowd"] = ActorClass.Crowd,
        ["mob"] = ActorClass.Crowd,
        ["police"] = ActorClass.Forces,
        ["police forces"] = ActorClass.Forces,
        ["military forces"] = ActorClass.Forces,
        ["security forces"] = ActorClass.Forces,
        ["military"] = ActorClass.Forces,
        ["army"] = ActorClass.Forces,
        ["riot police"] = ActorClass.Forces,
        ["troops"] = ActorClass.Forces,
        ["soldiers"] = ActorClass.Forces,
        ["government"] = ActorClass.Government,
        ["unidentified armed group"] = ActorClass.ArmedGroup,
        ["gunmen"] = ActorClass.ArmedGroup,
        ["armed group"] = ActorClass.ArmedGroup,
        ["civilians"] = ActorClass.Civilians,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reduces an actor name; null or blank gives <see cref="None"/>.</summary>
    public static ActorKey From(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return None;
        var qualified = name.Contains('(', StringComparison.Ordinal);
        var words = Words(StripParentheses(name).Transliterate());
        if (words.Count == 0)
            return None;
        var ofAt = words.IndexOf("of");
        var head = string.Join(' ', ofAt > 0 ? words[..ofAt] : words);
        if (Generic.TryGetValue(head, out var cls))
            return new ActorKey(cls, head, "");
        if (qualified)
            return new ActorKey(ActorClass.OtherGeneric, head, "");
        var nameWords = ofAt > 0 ? words[..ofAt] : words;
        return new ActorKey(ActorClass.Named, string.Join(' ', words), nameWords[^1], nameWords.Count > 1 ? nameWords[0][0] : '\0');
    }

    /// <summary>
    /// True when two keys can name the same actor: same generic class, or named actors whose surnames match up to
    /// transliteration ("Atambaev"/"Atambayev": at most one edit, two for surnames of eight letters or more).
    /// Protesters and civilians are related too (demonstrators shot are civilians to another outlet).
    /// </summary>
    public bool Matches(ActorKey other) => (Class, other.Class) switch
    {
        (ActorClass.None, _) or (_, ActorClass.None) => false,
        (ActorClass.Named, ActorClass.Named) => Key == other.Key
            || (SurnamesMatch(Last, other.Last) && (Initial == '\0' || other.Initial == '\0' || Initial == other.Initial)),
        (ActorClass.OtherGeneric, ActorClass.OtherGeneric) => Key == other.Key,
        (ActorClass.Crowd, ActorClass.Civilians) or (ActorClass.Civilians, ActorClass.Crowd) => true,
        var (a, b) => a == b,
    };

    public bool IsNone => Class == ActorClass.None;

    private static bool SurnamesMatch(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a.Length > 40 || b.Length > 40)
            return a == b;
        var allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && Places.EditDistance.Bounded(a, b, allowed) <= allowed;
    }

    private static string StripParentheses(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? name : name[..open];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>(4);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’')
                continue;
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }
}
