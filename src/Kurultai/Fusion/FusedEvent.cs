using System.Collections.Immutable;
using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>What the sources of a fused event disagree on.</summary>
[Flags]
public enum FusionDisagreement
{
    None = 0,
    Fatalities = 1,
    Injuries = 2,
    Arrests = 4,
    CrowdSize = 8,

    /// <summary>Two sources at the best time precision give different days.</summary>
    Date = 16,

    /// <summary>Sources give different (event type, sub-event type) pairs.</summary>
    Type = 32,

    /// <summary>Two sources that locate the event precisely name different places.</summary>
    Place = 64,

    /// <summary>One source gives several figures for the same count (fatalities_max above fatalities).</summary>
    SelfContradiction = 128,
}

/// <summary>One source's report of a fused event: its record and the outlet (host of its URL) when known.</summary>
public sealed record SourceClaim(EventRecord Record, string? Outlet);

/// <summary>
/// One real-world happening as several documents report it: "2010-04-07, Bishkek, Protests / Excessive force against
/// protesters, fatalities 56 (56–100, sources disagree), 2 sources".
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is "E" + 12 hex digits of SHA-256 of the anchor record's id, the anchor being the member
/// whose record id sorts first (ordinal). It does not depend on the order records arrived in, and it survives new
/// members joining unless a newcomer's record id sorts before the anchor's (or the anchor leaves).</para>
/// <para>Canonical fields follow <see cref="FusedEventBuilder"/>'s documented rules.</para>
/// </remarks>
public sealed record FusedEvent
{
    public required string Id { get; init; }

    /// <summary>The fused records' ids, sorted (ordinal).</summary>
    public required ImmutableArray<string> RecordIds { get; init; }

    /// <summary>Every source's claim, by date, document and record id.</summary>
    public required ImmutableArray<SourceClaim> Claims { get; init; }

    /// <summary>How many distinct documents report the event.</summary>
    public required int Sources { get; init; }

    public required DateOnly EventDate { get; init; }
    public DateOnly? DateEnd { get; init; }
    public required int TimePrecision { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public required string Country { get; init; }
    public required string Admin1 { get; init; }
    public required string Location { get; init; }
    public double Lat { get; init; }
    public double Lon { get; init; }
    public required int GeoPrecision { get; init; }
    public required FigureRange Fatalities { get; init; }
    public FigureRange? Injuries { get; init; }
    public FigureRange? Arrests { get; init; }
    public FigureRange? CrowdSize { get; init; }

    /// <summary>True when every source mentions the event only as background.</summary>
    public required bool Background { get; init; }

    public required FusionDisagreement Disagreements { get; init; }
}
