using Kurultai.Ingest;

namespace Kurultai.Tests.Ingest;

public sealed class LooseDateTests
{
    [Theory]
    [InlineData("17 May 2010", "2010-05-17")]
    [InlineData("17th of May, 2010", "2010-05-17")]
    [InlineData("May 17, 2010", "2010-05-17")]
    [InlineData("Sept. 3rd 2019", "2019-09-03")]
    [InlineData("Monday, 5 October 2020", "2020-10-05")]
    [InlineData("Tue, 06 Oct 2020 10:00:00 +0600", "2020-10-06")]
    [InlineData("2010-05-17T23:30:00-05:00", "2010-05-17")]   // the day as written
    [InlineData("2010/05/17", "2010-05-17")]
    [InlineData("17.05.2010", "2010-05-17")]
    [InlineData("25/12/2020", "2020-12-25")]
    [InlineData("12/25/2020", "2020-12-25")]
    [InlineData("05/06/2020", null)]                             // ambiguous
    [InlineData("31 February 2020", null)]                       // no such day
    [InlineData("May be later", null)]
    [InlineData("17 May", null)]                                 // no year
    [InlineData("", null)]
    public void Reads_dates(string text, string? expected)
    {
        bool ok = LooseDate.TryParse(text, out var date);
        Assert.Equal(expected, ok ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [Fact]
    public void Reports_how_much_text_the_date_spans()
    {
        Assert.True(LooseDate.TryMatch("Nov 19, 2021 October 7, 2020", out var date, out int length));
        Assert.Equal((new DateOnly(2021, 11, 19), 12), (date, length));
    }
}
