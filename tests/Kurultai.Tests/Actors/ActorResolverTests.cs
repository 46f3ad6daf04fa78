using System.Collections.Immutable;
using CsCheck;
using Kurultai.Actors;
using Kurultai.Model;
using Kurultai.Tests.Places;

namespace Kurultai.Tests.Actors;

public sealed class ActorResolverTests
{
    private static readonly ActorLexicon Mechanism = GeoData.Lexicon.WithoutKnownActors();
    private readonly ActorResolver _resolver = new(GeoData.Small(), Mechanism);

    /// <summary>A document whose places say it is about <paramref name="country"/> (built by hand, as a place layer would).</summary>
    private static Document About(string text, string? country, params NameMention[] names)
    {
        var places = country is null ? ImmutableArray<PlaceMention>.Empty :
            [new PlaceMention(0, 0, new GazetteerEntry(1, country, "", country, 0, 0, FeatureType.Country, 1), 0.9, [], "test")];
        return Document.FromText(text) with { Places = places, Names = [.. names] };
    }

    private static NameMention Person(string text, string name) => new(text.IndexOf(name, StringComparison.Ordinal), name.Length, NameKind.Person, 0.9);

    [Theory]
    [InlineData("Riot police fired on the crowd.", "Riot police", "Police Forces of Kyrgyzstan", ActorKind.Police)]
    [InlineData("Riot police fired on the crowd.", "crowd", "Protesters (Kyrgyzstan)", ActorKind.Protesters)]
    [InlineData("Looters broke into shops.", "Looters", "Rioters (Kyrgyzstan)", ActorKind.Rioters)]
    [InlineData("Troops were deployed.", "Troops", "Military Forces of Kyrgyzstan", ActorKind.Military)]
    [InlineData("The government resigned.", "government", "Government of Kyrgyzstan", ActorKind.Government)]
    [InlineData("Unidentified gunmen kidnapped the governor.", "Unidentified gunmen", "Unidentified Armed Group (Kyrgyzstan)", ActorKind.UnidentifiedArmedGroup)]
    [InlineData("Students joined the march.", "Students", "Students (Kyrgyzstan)", ActorKind.Other)]
    public void Role_nouns_name_generic_actors_of_the_documents_country(string text, string surface, string name, ActorKind kind)
    {
        var actors = _resolver.Run(About(text, "KG")).Actors;
        var actor = Assert.Single(actors, a => text.Substring(a.Start, a.Length) == surface);
        Assert.Equal((name, kind, "KG"), (actor.Name, actor.Kind, actor.Country));
    }

    [Fact]
    public void A_demonym_before_the_role_gives_the_country()
    {
        const string text = "Afghan troops crossed as Kyrgyz police watched.";
        var actors = _resolver.Run(About(text, "KG")).Actors;
        Assert.Contains(actors, a => a.Name == "Military Forces of Afghanistan" && text.Substring(a.Start, a.Length) == "Afghan troops");
        Assert.Contains(actors, a => a.Name == "Police Forces of Kyrgyzstan");
    }

    [Fact]
    public void Without_a_country_the_name_drops_it()
    {
        var actor = Assert.Single(_resolver.Run(About("Protesters gathered.", null)).Actors);
        Assert.Equal(("Protesters", (string?)null), (actor.Name, actor.Country));
    }

    [Theory]
    [InlineData("Crowds stormed government buildings.", "Government")]          // a building, not an actor
    [InlineData("An anti-government rally was held.", "Government")]            // inside a hyphenated word
    public void Role_words_that_name_no_actor_are_skipped(string text, string kindName) =>
        Assert.DoesNotContain(_resolver.Run(About(text, "KG")).Actors, a => a.Kind.ToString() == kindName);

