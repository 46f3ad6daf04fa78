using Kurultai.Events;
using Kurultai.Model;

namespace Kurultai.Tests.Events;

public sealed class FactualityFilterTests
{
    private static readonly TriggerFinder Finder = new(EventTesting.Lexicon);
    private static readonly FactualityFilter Filter = new(EventTesting.Lexicon);

    private static string? Blocker(string text, string trigger)
    {
        var words = new SentenceWords(text, new Span(0, text.Length));
        var hit = Finder.Find(words).First(h => text.Substring(h.Start, h.Length) == trigger);
        return Filter.Blocker(words, hit);
    }

    [Theory]
    [InlineData("Teachers marched to the ministry.", "marched")]
    [InlineData("Protesters managed to occupy the town hall.", "occupy")]          // implicative verb: it happened
    [InlineData("The crowd was forced to disperse.", "disperse")]
    [InlineData("Supporters attempted to retake the building.", "retake")]         // an attempt is an action
    [InlineData("Police could not stop them and protesters stormed the gate.", "stormed")]   // the negation is in another clause
    public void Reports_that_pass(string text, string trigger) => Assert.Null(Blocker(text, trigger));

    [Theory]
    [InlineData("Teachers planned to march on the ministry.", "march", "modal")]          // a plan
    [InlineData("The union threatened to strike next week.", "strike", "modal")]           // a threat
    [InlineData("Police did not fire on the crowd.", "fire on", "negation")]               // a negation
    [InlineData("The crowd could storm the building.", "storm", "modal")]                  // a possibility
    [InlineData("Protesters are demanding the resignation of the mayor.", "resignation", "demand")]
    [InlineData("The release of all prisoners was demanded.", "release", "demanded or planned")]
    [InlineData("The ministry denied that police arrested anyone.", "arrested", "denial")]
    [InlineData("There were rumours that the minister had fled.", "fled", "denial")]       // rumour, not report
    [InlineData("Will the government resign?", "resign", "question")]
    [InlineData("The union asked members to protest at the decision.", "protest", "infinitive")]
    [InlineData("The leaders arrested earlier were freed.", "arrested", "earlier")]       // a description of an earlier event
    [InlineData("Stop shooting people!", "shooting", "demand")]                          // an appeal
    public void Non_events_are_blocked(string text, string trigger, string reason) =>
        Assert.StartsWith(reason, Blocker(text, trigger) ?? "(not blocked)");
}
