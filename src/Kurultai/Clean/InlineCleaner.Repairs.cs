using System.Buffers;
using System.Text;

namespace Kurultai.Clean;

internal sealed partial class InlineCleaner
{
    /// <summary>
    /// Doubled quotation marks: "“”People’’s" → "“People’s", "Revolution”,”" → "Revolution,”", "‘‘power’’" →
    /// "‘power’". The kept mark is one of the raw marks, chosen by its place (opening, closing, inside a word).
    /// A stray "¨" used as a quote becomes “ or ”.
    /// </summary>
    private int Quote(int i, int end)
    {
        char q = raw[i];
        char next = i + 1 < end ? raw[i + 1] : '\0';
        char prev = Before(i);
        if (q == '¨')
            return Diaeresis(i, end, prev, next);
        // closing mark, punctuation, the same closing mark: "goat”.”"
        if (q is '”' or '’' or '"' && i + 2 < end && next is ',' or '.' or ';' or ':' or '!' or '?' && raw[i + 2] == q && IsWordChar(prev))
        {
            stats.Quotes++;
            return i + 1;
        }
        int family = Family(q);
        if (Family(next) != family || q is '”' or '’' && next is '“' or '‘')
        {
            Copy(i, 1);
            return i + 1;
        }
        char after = i + 2 < end ? raw[i + 2] : '\0';
        bool inWord = char.IsLetter(prev) && char.IsLetter(after);
        bool opening = !IsWordChar(prev) && !IsClosingPunct(prev) && IsWordChar(after);
        bool closing = !inWord && (IsWordChar(prev) || IsClosingPunct(prev)) && !IsWordChar(after);
        if (!(inWord || opening || closing))
        {
            Copy(i, 1);
            return i + 1;
        }
        stats.Quotes++;
        if (opening)
        {
            if (IsOpeningForm(q)) Copy(i, 1);
            else if (IsOpeningForm(next)) Copy(i + 1, 1);
            else Put(family == 1 ? '“' : '‘', i);
        }
        else
        {
            if (IsClosingForm(next)) Copy(i + 1, 1);
            else if (IsClosingForm(q)) Copy(i, 1);
            else Put(family == 1 ? '”' : '’', i + 1);
        }
        return i + 2;
    }

    private int Diaeresis(int i, int end, char prev, char next)
    {
        if (!IsWordChar(prev) && IsWordChar(next))
        {
            stats.Quotes++;
            Put('“', i);
        }
        else if ((IsWordChar(prev) || IsClosingPunct(prev)) && !IsWordChar(next))
        {
            stats.Quotes++;
            Put('”', i);
        }
        else
        {
            Copy(i, 1);
        }
        return i + 1;
    }

    private static int Family(char c) => c switch
    {
        '"' or '“' or '”' or '„' or '‟' => 1,
        '\'' or '‘' or '’' or '‚' or '‛' => 2,
        _ => 0,
    };

    private static bool IsOpeningForm(char c) => c is '“' or '„' or '‘' or '‚' or '"' or '\'';

    private static bool IsClosingForm(char c) => c is '”' or '’' or '"' or '\'';

    private static bool IsClosingPunct(char c) => c is '.' or ',' or '!' or '?' or ';' or ':' or ')' or ']' or '…';

    /// <summary>
    /// UTF-8 read as Windows-1252: "â€™" → "’", "Ã©" → "é", "Ð¿Ñ€Ð¸" → "при". A sequence is repaired when its
    /// characters re-encode to a valid UTF-8 sequence for a plausible character; returns where to continue, or
    /// <paramref name="i"/> when there is nothing to repair.
    /// </summary>
    private int Mojibake(int i, int end)
    {
        int length = MojibakeLength(i, end, out var rune);
        if (length == 0 && raw[i] == 'â' && i + 1 < end && raw[i + 1] == '€' && !(i + 2 < end && char.IsLetterOrDigit(raw[i + 2])))
        {
            stats.Mojibake++; // "â€" whose third byte was lost (0x9D has no 1252 character): almost always ”
            Put('”', i);
            return i + 2;
        }
        if (length == 0)
            return i;
        if (length == 2 && raw[i] is not ('Â' or 'Ã') && char.IsUpper(raw[i]) && IsTextPunct(raw[i + 1])
            && MojibakeLength(i + 2, end, out _) == 0)
            return i; // "ADIÓS”": an accented capital before a quote is text, unless more mojibake follows
        stats.Mojibake++;
        if (Rune.IsWhiteSpace(rune))
        {
            Space(i);
            return i + length;
        }
        if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            return i + length; // an invisible character (soft hyphen, zero-width space) in disguise
        Span<char> chars = stackalloc char[2];
        int written = rune.EncodeToUtf16(chars);
        Put(chars[..written], i, i + length);
        return i + length;
    }

    private int MojibakeLength(int i, int end, out Rune rune)
    {
        rune = default;
        if (i >= end || !TryWindows1252Byte(raw[i], out byte lead) || lead is < 0xC2 or > 0xF4)
            return 0;
        int n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + n > end)
            return 0;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        for (int k = 1; k < n; k++)
        {
            if (!TryWindows1252Byte(raw[i + k], out bytes[k]) || bytes[k] is < 0x80 or > 0xBF)
                return 0;
        }
        if (Rune.DecodeFromUtf8(bytes[..n], out rune, out int consumed) != OperationStatus.Done || consumed != n || !IsPlausible(rune.Value))
            return 0;
        return n;
    }

    private static bool IsTextPunct(char c) => c is '”' or '“' or '’' or '‘' or '«' or '»' or '·' or '•' or '–' or '—' or '…' or '©' or '®' or '°';

    private static bool IsPlausible(int cp) =>
        cp is >= 0xA0 and <= 0x24F or >= 0x370 and <= 0x52F or >= 0x590 and <= 0x6FF or >= 0x2000 and <= 0x206F
            or >= 0x20A0 and <= 0x20CF or >= 0x2100 and <= 0x215F or >= 0x1E00 and <= 0x1EFF or >= 0x1F300 and <= 0x1FAFF;

    /// <summary>The Windows-1252 byte a character came from when UTF-8 bytes were decoded as 1252 (or Latin-1).</summary>
    internal static bool TryWindows1252Byte(char c, out byte b)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            b = (byte)c;
            return true;
        }
        int v = c switch
        {
            '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88,
            '‰' => 0x89, 'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93,
            '”' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B,
            'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
            _ => -1,
        };
        b = (byte)Math.Max(v, 0);
        return v >= 0;
    }
}
