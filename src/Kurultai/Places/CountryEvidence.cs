using System.Runtime.CompilerServices;

namespace Kurultai.Places;

/// <summary>
/// A document's country votes with each name's own votes kept apart, so that a name is judged by the evidence of
/// the others: "Moi" (a village in Norway) does not put Norway into a Kenyan report's context by being named.
/// </summary>
internal sealed class CountryEvidence
{
    private readonly Dictionary<string, double> _votes;
    private readonly Dictionary<string, OwnVote> _own;
    private readonly double _total;

    /// <summary>The two countries with the most votes (ties by code): a name's own votes can only demote the first.</summary>
    private readonly (string? Country, double Votes) _first, _second;

    /// <param name="votes">Every vote, per ISO2 code.</param>
    /// <param name="own">Per normal form of a name, the country it voted for and the weight of its votes.</param>
    public CountryEvidence(Dictionary<string, double> votes, Dictionary<string, OwnVote> own)
    {
        _votes = votes;
        _own = own;
        foreach (var (country, v) in votes)
        {
            if (v <= 0)
                continue;
            _total += v;
            if (Better(country, v, _first))
                (_second, _first) = (_first, (country, v));
            else if (Better(country, v, _second))
                _second = (country, v);
        }
        Context = CountryContext.FromVotes(votes);
    }

    /// <summary>The context from every vote, names' own included (what ranks namesakes).</summary>
    public CountryContext Context { get; }

    /// <summary>The evidence without the votes of the name with this normal form.</summary>
    public View Without(string normal) =>
        _own.TryGetValue(normal, out var own) ? new View(this, own.Country, own.Weight) : new View(this, null, 0);

    /// <summary>The country a name voted for and the weight of its votes.</summary>
    internal sealed class OwnVote(string country)
    {
        public string Country { get; } = country;
        public double Weight { get; set; }
    }

    /// <summary>The evidence as one name sees it: every vote but its own.</summary>
    internal readonly struct View(CountryEvidence evidence, string? ownCountry, double ownWeight)
    {
        private double Total => evidence._total - ownWeight;

        public bool IsEmpty => Total <= 1e-9;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public double Share(string country)
        {
            if (IsEmpty)
                return 0;
            double v = evidence._votes.GetValueOrDefault(country) - (country == ownCountry ? ownWeight : 0);
            return Math.Max(0, v) / Total;
        }

        /// <summary>The country with the largest share of the others' evidence and that share (null, 0 when none).</summary>
        public (string? Country, double Share) Dominant()
        {
            if (IsEmpty || evidence._first.Country is not { } first)
                return (null, 0);
            double firstVotes = evidence._first.Votes - (first == ownCountry ? ownWeight : 0);
            var (second, secondVotes) = evidence._second;
            var (best, votes) = second is not null && Better(second, secondVotes, (first, firstVotes)) ? (second, secondVotes) : (first, firstVotes);
            return votes > 1e-9 ? (best, votes / Total) : (null, 0);
        }
    }

    private static bool Better(string country, double votes, (string? Country, double Votes) than) =>
        than.Country is null || votes > than.Votes || (votes == than.Votes && string.CompareOrdinal(country, than.Country) < 0);
}
