using Kurultai.Places;

namespace Kurultai.Tests.Places;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Jalal-Abad", "jalalabad")]
    [InlineData("Özgön", "ozgon")]                 // diacritics go
    [InlineData("Джалал-Абад", "dzhalalabad")]      // Cyrillic is transliterated
    [InlineData("Kara-Kul'dzha", "karakuldzha")]    // apostrophes (soft signs) go
    [InlineData("  Bishkek\u00A0", "bishkek")]
    [InlineData("", "")]
    public void Normal_form_keeps_only_lower_case_ascii_letters_and_digits(string name, string expected) =>
        Assert.Equal(expected, NameKey.Normal(name));

    [Theory]
    [InlineData("Jalalabad", "Jalal-Abad")]
    [InlineData("Dzhalal-Abad", "Jalal-Abad")]      // dzh → j
    [InlineData("Djalal-Abad", "Jalalabad")]        // dj → j
    [InlineData("Джалал-Абад", "Jalal-Abad")]
    [InlineData("Issyk-Kul", "Isykkul")]            // doubled letters collapse, y reads as i
    [InlineData("Issykul", "Ysyk-Köl")]             // o and u merge
    [InlineData("Bakiyev", "Bakiev")]               // the glide i/y in a vowel cluster goes
    [InlineData("Otunbayeva", "Otumbaeva")]         // n before b is m
    [InlineData("Jeenbekov", "Jeyenbekov")]
    [InlineData("Zheenbekov", "Jeenbekov")]         // zh → j
    [InlineData("Akaev", "Akayev")]
    [InlineData("Kyrghiz", "Kirgiz")]               // gh → g
    [InlineData("Kara-Kulja", "Kara-Kul'dzha")]
    [InlineData("Roza", "Rosa")]                    // z → s
    [InlineData("Kyrgystan", "Kyrgyzstan")]
    public void Key_merges_transliteration_variants(string a, string b) =>
        Assert.Equal(NameKey.Key(a), NameKey.Key(b));

    [Theory]
    [InlineData("Atambayev", "Otunbayeva")]         // same consonants, different person
    [InlineData("Bakiyev", "Akayev")]
    [InlineData("Bakiyev", "Bakiyeva")]             // a gendered pair stays apart
    [InlineData("Osh", "Ash")]
    [InlineData("Naryn", "Narin Kala")]
    public void Key_keeps_different_names_apart(string a, string b) =>
        Assert.NotEqual(NameKey.Key(a), NameKey.Key(b));

    [Theory]
    [InlineData("bakten", "batken", 1)]             // a transposition is one edit
    [InlineData("bakev", "bakaev", 1)]
    [InlineData("kirgistan", "kirgistan", 0)]
    [InlineData("talas", "naryn", 3)]               // beyond the bound: bound + 1
    public void Bounded_edit_distance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 2));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(6, 1)]
    [InlineData(12, 2)]
    public void Edit_budget_grows_with_length(int length, int budget) =>
        Assert.Equal(budget, EditDistance.Budget(length));
}
