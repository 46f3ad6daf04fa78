using Kurultai.Actors;
using Kurultai.Model;
using Kurultai.Tests.Places;

namespace Kurultai.Tests.Actors;

public sealed class ActorDirectoryTests
{
    private static ActorMention Person(string key, string name) => new(0, 1, key, name, ActorKind.Person, null, 0.9);

    [Fact]
    public void Spellings_in_different_documents_are_one_identity_and_the_fuller_name_wins()
    {
        var directory = new ActorDirectory(GeoData.Lexicon.WithoutKnownActors());
        var first = directory.Resolve(Person("bakaev", "Bakayev"));
        var second = directory.Resolve(Person("bakev:k", "Kurmanbek Bakiyev"));
        var third = directory.Resolve(Person("bakev", "Bakiev"));
        Assert.Equal("bakaev", first.Key);
        Assert.Equal(("bakaev", "Kurmanbek Bakiyev"), (second.Key, second.Name));   // the first key stays
        Assert.Equal(second, third);
        Assert.Single(directory.Identities);
    }

    [Fact]
    public void Generic_actors_meet_only_on_equal_keys()
    {
        var directory = new ActorDirectory(GeoData.Lexicon.WithoutKnownActors());
        var police = new ActorMention(0, 6, "role:Police Forces of Kyrgyzstan", "Police Forces of Kyrgyzstan", ActorKind.Police, "KG", 0.8);
        var army = police with { Key = "role:Military Forces of Kyrgyzstan", Name = "Military Forces of Kyrgyzstan", Kind = ActorKind.Military };
        Assert.Equal(directory.Resolve(police), directory.Resolve(police with { Start = 40 }));
        Assert.NotEqual(directory.Resolve(police), directory.Resolve(army));
    }

    [Fact]
    public void Known_actors_are_there_from_the_start()
    {
        var directory = new ActorDirectory(GeoData.Lexicon);
        var identity = directory.Resolve(Person("akev", "Akiyev"));
        Assert.Equal("Askar Akayev", identity.Name);
    }
}
