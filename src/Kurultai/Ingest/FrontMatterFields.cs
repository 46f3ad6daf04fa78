using System.Collections;
using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>Maps front-matter keys (title, url, outlet, published, authors, language and their usual synonyms) to metadata.</summary>
internal static class FrontMatterFields
{
    public static ArticleMetadata ToMetadata(IDictionary map)
    {
        var meta = ArticleMetadata.Empty;
        var extra = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (DictionaryEntry entry in map)
        {
            var key = entry.Key?.ToString()?.Trim() ?? "";
            var value = entry.Value;
            var text = Flatten(value);
            if (key.Length == 0)
                continue;
            Sourced<string>? S() => string.IsNullOrWhiteSpace(text) ? null : new Sourced<string>(text.Trim(), MetaOrigin.FrontMatter, key);
            switch (key.ToLowerInvariant())
            {
                case "title" or "headline":
                    meta = meta with { Title = meta.Title ?? S() };
                    break;
                case "url" or "link" or "canonical" or "source_url" or "permalink":
                    meta = meta with { Url = meta.Url ?? S() };
                    break;
                case "outlet" or "source" or "site" or "site_name" or "publisher" or "publication":
                    meta = meta with { Outlet = meta.Outlet ?? S() };
                    break;
                case "language" or "lang":
                    meta = meta with { Language = meta.Language ?? S() };
                    break;
                case "published" or "date" or "pubdate" or "published_at" or "publication_date" or "date_published":
                    if (meta.Published is null && LooseDate.TryParse(text, out var date))
                        meta = meta with { Published = new Sourced<DateOnly>(date, MetaOrigin.FrontMatter, $"{key}: {text}") };
                    else
                        extra[key] = text;
                    break;
                case "authors" or "author" or "by" or "byline":
                    var names = value is IList list
                        ? [.. list.Cast<object?>().Select(Flatten).Where(n => n.Length > 0)]
                        : HtmlMetadataReader.SplitAuthors(text);
                    if (meta.Authors is null && names.Length > 0)
                        meta = meta with { Authors = new Sourced<ImmutableArray<string>>(names, MetaOrigin.FrontMatter, key) };
                    break;
                default:
                    extra[key] = text;
                    break;
            }
        }
        return meta with { Extra = extra.ToImmutable() };
    }

    /// <summary>A YAML value as one line of text: scalars as written, lists joined with ", ", maps as "k: v; …".</summary>
    internal static string Flatten(object? value) => value switch
    {
        null => "",
        string s => s,
        IDictionary map => string.Join("; ", map.Cast<DictionaryEntry>().Select(e => $"{e.Key}: {Flatten(e.Value)}")),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? "",
    };
}
