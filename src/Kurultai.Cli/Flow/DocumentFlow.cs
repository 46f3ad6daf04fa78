using System.Threading.Channels;
using Kurultai.Ingest;
using Kurultai.Model;

namespace Kurultai.Cli.Flow;

/// <summary>One thing that came out of the flow: a document (read, cleaned, processed) or a rejection.</summary>
public readonly record struct FlowItem(Document? Document, Rejection? Rejection);

/// <summary>
/// Reads, cleans and processes files on all cores and hands the results, streaming, to one consumer on the
/// calling thread (the store writer). Memory stays flat: the queue between the two is bounded.
/// </summary>
public sealed class DocumentFlow(
    Func<string, IEnumerable<ReadResult>> readFile,
    Func<Stream, string, IEnumerable<ReadResult>> readStream,
    Func<Article, Document> process,
    int? degreeOfParallelism = null)
{
    public void Run(IReadOnlyList<string> files, Action<FlowItem> consume, Action<string>? fileDone = null)
    {
        var channel = Channel.CreateBounded<FlowItem>(new BoundedChannelOptions(32) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism ?? Environment.ProcessorCount };
                await Parallel.ForEachAsync(files, options, async (file, token) =>
                {
                    foreach (var item in ProcessFile(file))
                        await channel.Writer.WriteAsync(item, token);
                    fileDone?.Invoke(file);
                });
            }
            finally
            {
                channel.Writer.Complete();
            }
        });
        foreach (var item in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
            consume(item);
        producer.GetAwaiter().GetResult();
    }

    private IEnumerable<FlowItem> ProcessFile(string file)
    {
        var results = file == InputExpander.Stdin ? readStream(Console.OpenStandardInput(), "<stdin>") : readFile(file);
        foreach (var result in results)
        {
            if (result.Article is not { } article)
            {
                yield return new FlowItem(null, result.Rejection);
                continue;
            }
            FlowItem item;
            try
            {
                item = new FlowItem(process(article), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A stage must never throw; if one does, the article is reported, not the batch lost.
                var where = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains(" Kurultai.", StringComparison.Ordinal))?.Trim();
                item = new FlowItem(null, new Rejection(article.Source, null, $"internal error while processing: {e.Message} ({where})"));
            }
            yield return item;
        }
    }
}
