using System.Globalization;
using System.Text;

namespace Kurultai.Bench;

/// <summary>
/// Generates news-like articles for benchmarks: a headline, a dateline, paragraphs of sentences with dates, counts
/// and names drawn from templates and invented words, and sometimes a live blog of timestamped entries.
/// </summary>
internal sealed class SyntheticArticles(int seed)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Syllables = ["ka", "ra", "bek", "tal", "osh", "mir", "za", "nur", "dos", "ai", "bol", "ter", "sul", "an", "gul", "ish", "ken", "ba", "kur", "jan"];
    private static readonly string[] Titles = ["President", "Prime Minister", "Interior Minister", "opposition leader", "regional governor", "Mr", "General"];
    private static readonly string[] Heads = ["Party", "Commission", "Committee", "Movement", "Council", "Ministry of Interior", "Agency"];
    private static readonly string[] Vague = ["Hundreds", "Thousands", "Dozens", "Several hundred", "Tens of thousands", "Scores"];
    private static readonly string[] Qualifiers = ["at least", "more than", "nearly", "about", "up to", "over", "some"];
    private static readonly string[] Filler =
    [
        "The situation remained tense as officials appealed for calm and promised an inquiry into the events.",
        "Witnesses described chaotic scenes, with shops closed and traffic halted across the centre.",
        "Analysts said the unrest reflected years of frustration over corruption, unemployment and rising prices.",
        "The government has not commented on the reports, and the figures could not be independently verified.",
        "Some of the demonstrators said they would stay in the square until their demands were met.",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var sb = new StringBuilder(6000);
        var date = new DateOnly(2000, 1, 1).AddDays(_random.Next(0, 9000));
        sb.Append(Cap(Word())).Append(" protesters clash with police in ").Append(Place()).Append("\n\n");
        sb.Append(Person()).Append('\n').Append(date.Day).Append(' ').Append(Months[date.Month - 1]).Append(' ').Append(date.Year).Append("\n\n");
        int paragraphs = _random.Next(5, 10);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = _random.Next(3, 7);
            for (int s = 0; s < sentences; s++) sb.Append(Sentence(date)).Append(' ');
            sb.Length--;
            sb.Append("\n\n");
        }
        if (_random.Next(4) == 0) LiveBlog(sb, date);
        return sb.ToString();
    }

    private void LiveBlog(StringBuilder sb, DateOnly date)
    {
        sb.Append("Latest updates\n\n");
        var day = date.AddDays(-2);
        int minutes = 9 * 60;
        for (int e = 0; e < _random.Next(4, 9); e++)
        {
            minutes += _random.Next(10, 200);
            if (minutes >= 24 * 60) { minutes -= 24 * 60; day = day.AddDays(1); }
            sb.Append(day.Day).Append(' ').Append(Months[day.Month - 1]).Append(' ').Append((minutes / 60).ToString("00", CultureInfo.InvariantCulture))
                .Append('.').Append((minutes % 60).ToString("00", CultureInfo.InvariantCulture)).Append("\n\n");
            sb.Append(Sentence(date)).Append(' ').Append(Sentence(date)).Append("\n\n");
        }
    }

    private string Sentence(DateOnly anchor)
    {
        var earlier = anchor.AddDays(-_random.Next(0, 20));
        return _random.Next(14) switch
        {
            0 => $"On {earlier.Day} {Months[earlier.Month - 1]}, {N()} people were killed when police opened fire in {Place()}.",
            1 => $"{Cap(Q())} {N(5000)} protesters gathered outside the {Org()} in {Place()} on {Weekdays[_random.Next(7)]}.",
            2 => $"{Titles[_random.Next(Titles.Length)]} {Person()} told reporters that {N()} activists had been arrested.",
            3 => $"The following day, {Vague[_random.Next(Vague.Length)].ToLowerInvariant()} of supporters marched to the {Org()}.",
            4 => $"{Cap(Q())} {N(900)} people were injured, according to the {Org()}, and {N(20)} remain in hospital.",
            5 => $"{Person()}, leader of the {Cap(Word())} {Heads[0]}, said the vote on {Months[earlier.Month - 1]} {earlier.Day}, {earlier.Year} was rigged.",
            6 => $"Two weeks earlier, troops in the northern city of {Place()} detained {N(60)} students.",
            7 => $"{Vague[_random.Next(Vague.Length)]} of demonstrators stormed the {Org()} building, and a {_random.Next(16, 70)}-year-old man was shot dead.",
            8 => $"The death toll rose to {N(120)} on {Weekdays[_random.Next(7)]} evening, {Person()} said.",
            9 => $"Mr. {Cap(Word())} arrived in the U.S. on Oct. {_random.Next(1, 29)} with Gen. {Cap(Word())} and {N(10)} aides.",
            10 => $"\"We will not leave,\" said {Person()}, a {N(70)}-year-old pensioner from {Place()}. \"They stole the election!\"",
            11 => $"Officials said {_random.Next(1, 99)} percent of the {N(300)} polling stations reported turnout above {_random.Next(20, 80)}%.",
            12 => $"Yesterday, crowds of up to {N(30000)} blocked the {Place()}-{Place()} highway for ten days.",
            _ => Filler[_random.Next(Filler.Length)],
        };
    }

    private string Q() => Qualifiers[_random.Next(Qualifiers.Length)];

    private string N(int max = 100) => _random.Next(1, max).ToString("N0", CultureInfo.InvariantCulture);

    private string Word() => string.Concat(Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    private string Person() => Cap(Word()) + " " + Cap(Word()) + (_random.Next(2) == 0 ? "ov" : "eva");

    private string Place() => Cap(Word()) + (_random.Next(3) == 0 ? "-" + Cap(Word()) : "") + (_random.Next(4) == 0 ? "abad" : "");

    private string Org() => Cap(Word()) + " " + Heads[_random.Next(Heads.Length)];

    private static string Cap(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];
}
