using CsCheck;
using Kurultai.Model;
using Kurultai.Places;

namespace Kurultai.Tests.Places;

public sealed class PlaceResolverPropertyTests
{
    private static readonly PlaceResolver Resolver = new(GeoData.Small(), GeoData.Cues);

    // Words that reach every branch: places, cues, titles, demonyms, connectors, possessives, odd characters.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Const(new[] { "Osh", "region", "city", "of", "President", "Paris", "Hilton", "Kyrgyz", "Bakten", "in", "Jalal-Abad",
                "Jalalabad", "Talas", "and", ",", ".", "’s", "Kyrgyzstan", "the", "U.S.", "-", "\n", "Джалал-Абад", "Özgön", "'" })
            .SelectMany(words => Gen.Int[0, words.Length - 1].Array[0, 40].Select(ix => string.Join(' ', ix.Select(i => words[i])))));

    [Fact]
    public void Resolution_never_throws_is_deterministic_and_spans_lie_inside_the_text() =>
        Texts.Sample(text =>
        {
            var document = Document.FromText(text);
            var first = Resolver.Run(document).Places;
            var second = Resolver.Run(document).Places;
            Assert.Equal(first.Select(Describe), second.Select(Describe));
            int previous = -1;
            foreach (var place in first)
            {
                Assert.InRange(place.Start, 0, text.Length);
                Assert.InRange(place.Start + place.Length, place.Start + 1, text.Length);
                Assert.True(place.Start >= previous);
                Assert.InRange(place.Confidence, 0, 1);
                previous = place.Start;
            }
        }, iter: 400);

    private static string Describe(PlaceMention p) => $"{p.Start}:{p.Length}:{p.Place?.Id}:{p.Confidence}:{p.Reason}";
}
