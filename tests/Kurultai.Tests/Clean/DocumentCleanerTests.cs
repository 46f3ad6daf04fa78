using Kurultai.Clean;

namespace Kurultai.Tests.Clean;

public sealed class DocumentCleanerTests
{
    private static readonly DocumentCleaner Cleaner = DocumentCleaner.Default();

    private static string Clean(string raw) => Cleaner.Clean(raw).Text;

    [Theory]
    [InlineData("Latest articles")]
    [InlineData("Related stories")]
    [InlineData("Recent stories")]
    [InlineData("Subscribe to our weekly newsletter!")]
    [InlineData("And get our latest reports delivered straight to your inbox.")]
    [InlineData("To contact the editors and the newsroom visit:")]
    [InlineData("Share this")]
    [InlineData("Follow us on Facebook")]
    [InlineData("top of page")]
    [InlineData("Skip to content")]
    [InlineData("Published on")]                                           // a label with nothing after it
    [InlineData("We use cookies to improve your experience. Accept all")]  // a cookie notice
    [InlineData("Home | World | Asia | Opinion")]                          // a navigation bar
    [InlineData("Facebook Twitter WhatsApp Email")]                        // a share bar
    [InlineData("## **Related Stories:**")]                                // decorated debris is still debris
    [InlineData("![Crowd in the square](https://example.org/a.jpg)")]     // a markdown image
    [InlineData("example.org/contact")]                                    // a bare link
    [InlineData("**Source URL:** <https://example.org/a-report>")]         // a labelled metadata footer
    [InlineData("By Jane Doe")]                                            // a byline
    public void Removes_debris_lines(string debris)
    {
        // Given a short article with a debris line between its paragraphs
        var raw = $"Police dispersed the march in the capital.\n\n{debris}\n\nTwelve people were detained, officials said.";

        // When
        var document = Cleaner.Clean(raw);

        // Then
        Assert.Equal("Police dispersed the march in the capital.\n\nTwelve people were detained, officials said.", document.Text);
        Assert.NotEmpty(document.Notes);
    }

    [Theory]
    [InlineData("Police said the number of people arrested was not yet known.")]
    [InlineData("By Monday evening, the crowd had grown to several thousand people.")] // "By" starting a sentence
    [InlineData("Subscribers to the union's newsletter were urged to join the strike, its leaders said on Friday, as talks with the ministry broke down again and hundreds of workers gathered outside the port.")]
    [InlineData("Protesters shared this message: we will not leave.")]
    [InlineData("The crowd marched from Freedom Square to the parliament building [Government House].")] // editorial brackets stay
    public void Keeps_article_lines_that_only_resemble_debris(string line)
    {
        var raw = $"The rally began at noon.\n\n{line}";
        Assert.Equal(raw, Clean(raw));
    }

    [Fact]
    public void Drops_a_trailing_teaser_list_after_its_heading()
    {
        // Given
        var raw = string.Join("\n", "Riot police fired tear gas at the crowd outside the governor's office on Sunday evening, and several people were hurt in the crush that followed.",
            "", "Latest articles", "", "", "Farmers Count Losses After Floods", "", "Growers in the north say the rains have cut their harvest by half and they are asking...",
            "", "Fares Rise Again", "", "Commuters woke up to new fares as operators passed on the cost of...");

        // When
        var document = Cleaner.Clean(raw);

        // Then
        Assert.EndsWith("in the crush that followed.", document.Text);
        Assert.Contains(document.Notes, n => n.StartsWith("debris: Latest articles", StringComparison.Ordinal));
    }

    [Fact]
    public void Drops_trailing_headline_and_teaser_pairs_without_a_heading()
    {
        var raw = string.Join("\n\n", "Two people were killed when police opened fire on the march, a hospital official said.",
            "Strike Spreads to Ports", "Dock workers walked out on Tuesday in support of the miners, who have been...",
            "Minister Under Pressure", "Calls for the interior minister to resign grew louder after the weekend...");
        Assert.Equal("Two people were killed when police opened fire on the march, a hospital official said.", Clean(raw));
    }

    [Fact]
    public void Keeps_a_final_paragraph_that_ends_with_an_ellipsis()
    {
        // one headline/teaser-shaped pair is not a list
        var raw = "The Crowd Waits\n\nNobody knew what would happen next...";
        Assert.Equal(raw, Clean(raw));
    }

