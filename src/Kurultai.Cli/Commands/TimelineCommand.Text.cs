using System.Globalization;
using Kurultai.Fusion;

namespace Kurultai.Cli.Commands;

/// <summary>How a fused event reads in tables, Markdown and HTML: "Riots / Violent demonstration", "Bishkek, KG".</summary>
public static partial class TimelineCommand
{
    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2010-04-07", "2020-10-06 (about)", "2010-04 (month)", "2010-05-03 – 2010-05-16".</summary>
    internal static string When(FusedEvent e) => Qualifier(e) is { Length: > 0 } q ? $"{Day(e.EventDate)} ({q})" : Day(e.EventDate)!;

    /// <summary>How sure the day is: "" (the day is known), "about" (within a week), "month", "to 2010-05-16" (a span).</summary>
    internal static string Qualifier(FusedEvent e) => e switch
    {
        { DateEnd: { } end } when end > e.EventDate => "to " + Day(end),
        { TimePrecision: 2 } => "about",
        { TimePrecision: >= 3 } => "month",
        _ => "",
    };

    internal static string Kind(FusedEvent e) => $"{e.EventType} / {e.SubEventType}";

    /// <summary>"Bishkek, KG"; "Manas airport (Chuy), KG"; "somewhere in Naryn, KG"; "Kyrgyzstan".</summary>
    internal static string Place(FusedEvent e) => e.GeoPrecision switch
    {
        >= 3 => e.Location.Length > 0 ? e.Location : e.Country,
        2 => $"somewhere in {(e.Admin1.Length > 0 ? e.Admin1 : e.Location)}, {e.Country}",
        _ => e.Admin1.Length > 0 && !e.Admin1.Equals(e.Location, StringComparison.OrdinalIgnoreCase)
            ? $"{e.Location} ({e.Admin1}), {e.Country}"
            : $"{e.Location}, {e.Country}",
    };

    internal static string Actors(FusedEvent e) => e.Actor2 is { Length: > 0 } a2 ? $"{e.Actor1} vs {a2}" : e.Actor1;

    /// <summary>Each stated figure: "fatalities 56–100 (3 sources disagree)", flagged when disputed.</summary>
    internal static IEnumerable<(string Text, bool Disputed)> Figures(FusedEvent e)
    {
        if (e.Fatalities.Reports > 0) yield return (e.Fatalities.Describe("fatalities"), e.Fatalities.Disputed);
        if (e.Injuries is { } injuries) yield return (injuries.Describe("injuries"), injuries.Disputed);
        if (e.Arrests is { } arrests) yield return (arrests.Describe("arrests"), arrests.Disputed);
        if (e.CrowdSize is { } crowd) yield return (crowd.Describe("crowd"), crowd.Disputed);
    }

    /// <summary>Disagreements other than figures: "dates differ", "types differ", "places differ".</summary>
    internal static IEnumerable<string> Flags(FusedEvent e)
    {
        if (e.Disagreements.HasFlag(FusionDisagreement.Date)) yield return "dates differ";
        if (e.Disagreements.HasFlag(FusionDisagreement.Type)) yield return "types differ";
        if (e.Disagreements.HasFlag(FusionDisagreement.Place)) yield return "places differ";
        if (e.Disagreements.HasFlag(FusionDisagreement.SelfContradiction)) yield return "a source gives several figures";
    }

    /// <summary>"example.org (000_d6f3…)" or the document id alone.</summary>
    internal static string Source(SourceClaim claim) =>
        claim.Outlet is { } outlet ? $"{outlet} ({claim.Record.Doc})" : claim.Record.Doc;

    /// <summary>What one source claims, in one line: "2010-04-07, Bishkek, Protests / Excessive force…, fatalities 56–100".</summary>
    internal static string Claim(SourceClaim claim)
    {
        var r = claim.Record;
        var parts = new List<string> { Day(r.EventDate)! + (r.DateEnd is { } end ? " – " + Day(end) : ""), r.Location, $"{r.EventType} / {r.SubEventType}" };
        if (r.Fatalities > 0) parts.Add(r.FatalitiesMax > r.Fatalities ? $"fatalities {r.Fatalities}–{r.FatalitiesMax}" : $"fatalities {r.Fatalities}");
        if (r.Injuries is { } injuries) parts.Add($"injuries {injuries}");
        if (r.Arrests is { } arrests) parts.Add($"arrests {arrests}");
        if (r.CrowdSize is { } crowd) parts.Add($"crowd {crowd}");
        if (r.Background) parts.Add("background");
        return string.Join(", ", parts);
    }
}
