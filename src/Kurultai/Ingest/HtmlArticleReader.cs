using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Reads an HTML page: metadata from meta tags and JSON-LD, and as raw text the main content (SmartReader's
/// Readability, or the body without navigation, header, footer and asides) with paragraph breaks.
/// </summary>
internal sealed class HtmlArticleReader(ReaderOptions options, MetadataExtractor? extractor)
{
    private static readonly string[] Furniture = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "menu", "dialog"];

    public ReadResult Read(string html, ArticleSource where)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var text = MainText(html, document, metadata.Url?.Value);
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Fail(where.Source, "HTML with no extractable text");
        if (extractor is not null)
            metadata = MetadataExtractor.Merge(metadata, extractor.Extract(text, SourceFormat.Html));
        return ReadResult.Ok(new Kurultai.Model.Article(where.Id, where.Source, SourceFormat.Html, text, where.Stamp(metadata)));
    }

    private string MainText(string html, IHtmlDocument document, string? url)
    {
        var whole = BodyText(document);
        if (!options.MainContent)
            return whole;
        var main = Readability(html, url);
        return main.Length >= 200 || main.Length * 2 >= whole.Length ? main : whole;
    }

    private static string Readability(string html, string? url)
    {
        try
        {
            var reader = new SmartReader.Reader(url ?? "https://localhost/article", html) { ContinueIfNotReadable = true };
            var article = reader.GetArticle();
            return string.IsNullOrWhiteSpace(article.Content) ? "" : HtmlText.FromFragment(article.Content).Trim();
        }
        catch (Exception)
        {
            return ""; // a page SmartReader cannot handle falls back to the whole body
        }
    }

    private static string BodyText(IHtmlDocument document)
    {
        if (document.Body is not { } body)
            return "";
        foreach (var element in body.QuerySelectorAll(string.Join(',', Furniture)).ToList())
            element.Remove();
        return HtmlText.From(body).Trim();
    }
}
