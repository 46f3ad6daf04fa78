using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Tests.Places;

public sealed class GazetteerTests
{
    private readonly Gazetteer _small = GeoData.Small();

    [Theory]
    [InlineData("Jalal-Abad", MatchKind.Exact)]
    [InlineData("jalal abad", MatchKind.Exact)]        // case, spaces and hyphens do not matter
    [InlineData("Dzhalal-Abad", MatchKind.Alias)]
    [InlineData("Djalal-Abad", MatchKind.Transliteration)]
    public void Finds_a_city_and_says_how_it_matched(string name, MatchKind kind)
    {
        var match = _small.Find(name).First(m => m.Entry.Id == 102);
        Assert.Equal(kind, match.Kind);
    }

    [Fact]
    public void Falls_back_to_edit_distance_only_when_nothing_else_matches()
    {
        var matches = _small.Find("Bakten", ["KG"]);
        Assert.All(matches, m => Assert.Equal(MatchKind.Fuzzy, m.Kind));
        Assert.Contains(matches, m => m.Entry.Name == "Batken" && m.Distance == 1);
        Assert.DoesNotContain(_small.Find("Batken"), m => m.Kind == MatchKind.Fuzzy);
    }

    [Fact]
    public void Ranks_context_free_by_match_kind_then_feature_then_population()
    {
        var names = _small.Lookup("Paris").Select(e => (e.Country, e.Feature)).ToList();
        Assert.Equal([("FR", FeatureType.Capital), ("US", FeatureType.Town)], names);
    }

    [Fact]
    public void Countries_carry_their_capital_and_demonyms_name_them()
    {
        var kg = _small.Country("KG");
        Assert.NotNull(kg);
        Assert.Equal("Bishkek", kg.Capital);
        Assert.Equal("KG", _small.CountryOfDemonym("Kyrgyz"));
        Assert.Equal("KG", _small.CountryOfDemonym("kirghiz"));
        Assert.Null(_small.CountryOfDemonym("Talas"));
        Assert.Contains(_small.Find("Kirghizia"), m => m.Entry == kg && m.Kind == MatchKind.Alias);
    }

    [Fact]
    public void Divisions_carry_their_code_english_name_and_seat()
    {
        var division = _small.Admin1("KG.07");
        Assert.NotNull(division);
        Assert.Equal(("Issyk-Kul", "Karakol", FeatureType.Admin1), (division.Name, division.Capital, division.Feature));
        var town = _small.Lookup("Balykchy").Single();
        Assert.Equal(("Issyk-Kul", "KG.07"), (town.Admin1, town.Admin1Code));
    }

    [Fact]
    public void Names_of_an_entry_list_the_name_first_then_aliases()
    {
        var uzgen = _small.Lookup("Ozgon").Single();
        Assert.Equal(["Uzgen", "Ozgon", "Uzkend"], _small.NamesOf(uzgen));
    }

    [Fact]
    public void Odd_names_find_nothing_and_do_not_throw()
    {
        Assert.Empty(_small.Find(""));
        Assert.Empty(_small.Find("—"));
        Assert.Empty(_small.Find(new string('x', 500)));
    }

    [Theory]
    [InlineData("Jalalabad", "KG", 40.93, 73.0)]       // the Kyrgyz city is among the candidates
    [InlineData("Dzhalal-Abad", "KG", 40.93, 73.0)]
    [InlineData("Ozgon", "KG", 40.77, 73.3)]            // Uzgen's Kyrgyz spelling
    [InlineData("Isykkul", "KG", 42.49, 78.39)]         // the division, at its seat Karakol
    [InlineData("Karakulja", "KG", 40.63, 73.59)]
    [InlineData("Kyrghizia", "KG", 42.87, 74.59)]      // the country, at its capital
    public void Real_gazetteer_knows_variant_spellings(string name, string country, double lat, double lon)
    {
        var matches = GeoData.Real.Find(name);
        Assert.Contains(matches, m => m.Entry.Country == country && Math.Abs(m.Entry.Lat - lat) < 0.05 && Math.Abs(m.Entry.Lon - lon) < 0.05);
    }

    [Fact]
    public void Real_gazetteer_names_divisions_in_english_without_a_generic_suffix()
    {
        // GeoNames says "Osh Region"; FORMAT.md's admin1 is "Osh".
        Assert.Equal("Osh", GeoData.Real.Admin1("KG.08")?.Name);
        Assert.Equal("Issyk-Kul", GeoData.Real.Admin1("KG.07")?.Name);
        Assert.Equal("Kyrgyzstan", GeoData.Real.Country("KG")?.Name);
    }
}
