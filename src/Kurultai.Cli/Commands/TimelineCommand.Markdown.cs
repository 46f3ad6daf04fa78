using System.Text;
using Kurultai.Fusion;

namespace Kurultai.Cli.Commands;

/// <summary>The timeline as Markdown: a heading per day, a bullet per event, its sources' claims and quoted evidence.</summary>
public static partial class TimelineCommand
{
    internal static void WriteMarkdown(IReadOnlyList<FusedEvent> events, string title, TextWriter output, bool withClaims = false)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(title)).AppendLine();
        md.AppendLine($"{events.Count} event(s) from {events.Sum(e => e.RecordIds.Length)} report(s); " +
            $"{events.Count(e => e.Sources > 1)} reported by several sources.");
        foreach (var day in events.GroupBy(e => Day(e.EventDate)!))
        {
            md.AppendLine().Append("## ").AppendLine(day.Key).AppendLine();
            foreach (var e in day)
            {
                md.Append("- ").Append(Qualifier(e) is { Length: > 0 } q ? $"({q}) " : "").Append("**").Append(Escape(Kind(e))).Append("** — ").Append(Escape(Place(e))).Append(". ")
                    .Append(Escape(Actors(e))).Append('.');
                foreach (var (text, disputed) in Figures(e))
                    md.Append(' ').Append(disputed ? $"**{Escape(text)}**" : Escape(text)).Append('.');
                foreach (var flag in Flags(e))
                    md.Append(" *").Append(flag).Append(".*");
                md.Append(' ').Append(e.Sources).Append(e.Sources == 1 ? " source" : " sources").Append(". `").Append(e.Id).AppendLine("`");
                if (!withClaims)
                    continue;
                foreach (var claim in e.Claims)
                {
                    md.Append("  - ").Append(Escape(Source(claim))).Append(", record `").Append(claim.Record.Id).Append("`: ")
                        .AppendLine(Escape(Claim(claim)));
                    if (claim.Record.Evidence.Length > 0)
                        md.Append("    > ").AppendLine(Escape(claim.Record.Evidence.ReplaceLineEndings(" ")));
                }
            }
        }
        output.Write(md.ToString());
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
