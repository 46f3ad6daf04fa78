namespace Kurultai.Tests.Testing;

/// <summary>
/// Finds <c>../shared</c> beside the repository (or <c>$KURULTAI_SHARED</c>). Tests that read it call
/// <see cref="RequireRoot"/>, which skips the test cleanly when it is absent (a user's fresh clone).
/// </summary>
public static class SharedCorpus
{
    public static string? Root { get; } = Find();

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string RequireRoot()
    {
        Assert.SkipWhen(Root is null, "../shared is not present beside the repository");
        return Root!;
    }

    public static string Seeds => Path.Combine(RequireRoot(), "corpus", "seeds");

    public static string GoldEvents => Path.Combine(RequireRoot(), "corpus", "gold", "events.jsonl");

    public static string GoldClusters => Path.Combine(RequireRoot(), "corpus", "gold", "clusters.jsonl");

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("KURULTAI_SHARED");
        if (!string.IsNullOrEmpty(env))
            return Directory.Exists(env) ? env : null;
        var candidate = Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kurultai.slnx")))
                return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
