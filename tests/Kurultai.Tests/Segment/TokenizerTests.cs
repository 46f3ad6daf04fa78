using Kurultai.Segment;

namespace Kurultai.Tests.Segment;

public sealed class TokenizerTests
{
    private static string Tokens(string text) => string.Join(" ", Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)));

    [Theory]
    [InlineData("Bakiyev's 5,000 supporters", "Bakiyev 's 5,000 supporters")]       // possessive split off
    [InlineData("Bakayev’’s office", "Bakayev ’’s office")]                            // doubled typographic apostrophe
    [InlineData("the U.S. airbase", "the U.S. airbase")]                               // initialism kept whole
    [InlineData("Jalal-Abad and pro-government", "Jalal-Abad and pro-government")]     // hyphenated words stay whole
    [InlineData("a 19-year-old man", "a 19 - year-old man")]                           // a number does not swallow the hyphen
    [InlineData("at 15.11 or 15:11", "at 15.11 or 15:11")]
    [InlineData("don't stop", "don't stop")]
    [InlineData("40% of $30", "40 % of $ 30")]
    [InlineData("A. Atambaev", "A . Atambaev")]                                         // an initial is not an initialism
    [InlineData("", "")]
    public void Cuts_words_numbers_and_punctuation(string text, string expected) => Assert.Equal(expected, Tokens(text));
}
