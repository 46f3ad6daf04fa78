using Kurultai.Model;
using static Kurultai.Tests.Language.LanguageDocs;

namespace Kurultai.Tests.Dates;

public sealed class AnchorResolverTests
{
    [Fact]
    public void The_publication_date_from_metadata_wins()
    {
        var anchor = Dated("Written on 3 March 2001.", D("2020-10-07")).Anchor;
        Assert.Equal((D("2020-10-07"), AnchorOrigin.Published), (anchor.Date, anchor.Origin));
        Assert.Contains("metadata", anchor.How);
    }

    [Theory]
    [InlineData("Rival factions clash\n\nA. Writer\n17 May 2010\n\nOver a month after 7 April 2010, fighting goes on. A report of 31 May 2010 is due.", "2010-05-17")] // dateline on its own line
    [InlineData("Updated: Nov 19, 2021 October 7, 2020: The prime minister resigned.", "2020-10-07")]                       // an update date is no anchor
    [InlineData("He said so (FT 8 April 2010). Back on 31 March 2005 the same happened.", "2010-04-08")]                    // the latest explicit date
    [InlineData("Protests grew on 3 May 2030. Elections are scheduled for 5 June 2031.", "2030-05-03")]                       // a future date is no anchor
    [InlineData("Published: 2 February 2015\n\nSome text about 1 January 2016 plans.", "2015-02-02")]                        // a labelled publication date
    public void Infers_the_anchor_from_the_text(string text, string expected)
    {
        var anchor = Dated(text).Anchor;
        Assert.Equal((D(expected), AnchorOrigin.InferredFromContent), (anchor.Date, anchor.Origin));
        Assert.False(string.IsNullOrWhiteSpace(anchor.How));
    }

    [Fact]
    public void A_live_blog_running_past_the_latest_explicit_date_moves_the_anchor_to_its_last_timestamp()
    {
        var anchor = Dated("Blog opened (6 April 2010).\n\n7 April 15.11\n\nCrowds.\n\n8 April 01.47\n\nThe end.").Anchor;
        Assert.Equal(D("2010-04-08"), anchor.Date);
        Assert.Contains("timestamp", anchor.How);
    }

    [Theory]
    [InlineData("Protesters gathered on Monday and again on March 18.")]
    [InlineData("")]
    public void Without_a_year_the_anchor_is_unknown(string text)
    {
        var anchor = Dated(text).Anchor;
        Assert.Null(anchor.Date);
        Assert.Equal(AnchorOrigin.Unknown, anchor.Origin);
    }
}
