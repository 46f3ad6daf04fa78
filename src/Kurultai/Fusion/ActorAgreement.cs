namespace Kurultai.Fusion;

/// <summary>
/// How two records' actor pairs agree: "Police vs Protesters" and "Rioters vs Police" describe one clash with the
/// roles swapped; "Police vs Bolot Sherniyazov" and "Police vs Kirill Stepanyuk" are two different arrests.
/// </summary>
internal static class ActorAgreement
{
    /// <summary>
    /// A factor in (0, 1], or 0 when the actors contradict each other: two different named actors in the same role,
    /// two different generic classes in the same role, or — when <paramref name="strict"/> (Strategic developments,
    /// where the actor is what the event is about) — any actor1 that is neither the other's actor1 nor actor2.
    /// </summary>
    public static double Factor(ActorKey a1, ActorKey a2, ActorKey b1, ActorKey b2, bool strict)
    {
        if (a1.IsNone || b1.IsNone)
            return Conflicts(a2, b2) ? 0 : 0.9;
        if (a1.Matches(b1))
        {
            if (a2.IsNone && b2.IsNone)
                return 1.0;
            if (a2.IsNone || b2.IsNone)
                return 0.9;
            return a2.Matches(b2) ? 1.0 : 0;
        }
        var forward = a1.Matches(b2);
        var backward = a2.Matches(b1);
        if (forward && backward)
            return 0.8;
        if ((forward && a2.IsNone) || (backward && b2.IsNone))
            return 0.7;
        if (strict || forward || backward)
            return 0;
        var namedVersusGeneric = IsNamedLike(a1) != IsNamedLike(b1);
        return namedVersusGeneric && !Conflicts(a2, b2) ? 0.6 : 0;
    }

    private static bool Conflicts(ActorKey x, ActorKey y) => !x.IsNone && !y.IsNone && !x.Matches(y);

    private static bool IsNamedLike(ActorKey key) => key.Class is ActorClass.Named or ActorClass.OtherGeneric;
}
