namespace Kurultai.Model;

/// <summary>A run of characters in a document's cleaned text, e.g. the "56" of "56 dead".</summary>
public readonly record struct Span(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);
}
