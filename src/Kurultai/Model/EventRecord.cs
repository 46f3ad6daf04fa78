using System.Collections.Immutable;

namespace Kurultai.Model;

/// <summary>
/// One event as one document reports it, in the exchange format of <c>shared/eval/FORMAT.md</c>,
/// with the evidence spans and the rule that decided its type.
/// </summary>
public sealed record EventRecord
{
    public required string Id { get; init; }
    public required string Doc { get; init; }
    public required DateOnly EventDate { get; init; }
    public DateOnly? DateEnd { get; init; }

    /// <summary>1 the day is known; 2 within a week or stated span; 3 only the month.</summary>
    public required int TimePrecision { get; init; }

    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public required string Country { get; init; }
    public string Admin1 { get; init; } = "";
    public required string Location { get; init; }
    public double Lat { get; init; }
    public double Lon { get; init; }

    /// <summary>1 the town itself; 2 somewhere in the region; 3 only the country.</summary>
    public required int GeoPrecision { get; init; }

    public int Fatalities { get; init; }
    public int? FatalitiesMax { get; init; }
    public int? Injuries { get; init; }
    public int? Arrests { get; init; }
    public int? CrowdSize { get; init; }
    public required string Evidence { get; init; }
    public ImmutableArray<Span> EvidenceSpans { get; init; } = [];
    public bool Background { get; init; }
    public string Notes { get; init; } = "";
    public double Confidence { get; init; }

    /// <summary>The decision rule that set the type, e.g. "seizure-with-force→Riots/Violent demonstration".</summary>
    public string Rule { get; init; } = "";
    public string? SourceUrl { get; init; }

    /// <summary>The fused cross-source event this record belongs to, once fusion has run.</summary>
    public string? EventId { get; init; }
}
