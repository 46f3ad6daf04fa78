using CsCheck;
using Kurultai.Model;

namespace Kurultai.Tests.Language;

public sealed class LanguagePropertyTests
{
    private static readonly string[] Fragments =
    [
        "Police", "killed", "at least", "12", "5,000", "1.5", "million", "protesters", "gathered", "in", "Bishkek", "’’s", "'s",
        "President", "Kurmanbek", "Bakiyev", "U.S.", "Gen.", "Oct.", "No.", "7 April 15.11", "17 April", "2010", "May", "13-14",
        "on Monday", "yesterday", "the following day", "two weeks earlier", "for ten days", "last month", "dozens", "several hundred",
        "a 19-year-old", "man", "was", "injured", "He", "has been", "beaten", ".", ",", ";", ":", "!", "?", "...", "…", "\"", "“", "”",
        "(", ")", "-", "–", "\n", "\n\n", "  ", "\t", "- ", "1. ", "Photo:", "10:32 GMT", "Jalal-Abad", "OSCE", "State Committee for",
        "National Security", "of", "and", "the", "THE", "CITY", "é", "\u0301", "🙂", "\r\n", "13/05/2010", "2010-04-07", "$", "%",
    ];

    private static readonly Gen<string> TextLike =
        Gen.Select(Gen.OneOf(Fragments).Array[0, 60], Gen.Bool.Array[60], (parts, spaces) =>
            string.Concat(parts.Select((p, k) => spaces[k] ? p + " " : p)));

    [Fact]
    public void Every_stage_takes_any_string_and_keeps_its_spans_inside_the_text_in_order()
    {
        Gen.String.Sample(text => Check(text, null), iter: 300);
        TextLike.Sample(text => Check(text, null), iter: 1500);
        TextLike.Sample(text => Check(text, new DateOnly(2010, 4, 8)), iter: 500);
    }

    private static void Check(string text, DateOnly? published)
    {
        var doc = LanguageDocs.All(text, published);
        InOrderInside(text, doc.Sentences.Select(s => (s.Start, s.Length)));
        InOrderInside(text, doc.Tokens.Select(t => (t.Start, t.Length)));
        InOrderInside(text, doc.Dates.Select(d => (d.Start, d.Length)));
        InOrderInside(text, doc.Quantities.Select(q => (q.Start, q.Length)));
        InOrderInside(text, doc.Names.Select(n => (n.Start, n.Length)));
        Assert.All(doc.Quantities, q => Assert.True(q.CountedStart == -1 || q.CountedStart >= 0 && q.CountedStart + q.CountedLength <= text.Length));
        Assert.All(doc.Dates, d => Assert.True(d.DateEnd is null || d.DateEnd >= d.Date));
        Assert.All(doc.Names, n => Assert.InRange(n.Confidence, 0, 1));
    }

    private static void InOrderInside(string text, IEnumerable<(int Start, int Length)> spans)
    {
        int previous = 0;
        foreach (var (start, length) in spans)
        {
            Assert.True(start >= previous && length >= 0 && start + length <= text.Length,
                $"span ({start},{length}) out of order or outside a text of {text.Length}");
            previous = start;
        }
    }
}
