using System.Reflection;

namespace Kurultai.Storage;

/// <summary>The numbered schema scripts embedded for one backend (<c>Schema/{backend}/NNN_name.sql</c>), in order.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<(int Version, string Name)> In(Assembly assembly, string backend) =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains($".Schema.{backend}.", StringComparison.Ordinal))
            .Select(n => (Version: VersionOf(n), Name: n))
            .Where(s => s.Version > 0)
            .OrderBy(s => s.Version)];

    public static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int VersionOf(string resourceName)
    {
        // "Kurultai.Storage.Schema.Sqlite._001_documents.sql" or "….Sqlite.001_documents.sql"
        var file = resourceName.Split('.')[^2].TrimStart('_');
        var digits = new string(file.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var version) ? version : 0;
    }
}
