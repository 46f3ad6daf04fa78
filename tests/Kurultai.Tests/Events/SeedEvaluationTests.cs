using Kurultai.Clean;
using Kurultai.Evaluation;
using Kurultai.Ingest;
using Kurultai.Pipeline;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Events;

/// <summary>
/// The whole pipeline on the shared seed articles, scored against the gold records: a regression guard with
/// thresholds a little below today's scores (skips when ../shared is absent).
/// </summary>
public sealed class SeedEvaluationTests
{
    [Fact]
    public void The_seeds_score_above_the_floor()
    {
        // Given the seeds run through the default pipeline
        var seeds = SharedCorpus.Seeds;
        var pipeline = Stages.Default(KurultaiData.LoadDefault());
        var reader = new ArticleReader();
        var cleaner = DocumentCleaner.Default();
        var predicted = Directory.GetFiles(seeds, "*.txt").Order()
            .SelectMany(reader.ReadFile).Where(r => r.Article is not null)
            .SelectMany(r => pipeline.Run(cleaner.Clean(r.Article!)).Events).ToList();

        // When scored against the gold records
        var report = new Scorer().Score(EventJson.ReadFile(SharedCorpus.GoldEvents).Records, predicted);

        // Then
        Assert.True(report.Lenient.Counts.F1 >= 0.70, $"lenient F1 {report.Lenient.Counts.F1:0.000}");
        Assert.True(report.Strict.Counts.F1 >= 0.60, $"strict F1 {report.Strict.Counts.F1:0.000}");
        Assert.True(report.Standard.Fields.DateExactShare >= 0.80, $"date exact {report.Standard.Fields.DateExactShare:0.000}");
        Assert.True(report.Standard.Fields.FatalitiesExactShare >= 0.85, $"fatalities exact {report.Standard.Fields.FatalitiesExactShare:0.000}");
        Assert.Equal(predicted.Count, predicted.Select(r => r.Id).Distinct().Count());
    }
}
