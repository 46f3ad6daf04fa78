using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Pipeline;

/// <summary>Runs stages in order; checks once, at construction, that each stage's inputs are provided earlier.</summary>
public sealed class Pipeline
{
    public Pipeline(params IStage[] stages)
    {
        var available = Layer.CleanText;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
                throw new ArgumentException($"{stage.GetType().Name} requires {missing}, which no earlier stage provides.");
            available |= stage.Provides;
        }
        Stages = [.. stages];
        Provides = available;
    }

    public ImmutableArray<IStage> Stages { get; }
    public Layer Provides { get; }

    public Document Run(Document document)
    {
        foreach (var stage in Stages)
            document = stage.Run(document) with { Layers = document.Layers | stage.Provides };
        return document;
    }
}
