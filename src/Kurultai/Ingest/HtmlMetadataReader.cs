using System.Collections.Immutable;
using AngleSharp.Html.Dom;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Reads an HTML page's metadata: title (og:title, JSON-LD headline, &lt;title&gt;, &lt;h1&gt;), canonical URL
/// (&lt;link rel=canonical&gt;, og:url), site name (og:site_name, JSON-LD publisher), authors (meta author,
/// article:author, JSON-LD author), publication date (article:published_time, JSON-LD datePublished, &lt;time&gt;)
/// and language (&lt;html lang&gt;).
/// </summary>
public static class HtmlMetadataReader
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "article.published", "original-publish-date",
    ];

    public static ArticleMetadata Read(IHtmlDocument document)
    {
        var metas = Metas(document);
        var ld = JsonLdArticle.Find(document);
        string? Meta(params string[] keys) => keys.Select(k => metas.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        static Sourced<string>? S(string? value, MetaOrigin origin, string detail) =>
            string.IsNullOrWhiteSpace(value) ? null : new Sourced<string>(Collapse(value), origin, detail);

        var siteName = S(Meta("og:site_name", "application-name"), MetaOrigin.HtmlMeta, "og:site_name") ?? S(ld?.Publisher, MetaOrigin.JsonLd, "publisher");
        var title = S(Meta("og:title", "twitter:title"), MetaOrigin.HtmlMeta, "og:title")
            ?? S(ld?.Headline, MetaOrigin.JsonLd, "headline")
            ?? S(TrimSiteSuffix(document.Title, siteName?.Value), MetaOrigin.HtmlTitle, "<title>")
            ?? S(document.QuerySelector("h1")?.TextContent, MetaOrigin.HtmlTitle, "<h1>");
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var url = S(Absolute(canonical), MetaOrigin.HtmlMeta, "link rel=canonical")
            ?? S(Absolute(Meta("og:url")), MetaOrigin.HtmlMeta, "og:url")
            ?? S(Absolute(ld?.Url), MetaOrigin.JsonLd, "url");
        return new ArticleMetadata
        {
            Title = title,
            Outlet = siteName,
            Url = url,
            Authors = Authors(metas, ld, document),
            Published = Published(metas, ld, document),
            Language = Language(document, metas, ld),
            Extra = Extra(metas),
        };
    }

    private static Dictionary<string, string> Metas(IHtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && content is not null)
                metas.TryAdd(key.Trim(), content.Trim());
        }
        return metas;
    }

    private static Sourced<ImmutableArray<string>>? Authors(Dictionary<string, string> metas, JsonLdArticle? ld, IHtmlDocument document)
    {
        foreach (var key in (ReadOnlySpan<string>)["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"])
        {
            if (metas.GetValueOrDefault(key) is not { Length: > 0 } value || value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                continue;
            var names = SplitAuthors(value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? value[3..] : value);
            if (names.Length > 0)
                return new(names, MetaOrigin.HtmlMeta, key);
        }
        if (ld is { Authors.Length: > 0 })
            return new(ld.Authors, MetaOrigin.JsonLd, "author");
        var linked = document.QuerySelectorAll("a[rel=author]").Select(a => Collapse(a.TextContent)).Where(n => n.Length > 0).Distinct().ToImmutableArray();
        return linked.Length > 0 ? new(linked, MetaOrigin.HtmlMeta, "a rel=author") : null;
    }

    internal static ImmutableArray<string> SplitAuthors(string value) =>
        [.. value.Replace(" and ", ",", StringComparison.Ordinal).Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Collapse).Where(n => n.Length > 0).Distinct()];

    private static Sourced<DateOnly>? Published(Dictionary<string, string> metas, JsonLdArticle? ld, IHtmlDocument document)
    {
        foreach (var key in DateMetas)
        {
            if (LooseDate.TryParse(metas.GetValueOrDefault(key), out var date))
                return new(date, MetaOrigin.HtmlMeta, $"{key}: {metas[key]}");
        }
        if (LooseDate.TryParse(ld?.DatePublished, out var ldDate))
            return new(ldDate, MetaOrigin.JsonLd, $"datePublished: {ld!.DatePublished}");
        foreach (var time in document.QuerySelectorAll("time"))
        {
            var value = time.GetAttribute("datetime") ?? time.TextContent;
            if (LooseDate.TryParse(value, out var date))
                return new(date, MetaOrigin.HtmlMeta, $"<time>: {Collapse(value)}");
        }
        return null;
    }

    private static Sourced<string>? Language(IHtmlDocument document, Dictionary<string, string> metas, JsonLdArticle? ld)
    {
        var (value, detail) = (document.DocumentElement.GetAttribute("lang"), "<html lang>");
        if (string.IsNullOrWhiteSpace(value)) (value, detail) = (metas.GetValueOrDefault("content-language"), "content-language");
        if (string.IsNullOrWhiteSpace(value)) (value, detail) = (metas.GetValueOrDefault("og:locale"), "og:locale");
        if (string.IsNullOrWhiteSpace(value)) (value, detail) = (ld?.Language, "inLanguage");
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var primary = value.Trim().Split('-', '_', ',')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 ? new(primary, detail == "inLanguage" ? MetaOrigin.JsonLd : MetaOrigin.HtmlMeta, $"{detail}: {value}") : null;
    }

    private static ImmutableDictionary<string, string> Extra(Dictionary<string, string> metas)
    {
        var extra = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (key, name) in (ReadOnlySpan<(string, string)>)[("description", "description"), ("og:description", "description"), ("keywords", "keywords"), ("news_keywords", "keywords"), ("og:type", "type")])
        {
            if (metas.GetValueOrDefault(key) is { Length: > 0 } value && !extra.ContainsKey(name))
                extra[name] = Collapse(value);
        }
        return extra.ToImmutable();
    }

    // "Police disperse rally | Example News" → "Police disperse rally"
    private static string? TrimSiteSuffix(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " — ", " – ", " :: "])
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var suffix = title[(at + separator.Length)..].Trim();
            if (siteName is not null && suffix.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName is null && suffix.Split(' ').Length <= 3)
                return title[..at].Trim();
        }
        return title;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url.Trim() : null;

    internal static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
