using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kurultai.Model;

namespace Kurultai.Clean;

/// <summary>
/// Turns an article's raw text into the cleaned text every later stage reads, with an <see cref="OffsetMap"/> back to
/// the raw text: crawl debris ("Latest articles", "Subscribe to…", share bars, teaser lists) removed, doubled quotes
/// ("“”People’’s") and mojibake ("â€™") repaired, markdown decoration stripped, spaces collapsed, NFC, "\n" line
/// endings, paragraphs separated by one blank line.
/// </summary>
/// <remarks>
/// Every character copied from the raw text maps to its own raw offset; a repaired or inserted character (a
/// separator, "’" for "â€™") maps to the raw offset of what it stands for. What was removed or repaired is listed
/// in <see cref="Document.CleaningNotes"/>. Never throws on odd text.
/// </remarks>
public sealed class DocumentCleaner(DebrisLexicon lexicon)
{
    private readonly LineClassifier _classifier = new(lexicon);

    /// <summary>A cleaner with the built-in debris lexicon.</summary>
    public static DocumentCleaner Default() => new(DebrisLexicon.Default);

    public Document Clean(Article article)
    {
        var (text, map, notes) = Clean(article.RawText ?? "");
        return new Document
        {
            Article = article,
            Text = text,
            Map = map,
            CleaningNotes = notes,
            Layers = Layer.CleanText,
        };
    }

    /// <summary>Repairs one line of metadata text (quotes, mojibake, markdown, spaces): "“”People’’s" → "“People’s".</summary>
    public static string CleanLine(string line)
    {
        line = line.ReplaceLineEndings(" ");
        var builder = new CleanTextBuilder(line);
        new InlineCleaner(line, builder, new CleaningStats()).Line(0, line.Length);
        return builder.Text();
    }

    /// <summary>Cleans a raw text: the cleaned text, its map to the raw text, and the notes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string Text, OffsetMap Map, ImmutableArray<string> Notes) Clean(string raw)
    {
        var lines = RawLine.Split(raw);
        var verdicts = _classifier.Classify(raw, lines);
        var builder = new CleanTextBuilder(raw);
        var stats = new CleaningStats { CarriageReturns = raw.Contains('\r', StringComparison.Ordinal) };
        var inline = new InlineCleaner(raw, builder, stats);
        var notes = ImmutableArray.CreateBuilder<string>();
        int previous = -1, outputLineStart = 0;
        bool blankSince = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var verdict = verdicts[i];
            if (verdict.Note is { } note)
                notes.Add(note);
            if (verdict.Fate == LineFate.Blank)
            {
                blankSince |= previous >= 0;
                continue;
            }
            if (verdict.Fate == LineFate.Drop)
                continue;
            int mark = builder.Length;
            bool joined = false;
            if (previous >= 0)
            {
                joined = BrokenMidSentence(raw, lines[i], builder, builder.Length - outputLineStart);
                if (joined)
                    builder.Put(' ', lines[previous].End);
                else
                {
                    builder.Put('\n', lines[previous].End);
                    if (blankSince)
                        builder.Put('\n', lines[i - 1].End);
                }
            }
            int separator = builder.Length;
            inline.Line(verdict.ContentStart >= 0 ? verdict.ContentStart : lines[i].Start, lines[i].End);
            if (builder.OnlyDecorationFrom(separator))
            {
                builder.Truncate(mark);
                continue;
            }
            if (joined)
                stats.Joined++;
            else if (previous >= 0)
                outputLineStart = separator;
            previous = i;
            blankSince = false;
        }
        notes.AddRange(stats.Notes());
        return (builder.Text(), builder.Map(), notes.ToImmutable());
    }

    // "… many of whom have\n\nfamily or clan ties …": a long line ending mid-clause, continued in lower case.
    private static bool BrokenMidSentence(string raw, RawLine after, CleanTextBuilder builder, int outputLineLength)
    {
        char last = builder.Last;
        if (!(char.IsLower(last) || last == ','))
            return false;
        var next = after.Of(raw).TrimStart(" \t#*_>[`\u00A0");
        if (next.IsEmpty || !char.IsLower(next[0]))
            return false;
        return outputLineLength >= 30;
    }
}
