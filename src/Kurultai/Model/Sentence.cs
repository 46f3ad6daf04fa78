namespace Kurultai.Model;

/// <summary>What kind of unit a sentence is: body prose, a heading, a live-blog timestamp, a caption, a list item.</summary>
public enum SentenceKind
{
    Body,
    Heading,
    Timestamp,
    Caption,
    ListItem,
}

/// <summary>A sentence of the cleaned text, e.g. "Police fired on the crowd."</summary>
/// <param name="Paragraph">Index of the paragraph (blank-line separated block) it belongs to.</param>
/// <param name="Section">Index of the section (started by a heading or timestamp) it belongs to; 0 before the first.</param>
public readonly record struct Sentence(int Start, int Length, SentenceKind Kind, int Paragraph, int Section)
{
    public Span Span => new(Start, Length);
    public int End => Start + Length;
}

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the cleaned text: a word, a number or a punctuation mark.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
