using System.Globalization;
using Kurultai.Model;

namespace Kurultai.Cli.Analysis;

/// <summary>The readable per-sentence view of a document's layers: each sentence, then what was found in it.</summary>
public static class AnalysisView
{
    public static void Write(Document d, TextWriter output)
    {
        output.WriteLine($"# {d.Id}  {d.Metadata.Title?.Value}");
        output.WriteLine($"anchor: {Day(d.Anchor.Date) ?? "unknown"} ({d.Anchor.Origin}: {d.Anchor.How})");
        output.WriteLine();
        for (var i = 0; i < d.Sentences.Length; i++)
        {
            var s = d.Sentences[i];
            output.WriteLine($"[{i}] ({s.Kind.ToString().ToLowerInvariant()}, ¶{s.Paragraph}, §{s.Section}) {OneLine(d.TextOf(s.Span))}");
            foreach (var line in Lines(d, s.Span))
                output.WriteLine("      " + line);
        }
    }

    private static IEnumerable<(int Start, string Text)> Items(Document d, Span sentence)
    {
        bool In(int start) => sentence.Contains(start);
        foreach (var m in d.Dates.Where(m => In(m.Start)))
            yield return (m.Start, $"date     “{d.TextOf(m.Span)}” → {Day(m.Date)}{(m.DateEnd is { } e ? "…" + Day(e) : "")} " +
                $"({m.Precision.ToString().ToLowerInvariant()}, {m.Confidence:0.00}, {m.Rule})" +
                (m.Correction is { } c ? $" ⚠ breaks the chronology; proposed {Day(c)}" : ""));
        foreach (var q in d.Quantities.Where(q => In(q.Start)))
            yield return (q.Start, $"quantity “{d.TextOf(q.Span)}” → {q.Min}{(q.Max is { } max ? "–" + max : "")} {q.Counted.ToString().ToLowerInvariant()} ({q.Confidence:0.00})");
        foreach (var n in d.Names.Where(n => In(n.Start)))
            yield return (n.Start, $"name     “{d.TextOf(n.Span)}” {n.Kind.ToString().ToLowerInvariant()}{(n.Role is { } r ? $", {r}" : "")} ({n.Confidence:0.00})");
        foreach (var p in d.Places.Where(p => In(p.Start)))
            yield return (p.Start, p.Place is { } g
                ? $"place    “{d.TextOf(p.Span)}” → {g.Name}, {g.Admin1}, {g.Country} ({g.Lat:0.00}, {g.Lon:0.00}) {p.Confidence:0.00}; {p.Reason}" +
                  (p.Alternatives.Length > 0 ? $"; also {string.Join(", ", p.Alternatives.Take(3).Select(a => $"{a.Name} ({a.Country})"))}" : "")
                : $"place    “{d.TextOf(p.Span)}” unresolved; {p.Reason}");
        foreach (var a in d.Actors.Where(a => In(a.Start)))
            yield return (a.Start, $"actor    “{d.TextOf(a.Span)}” → {a.Name} ({a.Kind.ToString().ToLowerInvariant()}, {a.Confidence:0.00})");
        foreach (var e in d.Events.Where(e => e.EvidenceSpans.Any(span => In(span.Start))))
            yield return (e.EvidenceSpans.First(span => In(span.Start)).Start,
                $"event    {e.EventType} / {e.SubEventType} on {Day(e.EventDate)} at {e.Location}: {e.Actor1}{(e.Actor2 is { } a2 ? " → " + a2 : "")}" +
                $"{(e.Fatalities > 0 ? $", {e.Fatalities} dead" : "")}{(e.Background ? " [background]" : "")} ({e.Rule})");
    }

    private static IEnumerable<string> Lines(Document d, Span sentence) =>
        Items(d, sentence).OrderBy(i => i.Start).Select(i => i.Text);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
