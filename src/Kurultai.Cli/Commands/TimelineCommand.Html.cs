using System.Net;
using System.Text;
using Kurultai.Fusion;

namespace Kurultai.Cli.Commands;

/// <summary>The timeline as one self-contained HTML page (inline style, no scripts, no external assets).</summary>
public static partial class TimelineCommand
{
    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        h2{border-bottom:1px solid #ccc;margin-top:2rem}
        article{margin:.8rem 0;padding:.5rem .8rem;border-left:4px solid #8aa}
        article.multi{border-left-color:#36c}
        .meta{color:#555}.id{font:12px monospace;color:#888}
        .disputed{color:#a00;font-weight:600}.flag{color:#a60;font-style:italic}
        blockquote{margin:.3rem 0 .3rem 1rem;color:#444;border-left:2px solid #ddd;padding-left:.6rem}
        """;

    internal static void WriteHtml(IReadOnlyList<FusedEvent> events, string title, TextWriter output, bool open = false)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(events.Count).Append(" event(s) from ").Append(events.Sum(e => e.RecordIds.Length))
            .Append(" report(s); ").Append(events.Count(e => e.Sources > 1)).Append(" reported by several sources.</p>\n");
        foreach (var day in events.GroupBy(e => Day(e.EventDate)!))
        {
            html.Append("<section><h2>").Append(E(day.Key)).Append("</h2>\n");
            foreach (var e in day)
                Event(html, e, open);
            html.Append("</section>\n");
        }
        html.Append("</body></html>\n");
        output.Write(html.ToString());
    }

    private static void Event(StringBuilder html, FusedEvent e, bool open)
    {
        html.Append("<article").Append(e.Sources > 1 ? " class=\"multi\"" : "").Append(" id=\"").Append(e.Id).Append("\">")
            .Append(Qualifier(e) is { Length: > 0 } q ? $"<span class=\"meta\">({E(q)})</span> " : "").Append("<strong>")
            .Append(E(Kind(e))).Append("</strong> — ").Append(E(Place(e))).Append("<div class=\"meta\">").Append(E(Actors(e)))
            .Append(" · ").Append(e.Sources).Append(e.Sources == 1 ? " source" : " sources");
        foreach (var (text, disputed) in Figures(e))
            html.Append(" · ").Append(disputed ? $"<span class=\"disputed\">{E(text)}</span>" : E(text));
        foreach (var flag in Flags(e))
            html.Append(" · <span class=\"flag\">").Append(E(flag)).Append("</span>");
        html.Append(" <span class=\"id\">").Append(e.Id).Append("</span></div>\n<details").Append(open ? " open" : "")
            .Append("><summary>What each source says</summary><ul>\n");
        foreach (var claim in e.Claims)
        {
            html.Append("<li><b>").Append(E(Source(claim))).Append("</b> <span class=\"id\">").Append(E(claim.Record.Id))
                .Append("</span>: ").Append(E(Claim(claim)));
            if (claim.Record.Evidence.Length > 0)
                html.Append("<blockquote>").Append(E(claim.Record.Evidence)).Append("</blockquote>");
            html.Append("</li>\n");
        }
        html.Append("</ul></details></article>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