    [Theory]
    [InlineData("the “”People’’s Confidence”” government", "the “People’s Confidence” government")]
    [InlineData("the ““power of the street”” is", "the “power of the street” is")]
    [InlineData("a ‘’United Front’’ rally", "a ‘United Front’ rally")]
    [InlineData("the “”Tulip Revolution”,” when", "the “Tulip Revolution,” when")]  // close, comma, close
    [InlineData("side of the people”.”", "side of the people.”")]
    [InlineData("the ‘’Social Democrats’,’ led by", "the ‘Social Democrats,’ led by")]
    [InlineData("he said \"\"no\"\" twice", "he said \"no\" twice")]
    [InlineData("crowds were ¨roaming the streets¨.", "crowds were “roaming the streets”.")] // a diaeresis used as a quote
    [InlineData("the lid on too tightly –– it explodes", "the lid on too tightly – it explodes")] // a doubled dash
    [InlineData("He said ‘no’” and left", "He said ‘no’” and left")]       // nested quotes are not doubled quotes
    [InlineData("an empty \"\" string", "an empty \"\" string")]             // spaced on both sides: left alone
    public void Repairs_doubled_quotation_marks(string raw, string expected) => Assert.Equal(expected, Clean(raw));

    [Theory]
    [InlineData("Kyrgyzstanâ€™s parliament", "Kyrgyzstan’s parliament")]
    [InlineData("â€œWe will stayâ€\u009d, she said", "“We will stay”, she said")]
    [InlineData("â€œWe will stayâ€ she said", "“We will stay” she said")]     // the lost third byte of ”
    [InlineData("the cafÃ© on the square", "the café on the square")]
    [InlineData("Ð¿Ñ€Ð¾Ñ‚ÐµÑ\u0081Ñ‚", "протест")]          // 0x81 has no 1252 character: it survives as U+0081
    [InlineData("a 5Â°C morning", "a 5°C morning")]
    [InlineData("Plaza San MartÃ­n", "Plaza San Martín")]
    [InlineData("¡ADIÓS” gritaron", "¡ADIÓS” gritaron")]                       // real text: a capital Ó before a quote
    [InlineData("fiancé’s car", "fiancé’s car")]
    public void Repairs_mojibake(string raw, string expected) => Assert.Equal(expected, Clean(raw));

    [Fact]
    public void Composes_to_NFC()
    {
        var raw = "Bishkek cafe\u0301 and O\u0308zgo\u0308n";
        var text = Clean(raw);
        Assert.Equal("Bishkek café and Özgön", text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("## **Protests Spread South**", "Protests Spread South")]
    [InlineData("**Author:** staff", "")]
    [InlineData("The [Interior Ministry](https://example.org/mvd) said", "The Interior Ministry said")]
    [InlineData("The [governor](#) resigned", "The governor resigned")]
    [InlineData("a *very* large crowd", "a very large crowd")]
    [InlineData("> quoted line", "quoted line")]
    [InlineData("5 * 3 = 15", "5 * 3 = 15")]
    [InlineData("Smith &amp; Sons &#8217;", "Smith & Sons ’")]
    [InlineData("first<br>second", "first second")]
    public void Strips_markdown_and_markup_keeping_visible_text(string raw, string expected) => Assert.Equal(expected, Clean(raw));

    [Fact]
    public void Normalises_spaces_line_endings_and_paragraph_breaks()
    {
        var raw = "  First   line\u00A0 here.\r\nSecond\tline.\r\n\r\n\r\n\r\nNew   paragraph.\u200B  \r\n";
        Assert.Equal("First line here.\nSecond line.\n\nNew paragraph.", Clean(raw));
    }

    [Fact]
    public void Joins_a_paragraph_broken_mid_sentence()
    {
        var raw = "Opposition forces, many of whom have\n\nfamily ties to the former president, gathered in the south.";
        Assert.Equal("Opposition forces, many of whom have family ties to the former president, gathered in the south.", Clean(raw));
    }

    [Fact]
    public void Skips_an_update_stamp_but_keeps_the_dateline_after_it()
    {
        var raw = "Updated: Nov 19, 2021 October 7, 2020: The prime minister resigned after protests.";
        Assert.Equal("October 7, 2020: The prime minister resigned after protests.", Clean(raw));
    }

    [Fact]
    public void Maps_cleaned_offsets_back_to_raw_offsets()
    {
        // Given raw text with debris, a doubled quote and mojibake before the word "police"
        var raw = "Share this\r\n\r\n“”Itâ€™s over””, said the police chief.";

        // When
        var document = Cleaner.Clean(raw);
        int clean = document.Text.IndexOf("police", StringComparison.Ordinal);
        var span = document.Map.ToRaw(new Kurultai.Model.Span(clean, 6));

        // Then
        Assert.Equal("“It’s over”, said the police chief.", document.Text);
        Assert.Equal("police", raw.Substring(span.Start, span.Length));
        Assert.Equal(raw.IndexOf("â€™", StringComparison.Ordinal), document.Map.ToRaw(document.Text.IndexOf('’', StringComparison.Ordinal)));
    }
}
