namespace Kurultai.Fusion;

/// <summary>Numbers each (event type, sub-event type) seen once and caches how two of them agree.</summary>
internal sealed class TypeCodes
{
    private readonly Dictionary<(string Type, string Sub), int> _codes = [];
    private readonly List<(string Type, string Sub)> _types = [];
    private readonly Dictionary<long, TypeAgreement> _agreements = [];

    /// <summary>The code of a spelling as given, so the common case allocates nothing.</summary>
    private readonly Dictionary<(string Type, string Sub), int> _spellings = [];

    public int Code(string type, string sub)
    {
        if (_spellings.TryGetValue((type, sub), out var code))
            return code;
        var key = (type.Trim().ToUpperInvariant(), sub.Trim().ToUpperInvariant());
        if (!_codes.TryGetValue(key, out code))
        {
            _codes[key] = code = _types.Count;
            _types.Add((type, sub));
        }
        _spellings[(type, sub)] = code;
        return code;
    }

    public TypeAgreement Compare(int a, int b)
    {
        if (a == b)
            return TypeAgreement.Same;
        var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        if (!_agreements.TryGetValue(key, out var agreement))
        {
            var (ta, sa) = _types[a];
            var (tb, sb) = _types[b];
            _agreements[key] = agreement = EventTypeCompatibility.Compare(ta, sa, tb, sb);
        }
        return agreement;
    }
}
