using System.Globalization;
using CsvHelper;
using Kurultai.Model;

namespace Kurultai.Cli.Export;

/// <summary>
/// Event records as CSV with ACLED's column names (<c>event_id_cnty</c>, <c>event_date</c>, <c>latitude</c>, …), then
/// Kurultai's own columns (document, evidence, rule, fused event).
/// </summary>
public static class EventCsv
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
        "fatalities", "tags", "doc", "date_end", "fatalities_max", "injuries", "arrests", "crowd_size", "background",
        "evidence", "rule", "confidence", "event_id",
    ];

    public static void Write(TextWriter writer, IEnumerable<EventRecord> records)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        csv.WriteRecord(Columns);
        foreach (var r in records)
            csv.WriteRecord(Row(r));
    }

    private static string[] Row(EventRecord r) =>
    [
        r.Id, Day(r.EventDate), r.EventDate.Year.ToString(CultureInfo.InvariantCulture), Number(r.TimePrecision),
        r.EventType, r.SubEventType, r.Actor1, r.Actor2 ?? "", r.Country, Events.EventGeography.CountryName(r.Country),
        r.Admin1, r.Location, Coordinate(r.Lat), Coordinate(r.Lon), Number(r.GeoPrecision), r.SourceUrl ?? "", r.Notes,
        Number(r.Fatalities), Tags(r), r.Doc, r.DateEnd is { } end ? Day(end) : "", Number(r.FatalitiesMax),
        Number(r.Injuries), Number(r.Arrests), Number(r.CrowdSize), r.Background ? "true" : "false", r.Evidence, r.Rule,
        r.Confidence.ToString("0.###", CultureInfo.InvariantCulture), r.EventId ?? "",
    ];

    /// <summary>ACLED's <c>tags</c> column: the crowd size, as ACLED writes it.</summary>
    private static string Tags(EventRecord r) => r.CrowdSize is { } crowd ? $"crowd size={crowd}" : "";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Coordinate(double x) => x.ToString("0.#####", CultureInfo.InvariantCulture);
}
