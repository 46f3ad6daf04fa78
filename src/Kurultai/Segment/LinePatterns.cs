using System.Text.RegularExpressions;
using Kurultai.Dates;

namespace Kurultai.Segment;

/// <summary>
/// Whole-line patterns the splitter uses to type a line: live-blog timestamps ("7 April 15.11", "10:32 GMT",
/// "April 7, 15:11"), list items ("- ", "1. "), photo captions ("Photo: …", "… (Photo: AFP)").
/// </summary>
public static partial class LinePatterns
{
    private const string Zone = "(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|IST|ALMT|KGT|AST|WIB|local(?:\\s+time)?)";
    private const string Time = "(?<h>[01]?\\d|2[0-3])[.:h](?<min>[0-5]\\d)(?:\\s*(?<ampm>[ap]\\.?m\\.?))?(?:\\s+\\(?" + Zone + "\\)?)?";
    private const string Sep = ",?\\s*(?:at\\s+|[-–—|,]\\s*)?";

    /// <summary>A live-blog timestamp line: optional date then a time of day, e.g. "8 April 01.47", "Tuesday 10:32 GMT".</summary>
    [GeneratedRegex(
        "^(?:(?:last\\s+)?(?:updated|posted|published)\\s*(?:at|on)?\\s*:?\\s*)?" +
        "(?:(?<wd>" + CalendarWords.Weekday + ")\\.?,?\\s+)?" +
        "(?:(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<m>" + CalendarWords.Month + ")\\.?(?:,?\\s+(?<y>(?:19|20)\\d\\d))?" + Sep +
        "|(?<m>" + CalendarWords.Month + ")\\.?\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<y>(?:19|20)\\d\\d))?" + Sep + ")?" +
        Time + "\\s*[-–—:|]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Timestamp();

    /// <summary>A list item's marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ".</summary>
    [GeneratedRegex("^(?:[-*•·▪◦–]|\\d{1,2}[.)])[ \\t]+(?=\\S)", RegexOptions.CultureInvariant)]
    public static partial Regex ListMarker();

    /// <summary>A photo caption or credit line.</summary>
    [GeneratedRegex(
        "^(?:photo|image|picture|photograph|caption|pictured|file\\s+photo)\\s*(?:\\([^)]*\\))?\\s*[:|–—]" +
        "|\\b(?:photo(?:graph)?|image|picture)\\s*(?:credit)?\\s*:\\s*\\S" +
        "|\\((?:photo|image|picture)[^)]*\\)\\s*\\.?$" +
        "|getty\\s+images|\\bAP\\s+photo\\b|\\bEPA(?:-EFE)?/|/AFP\\b|\\bAFP/|/Reuters\\b|\\bReuters/",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Caption();

    /// <summary>Markdown heading marker ("## ").</summary>
    [GeneratedRegex("^#{1,6}\\s", RegexOptions.CultureInvariant)]
    public static partial Regex MarkdownHeading();
}
