using System.Text;
using AnyAscii;
using Kurultai.Model;

namespace Kurultai.Fusion;

/// <summary>
/// An <see cref="EventRecord"/> with what fusion compares computed once: its date window, normalised place and actor
/// keys, type code and evidence word hashes.
/// </summary>
internal sealed class FusionRecord
{
    public FusionRecord(EventRecord record, int index, int typeCode, FusionRules rules, FeatureCache features)
    {
        Record = record;
        Index = index;
        TypeCode = typeCode;
        Country = features.Country(record.Country);
        Start = record.EventDate.DayNumber;
        End = record.DateEnd is { } end && end.DayNumber > Start ? end.DayNumber : Start;
        (Low, High) = Window(record, Start, End, rules);
        Fusable = High - Low + 1 <= rules.MaxWindowDays && Country.Length > 0;
        Admin1 = features.Place(record.Admin1);
        Location = features.Place(record.Location);
        HasCoordinates = record.Lat != 0 || record.Lon != 0;
        (Lat, Lon) = (record.Lat, record.Lon);
        (TimePrecision, GeoPrecision, Background) = (record.TimePrecision, record.GeoPrecision, record.Background);
        Strategic = record.EventType.StartsWith("Strategic", StringComparison.OrdinalIgnoreCase);
        Actor1 = features.Actor(record.Actor1);
        Actor2 = features.Actor(record.Actor2);
        Evidence = EvidenceWords.Hashes(record.Evidence);
    }

    public EventRecord Record { get; }
    public int Index { get; }
    public int TypeCode { get; }
    public string Id => Record.Id;
    public string Doc => Record.Doc;
    public string Country { get; }

    /// <summary>First and last day the record states (day numbers).</summary>
    public int Start { get; }
    public int End { get; }

    /// <summary>The window the happening may lie in, given the precision (day numbers, inclusive).</summary>
    public int Low { get; }
    public int High { get; }
    public bool Fusable { get; }
    public bool IsSpan => End > Start;
    public string Admin1 { get; }
    public string Location { get; }
    public bool HasCoordinates { get; }

    // Copies of the record's fields the pair scorer reads, so scoring a candidate touches one object, not two.
    public double Lat { get; }
    public double Lon { get; }
    public int TimePrecision { get; }
    public int GeoPrecision { get; }
    public bool Background { get; }

    /// <summary>A Strategic development: the actor is what the event is about.</summary>
    public bool Strategic { get; }
    public ActorKey Actor1 { get; }
    public ActorKey Actor2 { get; }
    public int[] Evidence { get; }

    /// <summary>
    /// Precision 1: the stated day or span. Precision 2: the stated span, else the day ± a half week. Precision 3: the
    /// stated span, else the calendar month of the day.
    /// </summary>
    private static (int Low, int High) Window(EventRecord record, int start, int end, FusionRules rules)
    {
        if (end > start || record.TimePrecision <= 1)
            return (start, end);
        if (record.TimePrecision == 2)
            return (start - rules.WeekHalfWidth, start + rules.WeekHalfWidth);
        var first = new DateOnly(record.EventDate.Year, record.EventDate.Month, 1);
        return (first.DayNumber, first.AddMonths(1).DayNumber - 1);
    }

    /// <summary>"Jalal-Abad" and "Jalal‑abad " → "jalalabad": letters and digits of the transliteration, lower case.</summary>
    internal static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var ascii = text.Transliterate();
        var sb = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
