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
internal sealed class PlaceCandidate(int start, int length, CandidateSource source)
{
    public int Start { get; } = start;
    public int Length { get; } = length;
    public CandidateSource Source { get; } = source;
    public List<GazetteerMatch> Matches { get; } = [];

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

    /// <summary>The stem used after stripping a Slavic adjectival ending ("Issykulskii" → "Issykul"), or null.</summary>
    public string? Stem { get; set; }

    public string Cues => string.Join(", ", new[]
    {
        DivisionCue ? "division cue" : null,
        SettlementCue ? "settlement cue" : null,
        Stem is not null ? $"adjective stem '{Stem}'" : null,
    }.Where(c => c is not null));

    public int End => Start + Length;

    /// <summary>What resolution depends on: the normal form, the source and every cue ("osh|Scan|D").</summary>
    public string Signature(string text) =>
        $"{NameKey.Normal(text.AsSpan(Start, Length))}|{Source}|{(DivisionCue ? 'D' : '-')}{(SettlementCue ? 'S' : '-')}{(Locative ? 'L' : '-')}"
        + $"{(AfterTitle ? 'T' : '-')}{(PersonLike ? 'P' : '-')}{(CommonWord ? 'C' : '-')}{(SentenceInitial ? 'I' : '-')}{Stem}";

    public Span Span => new(Start, Length);
}
