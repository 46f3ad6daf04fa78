using Kurultai.Model;

namespace Kurultai.Actors;

/// <summary>An actor across documents: its key, canonical name, kind and country.</summary>
public sealed record ActorIdentity(string Key, string Name, ActorKind Kind, string? Country);

/// <summary>
/// Gathers actors across documents so that "Bakayev" in one report and "Kurmanbek Bakiyev" in another are one
/// identity: persons meet when <see cref="ActorKeyer.SameActor"/> accepts their keys (exact keys first), other
/// actors when their keys are equal. Seeded with the dictionary of known actors. An identity keeps the key it was
/// first seen with; a later mention with a fuller name upgrades its name. Not thread-safe: one directory per fusion run.
/// </summary>
public sealed class ActorDirectory
{
    private readonly List<ActorIdentity> _identities = [];
    private readonly ActorLexicon _lexicon;

    public ActorDirectory(ActorLexicon lexicon)
    {
        _lexicon = lexicon;
        foreach (var known in lexicon.Known)
        {
            if (PersonName.Parse(known.Name, lexicon) is { } name)
                _identities.Add(new ActorIdentity(ActorKeyer.Key(name), known.Name, ActorKind.Person, known.Country));
        }
    }

    public IReadOnlyList<ActorIdentity> Identities => _identities;

    /// <summary>The identity of a mention, adding one when none matches.</summary>
    public ActorIdentity Resolve(ActorMention mention)
    {
        int index = _identities.FindIndex(i => i.Kind == mention.Kind && i.Key == mention.Key);
        if (index < 0 && mention.Kind == ActorKind.Person)
            index = _identities.FindIndex(i => i.Kind == ActorKind.Person && ActorKeyer.SameActor(i.Key, mention.Key));
        if (index < 0)
        {
            var identity = new ActorIdentity(mention.Key, mention.Name, mention.Kind, mention.Country);
            _identities.Add(identity);
            return identity;
        }
        var found = _identities[index];
        if (mention.Kind == ActorKind.Person && GivenLength(mention.Name) > GivenLength(found.Name))
            _identities[index] = found = found with { Name = mention.Name, Country = found.Country ?? mention.Country };
        return found;
    }

    /// <summary>How much of a given name a person's name has: "Bakiev" 0, "A. Atambaev" 1, "Almazbek Atambayev" 8.</summary>
    private int GivenLength(string name) => PersonName.Parse(name, _lexicon)?.Given?.Length ?? 0;
}
