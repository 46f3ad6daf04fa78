using System.Runtime.CompilerServices;
using Kurultai.Places;

namespace Kurultai.Actors;

/// <summary>
/// Keys actors so that spellings of one name meet: a person's key is the transliteration key of the surname plus
/// the given name's initial ("Kurmanbek Bakiyev" → "bakev:k"); "Bakiev" has key "bakev" and "Bakayev" "bakaev",
/// which <see cref="SameSurname"/> accepts as one surname (same first and last letter, one edit apart).
/// </summary>
/// <remarks>
/// A gendered pair ("Bakiyev"/"Bakiyeva") is never the same surname. When both given names are known and agree,
/// two edits are allowed on longer surnames ("Kirill Stepanyuk"/"Kirill Stanyuk").
/// </remarks>
public static class ActorKeyer
{
    /// <summary>The key of a person's name: "bakev:k".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Key(PersonName name) =>
        name.GivenNormal is { Length: > 0 } g ? $"{name.SurnameKey}:{g[0]}" : name.SurnameKey;

    /// <summary>The key of an organisation: "org:" and the key of its name without a leading "the".</summary>
    public static string OrganisationKey(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed[4..];
        return "org:" + NameKey.Key(trimmed);
    }

    /// <summary>Whether two surname keys spell one surname.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SameSurname(string a, string b, bool givenNamesAgree)
    {
        if (a == b)
            return true;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < NameKey.MinKeyedLength || a[0] != b[0])
            return false;
        if (a + "a" == b || b + "a" == a)
            return false;
        int budget = givenNamesAgree && shorter >= 6 ? 2 : 1;
        if (!givenNamesAgree && a[^1] != b[^1])
            return false;
        return EditDistance.Bounded(a, b, budget) <= budget;
    }

    /// <summary>Whether two given names may be the same person's: either missing, equal initials, or close keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool GivenCompatible(string? a, string? b) =>
        a is null || b is null || GivenCompatible(NameKey.Normal(a), NameKey.Normal(b), NameKey.Key(a), NameKey.Key(b));

    /// <summary>As <see cref="GivenCompatible(string?, string?)"/>, on the forms the names computed once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool GivenCompatible(PersonName a, PersonName b) =>
        a.Given is null || b.Given is null || GivenCompatible(a.GivenNormal, b.GivenNormal, a.GivenKey, b.GivenKey);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool GivenCompatible(string na, string nb, string ka, string kb)
    {
        if (na.Length == 0 || nb.Length == 0)
            return true;
        if (na.Length == 1 || nb.Length == 1)
            return na[0] == nb[0];
        return ka == kb || (ka.Length > 0 && kb.Length > 0 && ka[0] == kb[0] && Math.Min(ka.Length, kb.Length) >= 5 && EditDistance.Bounded(ka, kb, 1) <= 1);
    }

    /// <summary>Whether two given names are both full (not initials) and agree.</summary>
    public static bool GivenAgree(string? a, string? b) =>
        a is { Length: > 1 } && b is { Length: > 1 } && GivenCompatible(a, b);

    /// <summary>As <see cref="GivenAgree(string?, string?)"/>, on the forms the names computed once.</summary>
    internal static bool GivenAgree(PersonName a, PersonName b) =>
        a.Given is { Length: > 1 } && b.Given is { Length: > 1 } && GivenCompatible(a, b);

    /// <summary>Whether two person keys ("bakev:k", "bakaev") may denote the same person.</summary>
    public static bool SameActor(string keyA, string keyB)
    {
        if (keyA == keyB)
            return true;
        if (IsTyped(keyA) || IsTyped(keyB))
            return false;
        var (surnameA, initialA) = Split(keyA);
        var (surnameB, initialB) = Split(keyB);
        if (initialA is not null && initialB is not null && initialA != initialB)
            return false;
        return SameSurname(surnameA, surnameB, givenNamesAgree: false);
    }

    /// <summary>Organisation ("org:…") and generic ("role:…") keys, which only meet when equal.</summary>
    private static bool IsTyped(string key) =>
        key.StartsWith("org:", StringComparison.Ordinal) || key.StartsWith("role:", StringComparison.Ordinal);

    private static (string Surname, char? Initial) Split(string key)
    {
        int colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (key, null) : (key[..colon], colon + 1 < key.Length ? key[colon + 1] : null);
    }
}
