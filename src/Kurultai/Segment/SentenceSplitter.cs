using System.Collections.Immutable;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Segment;

/// <summary>
/// Splits the cleaned text into sentences and types each: body prose, heading, live-blog timestamp, caption or
/// list item, e.g. "7 April 15.11" (Timestamp, opens section 1) then "Police fired. Two died." (two Body sentences).
/// </summary>
/// <remarks>
/// Paragraphs are blank-line separated blocks (a body line that ends a sentence also closes its paragraph; a paragraph
/// that stops mid-sentence and is followed by a lower-case line continues across the blank). A heading is a short line
/// without final punctuation followed by more text; a heading or timestamp line starts a new section. Within a
/// paragraph, <see cref="SentenceBoundaries"/> decides which periods end sentences.
/// </remarks>
public sealed class SentenceSplitter(SegmentLexicon lexicon) : IStage
{
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingChars = 120;

    public SentenceSplitter() : this(SegmentLexicon.Default) { }

    public Layer Requires => Layer.CleanText;
    public Layer Provides => Layer.Sentences;

    public Document Run(Document document) => document with { Sentences = Split(document.Text) };

    public ImmutableArray<Sentence> Split(string text)
    {
        var lines = TextLines.Of(text);
        var output = ImmutableArray.CreateBuilder<Sentence>();
        var spans = new List<(int Start, int End)>();
        int paragraph = -1, section = 0;
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.IsBlank) { i++; continue; }
            var kind = Classify(text, lines, i);
            paragraph++;
            if (kind is SentenceKind.Heading or SentenceKind.Timestamp)
            {
                section++;
                output.Add(new Sentence(line.Start, line.Length, kind, paragraph, section));
                i++;
                continue;
            }
            int blockStart = line.Start, blockEnd = line.End;
            if (kind == SentenceKind.ListItem)
            {
                blockStart += LinePatterns.ListMarker().Match(text, line.Start, line.Length).Length;
                i++;
            }
            else
            {
                i = kind == SentenceKind.Caption ? i + 1 : ExtendBlock(text, lines, i, ref blockEnd);
            }
            spans.Clear();
            SentenceBoundaries.Split(text, blockStart, blockEnd, lexicon, spans);
            foreach (var (s, e) in spans)
                output.Add(new Sentence(s, e - s, kind, paragraph, section));
        }
        return output.DrainToImmutable();
    }

    /// <summary>Joins the body lines of one paragraph; returns the index of the first line after it.</summary>
    private static int ExtendBlock(string text, IReadOnlyList<TextLine> lines, int i, ref int blockEnd)
    {
        int j = i;
        while (true)
        {
            bool endsSentence = EndsSentence(text, lines[j]);
            int next = j + 1;
            int blanks = 0;
            while (next < lines.Count && lines[next].IsBlank) { next++; blanks++; }
            if (next >= lines.Count) return next;
            var nextLine = lines[next];
            bool nextIsBody = LineKind(text, nextLine) == SentenceKind.Body;
            bool continues = nextIsBody && !endsSentence &&
                (blanks == 0 ? !IsHeadingShape(text, lines[j]) || char.IsLower(text[nextLine.Start]) : char.IsLower(text[nextLine.Start]));
            if (!continues) return j + 1;
            blockEnd = nextLine.End;
            j = next;
        }
    }

    private SentenceKind Classify(string text, IReadOnlyList<TextLine> lines, int i)
    {
        var line = lines[i];
        var kind = LineKind(text, line);
        if (kind != SentenceKind.Body) return kind;
        if (IsCaption(text, line.Start, line.End)) return SentenceKind.Caption;
        if (!IsHeadingShape(text, line)) return SentenceKind.Body;
        int next = i + 1;
        bool blankAfter = false;
        while (next < lines.Count && lines[next].IsBlank) { next++; blankAfter = true; }
        if (next >= lines.Count) return SentenceKind.Body;
        var nextLine = lines[next];
        if (char.IsLower(text[nextLine.Start])) return SentenceKind.Body;
        bool blankBefore = i == 0 || lines[i - 1].IsBlank || EndsSentence(text, lines[i - 1]);
        return blankAfter || (blankBefore && WordCount(text, line) <= 8) ? SentenceKind.Heading : SentenceKind.Body;
    }

    private static SentenceKind LineKind(string text, TextLine line)
    {
        if (line.IsBlank) return SentenceKind.Body;
        var span = text.AsSpan(line.Start, line.Length);
        char first = span[0];
        // Cheap guards first: the patterns run only on lines that could match.
        if (span.Length <= 60 && span.ContainsAnyInRange('0', '9') && LinePatterns.Timestamp().IsMatch(span)) return SentenceKind.Timestamp;
        if (first == '#' && LinePatterns.MarkdownHeading().IsMatch(span)) return SentenceKind.Heading;
        if ((char.IsDigit(first) || first is '-' or '*' or '•' or '·' or '▪' or '◦' or '–') && LinePatterns.ListMarker().IsMatch(span)) return SentenceKind.ListItem;
        return SentenceKind.Body;
    }

    private static readonly System.Buffers.SearchValues<string> CaptionHints = System.Buffers.SearchValues.Create(
        ["photo", "image", "picture", "caption", "getty", "afp", "reuters", "epa"], StringComparison.OrdinalIgnoreCase);

    private static bool IsCaption(string text, int start, int end) =>
        end - start <= 400 && text.AsSpan(start, end - start).IndexOfAny(CaptionHints) >= 0
        && LinePatterns.Caption().IsMatch(text.AsSpan(start, end - start));

    private static bool IsHeadingShape(string text, TextLine line)
    {
        if (line.Length > MaxHeadingChars) return false;
        var span = text.AsSpan(line.Start, line.Length).Trim("*_#> ");
        if (span.IsEmpty) return false;
        char first = span[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\'' or '[')) return false;
        char last = span[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '-' or '–' or '—') return false;
        if (SentenceBoundaries.IsCloser(last) && span.Length > 1 && span.TrimEnd("\"'”’)]»").EndsWithAny(".!?…")) return false;
        return WordCount(text, line) <= MaxHeadingWords;
    }

    private static bool EndsSentence(string text, TextLine line)
    {
        var span = text.AsSpan(line.Start, line.Length).TrimEnd("\"'”’)]»*_ ");
        return span.Length > 0 && span[^1] is '.' or '!' or '?' or '…' or ':';
    }

    private static int WordCount(string text, TextLine line)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text.AsSpan(line.Start, line.Length))
        {
            bool isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }
}

internal static class SpanEndings
{
    public static bool EndsWithAny(this ReadOnlySpan<char> span, string chars) => span.Length > 0 && chars.Contains(span[^1]);
}
