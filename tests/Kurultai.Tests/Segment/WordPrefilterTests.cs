using CsCheck;
using Kurultai.Segment;

namespace Kurultai.Tests.Segment;

public sealed class WordPrefilterTests
{
    private static readonly string[] Keys = ["fired", "police", "in", "tv", "don't", "a"];

    [Theory]
    [InlineData("fired")]
    [InlineData("FIRED")]      // case does not matter
    [InlineData("Police")]
    [InlineData("don’t")]      // a curly apostrophe after the second letter keeps the signature
    [InlineData("A")]
    [InlineData("ıt")]         // a non-ASCII first letter is always passed on to the dictionary
    public void PassesKeysAndUnsureWords(string word) => Assert.True(new WordPrefilter(Keys).MayContain(word));

    [Theory]
    [InlineData("stormed")]
    [InlineData("fire")]       // same start, other length
    [InlineData("pol")]
    [InlineData("")]
    public void RejectsWordsNoKeyCanEqual(string word)
    {
        if (word.Length == 0)
            Assert.True(new WordPrefilter(Keys).MayContain(word));   // nothing to test on: passed on
        else
            Assert.False(new WordPrefilter(Keys).MayContain(word));
    }

    [Fact]
    public void NeverRejectsAWordTheDictionaryFinds()
    {
        var letters = Gen.Char["aAbBiI'’ıé-1"];
        Gen.Select(letters.Array[1, 6].Select(c => new string(c)).Array[0, 12], letters.Array[0, 30].Select(c => new string(c)))
            .Sample((keys, word) =>
            {
                var set = new HashSet<string>(keys.Where(k => k.Length > 0), StringComparer.OrdinalIgnoreCase);
                return !set.Contains(word) || new WordPrefilter(set).MayContain(word);
            });
    }
}
