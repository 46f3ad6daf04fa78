namespace Kurultai.Events;

/// <summary>
/// One family of typing decisions, e.g. seizures: "seized and torched" → Riots / Violent demonstration,
/// "taken over by protesters" → Strategic developments / Non-violent transfer of territory.
/// </summary>
public interface IEventRule
{
    /// <summary>The trigger kinds this family types.</summary>
    IReadOnlyCollection<TriggerKind> Kinds { get; }

    /// <summary>The coding of the trigger in its context, or null when it reports no codable event.</summary>
    EventCoding? Code(MentionContext context);
}
