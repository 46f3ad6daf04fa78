using Kurultai.Clean;

namespace Kurultai.Tests.Clean;

public sealed class LineTextTests
{
    [Theory]
    [InlineData("## **Latest Articles:**", "latest articles")]
    [InlineData("**Author:** [IWPR Central Asia](#)", "author: iwpr central asia")]
    [InlineData("  Share   this!  ", "share this")]
    [InlineData("![photo](x.png) Caption", "caption")]
    public void Key_is_the_visible_lower_case_text(string line, string expected) => Assert.Equal(expected, LineText.Key(line));

    [Theory]
    [InlineData("wsws.org/contact", true)]
    [InlineData("https://example.org/a?b=c", true)]
    [InlineData("www.example.org", true)]
    [InlineData("Killed.", false)]
    [InlineData("e.g.", false)]
    [InlineData("U.S.", false)]
    [InlineData("See example.org for more", false)]
    public void Recognises_bare_links(string line, bool expected) => Assert.Equal(expected, LineText.IsBareLink(line));

    [Fact]
    public void Parses_a_custom_lexicon()
    {
        var lexicon = DebrisLexicon.Parse("# comment\nline: Weiterlesen\nprefix: Abonnieren Sie\ntail: Mehr zum Thema\nshare: teilen\n");
        var cleaner = new DocumentCleaner(lexicon);
        var raw = "Die Polizei nahm zwölf Menschen fest, nachdem die Kundgebung am Abend eskaliert war und Steine flogen.\n\nWeiterlesen\n\nAbonnieren Sie unseren Newsletter\n\nMehr zum Thema\n\nStreik im Hafen\n\nNeue Proteste in der Stadt";
        Assert.Equal("Die Polizei nahm zwölf Menschen fest, nachdem die Kundgebung am Abend eskaliert war und Steine flogen.", cleaner.Clean(raw).Text);
    }
}
