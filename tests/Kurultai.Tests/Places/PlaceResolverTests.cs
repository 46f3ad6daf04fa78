using System.Collections.Immutable;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Tests.Places;

public sealed class PlaceResolverTests
{
    private readonly PlaceResolver _resolver = new(GeoData.Small(), GeoData.Cues);

    private ImmutableArray<PlaceMention> Resolve(string text, params NameMention[] names) =>
        _resolver.Run(Document.FromText(text) with { Names = [.. names] }).Places;

    private PlaceMention Single(string text, string surface, params NameMention[] names)
    {
        var places = Resolve(text, names);
        return Assert.Single(places, p => text.Substring(p.Start, p.Length) == surface);
    }

    [Theory]
    [InlineData("Crowds gathered in Kyrgyzstan's south, in Osh and Jalalabad.", "KG")]
    [InlineData("Kyrgyz police were sent to Jalalabad.", "KG")]                       // a demonym is context too
    [InlineData("Fighting in Afghanistan reached Jalalabad on Monday.", "AF")]
    public void Country_context_decides_between_namesakes(string text, string country) =>
        Assert.Equal(country, Single(text, "Jalalabad").Place?.Country);

    [Theory]
    [InlineData("Protesters seized buildings in the Osh region.", FeatureType.Admin1)]
    [InlineData("Unrest spread across the province of Osh in Kyrgyzstan.", FeatureType.Admin1)]
    [InlineData("Protesters marched in the city of Osh in Kyrgyzstan.", FeatureType.City)]
    [InlineData("Osh city was quiet, Kyrgyz officials said.", FeatureType.City)]
    [InlineData("Crowds gathered in Osh, Kyrgyzstan.", FeatureType.City)]           // no cue: the city, the division's seat
    public void Admin_level_cues_decide_between_a_city_and_its_region(string text, FeatureType feature) =>
        Assert.Equal(feature, Single(text, "Osh").Place?.Feature);

    [Fact]
    public void A_region_keeps_its_seats_coordinates()
    {
        // "Isykkul" is the Issyk-Kul region (also an old alias of the town Balykchy): the region wins, at Karakol.
        var place = Single("Buildings were seized in Naryn, Isykkul and Batken, Kyrgyzstan.", "Isykkul").Place;
        Assert.Equal((FeatureType.Admin1, "Karakol", 42.49), (place?.Feature, place?.Capital, place?.Lat));
    }

    [Theory]
    [InlineData("Paris Hilton visited Texas.", "Paris")]                              // a person named like a place
    [InlineData("In Kyrgyzstan, President Talas spoke.", "Talas")]                    // a title makes it a person
    public void A_person_named_like_a_place_is_not_a_place(string text, string surface) =>
        Assert.DoesNotContain(Resolve(text), p => text.Substring(p.Start, p.Length) == surface);

    [Fact]
    public void A_person_name_from_the_names_layer_is_never_a_place()
    {
        const string text = "Talas said the Kyrgyz vote was fair.";
        Assert.DoesNotContain(Resolve(text, new NameMention(0, 5, NameKind.Person, 0.9)), p => p.Start == 0);
        Assert.Contains(Resolve(text), p => p.Start == 0 && p.Place?.Country == "KG");
    }

    [Fact]
    public void A_place_from_the_names_layer_is_resolved_even_with_weak_evidence()
    {
        const string text = "they went to uzgen";                              // lower case: the scan alone misses it
        Assert.Empty(Resolve(text));
        var place = Assert.Single(Resolve(text, new NameMention(13, 5, NameKind.Place, 0.9)));
        Assert.Equal("Uzgen", place.Place?.Name);
    }

    [Fact]
    public void A_misspelt_place_after_a_locative_matches_by_edit_distance_within_the_context_country()
    {
        var place = Single("Riots hit Kyrgyzstan: offices burned in Bakten.", "Bakten");
        Assert.Equal(("Batken", "KG"), (place.Place?.Name, place.Place?.Country));
        Assert.StartsWith("fuzzy", place.Reason, StringComparison.Ordinal);
        Assert.True(place.Confidence < 0.7);
    }

    [Fact]
    public void Hyphenated_pairs_of_places_resolve_each_place()
    {
        var places = Resolve("The Osh-Bishkek road in Kyrgyzstan was blocked.");
        Assert.Contains(places, p => p.Place?.Name == "Osh");
        Assert.Contains(places, p => p.Place?.Name == "Bishkek");
    }

    [Theory]
    [InlineData("May protests grew, Kyrgyz media said.")]                           // a month, not a place
    [InlineData("The White House said nothing.")]                                    // only stop words
    public void Common_capitalised_words_are_not_places(string text) =>
        Assert.Empty(Resolve(text).Where(p => p.Place?.Feature != FeatureType.Country));

    [Fact]
    public void An_alias_needs_its_country_strongly_in_context()
    {
        // Molotov is an old name of Perm; Russia is only mentioned in passing in a report on Kyrgyzstan.
        const string text = "In Kyrgyzstan, Kyrgyz youths in Bishkek and Osh threw Molotov cocktails at Russian-made cars.";
        Assert.DoesNotContain(Resolve(text), p => p.Place?.Name == "Perm");
        Assert.Contains(Resolve("Russia's Molotov region, as Russians call it, voted."), p => p.Place?.Name == "Perm");
    }

    [Fact]
    public void Mentions_carry_alternatives_and_a_reason()
    {
        var place = Single("Talas, Kyrgyzstan, was calm.", "Talas");
        Assert.Equal("KG", place.Place?.Country);
        Assert.Contains(place.Alternatives, a => a.Country == "TR");
        Assert.Contains("context KG", place.Reason, StringComparison.Ordinal);
    }
}
