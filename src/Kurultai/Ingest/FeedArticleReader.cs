using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item an article, its content or description HTML as text, its
/// link, title, date and author; the feed's title is the outlet. Elements are matched by local name, so namespace
/// variants (<c>content:encoded</c>, <c>dc:creator</c>, <c>dc:date</c>) work.
/// </summary>
internal sealed class FeedArticleReader(MetadataExtractor? extractor)
{
    public IEnumerable<ReadResult> Read(string xml, ArticleSource where)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [ReadResult.Fail(where.Source, $"not well-formed XML: {e.Message.Split(" Line ")[0].TrimEnd('.', ',')}", e.LineNumber > 0 ? e.LineNumber : null)];
        }
        var root = document.Root!;
        var (channel, items) = root.Name.LocalName switch
        {
            "rss" => (Child(root, "channel"), Child(root, "channel")?.Elements().Where(e => e.Name.LocalName == "item")),
            "RDF" => (Child(root, "channel"), root.Elements().Where(e => e.Name.LocalName == "item")),
            "feed" => (root, root.Elements().Where(e => e.Name.LocalName == "entry")),
            _ => (null, null),
        };
        if (items is null)
            return [ReadResult.Fail(where.Source, $"XML but not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        var list = items.ToList();
        if (list.Count == 0)
            return [ReadResult.Fail(where.Source, "feed has no items")];
        var outlet = Value(Child(channel, "title"));
        var language = Value(Child(channel, "language")) ?? (string?)root.Attribute(XNamespace.Xml + "lang");
        return list.Select((item, index) => Item(item, index + 1, outlet, language, where));
    }

    private ReadResult Item(XElement item, int index, string? outlet, string? language, ArticleSource where)
    {
        int line = ((IXmlLineInfo)item).LineNumber;
        var source = where.Item($"{where.Id}-{index}", line);
        var html = Value(Child(item, "encoded")) ?? Value(Child(item, "content")) ?? Value(Child(item, "description")) ?? Value(Child(item, "summary"));
        var text = html is null ? "" : html.Contains('<', StringComparison.Ordinal) ? HtmlText.FromFragment(html) : html;
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Fail(where.Source, $"feed item {index} has no text", line);
        var metadata = new ArticleMetadata
        {
            Title = Sourced(Plain(Value(Child(item, "title"))), "title"),
            Url = Sourced(Link(item), "link"),
            Outlet = Sourced(outlet, "feed title"),
            Language = Sourced(language?.Split('-', '_')[0].ToLowerInvariant(), "language"),
            Authors = Authors(item),
            Published = Published(item),
            Extra = Extra(item),
        };
        if (extractor is not null)
            metadata = MetadataExtractor.Merge(metadata, extractor.Extract(text, SourceFormat.Feed));
        return ReadResult.Ok(new Article(source.Id, source.Source, SourceFormat.Feed, text, where.Stamp(metadata)));
    }

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = (string?)link.Attribute("rel");
            var href = (string?)link.Attribute("href") ?? link.Value;
            if (!string.IsNullOrWhiteSpace(href) && rel is null or "alternate")
                return href.Trim();
        }
        return Value(Child(item, "guid")) is { } guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null;
    }

    private static Sourced<ImmutableArray<string>>? Authors(XElement item)
    {
        var names = item.Elements()
            .Where(e => e.Name.LocalName is "author" or "creator")
            .Select(e => Child(e, "name")?.Value ?? e.Value)
            .Select(AuthorName)
            .Where(n => n.Length > 0)
            .Distinct()
            .ToImmutableArray();
        return names.Length == 0 ? null : new(names, MetaOrigin.FeedItem, "author");
    }

    // RSS authors are often "jane@example.org (Jane Doe)".
    private static string AuthorName(string raw)
    {
        var s = raw.Trim();
        int open = s.IndexOf('(', StringComparison.Ordinal);
        if (s.Contains('@', StringComparison.Ordinal) && open > 0 && s.EndsWith(')'))
            return s[(open + 1)..^1].Trim();
        return s.Contains('@', StringComparison.Ordinal) ? "" : s;
    }

    private static Sourced<DateOnly>? Published(XElement item)
    {
        foreach (var name in (ReadOnlySpan<string>)["pubDate", "date", "published", "issued", "created", "updated"])
        {
            var value = Value(Child(item, name));
            if (LooseDate.TryParse(value, out var date))
                return new(date, MetaOrigin.FeedItem, $"{name}: {value}");
        }
        return null;
    }

    private static ImmutableDictionary<string, string> Extra(XElement item)
    {
        var extra = ImmutableDictionary.CreateBuilder<string, string>();
        if ((Value(Child(item, "guid")) ?? Value(Child(item, "id"))) is { } guid)
            extra["guid"] = guid;
        var categories = item.Elements().Where(e => e.Name.LocalName is "category" or "subject")
            .Select(e => (string?)e.Attribute("term") ?? e.Value.Trim()).Where(c => c.Length > 0).ToList();
        if (categories.Count > 0)
            extra["categories"] = string.Join(", ", categories);
        return extra.ToImmutable();
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? Plain(string? text) =>
        text is null ? null : text.Contains('<', StringComparison.Ordinal) ? HtmlText.FromFragment(text).Trim() : text;

    private static Sourced<string>? Sourced(string? value, string detail) =>
        string.IsNullOrWhiteSpace(value) ? null : new(value.Trim(), MetaOrigin.FeedItem, detail);
}
