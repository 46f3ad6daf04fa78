using Kurultai.Model;
using static Kurultai.Tests.Language.LanguageDocs;

namespace Kurultai.Tests.Numbers;

public sealed class QuantityRecognizerTests
{
    private static string Show(Document doc) =>
        string.Join("; ", doc.Quantities.Select(q => $"{q.Min}{(q.Max is { } m ? "-" + m : "")} {q.Counted}"));

    [Theory]
    [InlineData("Police killed 3 protesters.", "3 Dead")]
    [InlineData("At least 75 people died in the clashes.", "75 Dead")]                 // "at least" keeps the number
    [InlineData("Troops opened fire, killing at least 12 protesters.", "12 Dead")]     // the verb before wins over the noun after
    [InlineData("The death toll rose to 56 on Friday.", "56 Dead")]
    [InlineData("Witnesses saw four dead near the gate.", "4 Dead")]
    [InlineData("Despite dozens shot dead, crowds surged.", "12 Dead")]                // dozens → 12
    [InlineData("The clashes left 3 people dead.", "3 Dead")]
    [InlineData("Over 100 people were killed by snipers.", "100 Dead")]
    [InlineData("The shooting resulted in six deaths.", "6 Dead")]
    [InlineData("More than 600 were injured in the unrest.", "600 Injured")]           // no noun: the verb decides
    [InlineData("Officials said nearly 700 people had been injured.", "700 Injured")]  // nearly 700 → 700
    [InlineData("Scores were hurt in the stampede.", "20 Injured")]                    // scores → 20
    [InlineData("Between 50 and 60 people were hurt.", "50-60 Injured")]
    [InlineData("Nine people remain in intensive care.", "9 Injured")]
    [InlineData("Police detained 19 activists overnight.", "19 Arrested")]
    [InlineData("Two hundred protesters were arrested.", "200 Arrested")]
    [InlineData("Fifty-five people were taken into custody.", "55 Arrested")]
    [InlineData("At least 5,000 people gathered in the square.", "5000 Participants")] // people + a gathering verb
    [InlineData("Thousands of protesters marched on parliament.", "1000 Participants")]
    [InlineData("Tens of thousands rallied in the capital.", "10000 Participants")]
    [InlineData("Several hundred supporters clashed with police.", "300 Participants")]
    [InlineData("A crowd of 2,000 blocked the road.", "2000 Participants")]
    [InlineData("A 3,000-strong crowd chanted slogans.", "3000 Participants")]
    [InlineData("A thousands strong demonstration approached.", "1000 Participants")]
    [InlineData("It followed demonstrations by up to 20,000 angry voters.", "20000-20000 Participants")]
    [InlineData("Thousands stormed the parliament.", "1000 Participants")]
    [InlineData("Some 1.5 million people took to the streets.", "1500000 Participants")]
    [InlineData("At least 1,500 police officers were deployed.", "1500 Police")]
    [InlineData("A 19-year-old man was killed.", "1 Dead")]                             // a single victim counts one
    [InlineData("At least one person has died.", "1 Dead")]
    public void Finds_what_a_number_counts(string text, string expected) => Assert.Equal(expected, Show(WithQuantities(text)));

    [Fact]
    public void Attaches_each_number_to_its_own_cue()
    {
        var doc = WithQuantities("Rivals clashed, leaving one confirmed dead and around 60 people wounded.");
        Assert.Equal("1 Dead; 60 Injured", Show(doc));
        var wounded = doc.Quantities[1];
        Assert.Equal("wounded", doc.Text.Substring(wounded.CountedStart, wounded.CountedLength));
        Assert.Equal("around 60", doc.Text.Substring(wounded.Start, wounded.Length));
    }

    [Theory]
    [InlineData("At least 12 people, including three children, were killed.", "12 Dead; 3 Dead")]   // the verb after an aside
    [InlineData("Two protesters were killed and 30 people gathered later.", "2 Dead; 30 Participants")] // a cue before "and" is another clause's
    [InlineData("Troops killed 3 and wounded 40 in the square.", "3 Dead; 40 Injured")]
    public void Keeps_each_clause_to_its_own_cue(string text, string expected) => Assert.Equal(expected, Show(WithQuantities(text)));

    [Fact]
    public void A_verb_shared_by_two_counts_applies_to_both() =>
        Assert.Equal("7 Arrested; 12 Arrested", Show(WithQuantities("Seven key figures and dozens of activists were detained.")));

    [Fact]
    public void Vague_amounts_say_so()
    {
        var q = Assert.Single(WithQuantities("Hundreds of supporters gathered.").Quantities);
        Assert.True(q.Vague);
        Assert.False(Assert.Single(WithQuantities("At least 400 people were holding the building.").Quantities).Vague);
    }

    [Theory]
    [InlineData("He was serving an 11-year sentence.")]                 // a duration
    [InlineData("A 19-year-old man spoke to reporters.")]               // an age, and no casualty
    [InlineData("The vote was held in 2005 across the country.")]       // a year
    [InlineData("The wage is around $30-50 a month.")]                  // money
    [InlineData("Turnout was 40 percent in the city.")]                 // a percentage
    [InlineData("Heating costs rose 5-10 times.")]
    [InlineData("It is among the top 20 in the world.")]                // a rank
    [InlineData("The demonstrators found one of the snipers.")]         // "one of" is not a count
    [InlineData("The plane, Jet No 1, took off.")]                      // a label
    [InlineData("On 7 April the crowd grew.")]                          // a day in a date
    [InlineData("One family member was a candidate.")]                  // "one" without a casualty cue
    [InlineData("The 21st century began.")]                             // an ordinal
    public void Reports_no_count_of_people(string text) =>
        Assert.DoesNotContain(WithQuantities(text, D("2010-04-08")).Quantities,
            q => q.Counted is Counted.Dead or Counted.Injured or Counted.Arrested or Counted.Participants or Counted.Police);

    [Theory]
    [InlineData("They took 107 of the 120 parliament seats.")]
    [InlineData("Buildings were seized in 5 cities.")]
    public void Counted_things_are_other_with_low_confidence(string text) =>
        Assert.All(WithQuantities(text).Quantities, q => Assert.True(q.Counted == Counted.Other && q.Confidence < 0.5));

    [Fact]
    public void A_pronoun_victim_counts_one_with_low_confidence()
    {
        var q = Assert.Single(WithQuantities("The crowd caught the police chief. He has been badly beaten.").Quantities);
        Assert.Equal((1L, Counted.Injured), (q.Min, q.Counted));
        Assert.True(q.Confidence < 0.5);
    }

    [Fact]
    public void Numbers_of_times_and_dates_are_left_to_the_date_layer() =>
        Assert.Empty(WithQuantities("Earlier report.\n\n7 April 15.11\n\nAt 16.10 the police retreated.", D("2010-04-08")).Quantities);
}
