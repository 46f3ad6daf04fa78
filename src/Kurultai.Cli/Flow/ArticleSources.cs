using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Cli.Flow;

/// <summary>How articles are read and cleaned: the readers for files and streams, and the cleaner.</summary>
public sealed record ArticleSources(
    Func<string, IEnumerable<ReadResult>> ReadFile,
    Func<Stream, string, IEnumerable<ReadResult>> ReadStream,
    Func<Article, Document> Clean);
