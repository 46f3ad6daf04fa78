using Kurultai.Actors;
using Kurultai.Dates;
using Kurultai.Events;
using Kurultai.Names;
using Kurultai.Numbers;
using Kurultai.Places;
using Kurultai.Segment;

namespace Kurultai.Pipeline;

/// <summary>The whole pipeline, in order, on one screen.</summary>
public static class Stages
{
    /// <summary>The language layer: sentences, tokens, the anchor date, dates, quantities, names.</summary>
    public static Pipeline Language() => new(
        new SentenceSplitter(),
        new Tokenizer(),
        new AnchorResolver(),
        new DateRecognizer(),
        new QuantityRecognizer(),
        new NameRecognizer()
    );

    /// <summary>The default pipeline after cleaning: language layer, places and actors, event coding.</summary>
    public static Pipeline Default(KurultaiData data) => new(
    [
        .. Language().Stages,
        new PlaceResolver(data.Gazetteer, data.PlaceCues),
        new ActorResolver(data.Gazetteer, data.Actors),
        new EventCoder(data.Events, data.Geography),
    ]);
}
