namespace Kurultai.Ingest;

/// <summary>Loads an input's bytes under the size limit, or says why it cannot: missing, a directory, unreadable, too large.</summary>
internal static class InputLoader
{
    /// <remarks>One open, one length query and the reads (no separate existence checks: a corpus is many small files).</remarks>
    public static (byte[] Bytes, string? Error) FromFile(string path, long maxBytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
                return ([], $"file too large ({Megabytes(length)} MB > {Megabytes(maxBytes)} MB limit)");
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
                read += n;
            return (read == bytes.Length ? bytes : bytes[..read], null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ([], "file not found");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            return ([], "is a directory, not a file");
        }
        catch (UnauthorizedAccessException)
        {
            return ([], "permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return (Directory.Exists(path) ? ([], "is a directory, not a file") : ([], $"cannot read file: {e.Message}"));
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
