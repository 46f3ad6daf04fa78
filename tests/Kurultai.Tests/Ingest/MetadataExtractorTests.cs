using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Tests.Ingest;

public sealed class MetadataExtractorTests
{
    private static readonly MetadataExtractor Extractor = MetadataExtractor.Default();

    private const string Body = "Police fired tear gas at protesters who had gathered outside the regional administration building, and at least nine people were taken to hospital, doctors said.";

    [Theory]
    [InlineData("17 May 2010", 2010, 5, 17)]
    [InlineData("May 17, 2010", 2010, 5, 17)]
    [InlineData("Published on 3 March 2019", 2019, 3, 3)]
    [InlineData("Posted: Tuesday, 6 October 2020 14:05", 2020, 10, 6)]
    [InlineData("Updated: Nov 19, 2021 October 7, 2020", 2020, 10, 7)]   // the written date follows the update stamp
    [InlineData("Updated: Nov 19, 2021", 2021, 11, 19)]                   // only an update stamp: better than nothing
    [InlineData("2010-05-17", 2010, 5, 17)]
    public void Finds_the_publication_date_near_the_top(string line, int year, int month, int day)
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\n{line}\n\n{Body}");
        Assert.Equal(new DateOnly(year, month, day), m.Published?.Value);
        Assert.Equal(MetaOrigin.TextPattern, m.Published?.Origin);
        Assert.StartsWith(m.Published!.Detail!, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_date_after_an_update_stamp_starting_the_body()
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\nUpdated: Nov 19, 2021 October 7, 2020: {Body}");
        Assert.Equal(new DateOnly(2020, 10, 7), m.Published?.Value);
        Assert.Equal("Updated: Nov 19, 2021 October 7, 2020", m.Published?.Detail);
    }

    [Fact]
    public void Reads_a_dateline()
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\nOSH, Kyrgyzstan, May 13, 2010 — {Body}");
        Assert.Equal(new DateOnly(2010, 5, 13), m.Published?.Value);
    }

    [Fact]
    public void Leaves_published_null_when_no_date_is_stated()
    {
        // "on 6 April" deep in a sentence is an event date, not a publication date
        var m = Extractor.Extract($"A Headline About Unrest\n\nPublished on\n\n{Body} The first clashes were on 6 April 2010.");
        Assert.Null(m.Published);
    }

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe in Osh", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Report compiled by Ann Lee, Bo Chan and Cy Young, and eyewitnesses from the city", new[] { "Ann Lee", "Bo Chan", "Cy Young" })]
    [InlineData("**Author:** [Regional Desk](#)", new[] { "Regional Desk" })]
    [InlineData("Written by María de la Cruz", new[] { "María de la Cruz" })]
    public void Reads_bylines(string line, string[] expected)
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\n{line}\n\n{Body}");
        Assert.Equal(expected, m.Authors!.Value);
    }

    [Fact]
    public void Takes_a_name_line_under_the_title_as_the_author()
    {
        var m = Extractor.Extract($"Rivals Clash in the South\n\nAmina Yusuf\n12 June 2011\n\n{Body}");
        Assert.Equal(["Amina Yusuf"], m.Authors!.Value);
        Assert.Equal(new DateOnly(2011, 6, 12), m.Published?.Value);
    }

    [Fact]
    public void A_short_line_above_the_headline_is_the_outlet()
    {
        var m = Extractor.Extract($"Northern Star\n\nCrowds Storm the Governor's Office in the Regional Capital\n\n{Body}");
        Assert.Equal("Northern Star", m.Outlet?.Value);
        Assert.Equal("Crowds Storm the Governor's Office in the Regional Capital", m.Title?.Value);
    }

    [Fact]
    public void Skips_debris_before_the_title_and_repairs_its_quotes()
    {
        var m = Extractor.Extract($"top of page\n\nVote for “”People’’s Choice”” Annulled\n\n{Body}");
        Assert.Equal("Vote for “People’s Choice” Annulled", m.Title?.Value);
        Assert.Null(m.Outlet);
    }

    [Theory]
    [InlineData("**Source URL:** <https://news.example.org/a/b>", "https://news.example.org/a/b", "news.example.org")]
    [InlineData("Source: https://www.example.com/x.", "https://www.example.com/x", "example.com")]
    public void Reads_a_source_url_footer_and_takes_its_domain_as_outlet(string footer, string url, string outlet)
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\n{Body}\n\n---\n\n{footer}");
        Assert.Equal(url, m.Url?.Value);
        Assert.Equal(outlet, m.Outlet?.Value);
    }

    [Fact]
    public void Reads_the_outlet_from_a_contact_footer()
    {
        var m = Extractor.Extract($"A Headline About Unrest\n\n{Body}\n\nTo contact the Daily Bugle and its editors visit:\n\nbugle.example/contact");
        Assert.Equal("Daily Bugle", m.Outlet?.Value);
    }

    [Fact]
    public void Format_metadata_wins_over_text_patterns()
    {
        var format = ArticleMetadata.Empty with { Title = new Sourced<string>("From Front Matter", MetaOrigin.FrontMatter) };
        var merged = MetadataExtractor.Merge(format, Extractor.Extract($"From The Text\n\nBy Jane Doe\n\n{Body}"));
        Assert.Equal("From Front Matter", merged.Title?.Value);
        Assert.Equal(["Jane Doe"], merged.Authors!.Value);
    }

    [Theory]
    [InlineData("The police said that the crowd was dispersed and the leaders were detained.", "en")]
    [InlineData("Полиция заявила, что толпа была разогнана, и что лидеры были задержаны в центре.", "ru")]
    [InlineData("La police a déclaré que la foule a été dispersée et que les dirigeants sont arrêtés dans la ville.", "fr")]
    [InlineData("12 34 56 78", null)]
    public void Guesses_the_language(string text, string? expected) => Assert.Equal(expected, LanguageGuesser.Guess(text));
}
