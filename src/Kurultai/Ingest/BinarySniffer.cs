namespace Kurultai.Ingest;

/// <summary>
/// Recognises inputs that are not text: known file signatures ("looks like PNG"), NUL bytes, or a high share of
/// control characters. Returns the reason, e.g. "binary file (looks like PDF)", or null for text.
/// </summary>
public static class BinarySniffer
{
    private static readonly (byte[] Magic, int Offset, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], 0, "PNG"),
        ("%PDF"u8.ToArray(), 0, "PDF"),
        ([(byte)'P', (byte)'K', 3, 4], 0, "ZIP (or DOCX/EPUB)"),
        ([(byte)'P', (byte)'K', 5, 6], 0, "ZIP"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "ELF executable"),
        ("GIF8"u8.ToArray(), 0, "GIF"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG"),
        ([0x1F, 0x8B], 0, "gzip"),
        ("BZh"u8.ToArray(), 0, "bzip2"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z'], 0, "xz"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], 0, "7-Zip"),
        ("Rar!"u8.ToArray(), 0, "RAR"),
        ("SQLite format 3"u8.ToArray(), 0, "SQLite database"),
        ([(byte)'M', (byte)'Z'], 0, "Windows executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], 0, "Java class or Mach-O"),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "Mach-O executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], 0, "MS Office (OLE) document"),
        ("WEBP"u8.ToArray(), 8, "WebP"),
        ("ftyp"u8.ToArray(), 4, "MP4/MOV video"),
        ("ID3"u8.ToArray(), 0, "MP3"),
        ("OggS"u8.ToArray(), 0, "Ogg"),
        ("fLaC"u8.ToArray(), 0, "FLAC"),
        ([(byte)'I', (byte)'I', 0x2A, 0], 0, "TIFF"),
        ([(byte)'M', (byte)'M', 0, 0x2A], 0, "TIFF"),
        ([0x00, 0x61, 0x73, 0x6D], 0, "WebAssembly"),
    ];

    /// <summary>The reason the bytes are not text, or null.</summary>
    /// <param name="utf16">The bytes are UTF-16/32 (a BOM or a NUL pattern says so): NUL bytes are expected.</param>
    public static string? Reason(ReadOnlySpan<byte> bytes, bool utf16 = false)
    {
        foreach (var (magic, offset, kind) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic) && !IsTextStart(bytes, kind))
                return $"binary file (looks like {kind})";
        }
        if (utf16)
            return null;
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (sample.Contains((byte)0))
            return "binary file (contains NUL bytes)";
        int controls = 0;
        foreach (byte b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x0B or 0x1B))
                controls++;
        }
        return controls > sample.Length / 10 ? "binary file (many control characters)" : null;
    }

    // "MZ" or "ID3" could begin a text ("MZ Smith said…"): a two- or three-letter signature counts only with a
    // non-text byte soon after it.
    private static bool IsTextStart(ReadOnlySpan<byte> bytes, string kind)
    {
        if (kind is not ("Windows executable" or "MP3"))
            return false;
        var head = bytes[..Math.Min(bytes.Length, 64)];
        foreach (byte b in head)
        {
            if (b == 0 || b < 0x09)
                return false;
        }
        return true;
    }
}
