using System.Text;
using Kurultai.Ingest;

namespace Kurultai.Tests.Ingest;

public sealed class EncodingTests
{
    private const string Russian = "Полиция задержала двадцать человек у здания парламента. Протестующие требовали отставки правительства и новых выборов.";
    private const string French = "Les manifestants ont défilé à Lyon samedi, où la police a arrêté trois personnes près de la préfecture.";

    private static readonly ArticleReader Reader = new();

    private static Kurultai.Model.Article Read(byte[] bytes)
    {
        using var dir = new TempDirectory();
        var result = Assert.Single(Reader.ReadFile(dir.Write("report.txt", bytes)));
        Assert.True(result.IsOk, result.Rejection?.ToString());
        return result.Article!;
    }

    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var plain = Read(Encoding.UTF8.GetBytes(French));
        var bom = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)]);
        Assert.Equal(French, plain.RawText);
        Assert.Equal(French, bom.RawText);
        Assert.False(bom.Metadata.Extra.ContainsKey("encoding"));
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16BE")]
    public void Reads_utf16_by_its_bom(bool bigEndian, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var article = Read([.. encoding.GetPreamble(), .. encoding.GetBytes(Russian)]);
        Assert.Equal(Russian, article.RawText);
        Assert.Equal(expected, article.Metadata.Extra["encoding"]);
    }

    [Fact]
    public void Reads_utf16_without_a_bom_by_its_nul_pattern()
    {
        var article = Read(new UnicodeEncoding(false, false).GetBytes(French));
        Assert.Equal(French, article.RawText);
    }

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    public void Detects_legacy_cyrillic_encodings(int codePage, string expected)
    {
        var article = Read(CodePage(codePage).GetBytes(Russian));
        Assert.Equal(Russian, article.RawText);
        Assert.Equal(expected, article.Metadata.Extra["encoding"]);
    }

    [Fact]
    public void Reads_invalid_utf8_western_text_as_windows_1252()
    {
        var article = Read(CodePage(1252).GetBytes(French));
        Assert.Equal(French, article.RawText);
        Assert.Equal("windows-1252", article.Metadata.Extra["encoding"]);
    }

    [Fact]
    public void Uses_the_charset_an_html_page_declares()
    {
        var html = "<html><head><meta charset=\"koi8-r\"></head><body><p>" + Russian + "</p></body></html>";
        using var dir = new TempDirectory();
        var article = Assert.Single(Reader.ReadFile(dir.Write("page.html", CodePage(20866).GetBytes(html)))).Article!;
        Assert.Equal(Russian, article.RawText);
        Assert.Equal("koi8-r", article.Metadata.Extra["encoding"]);
    }
}
