using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Actors;

/// <summary>
/// Finds generic actors named by role nouns: "riot police" → "Police Forces of Kyrgyzstan", "Kazakh troops" →
/// "Military Forces of Kazakhstan", "protesters" → "Protesters (Kyrgyzstan)". The country is a demonym or country
/// name right before the phrase, else the document's dominant country; its name comes from the gazetteer.
/// </summary>
/// <remarks>A phrase inside a hyphenated word ("anti-government") or a blocker phrase ("government buildings") is no actor.</remarks>
internal sealed class RoleNounFinder(Gazetteer gazetteer, ActorLexicon lexicon)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ActorMention> Find(string text, CountryContext context)
    {
        var found = new List<ActorMention>();
        var parts = NameRuns.DocumentParts(text);
        // A document names few (role, country) pairs many times: each pair's name and key are made once.
        var names = new Dictionary<(string Template, string? Country), (string Name, string Key)>();
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i].Joined == '-' || !lexicon.StartsRole(text.AsSpan(parts[i].Start, parts[i].Length)))
                continue;
            for (int n = Math.Min(lexicon.MaxRoleWords, parts.Count - i); n >= 1; n--)
            {
                int last = i + n - 1;
                if (!Contiguous(parts, i, last) || (last + 1 < parts.Count && parts[last + 1].Joined == '-'))
                    continue;
                if (lexicon.Role(text.AsSpan(parts[i].Start, parts[last].End - parts[i].Start)) is not { } role)
                    continue;
                if (role.Kind is { } kind)
                    found.Add(Mention(text, parts, i, last, role, kind, context, names));
                i = last;
                break;
            }
        }
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ActorMention Mention(string text, List<WordPart> parts, int first, int last, ActorRole role, ActorKind kind, CountryContext context,
        Dictionary<(string Template, string? Country), (string Name, string Key)> names)
    {
        int start = parts[first].Start;
        string? country = null;
        double confidence;
        if (first > 0 && parts[first].Joined == ' ' && CountryOf(text.AsSpan(parts[first - 1].Start, parts[first - 1].Length)) is { } named)
        {
            country = named;
            start = parts[first - 1].Start;
            confidence = 0.85;
        }
        else if (context.Dominant is { } dominant)
        {
            country = dominant;
            confidence = 0.5 + 0.3 * context.Share(dominant);
        }
        else
        {
            confidence = 0.4;
        }
        if (!names.TryGetValue((role.Template, country), out var made))
        {
            var name = Name(role.Template, country is null ? null : gazetteer.Country(country)?.Name ?? country);
            names[(role.Template, country)] = made = (name, "role:" + name);
        }
        return new ActorMention(start, parts[last].End - start, made.Key, made.Name, kind, country, Math.Round(confidence, 3));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? CountryOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
            return null;
        if (gazetteer.CountryOfDemonym(word) is { } iso2)
            return iso2;
        var matches = new List<GazetteerMatch>();
        gazetteer.Match(word, matches);
        return matches.Find(m => m.Entry.Feature == FeatureType.Country && m.Kind is MatchKind.Exact or MatchKind.Alias).Entry?.Country;
    }

    /// <summary>Fills the template; without a country, drops " ({country})" or " of {country}".</summary>
    public static string Name(string template, string? country) =>
        country is not null ? template.Replace("{country}", country, StringComparison.Ordinal)
        : template.Replace(" ({country})", "", StringComparison.Ordinal).Replace(" of {country}", "", StringComparison.Ordinal).Replace("{country}", "", StringComparison.Ordinal).Trim();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Contiguous(List<WordPart> parts, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            if (parts[k].Joined == '\0' || parts[k - 1].Possessive)
                return false;
        }
        return true;
    }
}
