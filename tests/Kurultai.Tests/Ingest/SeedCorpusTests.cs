using Kurultai.Clean;
using Kurultai.Ingest;
using Kurultai.Model;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Ingest;

/// <summary>Reads and cleans the five development seeds (skips without ../shared).</summary>
public sealed class SeedCorpusTests
{
    private static readonly string[] DebrisStarts = ["Latest articles", "Subscribe", "Related stories", "Recent stories", "top of page", "To contact", "Published on"];
    private static readonly string[] DoubledQuotes = ["“”", "””", "““", "’’", "‘‘", "‘’", "\"\""];

    private static List<Document> ReadSeeds()
    {
        var reader = new ArticleReader();
        var cleaner = DocumentCleaner.Default();
        var results = Directory.GetFiles(SharedCorpus.Seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(reader.ReadFile).ToList();
        foreach (var r in results)
            Assert.True(r.IsOk, r.Rejection?.ToString());
        return [.. results.Select(r => cleaner.Clean(r.Article!))];
    }

    [Fact]
    public void Reads_five_documents_with_titles_and_outlets()
    {
        var documents = ReadSeeds();
        Assert.Equal(5, documents.Count);
        foreach (var d in documents)
        {
            var title = d.Metadata.Title?.Value;
            Assert.False(string.IsNullOrWhiteSpace(title), d.Id);
            Assert.True(d.Text.Split('\n').Take(4).Contains(title), $"{d.Id}: the title is one of the first lines");
        }
        var byPrefix = documents.ToDictionary(d => d.Id[..3]);
        Assert.Contains("Revolutionary Uprising", byPrefix["000"].Metadata.Title!.Value);
        Assert.Equal("Socialist Alternative", byPrefix["000"].Metadata.Outlet?.Value);
        Assert.Contains("Rival factions", byPrefix["001"].Metadata.Title!.Value);
        Assert.Equal("WSWS", byPrefix["001"].Metadata.Outlet?.Value);
        Assert.Contains("Big Win", byPrefix["002"].Metadata.Title!.Value);
        Assert.Contains("Solidify", byPrefix["003"].Metadata.Title!.Value);
        Assert.Equal("iwpr.net", byPrefix["003"].Metadata.Outlet?.Value);
        Assert.Contains("Overnight Revolution", byPrefix["004"].Metadata.Title!.Value);
    }

    [Fact]
    public void Cleaned_seeds_have_no_debris_lines_and_no_doubled_quotes()
    {
        foreach (var document in ReadSeeds())
        {
            foreach (var line in document.Text.Split('\n'))
                Assert.DoesNotContain(DebrisStarts, start => line.StartsWith(start, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(DoubledQuotes, quote => document.Text.Contains(quote, StringComparison.Ordinal));
            Assert.DoesNotContain("**", document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Captures_the_iwpr_source_url_and_the_wsws_date()
    {
        var documents = ReadSeeds();
        var iwpr = documents.Single(d => d.Metadata.Url?.Value.Contains("iwpr.net", StringComparison.Ordinal) == true);
        Assert.StartsWith("https://iwpr.net/", iwpr.Metadata.Url!.Value, StringComparison.Ordinal);
        var wsws = documents.Single(d => d.Metadata.Authors?.Value.Contains("Niall Green") == true);
        Assert.Equal(new DateOnly(2010, 5, 17), wsws.Metadata.Published?.Value);
        Assert.Equal(MetaOrigin.TextPattern, wsws.Metadata.Published?.Origin);
    }

    [Fact]
    public void Every_copied_character_maps_back_to_the_raw_seed()
    {
        foreach (var document in ReadSeeds())
        {
            var raw = document.Article.RawText;
            for (int i = 0; i < document.Text.Length; i++)
            {
                char c = document.Text[i];
                if (char.IsAsciiLetterOrDigit(c))
                    Assert.Equal(c, raw[document.Map.ToRaw(i)]);
            }
        }
    }
}
