using CsCheck;
using Kurultai.Fusion;
using Kurultai.Model;

namespace Kurultai.Tests.Fusion;

/// <summary>Fusion does not depend on the order records arrive in, and updating equals rebuilding.</summary>
public sealed class FusionIndexPropertyTests
{
    private static readonly string[] Types =
    [
        "Riots|Violent demonstration", "Protests|Peaceful protest", "Strategic developments|Non-violent transfer of territory",
        "Strategic developments|Other", "Protests|Excessive force against protesters",
    ];

    private static readonly (string Location, string Admin1, double Lat, double Lon, int Precision)[] Places =
    [
        ("Capital City", "Capital", 40.0, 70.0, 1), ("Capital", "Capital", 40.0, 70.0, 2), ("Testland", "", 40.0, 70.0, 3),
        ("Northtown", "Hills", 41.0, 70.0, 1), ("Hills", "Hills", 41.5, 70.2, 2),
    ];

    private static readonly string[] Actors = ["Protesters (Testland)", "Rioters (Testland)", "Police Forces of Testland", "Ana Berg", "Government of Testland"];

    /// <summary>Random small reports: 6 documents, a 3-week period, a few places, types and actors, 2 countries.</summary>
    private static readonly Gen<EventRecord[]> Reports =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 20], Gen.Int[1, 3], Gen.Int[0, Types.Length - 1], Gen.Int[0, Places.Length - 1],
                Gen.Int[0, Actors.Length - 1], Gen.Int[-1, Actors.Length - 1], Gen.Int[0, 8])
            .Select(Gen.Int[0, 2], Gen.Int[0, 10], (t, country, background) =>
            {
                var (doc, day, precision, type, place, actor1, actor2, dead) = t;
                var (location, admin1, lat, lon, geo) = Places[place];
                var types = Types[type].Split('|');
                return new EventRecord
                {
                    Id = "",
                    Doc = $"d{doc}",
                    EventDate = new DateOnly(2020, 10, 1).AddDays(day),
                    TimePrecision = precision,
                    EventType = types[0],
                    SubEventType = types[1],
                    Actor1 = Actors[actor1],
                    Actor2 = actor2 < 0 ? null : Actors[actor2],
                    Country = country == 0 ? "XX" : "TL",
                    Admin1 = admin1,
                    Location = location,
                    Lat = lat,
                    Lon = lon,
                    GeoPrecision = geo,
                    Fatalities = dead,
                    Evidence = $"crowd {types[1]} {location}",
                    Background = background == 0,
                };
            })
            .Array[1, 40]
            .Select(records => records.Select((r, i) => r with { Id = $"{r.Doc}-{i:D2}" }).ToArray());

    [Fact]
    public void Clusters_do_not_depend_on_the_input_order()
    {
        Gen.Select(Reports, Gen.Int).Sample((records, seed) =>
        {
            var shuffled = records.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(EventFuser.Cluster(records), EventFuser.Cluster(shuffled));
        }, iter: 300);
    }

    [Fact]
    public void Adding_documents_one_by_one_equals_adding_them_all_at_once()
    {
        Gen.Select(Reports, Gen.Int).Sample((records, seed) =>
        {
            var index = new EventFusionIndex();
            var docs = records.GroupBy(r => r.Doc).ToArray();
            new Random(seed).Shuffle(docs);
            foreach (var doc in docs)
                index.Add(doc);
            Assert.Equal(EventFuser.Cluster(records), index.Clusters());
            Assert.Equal(records.Length, index.Count);
        }, iter: 300);
    }

    [Fact]
    public void Removing_and_re_adding_a_document_restores_the_clusters()
    {
        Gen.Select(Reports, Gen.Int[0, 5]).Sample((records, d) =>
        {
            var index = new EventFusionIndex();
            index.Add(records);
            var before = index.Clusters();
            var doc = $"d{d}";
            index.RemoveDocument(doc);
            Assert.DoesNotContain(index.Clusters().SelectMany(c => c), id => id.StartsWith(doc + "-", StringComparison.Ordinal));
            index.Add(records.Where(r => r.Doc == doc));
            Assert.Equal(before, index.Clusters());
        }, iter: 200);
    }

    [Fact]
    public void No_cluster_holds_two_records_of_one_document_or_an_incompatible_pair()
    {
        var scorer = new RecordPairScorer(FusionRules.Default);
        Reports.Sample(records =>
        {
            foreach (var fused in EventFuser.Fuse(records))
            {
                var members = fused.Claims.Select(c => c.Record).ToList();
                Assert.Equal(members.Count, members.Select(m => m.Doc).Distinct().Count());
                foreach (var a in members)
                {
                    foreach (var b in members.Where(b => !ReferenceEquals(a, b)))
                        Assert.True(scorer.Explain(a, b).Compatible, $"{a.Id} vs {b.Id}: {scorer.Explain(a, b).Rejected}");
                }
                Assert.True(fused.Fatalities.Value <= fused.Fatalities.Max);
            }
        }, iter: 300);
    }

    [Fact]
    public void Re_adding_a_document_replaces_its_records_and_reports_the_change()
    {
        // Given: two outlets report the same riot
        var index = new EventFusionIndex();
        index.Add([Records.Riot("a-1", "a"), Records.Riot("b-1", "b")]);
        var fusedId = index.EventIdOf("a-1");

        // When: outlet a is re-extracted and now dates its riot a year later
        var update = index.Add([Records.Riot("a-1", "a", "2021-10-05")]);

        // Then: the two are apart again; the old event id survives with a alone (anchor a-1), b gets its own
        Assert.Equal([["a-1"], ["b-1"]], index.Clusters());
        Assert.Equal(fusedId, index.EventIdOf("a-1"));
        Assert.Equal(2, update.Changed.Count);
    }

    [Fact]
    public void A_record_id_of_another_document_is_refused_without_changing_the_index()
    {
        var index = new EventFusionIndex();
        index.Add([Records.Riot("a-1", "a")]);

        Assert.Throws<ArgumentException>(() => index.Add([Records.Riot("b-1", "b"), Records.Riot("a-1", "b")]));
        Assert.Equal([["a-1"]], index.Clusters());
    }
}
