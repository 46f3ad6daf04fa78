namespace Kurultai.Ingest;

/// <summary>Loads an input's bytes under the size limit, or says why it cannot: missing, a directory, unreadable, too large.</summary>
internal static class InputLoader
{
    public static (byte[] Bytes, string? Error) FromFile(string path, long maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
                return ([], "is a directory, not a file");
            var info = new FileInfo(path);
            if (!info.Exists)
                return ([], "file not found");
            if (info.Length > maxBytes)
                return ([], $"file too large ({Megabytes(info.Length)} MB > {Megabytes(maxBytes)} MB limit)");
            return (File.ReadAllBytes(path), null);
        }
        catch (UnauthorizedAccessException)
        {
            return ([], "permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return ([], $"cannot read file: {e.Message}");
        }
    }

    public static (byte[] Bytes, string? Error) FromStream(Stream stream, long maxBytes)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    return ([], $"input too large (more than the {Megabytes(maxBytes)} MB limit)");
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return ([], $"cannot read input: {e.Message}");
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
