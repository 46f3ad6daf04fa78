using System.Collections.Frozen;

namespace Kurultai.Fusion;

/// <summary>How close two reported event types are.</summary>
public enum TypeAgreement
{
    /// <summary>Different happenings: never fused.</summary>
    Incompatible,

    /// <summary>Listed in the cross-type table, e.g. Riots/Violent demonstration vs Strategic developments/Non-violent transfer of territory.</summary>
    Compatible,

    /// <summary>Same event type, another sub-event type, e.g. Protests/Peaceful protest vs Protests/Excessive force against protesters.</summary>
    SameType,

    /// <summary>Same event type and sub-event type.</summary>
    Same,
}

/// <summary>
/// Which ACLED types two outlets may give to one happening ("a storming reported as Riots by one outlet and as a
/// Non-violent transfer of territory by another"), and the severity order that settles ties.
/// </summary>
/// <remarks>
/// <para>Same event type, other sub-event type: compatible for Protests, Riots, Battles and Explosions/Remote violence
/// (outlets disagree on how violent a crowd was or which weapon fell); NOT for Strategic developments or Violence
/// against civilians, whose sub-event types name different happenings (an arrest is not a resignation).</para>
/// <para>Across event types, only the pairs of <see cref="CrossType"/> are compatible, each for a stated reason.</para>
/// </remarks>
public static class EventTypeCompatibility
{
    private const string Protests = "Protests", Riots = "Riots", Strategic = "Strategic developments";
    private const string Civilians = "Violence against civilians", Battles = "Battles", Explosions = "Explosions/Remote violence";

    /// <summary>The cross-type table: (type, sub-event type or null for any) pairs, symmetric.</summary>
    public static IReadOnlyList<(string TypeA, string? SubA, string TypeB, string? SubB, string Why)> CrossType { get; } =
    [
        (Protests, null, Riots, null, "one outlet's protest is another's riot"),
        (Riots, null, Strategic, "Non-violent transfer of territory", "a building seized, with or without force"),
        (Protests, null, Strategic, "Non-violent transfer of territory", "a crowd occupying a building"),
        (Riots, null, Strategic, "Looting/property destruction", "rioters looting or torching"),
        (Riots, "Mob violence", Strategic, "Other", "detainees freed by a crowd, by force or not (FORMAT.md)"),
        (Protests, "Excessive force against protesters", Civilians, "Attack", "a fatal shooting of demonstrators"),
        (Riots, "Mob violence", Civilians, "Attack", "a crowd attacking people"),
        (Protests, "Protest with intervention", Strategic, "Arrests", "demonstrators detained"),
        (Strategic, "Arrests", Civilians, "Abduction/forced disappearance", "a detention one outlet calls an abduction"),
        (Battles, "Armed clash", Explosions, null, "a clash with shelling or bombs"),
        (Battles, "Non-state actor overtakes territory", Strategic, "Non-violent transfer of territory", "a town taken"),
        (Battles, "Government regains territory", Strategic, "Non-violent transfer of territory", "a town retaken"),
        (Civilians, "Attack", Explosions, "Remote explosive/landmine/IED", "a bombing of civilians"),
        (Civilians, "Attack", Explosions, "Suicide bomb", "a bombing of civilians"),
        (Civilians, "Attack", Explosions, "Grenade", "a bombing of civilians"),
    ];

    /// <summary>Most severe or specific first: the tie-breaker when sources are split evenly on the type.</summary>
    public static IReadOnlyList<(string Type, string Sub)> SeverityOrder { get; } =
    [
        (Explosions, "Chemical weapon"), (Explosions, "Air/drone strike"), (Explosions, "Suicide bomb"),
        (Explosions, "Shelling/artillery/missile attack"), (Explosions, "Remote explosive/landmine/IED"), (Explosions, "Grenade"),
        (Battles, "Armed clash"), (Battles, "Non-state actor overtakes territory"), (Battles, "Government regains territory"),
        (Civilians, "Sexual violence"), (Protests, "Excessive force against protesters"), (Civilians, "Attack"),
        (Civilians, "Abduction/forced disappearance"), (Riots, "Mob violence"), (Riots, "Violent demonstration"),
        (Protests, "Protest with intervention"), (Strategic, "Looting/property destruction"),
        (Strategic, "Non-violent transfer of territory"), (Strategic, "Arrests"), (Protests, "Peaceful protest"),
        (Strategic, "Disrupted weapons use"), (Strategic, "Headquarters or base established"),
        (Strategic, "Change to group/activity"), (Strategic, "Agreement"), (Strategic, "Other"),
    ];

    private static readonly FrozenSet<string> SubTypesMayDiffer =
        new[] { Protests, Riots, Battles, Explosions }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Rank = SeverityOrder
        .Select((t, i) => (Key: Key(t.Type, t.Sub), i))
        .ToFrozenDictionary(p => p.Key, p => p.i, StringComparer.OrdinalIgnoreCase);

    /// <summary>How two (event type, sub-event type) pairs relate.</summary>
    public static TypeAgreement Compare(string typeA, string subA, string typeB, string subB)
    {
        var sameType = Same(typeA, typeB);
        if (sameType && Same(subA, subB))
            return TypeAgreement.Same;
        if (sameType)
            return SubTypesMayDiffer.Contains(typeA.Trim()) ? TypeAgreement.SameType : TypeAgreement.Incompatible;
        foreach (var (ta, sa, tb, sb, _) in CrossType)
        {
            if ((Fits(typeA, subA, ta, sa) && Fits(typeB, subB, tb, sb)) || (Fits(typeB, subB, ta, sa) && Fits(typeA, subA, tb, sb)))
                return TypeAgreement.Compatible;
        }
        return TypeAgreement.Incompatible;
    }

    /// <summary>Position in <see cref="SeverityOrder"/>; unknown types rank after all known ones.</summary>
    public static int Severity(string type, string sub) =>
        Rank.TryGetValue(Key(type, sub), out var rank) ? rank : SeverityOrder.Count;

    private static bool Fits(string type, string sub, string tableType, string? tableSub) =>
        Same(type, tableType) && (tableSub is null || Same(sub, tableSub));

    private static bool Same(string a, string b) => a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Key(string type, string sub) => type.Trim() + "\u001f" + sub.Trim();
}
