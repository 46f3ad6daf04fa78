using Kurultai.Model;
using Kurultai.Segment;

namespace Kurultai.Tests.Segment;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    private static string Split(string text) =>
        string.Join(" | ", Splitter.Split(text).Select(s => text.Substring(s.Start, s.Length)));

    [Theory]
    [InlineData("Police fired. Two died.", "Police fired. | Two died.")]
    [InlineData("Gen. Ivanov arrived. He left.", "Gen. Ivanov arrived. | He left.")]                  // title abbreviation
    [InlineData("Mr. Smith and Dr. Jones met.", "Mr. Smith and Dr. Jones met.")]
    [InlineData("It happened on Oct. 5 in the capital.", "It happened on Oct. 5 in the capital.")]    // month abbreviation before a day
    [InlineData("The U.S. embassy closed. Staff left.", "The U.S. embassy closed. | Staff left.")]    // initialism mid-sentence
    [InlineData("Troops came from the U.S. The crowd fled.", "Troops came from the U.S. | The crowd fled.")] // initialism, then an opener
    [InlineData("They flew Jet No. 1 out.", "They flew Jet No. 1 out.")]                               // number label
    [InlineData("A. Karimov spoke. He was brief.", "A. Karimov spoke. | He was brief.")]               // single initial
    [InlineData("She said: \"We will stay.\" Then she left.", "She said: \"We will stay.\" | Then she left.")] // ends inside quotes
    [InlineData("\"Stop!\" he shouted at them.", "\"Stop!\" he shouted at them.")]                     // exclamation inside a quote, lower case after
    [InlineData("They waited... and waited.", "They waited... and waited.")]                           // ellipsis before lower case
    [InlineData("They waited... Nobody came.", "They waited... | Nobody came.")]                        // ellipsis before a capital
    [InlineData("The rate was 5.5 percent. It fell.", "The rate was 5.5 percent. | It fell.")]        // decimal point
    [InlineData("Many were hurt.Police left.", "Many were hurt. | Police left.")]                       // a missing space
    [InlineData("Why? Nobody knows!", "Why? | Nobody knows!")]
    [InlineData("", "")]
    public void Splits_sentences(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Types_headings_timestamps_and_list_items_and_opens_sections()
    {
        // Given
        var text = "Talks collapse\n\nThe talks ended. Nobody signed.\n\n7 April 15.11\n\nCrowds grew.\n\n- first demand\n- second demand\n\n10:32 GMT\n\nCalm returned.";
        // When
        var sentences = Splitter.Split(text);
        // Then
        var kinds = sentences.Select(s => (text.Substring(s.Start, s.Length), s.Kind, s.Section)).ToList();
        Assert.Equal(
        [
            ("Talks collapse", SentenceKind.Heading, 1),
            ("The talks ended.", SentenceKind.Body, 1),
            ("Nobody signed.", SentenceKind.Body, 1),
            ("7 April 15.11", SentenceKind.Timestamp, 2),
            ("Crowds grew.", SentenceKind.Body, 2),
            ("first demand", SentenceKind.ListItem, 2),
            ("second demand", SentenceKind.ListItem, 2),
            ("10:32 GMT", SentenceKind.Timestamp, 3),
            ("Calm returned.", SentenceKind.Body, 3),
        ], kinds);
    }

    [Theory]
    [InlineData("7 April 15.11")]
    [InlineData("8 April 01.47")]
    [InlineData("10:32 GMT")]
    [InlineData("April 7, 15:11")]
    [InlineData("Tuesday 14:05 BST")]
    [InlineData("Updated at 9.30pm")]
    public void Recognises_timestamp_lines(string line)
    {
        var text = "Intro text here.\n\n" + line + "\n\nSomething happened.";
        Assert.Contains(Splitter.Split(text), s => s.Kind == SentenceKind.Timestamp && text.Substring(s.Start, s.Length) == line);
    }

    [Theory]
    [InlineData("The vote is at 15.11 percent")] // a number in prose is no timestamp
    [InlineData("7 April was calm")]
    [InlineData("Revenue rose 12.30")]
    public void Does_not_take_prose_for_a_timestamp(string line)
    {
        var text = "Intro text here.\n\n" + line + "\n\nSomething happened.";
        Assert.DoesNotContain(Splitter.Split(text), s => s.Kind == SentenceKind.Timestamp);
    }

    [Fact]
    public void A_long_line_without_final_punctuation_is_not_a_heading()
    {
        var text = "Report compiled by our team of correspondents working in three different cities of the region\n\nThe city is calm.";
        Assert.All(Splitter.Split(text), s => Assert.Equal(SentenceKind.Body, s.Kind));
    }

    [Fact]
    public void A_paragraph_broken_mid_sentence_continues_across_the_blank_line()
    {
        var text = "Forces loyal to the governor, many of whom have\n\nfamily ties to him, marched.";
        var sentence = Assert.Single(Splitter.Split(text));
        Assert.Equal(0, sentence.Paragraph);
    }

    [Fact]
    public void Marks_photo_captions()
    {
        var text = "Crowds filled the square.\n\nPhoto: Protesters outside parliament (AFP)\n\nThe rally ended.";
        Assert.Contains(Splitter.Split(text), s => s.Kind == SentenceKind.Caption);
    }

    [Fact]
    public void Counts_paragraphs()
    {
        var sentences = Splitter.Split("One. Two.\n\nThree.\n\nFour.");
        Assert.Equal([0, 0, 1, 2], sentences.Select(s => s.Paragraph));
    }
}
