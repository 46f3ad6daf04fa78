using Kurultai.Clean;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Cli.Flow;

/// <summary>Cleans an article and runs the default pipeline over it; the reference data is loaded once, lazily.</summary>
public sealed class PipelineHost
{
    private readonly Lazy<Kurultai.Pipeline.Pipeline> _pipeline = new(() => Stages.Default(KurultaiData.LoadDefault()));
    private readonly DocumentCleaner _cleaner = DocumentCleaner.Default();

    public Kurultai.Pipeline.Pipeline Pipeline => _pipeline.Value;

    public Document Process(Article article) => Pipeline.Run(_cleaner.Clean(article));

    public Document Process(Document cleaned) => Pipeline.Run(cleaned);
}
