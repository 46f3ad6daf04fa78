using System.Text;
using UtfUnknown;

namespace Kurultai.Ingest;

/// <summary>
/// Picks the legacy encoding of bytes that are not valid UTF-8: a declared charset first, then Windows-1251 or KOI8-R
/// when the high bytes form words (Cyrillic), UTF.Unknown for other scripts (CJK, Greek, Arabic…), else Windows-1252.
/// </summary>
/// <remarks>
/// Windows-1251 and KOI8-R put Cyrillic lower case in opposite halves (1251: 0xE0–0xFF, KOI8-R: 0xC0–0xDF); running
/// text is mostly lower case, so the half that holds more letters decides.
/// </remarks>
public static class LegacyEncoding
{
    private static readonly HashSet<string> CyrillicOrLatin = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866", "x-mac-cyrillic", "windows-1252", "iso-8859-1",
        "iso-8859-15", "windows-1250", "iso-8859-2", "ascii", "us-ascii", "utf-8",
    };

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        if (Declared(bytes) is { } declared)
            return declared;
        var sample = bytes[..Math.Min(bytes.Length, 256 * 1024)];
        int high = 0, inWords = 0, upperHalf = 0, lowerHalf = 0;
        for (int i = 0; i < sample.Length; i++)
        {
            byte b = sample[i];
            if (b < 0x80)
                continue;
            high++;
            bool prevHigh = i > 0 && sample[i - 1] >= 0x80;
            bool nextHigh = i + 1 < sample.Length && sample[i + 1] >= 0x80;
            if (prevHigh || nextHigh) inWords++;
            if (b >= 0xE0) upperHalf++;
            else if (b >= 0xC0) lowerHalf++;
        }
        if (high > 0 && inWords >= high * 6 / 10)
        {
            if (Detect(sample) is { } other)
                return other;
            return Get(upperHalf >= lowerHalf ? 1251 : 20866);
        }
        return Get(1252);
    }

    private static Encoding? Detect(ReadOnlySpan<byte> sample)
    {
        try
        {
            var detail = CharsetDetector.DetectFromBytes(sample).Detected;
            if (detail?.EncodingName is not { } name || detail.Confidence < 0.6f || CyrillicOrLatin.Contains(name))
                return null;
            return Resolve(name);
        }
        catch (Exception)
        {
            return null;
        }
    }

    // <meta charset="windows-1251">, <meta http-equiv=… content="text/html; charset=koi8-r">, <?xml encoding="…"?>
    private static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        foreach (var marker in (ReadOnlySpan<string>)["charset=", "encoding="])
        {
            int at = head.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                continue;
            int p = at + marker.Length;
            while (p < head.Length && head[p] is '"' or '\'' or ' ') p++;
            int start = p;
            while (p < head.Length && (char.IsAsciiLetterOrDigit(head[p]) || head[p] is '-' or '_' or '.' or ':')) p++;
            if (p > start && Resolve(head[start..p]) is { } encoding && encoding.CodePage != 65001)
                return encoding;
        }
        return null;
    }

    internal static Encoding? Resolve(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Get(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
}