    [Fact]
    public void Spellings_of_one_person_become_one_actor_named_by_the_full_mention()
    {
        // Given: one full name and three spellings of the surname, as reports transliterate it
        const string text = "Bakayev fled. President Kurmanbek Bakiyev denied it. Bakiev’s allies and Bakiyev's family left. Akayev had fled before.";
        var names = new[] { Person(text, "Bakayev"), Person(text, "President Kurmanbek Bakiyev"), Person(text, "Bakiev’s"), Person(text, "Bakiyev's"), Person(text, "Akayev") };

        // When
        var actors = _resolver.Run(About(text, "KG", names)).Actors.Where(a => a.Kind == ActorKind.Person).ToList();

        // Then
        var bakiyev = actors.Where(a => !text.Substring(a.Start, a.Length).StartsWith("Akayev", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, bakiyev.Count);
        Assert.Single(bakiyev.Select(a => a.Key).Distinct());
        Assert.All(bakiyev, a => Assert.Equal("Kurmanbek Bakiyev", a.Name));
        Assert.DoesNotContain(actors, a => text.Substring(a.Start, a.Length) == "Akayev" && a.Key == bakiyev[0].Key);
    }

    [Fact]
    public void Relatives_with_different_given_names_stay_apart_and_a_bare_surname_joins_the_nearest()
    {
        const string text = "Iskender Matraimov ran. His brother Raimbek Matraimov was investigated; Matraimov denied it.";
        var names = new[] { Person(text, "Iskender Matraimov"), Person(text, "Raimbek Matraimov"), new NameMention(text.LastIndexOf("Matraimov", StringComparison.Ordinal), 9, NameKind.Person, 0.9) };
        var actors = _resolver.Run(About(text, "KG", names)).Actors;
        Assert.Equal(2, actors.Select(a => a.Key).Distinct().Count());
        Assert.Equal("Raimbek Matraimov", actors.OrderBy(a => a.Start).Last().Name);
    }

    [Fact]
    public void The_dictionary_gives_canonical_names_and_countries_of_known_figures()
    {
        var resolver = new ActorResolver(GeoData.Small(), GeoData.Lexicon);
        const string text = "Otumbaeva spoke.";
        var actor = Assert.Single(resolver.Run(About(text, "KG", Person(text, "Otumbaeva"))).Actors);
        Assert.Equal(("Roza Otunbayeva", "KG"), (actor.Name, actor.Country));
    }

    [Fact]
    public void Organisations_keep_their_name()
    {
        const string text = "The Ata Meken party protested.";
        var actor = Assert.Single(_resolver.Run(About(text, "KG", new NameMention(4, 9, NameKind.Organisation, 0.8))).Actors, a => a.Kind == ActorKind.Organisation);
        Assert.Equal("Ata Meken", actor.Name);
    }
}

public sealed class ActorResolverPropertyTests
{
    private static readonly ActorResolver Resolver = new(GeoData.Small(), GeoData.Lexicon);

    private static readonly Gen<(string Text, (int Start, int Length, int Kind)[] Names)> Inputs =
        Gen.OneOf(Gen.String, Gen.Const("President Kurmanbek Bakiyev’s riot police and Kyrgyz troops; Bakiev, Bakayev's crowd. anti-government"))
            .SelectMany(text => Gen.Select(Gen.Int[0, Math.Max(0, text.Length - 1)], Gen.Int[0, 12], Gen.Int[0, 3]).Array[0, 6]
                .Select(names => (text, names)));

    [Fact]
    public void Resolution_never_throws_and_spans_lie_inside_the_text() =>
        Inputs.Sample(input =>
        {
            var (text, raw) = input;
            var names = raw.Select(n => new NameMention(n.Start, Math.Min(n.Length, text.Length - n.Start), (NameKind)n.Kind, 0.8)).ToArray();
            var actors = Resolver.Run(Document.FromText(text) with { Names = [.. names] }).Actors;
            Assert.Equal(actors.Select(a => a.Key), Resolver.Run(Document.FromText(text) with { Names = [.. names] }).Actors.Select(a => a.Key));
            Assert.All(actors, a => Assert.InRange(a.Start + a.Length, a.Start, text.Length));
        }, iter: 300);
}
