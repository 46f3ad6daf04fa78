using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Tests.Ingest;

public sealed class FeedReadingTests
{
    private static readonly ArticleReader Reader = new();

    [Fact]
    public void Reads_each_rss_item_as_an_article()
    {
        var rss = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Harbour Post</title>
                <language>en-gb</language>
                <item>
                  <title>Dockers strike</title>
                  <link>https://example.org/dockers</link>
                  <pubDate>Tue, 06 Oct 2020 10:00:00 +0600</pubDate>
                  <author>desk@example.org (Mira Holt)</author>
                  <description>&lt;p&gt;Dock workers walked out.&lt;/p&gt;&lt;p&gt;Ships waited offshore.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Curfew lifted</title>
                  <dc:creator>Sam Reid</dc:creator>
                  <dc:date>2020-10-09</dc:date>
                  <description>The curfew in the port city was lifted on Friday.</description>
                </item>
              </channel>
            </rss>
            """;
        var results = Reader.ReadText(rss, "news.rss").ToList();

        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(("news-1", SourceFormat.Feed), (first.Id, first.Format));
        Assert.Equal("Dock workers walked out.\n\nShips waited offshore.", first.RawText);
        Assert.Equal(("Harbour Post", MetaOrigin.FeedItem), (first.Metadata.Outlet?.Value, first.Metadata.Outlet?.Origin));
        Assert.Equal("Dockers strike", first.Metadata.Title?.Value);
        Assert.Equal("https://example.org/dockers", first.Metadata.Url?.Value);
        Assert.Equal(new DateOnly(2020, 10, 6), first.Metadata.Published?.Value);
        Assert.Equal(["Mira Holt"], first.Metadata.Authors!.Value);
        Assert.Equal("en", first.Metadata.Language?.Value);
        Assert.Equal(["Sam Reid"], results[1].Article!.Metadata.Authors!.Value);
        Assert.Equal(new DateOnly(2020, 10, 9), results[1].Article!.Metadata.Published?.Value);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Steppe Wire</title>
              <entry>
                <title>Talks resume</title>
                <link rel="alternate" href="https://example.org/talks"/>
                <id>urn:x:1</id>
                <published>2021-05-02T08:00:00Z</published>
                <author><name>Dana Orr</name></author>
                <content type="html">&lt;p&gt;Negotiators met again in the capital.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var article = Assert.Single(Reader.ReadText(atom, "wire.atom")).Article!;
        Assert.Equal("Negotiators met again in the capital.", article.RawText);
        Assert.Equal(("Talks resume", "https://example.org/talks", "Steppe Wire"), (article.Metadata.Title?.Value, article.Metadata.Url?.Value, article.Metadata.Outlet?.Value));
        Assert.Equal(new DateOnly(2021, 5, 2), article.Metadata.Published?.Value);
        Assert.Equal("urn:x:1", article.Metadata.Extra["guid"]);
    }

    [Fact]
    public void Malformed_xml_is_rejected_with_its_line()
    {
        var result = Assert.Single(Reader.ReadText("<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>", "broken.xml"));
        Assert.False(result.IsOk);
        Assert.StartsWith("not well-formed XML", result.Rejection!.Reason);
        Assert.Equal(4, result.Rejection.Line);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_rejected()
    {
        var result = Assert.Single(Reader.ReadText("<?xml version=\"1.0\"?><config><a>1</a></config>", "settings.xml"));
        Assert.Equal("XML but not an RSS or Atom feed (root element <config>)", result.Rejection!.Reason);
    }
}
