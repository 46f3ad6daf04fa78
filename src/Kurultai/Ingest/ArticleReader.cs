using Kurultai.Model;

namespace Kurultai.Ingest;

/// <summary>
/// Reads articles from files or streams in the formats users have: plain text and Markdown (with YAML front matter),
/// HTML, JSON Lines, RSS/Atom feeds; in UTF-8, UTF-16/32, or legacy encodings (Windows-1251, KOI8-R, Windows-1252…).
/// </summary>
/// <remarks>
/// Never throws: a binary, empty, oversized, missing or malformed input is a <see cref="ReadResult"/> with one clear
/// reason ("binary file (looks like PNG)", "file too large (70.0 MB > 64.0 MB limit)", "news.jsonl:3: malformed
/// JSON …"). A file gives one article (id = file name without extension), a JSON Lines file or a feed one per item
/// (id = the item's <c>id</c> field, else file name + "-" + line or item number).
/// </remarks>
public sealed class ArticleReader
{
    private readonly ReaderOptions _options;
    private readonly TextArticleReader _text;
    private readonly HtmlArticleReader _html;
    private readonly JsonLinesReader _jsonLines;
    private readonly FeedArticleReader _feed;

    /// <param name="options">Size limit and switches; <see cref="ReaderOptions.Default"/> when null.</param>
    /// <param name="extractor">Finds metadata in the text; <see cref="MetadataExtractor.Default"/> when null.</param>
    public ArticleReader(ReaderOptions? options = null, MetadataExtractor? extractor = null)
    {
        _options = options ?? ReaderOptions.Default;
        var patterns = _options.TextMetadata ? extractor ?? MetadataExtractor.Default() : null;
        _text = new TextArticleReader(patterns);
        _html = new HtmlArticleReader(_options, patterns);
        _jsonLines = new JsonLinesReader(patterns);
        _feed = new FeedArticleReader(patterns);
    }

    /// <summary>Reads the articles in one file.</summary>
    public IEnumerable<ReadResult> ReadFile(string path) => Guard(path ?? "", () =>
    {
        var (bytes, error) = InputLoader.FromFile(path!, _options.MaxBytes);
        return error is not null
            ? [ReadResult.Fail(path!, error)]
            : ReadBytes(bytes, path!, Path.GetExtension(path!), Path.GetFileNameWithoutExtension(path!));
    });

    /// <summary>Reads the articles in a stream (stdin is <paramref name="sourceName"/> "-"; the format is then sniffed).</summary>
    public IEnumerable<ReadResult> ReadStream(Stream stream, string sourceName) => Guard(sourceName, () =>
    {
        var (bytes, error) = InputLoader.FromStream(stream, _options.MaxBytes);
        bool stdin = sourceName is "-" or "";
        return error is not null
            ? [ReadResult.Fail(sourceName, error)]
            : ReadBytes(bytes, sourceName, stdin ? null : Path.GetExtension(sourceName), stdin ? "stdin" : Path.GetFileNameWithoutExtension(sourceName));
    });

    /// <summary>Reads already-decoded text as if it came from <paramref name="sourceName"/>; the format from its extension or content.</summary>
    public IEnumerable<ReadResult> ReadText(string text, string sourceName, SourceFormat? format = null) => Guard(sourceName, () =>
        string.IsNullOrWhiteSpace(text)
            ? [ReadResult.Fail(sourceName, "empty file")]
            : Dispatch(text, format ?? FormatDetector.Detect(Path.GetExtension(sourceName), text),
                new ArticleSource(Path.GetFileNameWithoutExtension(sourceName) is { Length: > 0 } id ? id : "text", sourceName, null)));

    private IEnumerable<ReadResult> ReadBytes(byte[] bytes, string source, string? extension, string id)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null)
            return [ReadResult.Fail(source, decoded.Error)];
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return [ReadResult.Fail(source, "empty file")];
        var format = FormatDetector.Detect(extension, decoded.Text);
        return Dispatch(decoded.Text, format, new ArticleSource(id.Length > 0 ? id : "article", source, decoded.Encoding));
    }

    private IEnumerable<ReadResult> Dispatch(string text, SourceFormat format, ArticleSource where) => format switch
    {
        SourceFormat.Html => [_html.Read(text, where)],
        SourceFormat.JsonLines => _jsonLines.Read(text, where),
        SourceFormat.Feed => _feed.Read(text, where),
        _ => [_text.Read(text, format, where)],
    };

    /// <summary>Runs a reader lazily; an unexpected exception becomes a rejection instead of escaping.</summary>
    private static IEnumerable<ReadResult> Guard(string source, Func<IEnumerable<ReadResult>> read)
    {
        IEnumerator<ReadResult>? results = null;
        string? failure = null;
        try
        {
            results = read().GetEnumerator();
        }
        catch (Exception e)
        {
            failure = e.Message;
        }
        if (failure is not null || results is null)
        {
            yield return ReadResult.Fail(source, $"could not read: {failure}");
            yield break;
        }
        using (results)
        {
            while (true)
            {
                ReadResult? current = null;
                try
                {
                    if (!results.MoveNext())
                        break;
                    current = results.Current;
                }
                catch (Exception e)
                {
                    failure = e.Message;
                }
                if (failure is not null)
                {
                    yield return ReadResult.Fail(source, $"could not read: {failure}");
                    yield break;
                }
                yield return current!;
            }
        }
    }
}
