namespace Kurultai.Model;

/// <summary>The kind of actor.</summary>
public enum ActorKind
{
    Person,
    Organisation,
    Protesters,
    Rioters,
    Police,
    Military,
    Government,
    Opposition,
    Civilians,
    UnidentifiedArmedGroup,
    Other,
}

/// <summary>
/// A mention of an actor resolved to a canonical actor, e.g. "Bakayev" → "Kurmanbek Bakiyev",
/// "riot police" → "Police Forces of Kyrgyzstan".
/// </summary>
/// <param name="Key">The transliteration-aware clustering key shared by all spellings of the same actor.</param>
/// <param name="Name">The canonical name in FORMAT.md's style.</param>
public sealed record ActorMention(int Start, int Length, string Key, string Name, ActorKind Kind, string? Country, double Confidence)
{
    public Span Span => new(Start, Length);
}
