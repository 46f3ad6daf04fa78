using System.CommandLine;
using Kurultai.Cli.Output;
using Kurultai.Places;

namespace Kurultai.Cli.Commands;

/// <summary>
/// <c>kurultai places NAME</c>: every gazetteer candidate for a place name in any spelling, with how it matched,
/// e.g. "Dzhalal-Abad" → Jalal-Abad (KG city, alias), Jalal-Abad (KG division, transliteration), Jalālābād (AF).
/// </summary>
public static class PlacesCommand
{
    public static Command Create(CliIo io)
    {
        var name = new Argument<string>("name")
        {
            Description = "A place name in any spelling or script: Jalalabad, Dzhalal-Abad, Джалал-Абад, Issykul.",
        };
        var country = new Option<string[]>("--country")
        {
            Description = "Keep candidates in these ISO 3166-1 alpha-2 countries (repeatable); also where misspellings are sought.",
            AllowMultipleArgumentsPerToken = true,
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many candidates (default 25).",
            DefaultValueFactory = _ => 25,
        };
        var command = new Command("places",
            "Look a place name up in the gazetteer: every candidate with its country, first-level division, population, " +
            "coordinates, feature type and how the name matched (exact, alias, transliteration or fuzzy). Misspellings " +
            "are tried (by edit distance) only when nothing else matches.");
        command.Arguments.Add(name);
        command.Options.Add(country);
        command.Options.Add(limit);
        command.WithExamples("kurultai places Jalalabad", "kurultai places \"Dzhalal-Abad\" --format json",
            "kurultai places Bakten --country KG", "kurultai places Osh --format csv");
        command.SetAction(parsed =>
        {
            Gazetteer gazetteer;
            try
            {
                gazetteer = Gazetteer.LoadDefault();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                io.Err.WriteLine($"kurultai: {e.Message}");
                return KurultaiCli.SomeRejected;
            }
            var countries = parsed.GetValue(country) is { Length: > 0 } c ? c.Select(x => x.Trim().ToUpperInvariant()).ToArray() : null;
            var matches = gazetteer.Find(parsed.GetValue(name) ?? "", countries)
                .Where(m => countries is null || countries.Contains(m.Entry.Country))
                .Take(Math.Max(1, parsed.GetValue(limit)))
                .ToList();
            Rows(matches).Write(parsed.GetValue(GlobalOptions.Format), io);
            if (matches.Count == 0)
                io.Err.WriteLine($"kurultai: no place named '{parsed.GetValue(name)}'");
            return matches.Count == 0 ? KurultaiCli.SomeRejected : KurultaiCli.Ok;
        });
        return command;
    }

    private static TableOutput Rows(List<GazetteerMatch> matches) => new(
        ["name", "match", "matched_name", "feature", "feature_code", "country", "admin1", "admin1_code", "population", "lat", "lon", "id"],
        [.. matches.Select(m => (IReadOnlyList<object?>)
        [
            m.Entry.Name, m.Kind.ToString().ToLowerInvariant(), m.MatchedName, m.Entry.Feature.ToString(), m.Entry.FeatureCode,
            m.Entry.Country, m.Entry.Admin1, m.Entry.Admin1Code, m.Entry.Population, m.Entry.Lat, m.Entry.Lon, m.Entry.Id,
        ])]);
}
