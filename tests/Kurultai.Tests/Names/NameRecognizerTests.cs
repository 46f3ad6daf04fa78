using Kurultai.Model;
using static Kurultai.Tests.Language.LanguageDocs;

namespace Kurultai.Tests.Names;

public sealed class NameRecognizerTests
{
    private static NameMention Find(Document doc, string surface) =>
        Assert.Single(doc.Names, n => doc.Text.Substring(n.Start, n.Length) == surface);

    [Theory]
    [InlineData("President Kurmanbek Bakiyev fled the capital.", "Kurmanbek Bakiyev", NameKind.Person, "President")]
    [InlineData("The talks were led by opposition leader Adakhan Madumarov.", "Adakhan Madumarov", NameKind.Person, "opposition leader")]
    [InlineData("Crowds cheered when Mr Japarov was released.", "Japarov", NameKind.Person, "Mr")]
    [InlineData("The country's Prime Minister, Kubatbek Boronov, resigned.", "Kubatbek Boronov", NameKind.Person, "Prime Minister")] // appositive after a title
    [InlineData("Bolot Sherniyazov, leader of the party, was arrested.", "Bolot Sherniyazov", NameKind.Person, "leader")]
    [InlineData("Former president Almazbek Atambayev was released.", "Almazbek Atambayev", NameKind.Person, "Former president")]
    [InlineData("The Deputy Interim President Azimbek Beknazarov visited.", "Azimbek Beknazarov", NameKind.Person, "Deputy Interim President")]
    [InlineData("The Central Election Commission annulled the vote.", "Central Election Commission", NameKind.Organisation, null)]
    [InlineData("Officers of the State Committee for National Security stepped out.", "State Committee for National Security", NameKind.Organisation, null)]
    [InlineData("Money came from the Organisation for Security and Co-operation in Europe last year.", "Organisation for Security and Co-operation in Europe", NameKind.Organisation, null)]
    [InlineData("Leaders of the United People's Movement were arrested.", "United People's Movement", NameKind.Organisation, null)]
    [InlineData("Observers from the OSCE arrived.", "OSCE", NameKind.Organisation, null)]
    [InlineData("He leads the opposition party Ata Meken now.", "Ata Meken", NameKind.Organisation, null)]
    [InlineData("The protests started in the northern city of Talas.", "Talas", NameKind.Place, null)]
    [InlineData("Crowds gathered in Jalal-Abad on Friday.", "Jalal-Abad", NameKind.Place, null)]   // hyphenated names stay whole
    [InlineData("The Osh regional governor fled.", "Osh", NameKind.Place, null)]
    [InlineData("A rally filled Ala-Too square.", "Ala-Too", NameKind.Place, null)]
    [InlineData("Crowds massed in the capital, Bishkek, at noon.", "Bishkek", NameKind.Place, null)]
    [InlineData("Relations with Kazakhstan soured.", "Kazakhstan", NameKind.Place, null)]
    [InlineData("Madumarov said the police were ready.", "Madumarov", NameKind.Person, null)]
    [InlineData("BISHKEK, Oct 6 (Reuters) - Crowds seized the building.", "BISHKEK", NameKind.Place, null)] // a wire dateline
    public void Types_names_and_attaches_roles(string text, string surface, NameKind kind, string? role)
    {
        var name = Find(Named(text), surface);
        Assert.Equal((kind, role), (name.Kind, name.Role));
        Assert.InRange(name.Confidence, 0.3, 1.0);
    }

    [Fact]
    public void A_possessive_is_left_out_of_the_span()
    {
        var doc = Named("Bakiyev's family fled to Belarus.");
        Assert.Equal("Bakiyev", doc.Text.Substring(doc.Names[0].Start, doc.Names[0].Length));
    }

    [Fact]
    public void Names_in_a_list_share_the_kind_of_their_confident_members()
    {
        var doc = Named("Buildings were seized in Naryn, Isykkul and Batken.");
        Assert.All(new[] { "Naryn", "Isykkul", "Batken" }, s => Assert.Equal(NameKind.Place, Find(doc, s).Kind));
    }

    [Fact]
    public void A_later_bare_surname_takes_the_kind_of_the_full_name()
    {
        var doc = Named("Interior Minister Kanat Temirbaev resigned on Friday. Later Temirbaev left the country.");
        Assert.Equal(NameKind.Person, doc.Names.Last().Kind);
    }

    [Theory]
    [InlineData("Thousands of protesters gathered.")]          // a capitalised common opener
    [InlineData("The police left the square.")]
    [InlineData("Former ministers met in secret.")]
    [InlineData("In April the talks failed.")]                 // a month is no name
    [InlineData("Protests spread quickly.")]
    [InlineData("The Prime Minister resigned.")]               // a title alone names nobody
    [InlineData("Written by a reporter; Editing by the desk.")] // a clause opener after a semicolon
    public void Finds_no_name_where_there_is_none(string text) => Assert.Empty(Named(text).Names);

    [Fact]
    public void A_title_case_headline_keeps_only_uncommon_words()
    {
        var doc = Named("Rival Factions Continue To Vie For Power In Kyrgyzstan\n\nThe talks failed.");
        Assert.Equal("Kyrgyzstan", doc.Text.Substring(Assert.Single(doc.Names).Start, Assert.Single(doc.Names).Length));
    }

    [Fact]
    public void All_caps_text_falls_back_to_uncommon_words_at_low_confidence()
    {
        var doc = Named("PROTESTERS STORMED THE PARLIAMENT IN BISHKEK ON MONDAY. POLICE FLED.");
        var name = Find(doc, "BISHKEK");
        Assert.Equal(NameKind.Place, name.Kind);
        Assert.All(doc.Names, n => Assert.True(n.Confidence <= 0.35));
    }

    [Fact]
    public void Lower_case_text_falls_back_to_uncommon_words_at_low_confidence()
    {
        var doc = Named("protesters stormed the parliament in bishkek on monday and the police fled. the crowd then marched to the "
            + "government building and demanded the resignation of the president. many people were hurt in the clashes that followed.");
        Assert.Equal(NameKind.Place, Find(doc, "bishkek").Kind);
        Assert.All(doc.Names, n => Assert.True(n.Confidence <= 0.35));
    }
}
