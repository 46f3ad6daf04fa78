namespace Kurultai.Places;

/// <summary>
/// Finds a file of the repository's <c>data/</c> folder: under <c>$KURULTAI_DATA</c>, beside the application, or in
/// the repository that contains the application or the working directory (the folder holding <c>Kurultai.slnx</c>).
/// </summary>
/// <example><c>DataLocator.Find("gazetteer", "gazetteer.tsv.gz")</c> → "/repo/data/gazetteer/gazetteer.tsv.gz".</example>
public static class DataLocator
{
    public static string? Find(params string[] relative)
    {
        var rel = Path.Combine(relative);
        foreach (var root in Roots())
        {
            var candidate = Path.Combine(root, rel);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    public static string FindOrThrow(params string[] relative) =>
        Find(relative) ?? throw new FileNotFoundException(
            $"Cannot find data/{string.Join('/', relative)}: set KURULTAI_DATA to the data folder, or run inside the repository.");

    private static IEnumerable<string> Roots()
    {
        if (Environment.GetEnvironmentVariable("KURULTAI_DATA") is { Length: > 0 } env)
            yield return env;
        yield return Path.Combine(AppContext.BaseDirectory, "data");
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kurultai.slnx")))
                {
                    yield return Path.Combine(dir.FullName, "data");
                    break;
                }
            }
        }
    }
}
