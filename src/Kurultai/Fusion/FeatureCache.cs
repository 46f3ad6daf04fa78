namespace Kurultai.Fusion;

/// <summary>
/// Normalised place names and actor keys, computed once per distinct spelling: millions of records share a few
/// thousand places and actors, so this saves both time (transliteration) and memory (one string per spelling).
/// </summary>
internal sealed class FeatureCache
{
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorKey> _actors = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);

    public string Country(string code)
    {
        if (!_countries.TryGetValue(code, out var key))
            _countries[code] = key = code.Trim().ToUpperInvariant();
        return key;
    }

    public string Place(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return "";
        if (!_places.TryGetValue(name, out var key))
            _places[name] = key = FusionRecord.Normalise(name);
        return key;
    }

    public ActorKey Actor(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return ActorKey.None;
        if (!_actors.TryGetValue(name, out var key))
            _actors[name] = key = ActorKey.From(name);
        return key;
    }
}
