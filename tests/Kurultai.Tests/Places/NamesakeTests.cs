using System.Collections.Immutable;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Tests.Places;

/// <summary>
/// Names that look like places elsewhere: the words of facility, street and outlet names ("Moi Avenue"), namesakes
/// abroad ("Moi", a Norwegian village, in a Kenyan report), macro-regions ("Central Asia").
/// </summary>
public sealed class NamesakeTests
{
    private readonly PlaceResolver _resolver = new(GeoData.Small(), GeoData.Cues);

    private ImmutableArray<PlaceMention> Resolve(string text, params NameMention[] names) =>
        _resolver.Run(Document.FromText(text) with { Names = [.. names] }).Places;

    /// <summary>A names-layer mention of <paramref name="name"/> (its first occurrence) as the NameRecognizer gives it.</summary>
    private static NameMention Named(string text, string name, NameKind kind = NameKind.Place) =>
        new(text.IndexOf(name, StringComparison.Ordinal), name.Length, kind, 0.7);

    private static string Surface(string text, PlaceMention p) => text.Substring(p.Start, p.Length);

    [Theory]
    [InlineData("Crowds gathered on Moi Avenue in Nairobi.", "Moi Avenue")]
    [InlineData("The march set off from Uhuru Park in Nairobi.", "Uhuru Park")]               // Uhuru ~ "Ohoro", an alias of Oslo
    [InlineData("The Rift Valley Courier reported clashes in Kisumu.", "Rift Valley Courier")] // an outlet, not The Valley (Anguilla)
    [InlineData("Stones were thrown on Moi avenue in Nairobi.", "Moi")]                       // a street noun in lower case
    [InlineData("Crowds gathered in Moi square, Nairobi.", "Moi")]
    public void The_words_of_a_facility_or_street_name_are_no_settlement(string text, string name)
    {
        foreach (var places in new[] { Resolve(text), Resolve(text, Named(text, name)) })
        {
            Assert.DoesNotContain(places, p => p.Place is { Country: not "KE" });
            Assert.Contains(places, p => p.Place is { Country: "KE", Feature: not FeatureType.Country });
        }
    }

    [Fact]
    public void A_facility_name_from_the_names_layer_says_why_it_is_unresolved()
    {
        const string text = "Crowds gathered on Moi Avenue in Nairobi.";
        var avenue = Assert.Single(Resolve(text, Named(text, "Moi Avenue")), p => p.Place is null);
        Assert.Equal(("Moi Avenue", "facility, street or outlet name: no settlement"), (Surface(text, avenue), avenue.Reason));
    }

    [Fact]
    public void A_whole_facility_name_the_gazetteer_knows_needs_its_country_in_context()
    {
        // "Seaside Park" is a town in New Jersey; in a Kenyan report it is a park.
        const string text = "Kenyan police cleared Seaside Park in Nairobi.";
        Assert.DoesNotContain(Resolve(text, Named(text, "Seaside Park")), p => p.Place?.Country == "US");
    }

    [Theory]
    [InlineData("Crowds filled Nairobi's Uhuru square.", "Nairobi")]                       // a possessive: the square of Nairobi
    [InlineData("Protesters stormed the Talas Regional Administration in Kyrgyzstan.", "Talas")] // a governing body bears its place's name
    public void A_place_that_owns_or_names_its_institution_stays_a_place(string text, string surface) =>
        Assert.Contains(Resolve(text), p => Surface(text, p) == surface && p.Place is { Feature: not FeatureType.Country });

    [Fact]
    public void A_namesake_abroad_is_not_taken_in_a_report_on_another_country()
    {
        // Moi is a village in Norway; Kenya is what the report is about, and Moi's own vote does not count for it.
        const string text = "Kenyan police in Nairobi and Kisumu said Moi was calm.";
        Assert.DoesNotContain(Resolve(text, Named(text, "Moi")), p => p.Place?.Country == "NO");
        Assert.DoesNotContain(Resolve(text), p => p.Place?.Country == "NO");
    }

    [Fact]
    public void A_transliteration_to_another_country_never_wins()
    {
        // "Uhuru" has the key of "Ohoro", an alias of Oslo.
        const string text = "In Nairobi, Kenyan crowds chanted Uhuru.";
        Assert.DoesNotContain(Resolve(text, Named(text, "Uhuru")), p => p.Place?.Country == "NO");
    }

    [Theory]
    [InlineData("Kenyan police in Nairobi said the suspect had come from Moi, Norway.")]
    [InlineData("Kenyan police in Nairobi said the suspect had come from Moi (Norway).")]
    [InlineData("Kenyan police in Nairobi said the suspect had come from the Norwegian village of Moi.")]
    [InlineData("Kenyan police in Nairobi said the suspect had come from Norway's Moi.")]
    public void A_country_named_beside_the_name_lets_a_namesake_abroad_through(string text)
    {
        var moi = Assert.Single(Resolve(text), p => Surface(text, p) == "Moi");
        Assert.Equal("NO", moi.Place?.Country);
        Assert.Contains("qualified by NO", moi.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kenyan police said visitors from Nairobi, Norway and Kenya came.", "Nairobi")]  // the next item of a list
    [InlineData("Kenyan police said the town of Nairobi was calm.", "Nairobi")]                  // no demonym before "town"
    public void A_country_that_is_no_qualifier_qualifies_nothing(string text, string surface)
    {
        var place = Assert.Single(Resolve(text), p => Surface(text, p) == surface);
        Assert.DoesNotContain("qualified by", place.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_is_lower_for_a_landmark_outside_the_context()
    {
        // Paris is large enough to be named for itself in a report on Kyrgyzstan, but less surely than Osh.
        const string text = "In Kyrgyzstan, Kyrgyz crowds in Osh cheered as Paris watched.";
        var places = Resolve(text);
        var paris = Assert.Single(places, p => Surface(text, p) == "Paris");
        var osh = Assert.Single(places, p => Surface(text, p) == "Osh");
        Assert.Equal("FR", paris.Place?.Country);
        Assert.True(paris.Confidence < 0.6 && osh.Confidence > paris.Confidence + 0.2, $"Paris {paris.Confidence}, Osh {osh.Confidence}");
    }

    [Fact]
    public void A_macro_region_is_no_place()
    {
        const string text = "Leaders from Central Asia met in Bishkek.";
        foreach (var places in new[] { Resolve(text), Resolve(text, Named(text, "Central Asia")) })
            Assert.Equal(["Bishkek"], places.Where(p => p.Place is not null).Select(p => Surface(text, p)));
    }

    [Fact]
    public void A_city_far_larger_than_its_namesakes_votes_for_its_country()
    {
        // Lima is found in Peru and Ohio; Peru's is two hundred times larger, so the report is about Peru.
        const string text = "Students marched in Lima and Chota.";
        var chota = Assert.Single(Resolve(text), p => Surface(text, p) == "Chota");
        Assert.Contains("context PE 1.00", chota.Reason, StringComparison.Ordinal);
        Assert.Equal("PE", Assert.Single(Resolve(text), p => Surface(text, p) == "Lima").Place?.Country);
    }

    [Fact]
    public void A_run_may_start_with_a_capitalised_connector()
    {
        const string text = "Miners clashed with police in La Paz.";
        var place = Assert.Single(Resolve(text), p => p.Place is not null);
        Assert.Equal(("La Paz", "BO"), (Surface(text, place), place.Place?.Country));
    }
}
