using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Kurultai.Model;
using Kurultai.Places;
using Kurultai.Segment;

namespace Kurultai.Actors;

/// <summary>A role phrase such as "riot police" → Police, "Police Forces of {country}".</summary>
/// <param name="Kind">Null for a blocker phrase ("government buildings" names no actor).</param>
public sealed record ActorRole(string Phrase, ActorKind? Kind, string Template);

/// <summary>A well-known actor from <c>data/actors/actors.tsv</c>, e.g. "Kurmanbek Bakiyev", President, KG, 2005–2010.</summary>
public sealed record KnownActor(string Name, IReadOnlyList<string> Aliases, string Role, string? Country, int? FromYear, int? ToYear)
{
    /// <summary>True when the actor held the role in <paramref name="year"/> (or no years are known).</summary>
    public bool InOffice(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);
}

/// <summary>
/// The actor data: role nouns (<c>data/actors/roles.tsv</c>) with their FORMAT.md name templates, the titles
/// stripped before a person's name, and the seed dictionary of well-known actors (<c>data/actors/actors.tsv</c>).
/// </summary>
public sealed class ActorLexicon
{
    public const string RolesFileName = "roles.tsv";
    public const string ActorsFileName = "actors.tsv";

    /// <summary>Role phrases and titles are at most this long; longer text is neither.</summary>
    private const int MaxPhraseLength = 64;

    // Looked up per word of every document: span tables over lower-case forms, no generic dictionary to compile.
    private readonly SpanTable<ActorRole> _roles;
    private readonly SpanTable<bool> _titles;
    private readonly SpanTable<bool> _roleStarts;
    private readonly WordPrefilter _roleStartFilter;

    private ActorLexicon(IEnumerable<string> roleLines, IEnumerable<string> actorLines)
    {
        var roles = new Dictionary<string, ActorRole>(StringComparer.OrdinalIgnoreCase);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in Rows(roleLines))
        {
            if (f.Length < 2)
                continue;
            if (f[1] == "Title")
                titles.Add(f[0]);
            else
                roles[f[0]] = new ActorRole(f[0], Enum.TryParse<ActorKind>(f[1], out var kind) ? kind : null, f.Length > 2 ? f[2] : "");
        }
        _roles = new SpanTable<ActorRole>([.. roles.Select(p => KeyValuePair.Create(p.Key.ToLowerInvariant(), p.Value))]);
        _titles = new SpanTable<bool>([.. titles.Select(t => KeyValuePair.Create(t.ToLowerInvariant(), true))]);
        var starts = roles.Keys.Select(k => k.Split(' ')[0].ToLowerInvariant()).Distinct().ToArray();
        _roleStarts = new SpanTable<bool>([.. starts.Select(k => KeyValuePair.Create(k, true))]);
        _roleStartFilter = new WordPrefilter(starts);
        MaxRoleWords = roles.Count == 0 ? 0 : roles.Keys.Max(k => k.Split(' ').Length);
        Known = [.. Rows(actorLines).Where(f => f[0].Length > 0).Select(ParseKnown)];
        KnownNames = ParseKnownNames(Known);
    }

    public static ActorLexicon Load(string rolesPath, string actorsPath) =>
        new(File.ReadLines(rolesPath), File.Exists(actorsPath) ? File.ReadLines(actorsPath) : []);

    /// <summary>Loads <c>data/actors/roles.tsv</c> and <c>actors.tsv</c>, found as <see cref="DataLocator"/> says.</summary>
    public static ActorLexicon LoadDefault() =>
        Load(DataLocator.FindOrThrow("actors", RolesFileName), DataLocator.Find("actors", ActorsFileName) ?? "");

    /// <summary>A lexicon from lines in the files' layouts (for tests).</summary>
    public static ActorLexicon FromLines(IEnumerable<string> roleLines, IEnumerable<string>? actorLines = null) =>
        new(roleLines, actorLines ?? []);

    /// <summary>The same roles and titles without the dictionary of known actors (mechanism only).</summary>
    public ActorLexicon WithoutKnownActors() => new(this, []);

    private ActorLexicon(ActorLexicon other, IReadOnlyList<KnownActor> known)
    {
        _roles = other._roles;
        _titles = other._titles;
        _roleStarts = other._roleStarts;
        _roleStartFilter = other._roleStartFilter;
        MaxRoleWords = other.MaxRoleWords;
        Known = known;
        KnownNames = ParseKnownNames(known);
    }

    public IReadOnlyList<KnownActor> Known { get; }

    /// <summary>Each known actor with its name and aliases parsed once (unparsable ones left out).</summary>
    internal IReadOnlyList<(KnownActor Actor, PersonName[] Names)> KnownNames { get; }

    /// <summary>The most words in a role phrase ("special operations policemen" → 3).</summary>
    public int MaxRoleWords { get; }

    /// <summary>Whether some role phrase starts with this word ("riot" for "riot police"); asked of every word, so most
    /// are turned away by a <see cref="WordPrefilter"/> before being lower-cased and hashed.</summary>
    public bool StartsRole(ReadOnlySpan<char> word) => _roleStartFilter.MayContain(word) && Find(_roleStarts, word, out _);

    /// <summary>The role a phrase names ("Riot police" → Police), case-insensitively; null when none.</summary>
    public ActorRole? Role(ReadOnlySpan<char> phrase) => Find(_roles, phrase, out var role) ? role : null;

    /// <summary>A word stripped before a person's name: "President", "former", "Mr".</summary>
    public bool IsTitle(string word) => IsTitle(word.AsSpan());

    /// <inheritdoc cref="IsTitle(string)"/>
    public bool IsTitle(ReadOnlySpan<char> word) => Find(_titles, word.TrimEnd('.'), out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Find<T>(SpanTable<T> table, ReadOnlySpan<char> text, out T value)
    {
        value = default!;
        if (text.IsEmpty || text.Length > MaxPhraseLength)
            return false;
        Span<char> lower = stackalloc char[MaxPhraseLength];
        int n = text.ToLowerInvariant(lower);
        return n > 0 && table.TryGetValue(lower[..n], out value);
    }

    private IReadOnlyList<(KnownActor, PersonName[])> ParseKnownNames(IReadOnlyList<KnownActor> known) =>
        [.. known.Select(k => (k, new[] { k.Name }.Concat(k.Aliases).Select(n => PersonName.Parse(n, this)).OfType<PersonName>().ToArray()))];

    private static KnownActor ParseKnown(string[] f)
    {
        var aliases = f.Length > 1 ? f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        int? from = null, to = null;
        if (f.Length > 4 && f[4].Length > 0)
        {
            var years = f[4].Split('-');
            from = int.TryParse(years[0], out int a) ? a : null;
            to = years.Length > 1 && int.TryParse(years[1], out int b) ? b : null;
        }
        return new KnownActor(f[0], aliases, f.Length > 2 ? f[2] : "", f.Length > 3 && f[3].Length > 0 ? f[3] : null, from, to);
    }

    private static IEnumerable<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t').Select(s => s.Trim()).ToArray());
}
