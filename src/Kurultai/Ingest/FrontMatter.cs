using System.Collections;
using System.Collections.Immutable;
using Kurultai.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Kurultai.Ingest;

/// <summary>
/// YAML front matter at the top of a text or Markdown file: <c>---\ntitle: …\nurl: …\noutlet: …\npublished: 2020-10-06\n
/// authors: [A, B]\n---</c>. Known keys fill the metadata (origin FrontMatter); other keys go to Extra.
/// </summary>
public static class FrontMatter
{
    /// <summary>The metadata and where the body starts; BodyStart 0 when there is no front matter; Error names the line.</summary>
    public sealed record Result(ArticleMetadata Metadata, int BodyStart, string? Error = null, int? ErrorLine = null);

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static Result Parse(string text)
    {
        int start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!IsDelimiter(text, start, out int firstLineEnd))
            return new Result(ArticleMetadata.Empty, 0);
        int pos = firstLineEnd, bodyStart = -1, yamlEnd = -1;
        while (pos < text.Length && pos < 256 * 1024)
        {
            if (IsDelimiter(text, pos, out int lineEnd) || text.AsSpan(pos).StartsWith("...") && IsLineOf(text, pos, "..."))
            {
                yamlEnd = pos;
                bodyStart = lineEnd == pos ? NextLine(text, pos) : lineEnd;
                break;
            }
            pos = NextLine(text, pos);
        }
        var yaml = yamlEnd < 0 ? "" : text[firstLineEnd..yamlEnd];
        if (yamlEnd < 0 || !LooksLikeMapping(yaml))
            return new Result(ArticleMetadata.Empty, 0);
        object? parsed;
        try
        {
            parsed = Yaml.Deserialize<object>(yaml);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            int line = (int)Math.Max(1, e.Start.Line) + 1;
            return new Result(ArticleMetadata.Empty, 0, $"malformed front matter: {message}", line);
        }
        if (parsed is not IDictionary map)
            return new Result(ArticleMetadata.Empty, 0, "malformed front matter: not a list of key: value pairs", 2);
        return new Result(FrontMatterFields.ToMetadata(map), bodyStart);
    }

    private static bool LooksLikeMapping(string yaml)
    {
        foreach (var line in yaml.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#')
                continue;
            int colon = t.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && (char.IsLetter(t[0]) || t[0] is '_' or '"' or '\'');
        }
        return false;
    }

    private static bool IsDelimiter(string text, int pos, out int next)
    {
        next = pos;
        if (!IsLineOf(text, pos, "---"))
            return false;
        next = NextLine(text, pos);
        return true;
    }

    private static bool IsLineOf(string text, int pos, string marker)
    {
        if (!text.AsSpan(pos).StartsWith(marker, StringComparison.Ordinal))
            return false;
        int end = text.IndexOf('\n', pos);
        var line = text.AsSpan(pos, (end < 0 ? text.Length : end) - pos).TrimEnd();
        return line.SequenceEqual(marker);
    }

    private static int NextLine(string text, int pos)
    {
        int end = text.IndexOf('\n', pos);
        return end < 0 ? text.Length : end + 1;
    }
}
