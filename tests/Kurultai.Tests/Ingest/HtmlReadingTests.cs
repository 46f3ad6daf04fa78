using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Tests.Ingest;

public sealed class HtmlReadingTests
{
    private static readonly ArticleReader Reader = new();

    private const string Page = """
        <!doctype html>
        <html lang="fr-FR">
        <head>
          <title>Rally in Lyon ends peacefully - Rhone Daily</title>
          <link rel="canonical" href="https://rhone.example/lyon-rally">
          <meta property="og:site_name" content="Rhone Daily">
          <meta property="article:published_time" content="2022-04-09T18:00:00+02:00">
          <meta name="author" content="Claire Martin">
          <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rally in Lyon ends peacefully", "datePublished": "2022-04-10", "author": {"name": "Someone Else"}}</script>
        </head>
        <body>
          <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
          <article>
            <h1>Rally in Lyon ends peacefully</h1>
            <p>About 2,000 people marched through Lyon on Saturday against a planned motorway.</p>
            <p>Police reported no arrests.<br>Organisers said they would return next month.</p>
          </article>
          <footer>Subscribe to our newsletter</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Reads_metadata_from_meta_tags_first()
    {
        using var dir = new TempDirectory();
        var article = Assert.Single(Reader.ReadFile(dir.Write("lyon.html", Page))).Article!;
        var m = article.Metadata;
        Assert.Equal(SourceFormat.Html, article.Format);
        Assert.Equal("Rally in Lyon ends peacefully", m.Title?.Value);   // JSON-LD headline (no og:title)
        Assert.Equal("https://rhone.example/lyon-rally", m.Url?.Value);
        Assert.Equal("Rhone Daily", m.Outlet?.Value);
        Assert.Equal(["Claire Martin"], m.Authors!.Value);                  // meta author wins over JSON-LD
        Assert.Equal(new DateOnly(2022, 4, 9), m.Published?.Value);         // the day as written, not converted to UTC
        Assert.Equal(("fr", MetaOrigin.HtmlMeta), (m.Language?.Value, m.Language?.Origin));
    }

    [Fact]
    public void Raw_text_is_the_main_content_with_paragraph_breaks()
    {
        using var dir = new TempDirectory();
        var text = Assert.Single(Reader.ReadFile(dir.Write("lyon.html", Page))).Article!.RawText;
        Assert.Contains("About 2,000 people marched through Lyon on Saturday against a planned motorway.\n\nPolice reported no arrests.\nOrganisers", text);
        Assert.DoesNotContain("Subscribe", text);
        Assert.DoesNotContain("Home", text);
    }

    [Fact]
    public void Reads_json_ld_when_meta_tags_are_missing()
    {
        var html = """<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"}, {"@type": "NewsArticle", "headline": "Curfew Declared", "datePublished": "2020-10-06T09:00:00Z", "author": [{"name": "Aibek Sydykov"}], "publisher": {"name": "Steppe News"}}]}</script></head><body><p>The authorities declared a curfew in the capital after a night of unrest.</p></body></html>""";
        var m = Assert.Single(Reader.ReadText(html, "curfew.html")).Article!.Metadata;
        Assert.Equal(("Curfew Declared", MetaOrigin.JsonLd), (m.Title?.Value, m.Title?.Origin));
        Assert.Equal(new DateOnly(2020, 10, 6), m.Published?.Value);
        Assert.Equal(["Aibek Sydykov"], m.Authors!.Value);
        Assert.Equal("Steppe News", m.Outlet?.Value);
    }

    [Fact]
    public void Malformed_html_still_gives_its_text()
    {
        var html = "<html><body><div><p>Clashes broke out near the stadium<p>Six people were hurt <b>and two were arrested</div></span></body>";
        var result = Assert.Single(Reader.ReadText(html, "broken.html"));
        Assert.True(result.IsOk, result.Rejection?.ToString());
        Assert.Contains("Six people were hurt and two were arrested", result.Article!.RawText);
    }

    [Fact]
    public void Html_without_text_is_rejected()
    {
        var result = Assert.Single(Reader.ReadText("<html><head><title>x</title><script>var a = 1;</script></head><body><img src=a.png></body></html>", "empty.html"));
        Assert.False(result.IsOk);
        Assert.Equal("HTML with no extractable text", result.Rejection!.Reason);
    }

    [Fact]
    public void A_txt_file_holding_html_is_read_as_html()
    {
        var result = Assert.Single(Reader.ReadText("<!DOCTYPE html><html><body><p>Police detained 40 people.</p></body></html>", "saved-page.txt"));
        Assert.Equal(SourceFormat.Html, result.Article!.Format);
        Assert.Equal("Police detained 40 people.", result.Article.RawText);
    }
}
