using System.Security.Cryptography;
using System.Text;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>
/// The identity rules of the store: an article's content hash (same content → same hash, whatever the file is
/// called) and the identity its revisions share (its URL when known, else its document id).
/// </summary>
public static class ContentIdentity
{
    public static string Hash(Article article)
    {
        var material = string.Join('\u001f', article.Metadata.Title?.Value ?? "", article.Metadata.Url?.Value ?? "", article.RawText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    public static string Of(Article article) =>
        article.Metadata.Url?.Value is { Length: > 0 } url ? NormaliseUrl(url) : "id:" + article.Id;

    private static string NormaliseUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return url.Trim();
        var path = uri.AbsolutePath.TrimEnd('/');
        return $"{uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal)}{path}{uri.Query}";
    }
}
