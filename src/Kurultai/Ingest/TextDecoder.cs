using System.Text;
using System.Text.Unicode;

namespace Kurultai.Ingest;

/// <summary>The decoded text of an input, the encoding it was read in (null for UTF-8), or why it could not be read.</summary>
public sealed record DecodedText(string Text, string? Encoding, string? Error)
{
    public static DecodedText Fail(string error) => new("", null, error);
}

/// <summary>
/// Decodes input bytes: UTF-8 with or without BOM, UTF-16/32 by BOM (or by NUL pattern), and when the bytes are not
/// valid UTF-8, a legacy encoding: a declared charset (<c>&lt;meta charset&gt;</c>, <c>&lt;?xml encoding&gt;</c>),
/// Windows-1251 or KOI8-R for Cyrillic, Windows-1252 for Western text, or what UTF.Unknown detects.
/// </summary>
public static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return DecodedText.Fail("empty file");
        var (bom, bomLength) = ByBom(bytes);
        bom ??= ByNulPattern(bytes);
        bool wide = bom is UnicodeEncoding or UTF32Encoding;
        if (BinarySniffer.Reason(bytes, utf16: wide) is { } binary)
            return DecodedText.Fail(binary);
        if (bom is not null)
            return new DecodedText(bom.GetString(bytes[bomLength..]), wide ? bom.WebName : null, null);
        if (Utf8.IsValid(bytes))
            return new DecodedText(Encoding.UTF8.GetString(bytes), null, null);
        var legacy = LegacyEncoding.Guess(bytes);
        return new DecodedText(legacy.GetString(bytes), legacy.WebName, null);
    }

    private static (Encoding? Encoding, int BomLength) ByBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false), 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), 2);
        return (null, 0);
    }

    // UTF-16 without a BOM: text in Latin or Cyrillic script has a NUL in every other byte.
    private static Encoding? ByNulPattern(ReadOnlySpan<byte> b)
    {
        var sample = b[..(Math.Min(b.Length, 4096) & ~1)];
        if (sample.Length < 4)
            return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        int pairs = sample.Length / 2;
        if (oddNul > pairs * 4 / 10 && evenNul < pairs / 20) return new UnicodeEncoding(false, false);
        if (evenNul > pairs * 4 / 10 && oddNul < pairs / 20) return new UnicodeEncoding(true, false);
        return null;
    }
}
