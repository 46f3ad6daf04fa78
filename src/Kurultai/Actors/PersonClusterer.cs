using Kurultai.Model;

namespace Kurultai.Actors;

/// <summary>One person as a document names them: the mentions and the name they resolve to.</summary>
internal sealed class PersonCluster
{
    public List<(int Mention, int Start, PersonName Name)> Members { get; } = [];
    public PersonName Canonical { get; set; } = new(null, "");
    public KnownActor? Known { get; set; }
    public bool Fuzzy { get; set; }

    public IEnumerable<PersonName> Names => Members.Select(m => m.Name);
}

/// <summary>
/// Groups a document's person mentions by surname key: full names first ("Kurmanbek Bakiev", "Kirill Stepanyuk" and
/// "Kirill Stanyuk" meet), then initials ("A Atambaev"), then bare surnames ("Bakayev", "Bakiyev’s"), which join
/// the cluster of a similar surname (the nearest earlier one when several, e.g. two brothers). The longest, most
/// frequent full name becomes the canonical name; a dictionary entry, when one matches, overrides it.
/// </summary>
internal static class PersonClusterer
{
    public static List<PersonCluster> Cluster(IReadOnlyList<(int Mention, int Start, PersonName Name)> mentions, ActorLexicon lexicon, int? year)
    {
        var clusters = new List<PersonCluster>();
        foreach (var m in mentions.Where(m => m.Name.Given is not null && !m.Name.GivenIsInitial))
        {
            var home = clusters.Find(c => c.Names.Any(n => n.Given is not null && !n.GivenIsInitial && ActorKeyer.GivenCompatible(n.Given, m.Name.Given)
                && ActorKeyer.SameSurname(n.SurnameKey, m.Name.SurnameKey, ActorKeyer.GivenAgree(n.Given, m.Name.Given))));
            Add(clusters, home, m, home is not null && !home.Names.Any(n => n.SurnameKey == m.Name.SurnameKey));
        }
        foreach (var m in mentions.Where(m => m.Name.GivenIsInitial))
        {
            var home = clusters.Find(c => c.Names.Any(n => ActorKeyer.GivenCompatible(n.Given, m.Name.Given) && ActorKeyer.SameSurname(n.SurnameKey, m.Name.SurnameKey, false)));
            Add(clusters, home, m, home is not null && !home.Names.Any(n => n.SurnameKey == m.Name.SurnameKey));
        }
        foreach (var m in mentions.Where(m => m.Name.Given is null))
        {
            var homes = clusters.Where(c => c.Names.Any(n => ActorKeyer.SameSurname(n.SurnameKey, m.Name.SurnameKey, false))).ToList();
            var exact = homes.Where(c => c.Names.Any(n => n.SurnameKey == m.Name.SurnameKey)).ToList();
            if (exact.Count > 0)
                homes = exact;
            var home = homes.Count <= 1 ? homes.FirstOrDefault()
                : homes.OrderBy(c => c.Members.Where(x => x.Start <= m.Start).Select(x => m.Start - x.Start).DefaultIfEmpty(int.MaxValue).Min())
                    .ThenBy(c => c.Members.Min(x => x.Start)).First();
            Add(clusters, home, m, home is not null && exact.Count == 0);
        }
        foreach (var cluster in clusters)
        {
            cluster.Canonical = CanonicalName(cluster);
            cluster.Known = Match(cluster.Canonical, lexicon, year);
        }
        return clusters;
    }

    private static void Add(List<PersonCluster> clusters, PersonCluster? home, (int, int, PersonName) mention, bool fuzzy)
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
    private static PersonName CanonicalName(PersonCluster cluster)
    {
        var spelling = cluster.Names.GroupBy(n => n.Surname, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return cluster.Members
            .OrderByDescending(m => m.Name.Given is null ? 0 : m.Name.GivenIsInitial ? 1 : 2)
            .ThenByDescending(m => spelling[m.Name.Surname])
            .ThenBy(m => m.Start)
            .First().Name;
    }

    /// <summary>The dictionary entry for a name: one whose name or alias agrees; when several, the one in office that year.</summary>
    public static KnownActor? Match(PersonName name, ActorLexicon lexicon, int? year)
    {
        KnownActor? found = null;
        List<KnownActor>? several = null;
        foreach (var (actor, names) in lexicon.KnownNames)
        {
            if (!Array.Exists(names, n => ActorKeyer.GivenCompatible(n.Given, name.Given)
                && ActorKeyer.SameSurname(n.SurnameKey, name.SurnameKey, ActorKeyer.GivenAgree(n.Given, name.Given))))
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
