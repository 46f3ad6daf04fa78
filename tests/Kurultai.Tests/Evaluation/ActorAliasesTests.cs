using Kurultai.Evaluation;

namespace Kurultai.Tests.Evaluation;

public sealed class ActorAliasesTests
{
    [Theory]
    [InlineData("Protesters (Testland)", "protesters (testland)", true)]     // case folding
    [InlineData("The Police Forces of Testland", "Police Forces of Testland", true)]
    [InlineData("Police Forces of Testland (2005-2010)", "Police Forces of Testland", true)]   // ACLED period suffix
    [InlineData("Kurmanbek Bakiyev", "Kurmanbek Bakiev", true)]           // transliteration variant
    [InlineData("Roza Otunbayeva", "Rosa Otunbaeva", false)]              // s/z differs: needs the alias table
    [InlineData("Government of Kyrgyzstan", "Government of Kazakhstan", false)]
    [InlineData("Protesters (Testland)", "Rioters (Testland)", false)]
    [InlineData("", "", true)]
    [InlineData("Protesters (Testland)", "", false)]
    public void Compares_names_by_key_without_a_table(string a, string b, bool same) =>
        Assert.Equal(same, ActorAliases.None.Same(a, b));

    [Fact]
    public void Loads_a_table_of_spellings()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# canonical, then spellings", "Roza Otunbayeva\tRosa Otunbaeva|Otunbayeva", "", "Askar Akayev; Akaev"]);
            var aliases = ActorAliases.Load(path);
            Assert.True(aliases.Same("rosa otunbaeva", "Roza Otunbayeva"));
            Assert.True(aliases.Same("Akaev", "Askar Akayev"));
            Assert.False(aliases.Same("Akaev", "Roza Otunbayeva"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_the_actor_table_layout_ignoring_role_country_and_years()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# canonical <tab> aliases <tab> role <tab> country <tab> years",
                "Giorgi Tsereteli\tGiorgi Ceredeli|G. Tsereteli\tPresident\tGE\t2019-2021"]);
            var aliases = ActorAliases.Load(path);
            Assert.True(aliases.Same("Giorgi Ceredeli", "Giorgi Tsereteli"));
            Assert.False(aliases.Same("President", "Giorgi Tsereteli"));   // the role column is no alias
            Assert.Equal(3, aliases.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_table_is_empty()
    {
        Assert.Equal(0, ActorAliases.Load("/nonexistent/aliases.tsv").Count);
    }

    [Theory]
    [InlineData("Issyk-Kul", "issyk kul")]
    [InlineData("Жалал-Абад", "zhalal abad")]
    [InlineData("The Police (2005-2010)", "police")]
    public void Name_keys_fold_case_script_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));
}
