using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kurultai.Model;

namespace Kurultai.Places;

/// <summary>Where a candidate place name came from.</summary>
internal enum CandidateSource
{
    /// <summary>A NameMention of kind Place.</summary>
    NamedPlace,

    /// <summary>A NameMention of kind Unknown.</summary>
    NamedUnknown,

    /// <summary>The resolver's own scan of capitalised runs.</summary>
    Scan,
}

/// <summary>A span of text that may name a place, with its gazetteer matches and the cues around it.</summary>
/// <param name="normal">The normal form of the span (<see cref="NameKey.Normal(ReadOnlySpan{char})"/>), shared by its namesakes.</param>
internal sealed class PlaceCandidate(int start, int length, CandidateSource source, string normal, GazetteerMatch[] matches)
{
    public int Start { get; } = start;
    public int Length { get; } = length;
    public CandidateSource Source { get; } = source;
    public string Normal { get; } = normal;
    public List<GazetteerMatch> Matches { get; } = Copy(matches);

    /// <summary>The parts it spans in the run it was found in: [<see cref="FromPart"/>, <see cref="ToPart"/>).</summary>
    public int FromPart { get; init; }

    public int ToPart { get; init; }

    /// <summary>"Osh region", "the province of Osh".</summary>
    public bool DivisionCue { get; set; }

    /// <summary>"Jalalabad city", "the town of Aksy".</summary>
    public bool SettlementCue { get; set; }

    /// <summary>"President Talas": a person title right before.</summary>
    public bool AfterTitle { get; set; }

    /// <summary>"Paris Hilton": an unknown capitalised word in the same run, so likely part of a person's name.</summary>
    public bool PersonLike { get; set; }

    /// <summary>A single word that starts a sentence (its capital says nothing).</summary>
    public bool SentenceInitial { get; set; }

    /// <summary>A sentence-initial word that the text also uses in lower case ("Police said…").</summary>
    public bool CommonWord { get; set; }

    /// <summary>A locative preposition right before ("in Bakten") or a resolved place just before in a list.</summary>
    public bool Locative { get; set; }

    /// <summary>The whole name of a facility, street or outlet ("Seaside Park"): a place only if the gazetteer has it in context.</summary>
    public bool Facility { get; set; }

    /// <summary>The country named right after it ("Moi, Norway", "Lima (Peru)", "Osh in Kyrgyzstan"), as ISO2, or null.</summary>
    public string? QualifierCountry { get; set; }

    /// <summary>The stem used after stripping a Slavic adjectival ending ("Issykulskii" → "Issykul"), or null.</summary>
    public string? Stem { get; set; }

    public string Cues
    {
        get
        {
            var parts = new List<string>(2);
            if (DivisionCue)
                parts.Add("division cue");
            if (SettlementCue)
                parts.Add("settlement cue");
            if (Facility)
                parts.Add("facility name");
            if (QualifierCountry is not null)
                parts.Add($"qualified by {QualifierCountry}");
            if (Stem is not null)
                parts.Add($"adjective stem '{Stem}'");
            return string.Join(", ", parts);
        }
    }

    public int End => Start + Length;

    /// <summary>What resolution depends on: the normal form, the source, every cue and the qualifier.</summary>
    public GroupKey Group
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => new(Normal, (int)Source | (DivisionCue ? 1 << 4 : 0) | (SettlementCue ? 1 << 5 : 0) | (Locative ? 1 << 6 : 0)
        | (AfterTitle ? 1 << 7 : 0) | (PersonLike ? 1 << 8 : 0) | (CommonWord ? 1 << 9 : 0) | (SentenceInitial ? 1 << 10 : 0)
        | (Facility ? 1 << 11 : 0), Stem, QualifierCountry);
    }

    private static List<GazetteerMatch> Copy(GazetteerMatch[] matches)
    {
        var list = new List<GazetteerMatch>(matches.Length + 1);
        CollectionsMarshal.SetCount(list, matches.Length);
        matches.CopyTo(CollectionsMarshal.AsSpan(list));
        return list;
    }

    public Span Span => new(Start, Length);
}

/// <summary>Mentions that read alike (same normal form, source, cues and qualifier) resolve alike.</summary>
internal readonly record struct GroupKey(string Normal, int Flags, string? Stem, string? Qualifier);
