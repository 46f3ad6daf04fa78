namespace Kurultai.Tests.Testing;

/// <summary>Paths of the repository's own data files (lexicons, gazetteer, samples).</summary>
public static class RepoData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([SharedCorpus.RepoRoot, .. parts]);
}
