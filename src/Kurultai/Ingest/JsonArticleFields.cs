using System.Collections.Immutable;
using System.Text.Json;
using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>Maps a JSON article object's fields (id, url, title, published, outlet, text, authors, language and synonyms) to metadata; the rest go to Extra.</summary>
internal static class JsonArticleFields
{
    public sealed record Fields(string? Id, string? Text, ArticleMetadata Metadata);

    public static Fields Read(JsonElement obj)
    {
        string? id = null, text = null;
        var meta = ArticleMetadata.Empty;
        var extra = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var property in obj.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            var scalar = Scalar(value);
            Sourced<string>? S() => string.IsNullOrWhiteSpace(scalar) ? null : new Sourced<string>(scalar.Trim(), MetaOrigin.JsonField, name);
            switch (name.ToLowerInvariant())
            {
                case "id" or "doc_id" or "doc" or "_id":
                    id ??= string.IsNullOrWhiteSpace(scalar) ? null : scalar.Trim();
                    break;
                case "text" or "body" or "content" or "maintext" or "article" or "full_text" or "html":
                    text ??= value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "title" or "headline":
                    meta = meta with { Title = meta.Title ?? S() };
                    break;
                case "url" or "link" or "canonical_url" or "source_url":
                    meta = meta with { Url = meta.Url ?? S() };
                    break;
                case "outlet" or "source" or "site" or "site_name" or "publisher" or "source_domain" or "domain":
                    var outlet = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("name", out var n) ? Scalar(n) : scalar;
                    if (meta.Outlet is null && !string.IsNullOrWhiteSpace(outlet))
                        meta = meta with { Outlet = new Sourced<string>(outlet.Trim(), MetaOrigin.JsonField, name) };
                    break;
                case "language" or "lang":
                    meta = meta with { Language = meta.Language ?? S() };
                    break;
                case "published" or "date" or "pubdate" or "published_at" or "date_publish" or "publish_date" or "publication_date" or "datepublished":
                    if (meta.Published is null && LooseDate.TryParse(scalar, out var date))
                        meta = meta with { Published = new Sourced<DateOnly>(date, MetaOrigin.JsonField, $"{name}: {scalar}") };
                    else
                        extra[name] = scalar;
                    break;
                case "authors" or "author" or "byline":
                    var names = value.ValueKind == JsonValueKind.Array
                        ? [.. value.EnumerateArray().Select(Scalar).Where(s => s.Length > 0)]
                        : HtmlMetadataReader.SplitAuthors(scalar);
                    if (meta.Authors is null && names.Length > 0)
                        meta = meta with { Authors = new Sourced<ImmutableArray<string>>(names, MetaOrigin.JsonField, name) };
                    break;
                default:
                    extra[name] = scalar;
                    break;
            }
        }
        return new Fields(id, text, meta with { Extra = extra.ToImmutable() });
    }

    /// <summary>A JSON value as text: strings as they are, an author object by its "name", anything else as raw JSON.</summary>
    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString() ?? "",
        _ => value.GetRawText(),
    };
}
