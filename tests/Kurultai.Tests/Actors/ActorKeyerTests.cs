using Kurultai.Actors;
using Kurultai.Tests.Places;

namespace Kurultai.Tests.Actors;

public sealed class ActorKeyerTests
{
    [Theory]
    [InlineData("President Kurmanbek Bakiyev", "Kurmanbek", "Bakiyev")]
    [InlineData("Bakiyev’s", null, "Bakiyev")]                  // a possessive goes
    [InlineData("Bakayev’’s", null, "Bakayev")]                 // even with a doubled quote
    [InlineData("former President Askar Akaev", "Askar", "Akaev")]
    [InlineData("A. Atambaev", "A", "Atambaev")]                // an initial
    [InlineData("Until Bakayev", null, "Bakayev")]              // a sentence-initial word is no given name
    public void Parses_person_names(string text, string? given, string surname)
    {
        var name = PersonName.Parse(text, GeoData.Lexicon);
        Assert.Equal((given, surname), (name?.Given, name?.Surname));
    }

    [Theory]
    [InlineData("the president")]
    [InlineData("")]
    [InlineData("’s")]
    public void Titles_alone_are_no_person(string text) =>
        Assert.Null(PersonName.Parse(text, GeoData.Lexicon));

    [Theory]
    [InlineData("Bakiyev", "Bakiev", true)]
    [InlineData("Bakiyev", "Bakayev", true)]                    // one edit on the key, same first and last letter
    [InlineData("Akaev", "Akiyev", true)]
    [InlineData("Otunbayeva", "Otumbaeva", true)]
    [InlineData("Jeenbekov", "Jeyenbekov", true)]
    [InlineData("Bakayev", "Akayev", false)]                     // different first letter: different people
    [InlineData("Bakiyev", "Bakiyeva", false)]                   // a gendered pair
    [InlineData("Atambayev", "Otunbayeva", false)]
    [InlineData("Bakiyev", "Bakirov", false)]
    public void Surnames_meet_across_spellings(string a, string b, bool same) =>
        Assert.Equal(same, ActorKeyer.SameSurname(new PersonName(null, a).SurnameKey, new PersonName(null, b).SurnameKey, givenNamesAgree: false));

    [Fact]
    public void Agreeing_given_names_allow_a_second_edit()
    {
        var a = new PersonName("Kirill", "Stepanyuk").SurnameKey;
        var b = new PersonName("Kirill", "Stanyuk").SurnameKey;
        Assert.False(ActorKeyer.SameSurname(a, b, givenNamesAgree: false));
        Assert.True(ActorKeyer.SameSurname(a, b, givenNamesAgree: true));
    }

    [Theory]
    [InlineData("bakev:k", "bakaev", true)]
    [InlineData("bakev:k", "bakev:a", false)]                   // different initials
    [InlineData("role:Police Forces of Kyrgyzstan", "role:Police Forces of Kyrgyzstan", true)]
    [InlineData("org:atameken", "atameken", false)]
    public void Keys_meet_across_documents(string a, string b, bool same) =>
        Assert.Equal(same, ActorKeyer.SameActor(a, b));
}
