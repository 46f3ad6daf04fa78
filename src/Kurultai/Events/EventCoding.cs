using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>An actor chosen for a record: a mention from the text, or a generic group ("Protesters") of the event's country.</summary>
public readonly record struct ActorChoice(ActorMention? Mention, ActorKind? Generic)
{
    public static readonly ActorChoice None = default;

    public bool IsNone => Mention is null && Generic is null;

    public static ActorChoice Of(ActorMention? mention, ActorKind fallback) => new(mention, mention is null ? fallback : null);

    public static ActorChoice Group(ActorKind kind) => new(null, kind);

    public ActorKind? Kind => Mention?.Kind ?? Generic;
}

/// <summary>Where an event is placed when its own sentence names no place.</summary>
public enum GeoScope
{
    /// <summary>The surrounding text's place: paragraph, section, document.</summary>
    Local,

    /// <summary>The country: a national act such as a government resigning or an emergency declared.</summary>
    National,
}

/// <summary>
/// What a decision rule made of a trigger, e.g. "stormed the parliament" → Riots / Violent demonstration by the
/// rule "storming→Riots/Violent demonstration", actor1 Rioters, actor2 the police.
/// </summary>
/// <param name="Scope">Where the event is placed when its sentence names no place.</param>
/// <param name="AttachOnly">The trigger adds casualties or actors to a neighbouring event instead of being one
/// ("four dead", "tear gas").</param>
public sealed record EventCoding(string EventType, string SubEventType, string Rule, ActorChoice Actor1, ActorChoice Actor2,
    GeoScope Scope = GeoScope.Local, bool AttachOnly = false)
{
    /// <summary>The event yields to a protest, riot or violent event in the same paragraph, adding its actors and numbers there.</summary>
    public bool Weak { get; init; }

    /// <summary>The event is kept only when a date is found in the text around it (not only the document's anchor).</summary>
    public bool NeedsDate { get; init; }

    public static EventCoding Attach(string rule) =>
        new("", "", rule, ActorChoice.None, ActorChoice.None, AttachOnly: true);
}
