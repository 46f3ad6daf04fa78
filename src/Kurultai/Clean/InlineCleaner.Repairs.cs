using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kurultai.Clean;

internal sealed partial class InlineCleaner
{
    /// <summary>
    /// Doubled (or tripled) quotation marks: "“”People’’s" → "“People’s", "Revolution”,”" → "Revolution,”", "‘‘power’’" →
    /// "‘power’". The kept mark is one of the raw marks, chosen by its place (opening, closing, inside a word).
    /// A stray "¨" used as a quote becomes “ or ”.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Quote(int i, int end)
    {
        char q = raw[i];
        char next = i + 1 < end ? raw[i + 1] : '\0';
        char prev = Before(i);
        // closing mark, punctuation, the same closing mark: "goat”.”"
        if (q is '”' or '’' or '"' && IsQuotedPunct(i + 1, end, Family(q)) && IsWordChar(prev))
        {
            stats.Quotes++;
            return i + 1;
        }
        int family = Family(q);
        int k = i + 1;
        while (k < end && Family(raw[k]) == family && !(raw[k - 1] is '”' or '’' && raw[k] is '“' or '‘'))
            k++;
        if (k - i < 2)
        {
            if (q == '¨')
                return Diaeresis(i, prev, After(i + 1, end));
            Copy(i, 1);
            return i + 1;
        }
        char after = After(k, end);
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
            int keep = i;
            while (keep < k && !IsOpeningForm(raw[keep])) keep++;
            if (keep < k) Copy(keep, 1);
            else Put(family == 1 ? '“' : '‘', i);
        }
        else if (IsQuotedPunct(k, end, family))
        {
            // "said“””,”": the run closes before punctuation that another closing mark follows; that mark is kept
        }
        else
        {
            int keep = k - 1;
            while (keep >= i && !IsClosingForm(raw[keep])) keep--;
            if (keep >= i) Copy(keep, 1);
            else Put(family == 1 ? '”' : '’', k - 1);
        }
        return k;
    }

    // At j: punctuation followed by a closing mark of the same family (",”").
    private bool IsQuotedPunct(int j, int end, int family) =>
        j + 1 < end && raw[j] is ',' or '.' or ';' or ':' or '!' or '?' && Family(raw[j + 1]) == family && IsClosingForm(raw[j + 1]);

    // The next character that will be visible: markup such as "**", "<" of an autolink or "[" of a link is skipped.
    private char After(int j, int end)
    {
        while (j < end)
        {
            if (raw[j] is '*' or '_' or '[' or '`' || IsInvisible(raw[j]))
                j++;
            else if (raw[j] == '<')
                return raw.AsSpan(j, end - j).StartsWith("<http", StringComparison.OrdinalIgnoreCase) && j + 1 < end ? raw[j + 1] : ' ';
            else if (raw[j] == '!' && j + 1 < end && raw[j + 1] == '[' && MarkdownLink.End(raw.AsSpan(0, end), j + 1, out _, out _) is > 0 and var image)
                j = image;
            else
                break;
        }
        return j < end ? raw[j] : '\0';
    }

    private int Diaeresis(int i, char prev, char next)
    {
        if (!IsWordChar(prev) && IsWordChar(next))
        {
            stats.Quotes++;
            Put('“', i);
        }
        else if (IsWordChar(prev) && !IsWordChar(next))
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
        '"' or '“' or '”' or '„' or '‟' or '¨' => 1,
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
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8A,
            '‹' => 0x8B,
            'Œ' => 0x8C,
            'Ž' => 0x8E,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9A,
            '›' => 0x9B,
            'œ' => 0x9C,
            'ž' => 0x9E,
            'Ÿ' => 0x9F,
            _ => -1,
        };
        b = (byte)Math.Max(v, 0);
        return v >= 0;
    }
}
