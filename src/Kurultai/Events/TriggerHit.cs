using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>A trigger found in a sentence, e.g. "were arrested" → Arrest, passive, words 5..6.</summary>
/// <param name="Word">Index of the trigger's first word in <see cref="SentenceWords"/>.</param>
/// <param name="WordCount">How many words the trigger spans.</param>
/// <param name="Passive">True when a form of "be" governs a participle ("was torched", "have been seized").</param>
/// <param name="Nominal">True when the trigger is read as a noun ("the protests", "his arrest").</param>
public sealed record TriggerHit(TriggerKind Kind, string Form, int Word, int WordCount, int Start, int Length, bool Passive, bool Nominal)
{
    public Span Span => new(Start, Length);
    public int LastWord => Word + WordCount - 1;
}
