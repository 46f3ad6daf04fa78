using Kurultai.Actors;
using Kurultai.Places;

namespace Kurultai.Pipeline;

/// <summary>The whole pipeline, in order, on one screen.</summary>
public static class Stages
{
    /// <summary>
    /// The default pipeline after cleaning: language layer, places and actors, event coding. Data not passed in is
    /// loaded from the repository's <c>data/</c> folder.
    /// </summary>
    public static Pipeline Default(Gazetteer? gazetteer = null, PlaceCues? placeCues = null, ActorLexicon? actors = null)
    {
        gazetteer ??= Gazetteer.LoadDefault();
        return new(
            new PlaceResolver(gazetteer, placeCues ?? PlaceCues.LoadDefault()),
            new ActorResolver(gazetteer, actors ?? ActorLexicon.LoadDefault())
        );
    }
}
