namespace Kurultai.Pipeline;

/// <summary>The whole pipeline, in order, on one screen.</summary>
public static class Stages
{
    /// <summary>The default pipeline after cleaning: language layer, places and actors, event coding.</summary>
    public static Pipeline Default() => new(
    );
}
