using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Cli.Flow;

/// <summary>How articles are read and cleaned: the readers for files and streams, and the cleaner.</summary>
public sealed record ArticleSources(
    Func<string, IEnumerable<ReadResult>> ReadFile,
    Func<Stream, string, IEnumerable<ReadResult>> ReadStream,
    Func<Article, Document> Clean);

/// <summary>The default readers and cleaner.</summary>
public static class DefaultArticleSources
{
    public static ArticleSources Create(ReaderOptions? options = null)
    {
        var reader = new ArticleReader(options);
        var cleaner = Kurultai.Clean.DocumentCleaner.Default();
        return new ArticleSources(reader.ReadFile, reader.ReadStream, cleaner.Clean);
    }
}
