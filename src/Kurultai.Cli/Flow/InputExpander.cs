using Kurultai.Ingest;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Kurultai.Cli.Flow;

/// <summary>
/// Turns command-line inputs into files: a file, a folder (recursive, hidden files skipped), a glob
/// (<c>articles/**/*.html</c>), or <c>-</c> for standard input. An input that names nothing is a rejection.
/// </summary>
public static class InputExpander
{
    public const string Stdin = "-";

    /// <param name="skip">Files never to read, such as the database being written (and its -wal/-shm files).</param>
    public static (IReadOnlyList<string> Files, IReadOnlyList<Rejection> Rejections) Expand(IEnumerable<string> inputs, IReadOnlySet<string>? skip = null)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rejections = new List<Rejection>();
        foreach (var input in inputs)
        {
            if (input == Stdin)
            {
                files.Add(Stdin);
                continue;
            }
            var found = Directory.Exists(input) ? FilesUnder(input)
                : File.Exists(input) ? [input]
                : IsGlob(input) ? Glob(input)
                : null;
            if (found is null)
                rejections.Add(new Rejection(input, null, "no such file or directory"));
            else if (found.Count == 0)
                rejections.Add(new Rejection(input, null, IsGlob(input) ? "the pattern matches no file" : "the folder holds no file"));
            else
                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f)) && skip?.Contains(Path.GetFullPath(f)) != true));
        }
        return (files, rejections);
    }

    private static bool IsGlob(string input) => input.IndexOfAny(['*', '?', '[']) >= 0;

    private static List<string> FilesUnder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    private static List<string> Glob(string pattern)
    {
        // Split off the fixed leading folders ("a/b/**/*.txt" → base "a/b", pattern "**/*.txt").
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedCount = parts.TakeWhile(p => !IsGlob(p)).Count();
        var baseDir = fixedCount == 0 ? "." : string.Join('/', parts.Take(fixedCount));
        if (pattern.StartsWith('/') && fixedCount == 1) baseDir = "/";
        if (!Directory.Exists(baseDir)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(fixedCount)));
        return [.. matcher.GetResultsInFullPath(baseDir).Order(StringComparer.Ordinal)];
    }
}
