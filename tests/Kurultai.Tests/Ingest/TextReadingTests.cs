using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Tests.Ingest;

public sealed class TextReadingTests
{
    private static readonly ArticleReader Reader = new();

    private static ReadResult ReadOne(string name, string text)
    {
        using var dir = new TempDirectory();
        return Assert.Single(Reader.ReadFile(dir.Write(name, text)));
    }

    [Fact]
    public void Reads_a_plain_text_file_with_its_file_name_as_id()
    {
        var result = ReadOne("osh-rally.txt", "Crowds Gather in Osh\n\nAbout 300 people rallied in the city centre on Friday.");
        Assert.True(result.IsOk, result.Rejection?.ToString());
        Assert.Equal("osh-rally", result.Article!.Id);
        Assert.Equal(SourceFormat.PlainText, result.Article.Format);
        Assert.Equal("Crowds Gather in Osh", result.Article.Metadata.Title?.Value);
        Assert.Equal(MetaOrigin.TextPattern, result.Article.Metadata.Title?.Origin);
    }

    [Fact]
    public void Reads_markdown_front_matter_and_keeps_unknown_keys()
    {
        // Given
        var text = "---\ntitle: Strike Closes Port\nurl: https://example.org/port\noutlet: Harbour Post\npublished: 2021-03-04\nauthors: [Ana Ruiz, Tom Lee]\nlanguage: en\ndesk: economy\n---\n\n# Strike Closes Port\n\nDock workers walked out on Tuesday.";

        // When
        var article = ReadOne("port.md", text).Article!;

        // Then
        var m = article.Metadata;
        Assert.Equal(SourceFormat.Markdown, article.Format);
        Assert.Equal(("Strike Closes Port", MetaOrigin.FrontMatter), (m.Title!.Value, m.Title.Origin));
        Assert.Equal("https://example.org/port", m.Url?.Value);
        Assert.Equal("Harbour Post", m.Outlet?.Value);
        Assert.Equal(new DateOnly(2021, 3, 4), m.Published?.Value);
        Assert.Equal(["Ana Ruiz", "Tom Lee"], m.Authors!.Value);
        Assert.Equal("economy", m.Extra["desk"]);
        Assert.StartsWith("# Strike Closes Port", article.RawText.TrimStart());
        Assert.DoesNotContain("desk:", article.RawText);
    }

    [Fact]
    public void Rejects_malformed_front_matter_naming_the_line()
    {
        var result = ReadOne("bad.md", "---\ntitle: Fine\nauthors: [unclosed, list\npublished: 2021-01-01\n---\nBody text here.");
        Assert.False(result.IsOk);
        Assert.Contains("front matter", result.Rejection!.Reason);
        Assert.NotNull(result.Rejection.Line);
        Assert.InRange(result.Rejection.Line!.Value, 3, 5);
    }

    [Fact]
    public void A_leading_horizontal_rule_is_not_front_matter()
    {
        var result = ReadOne("rule.txt", "---\nPolice closed the square.\n---\nThe crowd left by evening.");
        Assert.True(result.IsOk);
        Assert.Contains("Police closed the square.", result.Article!.RawText);
    }

    [Fact]
    public void Finds_metadata_in_a_crawled_page_layout()
    {
        // Given an outlet line, a title, a byline, a date line and a source footer
        var text = string.Join("\n", "The Valley Gazette", "", "Miners Block Highway Over Unpaid Wages", "", "By Carla Mendes and Joel Ortiz", "",
            "Published on 3 March 2019", "", "Hundreds of miners blocked the main highway on Saturday, demanding wages they say are six months overdue.",
            "", "---", "", "**Source URL:** <https://valleygazette.example/miners-block-highway>");

        // When
        var m = ReadOne("miners.txt", text).Article!.Metadata;

        // Then
        Assert.Equal("The Valley Gazette", m.Outlet?.Value);
        Assert.Equal("Miners Block Highway Over Unpaid Wages", m.Title?.Value);
        Assert.Equal(["Carla Mendes", "Joel Ortiz"], m.Authors!.Value);
        Assert.Equal(new DateOnly(2019, 3, 3), m.Published?.Value);
        Assert.Equal("https://valleygazette.example/miners-block-highway", m.Url?.Value);
        Assert.Equal("en", m.Language?.Value);
        Assert.Equal(MetaOrigin.Detected, m.Language?.Origin);
    }

    [Fact]
    public void Reads_stdin_by_content()
    {
        using var stream = new MemoryStream("{\"id\": \"a1\", \"text\": \"Police detained five people.\"}\n"u8.ToArray());
        var result = Assert.Single(Reader.ReadStream(stream, "-"));
        Assert.True(result.IsOk, result.Rejection?.ToString());
        Assert.Equal("a1", result.Article!.Id);
        Assert.Equal(SourceFormat.JsonLines, result.Article.Format);
    }

    [Fact]
    public void Reads_stdin_plain_text_as_stdin()
    {
        using var stream = new MemoryStream("Police detained five people in the square."u8.ToArray());
        var result = Assert.Single(Reader.ReadStream(stream, "-"));
        Assert.Equal(("stdin", "-"), (result.Article!.Id, result.Article.Source));
    }
}
