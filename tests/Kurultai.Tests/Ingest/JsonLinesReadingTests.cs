using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Tests.Ingest;

public sealed class JsonLinesReadingTests
{
    private static readonly ArticleReader Reader = new();

    [Fact]
    public void Reads_one_article_a_line_with_fields_and_extras()
    {
        var jsonl = """
            {"id": "n-1", "url": "https://example.org/1", "title": "Vote Annulled", "published": "2020-10-06", "outlet": "Example Wire", "authors": ["A. Writer"], "language": "en", "text": "The election commission annulled the vote.", "section": "Asia", "rank": 3}
            {"title": "No Id Here", "text": "Protesters freed a jailed politician."}
            """;
        var results = Reader.ReadText(jsonl, "feed.jsonl").ToList();

        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(("n-1", "feed.jsonl:1", SourceFormat.JsonLines), (first.Id, first.Source, first.Format));
        Assert.Equal(("Vote Annulled", MetaOrigin.JsonField), (first.Metadata.Title?.Value, first.Metadata.Title?.Origin));
        Assert.Equal("Example Wire", first.Metadata.Outlet?.Value);
        Assert.Equal(new DateOnly(2020, 10, 6), first.Metadata.Published?.Value);
        Assert.Equal(["A. Writer"], first.Metadata.Authors!.Value);
        Assert.Equal("Asia", first.Metadata.Extra["section"]);
        Assert.Equal("3", first.Metadata.Extra["rank"]);
        Assert.Equal("feed-2", results[1].Article!.Id);   // no id: file name and line number
    }

    [Fact]
    public void A_malformed_line_is_rejected_by_number_and_the_other_lines_go_on()
    {
        // Given line 2 broken and line 3 without text
        var jsonl = "{\"id\": \"a\", \"text\": \"First report.\"}\n{\"id\": \"b\", \"text\": \"unterminated\n{\"id\": \"c\", \"title\": \"no text\"}\n\n{\"id\": \"d\", \"text\": \"Fourth report.\"}\n";

        // When
        var results = Reader.ReadText(jsonl, "mixed.jsonl").ToList();

        // Then
        Assert.Equal(["a", "d"], results.Where(r => r.IsOk).Select(r => r.Article!.Id));
        var rejections = results.Where(r => !r.IsOk).Select(r => r.Rejection!).ToList();
        Assert.Equal([2, 3], rejections.Select(r => r.Line!.Value));
        Assert.StartsWith("malformed JSON", rejections[0].Reason);
        Assert.Equal("mixed.jsonl:2: " + rejections[0].Reason, rejections[0].ToString());
        Assert.Equal("no \"text\" field", rejections[1].Reason);
    }

    [Fact]
    public void Html_in_the_text_field_becomes_text()
    {
        var result = Assert.Single(Reader.ReadText("{\"text\": \"<p>First paragraph.</p><p>Second <b>one</b>.</p>\"}", "h.jsonl"));
        Assert.Equal("First paragraph.\n\nSecond one.", result.Article!.RawText);
    }

    [Fact]
    public void Reads_a_json_array()
    {
        var results = Reader.ReadText("[{\"id\": \"x\", \"text\": \"One.\"}, {\"id\": \"y\", \"text\": \"Two.\"}]", "batch.json").ToList();
        Assert.Equal(["x", "y"], results.Select(r => r.Article!.Id));
    }
}
