using Kurultai.Clean;
using Kurultai.Ingest;
using Kurultai.Model;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Ingest;

/// <summary>The demo corpus in samples/articles: every format reads, every article has its metadata.</summary>
public sealed class SampleCorpusTests
{
    private static List<ReadResult> ReadSamples()
    {
        var reader = new ArticleReader();
        return [.. Directory.GetFiles(RepoData.Path("samples", "articles")).Order(StringComparer.Ordinal).SelectMany(reader.ReadFile)];
    }

    [Fact]
    public void Every_sample_reads_with_title_outlet_and_date()
    {
        var results = ReadSamples();
        Assert.All(results, r => Assert.True(r.IsOk, r.Rejection?.ToString()));
        var articles = results.Select(r => r.Article!).ToList();
        Assert.InRange(articles.Count, 8, 12);
        Assert.Equal(
            [SourceFormat.PlainText, SourceFormat.Markdown, SourceFormat.Html, SourceFormat.JsonLines, SourceFormat.Feed],
            articles.Select(a => a.Format).Distinct().Order());
        Assert.All(articles, a =>
        {
            Assert.NotNull(a.Metadata.Title);
            Assert.NotNull(a.Metadata.Outlet);
            Assert.NotNull(a.Metadata.Published);
        });
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Cleaned_samples_keep_no_debris()
    {
        var cleaner = DocumentCleaner.Default();
        foreach (var article in ReadSamples().Select(r => r.Article!))
        {
            var text = cleaner.Clean(article).Text;
            Assert.DoesNotContain("Subscribe", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Latest articles", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Related stories", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("“”", text, StringComparison.Ordinal);
            Assert.DoesNotContain("â€", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void One_happening_is_reported_by_two_outlets()
    {
        var nairobi = ReadSamples().Select(r => r.Article!)
            .Where(a => a.Metadata.Published?.Value is { Year: 2022, Month: 9, Day: 13 or 14 } && a.RawText.Contains("Nairobi", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, nairobi.Count);
        Assert.NotEqual(nairobi[0].Metadata.Outlet!.Value, nairobi[1].Metadata.Outlet!.Value);
    }
}
