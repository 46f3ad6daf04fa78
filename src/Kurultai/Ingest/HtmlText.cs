using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kurultai.Ingest;

/// <summary>
/// Turns HTML into text with paragraph breaks: block elements ("&lt;p&gt;", "&lt;h2&gt;", "&lt;li&gt;") become
/// paragraphs separated by a blank line, "&lt;br&gt;" a line break; scripts, styles, forms and hidden elements vanish.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "button", "select", "option", "head",
        "title", "meta", "link", "input", "textarea", "object", "embed", "audio", "video", "map", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption",
        "address", "hr", "pre", "form", "fieldset", "details", "summary", "center", "body", "html",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "li", "td", "th", "caption" };

    /// <summary>Parses an HTML fragment ("&lt;p&gt;Police said…&lt;/p&gt;") and returns its text.</summary>
    public static string FromFragment(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        return From(document.Body ?? (INode)document);
    }

    public static string From(INode node)
    {
        var writer = new Writer();
        writer.Walk(node, preformatted: false);
        return writer.ToString();
    }

    /// <summary>Whether a string holds HTML markup rather than plain text.</summary>
    public static bool LooksLikeMarkup(string text) =>
        text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("</div>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("</a>", StringComparison.OrdinalIgnoreCase) || text.Contains("<p ", StringComparison.OrdinalIgnoreCase);

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreak;
        private bool _pendingSpace;

        public void Walk(INode node, bool preformatted)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    Text(text.Data, preformatted);
                    continue;
                }
                if (child is not IElement element)
                    continue;
                var name = element.LocalName;
                if (Skipped.Contains(name) || IsHidden(element))
                    continue;
                if (name == "br")
                {
                    Break(1);
                    continue;
                }
                int level = Blocks.Contains(name) ? 2 : Lines.Contains(name) ? 1 : 0;
                Break(level);
                Walk(element, preformatted || name == "pre");
                Break(level);
            }
        }

        private static bool IsHidden(IElement element) =>
            element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || (element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false);

        private void Break(int level)
        {
            if (_text.Length > 0 && level > _pendingBreak)
                _pendingBreak = level;
        }

        private void Text(string data, bool preformatted)
        {
            foreach (char raw in data)
            {
                char c = raw;
                if (preformatted && c == '\n')
                {
                    Break(1);
                    continue;
                }
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }
                if (_pendingBreak > 0)
                {
                    _text.Append('\n', _pendingBreak);
                    _pendingBreak = 0;
                    _pendingSpace = false;
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
                _pendingSpace = false;
                _text.Append(c);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
