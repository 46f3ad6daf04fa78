using System.Text;

namespace Kurultai.Tests.Ingest;

/// <summary>A scratch directory for reader tests, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kurultai-ingest-").FullName;

    public string Write(string name, string text, Encoding? encoding = null) => Write(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
