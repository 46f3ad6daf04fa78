namespace Kurultai.Model;

/// <summary>What kind of entity a name denotes.</summary>
public enum NameKind
{
    Person,
    Organisation,
    Place,
    Unknown,
}

/// <summary>A proper name in the text, e.g. "President Kurmanbek Bakiyev" (Person, role "President").</summary>
/// <param name="Role">A title or role attached to the name ("President", "governor"), if any.</param>
public readonly record struct NameMention(
    int Start,
    int Length,
    NameKind Kind,
    double Confidence,
    string? Role = null)
{
    public Span Span => new(Start, Length);
}
