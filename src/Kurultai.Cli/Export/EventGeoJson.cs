using System.Globalization;
using System.Text.Json;
using Kurultai.Model;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Kurultai.Cli.Export;

/// <summary>Event records as a GeoJSON FeatureCollection of points (lon, lat), the record's fields as properties.</summary>
public static class EventGeoJson
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static void Write(TextWriter writer, IEnumerable<EventRecord> records)
    {
        var collection = new FeatureCollection();
        foreach (var r in records)
            collection.Add(new Feature(Factory.CreatePoint(new Coordinate(r.Lon, r.Lat)), Properties(r)));
        var options = new JsonSerializerOptions { WriteIndented = false };
        options.Converters.Add(new GeoJsonConverterFactory());
        writer.WriteLine(JsonSerializer.Serialize(collection, options));
    }

    private static AttributesTable Properties(EventRecord r)
    {
        var table = new AttributesTable
        {
            { "id", r.Id },
            { "doc", r.Doc },
            { "event_date", r.EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            { "time_precision", r.TimePrecision },
            { "event_type", r.EventType },
            { "sub_event_type", r.SubEventType },
            { "actor1", r.Actor1 },
            { "country", r.Country },
            { "admin1", r.Admin1 },
            { "location", r.Location },
            { "geo_precision", r.GeoPrecision },
            { "fatalities", r.Fatalities },
            { "background", r.Background },
            { "evidence", r.Evidence },
            { "rule", r.Rule },
        };
        if (r.Actor2 is { } actor2) table.Add("actor2", actor2);
        if (r.FatalitiesMax is { } max) table.Add("fatalities_max", max);
        if (r.Injuries is { } injuries) table.Add("injuries", injuries);
        if (r.Arrests is { } arrests) table.Add("arrests", arrests);
        if (r.CrowdSize is { } crowd) table.Add("crowd_size", crowd);
        if (r.EventId is { } eventId) table.Add("event_id", eventId);
        if (r.SourceUrl is { } url) table.Add("source_url", url);
        return table;
    }
}
