using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Actors;

/// <summary>A person mention: its index in the names layer, where it starts, and the name parsed from it.</summary>
internal sealed record PersonMention(int Mention, int Start, PersonName Name);

/// <summary>One person as a document names them: the mentions and the name they resolve to.</summary>
internal sealed class PersonCluster
{
    public List<PersonMention> Members { get; } = [];
    public PersonName Canonical { get; set; } = new(null, "");
    public KnownActor? Known { get; set; }
    public bool Fuzzy { get; set; }
}

/// <summary>
/// Groups a document's person mentions by surname key: full names first ("Kurmanbek Bakiev", "Kirill Stepanyuk" and
/// "Kirill Stanyuk" meet), then initials ("A Atambaev"), then bare surnames ("Bakayev", "Bakiyev’s"), which join
/// the cluster of a similar surname (the nearest earlier one when several, e.g. two brothers). The longest, most
/// frequent full name becomes the canonical name; a dictionary entry, when one matches, overrides it.
/// </summary>
internal static class PersonClusterer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PersonCluster> Cluster(IReadOnlyList<PersonMention> mentions, ActorLexicon lexicon, int? year)
    {
        var clusters = new List<PersonCluster>();
        foreach (var m in mentions)
        {
            if (m.Name.Given is null || m.Name.GivenIsInitial)
                continue;
            var home = clusters.Find(c => c.Members.Exists(x => x.Name is { Given: not null, GivenIsInitial: false } n && ActorKeyer.GivenCompatible(n, m.Name)
                && ActorKeyer.SameSurname(n.SurnameKey, m.Name.SurnameKey, ActorKeyer.GivenAgree(n, m.Name))));
            Add(clusters, home, m, home is not null && !HasSurname(home, m.Name.SurnameKey));
        }
        foreach (var m in mentions)
        {
            if (!m.Name.GivenIsInitial)
                continue;
            var home = clusters.Find(c => c.Members.Exists(x => ActorKeyer.GivenCompatible(x.Name, m.Name) && ActorKeyer.SameSurname(x.Name.SurnameKey, m.Name.SurnameKey, false)));
            Add(clusters, home, m, home is not null && !HasSurname(home, m.Name.SurnameKey));
        }
        foreach (var m in mentions)
        {
            if (m.Name.Given is not null)
                continue;
            var homes = clusters.FindAll(c => c.Members.Exists(x => ActorKeyer.SameSurname(x.Name.SurnameKey, m.Name.SurnameKey, false)));
            var exact = homes.FindAll(c => HasSurname(c, m.Name.SurnameKey));
            if (exact.Count > 0)
                homes = exact;
            Add(clusters, homes.Count <= 1 ? homes.FirstOrDefault() : Nearest(homes, m.Start), m, homes.Count > 0 && exact.Count == 0);
        }
        foreach (var cluster in clusters)
        {
            cluster.Canonical = CanonicalName(cluster);
            cluster.Known = Match(cluster.Canonical, lexicon, year);
        }
        return clusters;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasSurname(PersonCluster cluster, string surnameKey) => cluster.Members.Exists(x => x.Name.SurnameKey == surnameKey);

    /// <summary>The cluster named nearest before <paramref name="start"/> (two brothers: the one just spoken of), else the earliest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PersonCluster Nearest(List<PersonCluster> homes, int start)
    {
        PersonCluster? best = null;
        int bestGap = 0, bestFirst = 0;
        foreach (var c in homes)
        {
            int gap = int.MaxValue, first = int.MaxValue;
            foreach (var x in c.Members)
            {
                if (x.Start <= start)
                    gap = Math.Min(gap, start - x.Start);
                first = Math.Min(first, x.Start);
            }
            if (best is null || gap < bestGap || (gap == bestGap && first < bestFirst))
                (best, bestGap, bestFirst) = (c, gap, first);
        }
        return best!;
    }

    private static void Add(List<PersonCluster> clusters, PersonCluster? home, PersonMention mention, bool fuzzy)
    {
        if (home is null)
        {
            home = new PersonCluster();
            clusters.Add(home);
        }
        home.Members.Add(mention);
        home.Fuzzy |= fuzzy;
    }

    /// <summary>The full name with the most frequent surname spelling; else the most frequent form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PersonName CanonicalName(PersonCluster cluster)
    {
        PersonMention? best = null;
        int bestGiven = 0, bestSpelling = 0;
        foreach (var m in cluster.Members)
        {
            int given = m.Name.Given is null ? 0 : m.Name.GivenIsInitial ? 1 : 2;
            int spelling = 0;
            foreach (var other in cluster.Members)
            {
                if (string.Equals(other.Name.Surname, m.Name.Surname, StringComparison.Ordinal))
                    spelling++;
            }
            if (best is null || given > bestGiven || (given == bestGiven && (spelling > bestSpelling || (spelling == bestSpelling && m.Start < best.Start))))
                (best, bestGiven, bestSpelling) = (m, given, spelling);
        }
        return best!.Name;
    }

    /// <summary>The dictionary entry for a name: one whose name or alias agrees; when several, the one in office that year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static KnownActor? Match(PersonName name, ActorLexicon lexicon, int? year)
    {
        KnownActor? found = null;
        List<KnownActor>? several = null;
        foreach (var (actor, names) in lexicon.KnownNames)
        {
            if (!Array.Exists(names, n => ActorKeyer.GivenCompatible(n, name)
                && ActorKeyer.SameSurname(n.SurnameKey, name.SurnameKey, ActorKeyer.GivenAgree(n, name))))
                continue;
            if (found is null)
                found = actor;
            else
                (several ??= [found]).Add(actor);
        }
        if (several is null)
            return found;
        if (year is { } y)
            several.RemoveAll(k => !k.InOffice(y));
        return several.Count == 1 ? several[0] : null;
    }
}
