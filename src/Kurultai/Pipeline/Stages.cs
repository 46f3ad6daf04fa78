using Kurultai.Dates;
using Kurultai.Names;
using Kurultai.Numbers;
using Kurultai.Segment;

namespace Kurultai.Pipeline;

/// <summary>The whole pipeline, in order, on one screen.</summary>
public static class Stages
{
    /// <summary>The default pipeline after cleaning: language layer, places and actors, event coding.</summary>
    public static Pipeline Default() => new(
        new SentenceSplitter(),
        new Tokenizer(),
        new AnchorResolver(),
        new DateRecognizer(),
        new QuantityRecognizer(),
        new NameRecognizer()
    );
}
