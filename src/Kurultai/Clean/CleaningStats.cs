namespace Kurultai.Clean;

/// <summary>Counts of the repairs made while cleaning one text; turned into <c>Document.CleaningNotes</c>.</summary>
internal sealed class CleaningStats
{
    public int Quotes;
    public int Dashes;
    public int Mojibake;
    public int Markdown;
    public int Images;
    public int Entities;
    public int Tags;
    public int Nfc;
    public int Invisible;
    public int Spaces;
    public int Joined;
    public bool CarriageReturns;

    public IEnumerable<string> Notes()
    {
        if (Quotes > 0) yield return $"repaired {Quotes} doubled or stray quotation marks";
        if (Dashes > 0) yield return $"repaired {Dashes} doubled dashes";
        if (Mojibake > 0) yield return $"repaired {Mojibake} mis-decoded characters (mojibake such as â€™ for ’)";
        if (Markdown > 0) yield return $"removed {Markdown} markdown decorations";
        if (Images > 0) yield return $"removed {Images} markdown images";
        if (Entities > 0) yield return $"decoded {Entities} HTML entities";
        if (Tags > 0) yield return $"removed {Tags} stray HTML tags";
        if (Nfc > 0) yield return $"composed {Nfc} character sequences (Unicode NFC)";
        if (Invisible > 0) yield return $"removed {Invisible} invisible or control characters";
        if (Spaces > 0) yield return $"collapsed {Spaces} runs of spaces";
        if (Joined > 0) yield return $"joined {Joined} paragraphs broken mid-sentence";
        if (CarriageReturns) yield return "normalised line endings to \\n";
    }
}
