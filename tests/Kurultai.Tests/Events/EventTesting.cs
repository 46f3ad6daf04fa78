using Kurultai.Events;
using Kurultai.Model;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Events;

/// <summary>The repository's event lexicon and a coder built on it, loaded once for all tests.</summary>
internal static class EventTesting
{
    public static readonly EventLexicon Lexicon = EventLexicon.Load(RepoData.Path("data", "events"));

    public static readonly EventCoder Coder = new(Lexicon,
        new EventGeography(c => c == "GE" ? Geo.Tbilisi : null, (c, a) => a == "Imereti" ? Geo.Kutaisi : null));

    public static IReadOnlyList<EventRecord> Code(DocBuilder builder)
    {
        var trace = new List<string>();
        var records = Coder.Code(builder.Build(), trace);
        foreach (var line in trace)
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        foreach (var r in records)
            TestContext.Current.TestOutputHelper?.WriteLine($"→ {Type(r)} {r.EventDate:yyyy-MM-dd} {r.Location} {r.Actor1} | {r.Actor2} [{r.Rule}]");
        return records;
    }

    public static EventRecord Single(DocBuilder builder) => Assert.Single(Code(builder));

    public static string Type(EventRecord r) => $"{r.EventType}/{r.SubEventType}";
}
