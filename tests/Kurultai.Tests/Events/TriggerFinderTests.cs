using Kurultai.Events;
using Kurultai.Model;

namespace Kurultai.Tests.Events;

public sealed class TriggerFinderTests
{
    private static readonly TriggerFinder Finder = new(EventTesting.Lexicon);

    private static List<TriggerHit> Find(string text) => Finder.Find(new SentenceWords(text, new Span(0, text.Length)));

    [Theory]
    [InlineData("Police opened fire on the crowd.", TriggerKind.FireOn, "opened fire")]         // multi-word form
    [InlineData("The council building was torched.", TriggerKind.Torch, "torched")]
    [InlineData("Protesters took over the town hall.", TriggerKind.TakeOver, "took over")]
    [InlineData("Mass protests broke out in the capital.", TriggerKind.Protest, "protests")]
    [InlineData("The prime minister has stepped down.", TriggerKind.Resign, "stepped down")]
    [InlineData("Armed men kidnapped the mayor.", TriggerKind.Kidnap, "kidnapped")]
    [InlineData("A curfew was declared.", TriggerKind.Emergency, "curfew")]
    public void Finds_triggers_of_each_kind(string text, TriggerKind kind, string form)
    {
        var hit = Assert.Single(Find(text), h => h.Kind == kind);
        Assert.Equal(form, text.Substring(hit.Start, hit.Length));
    }

    [Theory]
    [InlineData("The council building was torched.", true)]
    [InlineData("Two activists have been detained.", true)]
    [InlineData("He was badly beaten.", true)]                     // an adverb between auxiliary and participle
    [InlineData("Police detained two activists.", false)]
    public void Tells_passive_from_active(string text, bool passive) =>
        Assert.Equal(passive, Find(text).First().Passive);

    [Theory]
    [InlineData("The protests spread to the south.", true)]
    [InlineData("They protest every Friday.", false)]              // a nominal form read as a verb after a pronoun
    [InlineData("Workers began to strike.", false)]
    [InlineData("The storming lasted an hour.", true)]             // a verbal -ing form read as a noun
    public void Tells_nominal_from_verbal(string text, bool nominal) =>
        Assert.Equal(nominal, Find(text).First().Nominal);

    [Theory]
    [InlineData("The arrested leaders spoke to reporters.")]       // attributive participle: a description
    [InlineData("The deposed governor left the city.")]
    public void Skips_attributive_participles(string text) =>
        Assert.DoesNotContain(Find(text), h => h.Kind is TriggerKind.Arrest or TriggerKind.Dismiss);

    [Fact]
    public void Prefers_the_longest_form_at_a_word()
    {
        // "seized power" (a change of authority) wins over "seized" (a seizure).
        Assert.Equal(TriggerKind.Govern, Assert.Single(Find("The army seized power overnight.")).Kind);
    }

    [Fact]
    public void The_lexicon_files_parse_cleanly_and_every_kind_has_forms()
    {
        Assert.Empty(EventTesting.Lexicon.Problems);
        Assert.True(EventTesting.Lexicon.Triggers.Count > 200);
        var lexicon = EventLexicon.Parse("Protset\tprotest\n# comment\nStorm\tstormed\n", "Modal\tcould\nBogus\tx\n");
        Assert.Equal(2, lexicon.Problems.Count);
        Assert.Equal(1, lexicon.Triggers.Count);
    }
}
