using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>A trigger in its sentence, with the sentence's cues and the actors in the roles around it.</summary>
public sealed class MentionContext
{
    public required Document Document { get; init; }
    public required EventLexicon Lexicon { get; init; }
    public required int SentenceIndex { get; init; }
    public required SentenceWords Words { get; init; }

    /// <summary>The previous sentence of the same paragraph, if any.</summary>
    public SentenceWords? Previous { get; init; }

    public required TriggerHit Hit { get; init; }

    /// <summary>Every trigger of the sentence, this one included.</summary>
    public required IReadOnlyList<TriggerHit> Hits { get; init; }

    public required ActorRoles Roles { get; init; }

    public Sentence Sentence => Document.Sentences[SentenceIndex];

    /// <summary>The doer: the subject of an active trigger, the "by" phrase of a passive one.</summary>
    public ActorMention? Agent => Roles.Agent;

    /// <summary>The one acted on: the object of an active trigger, the subject of a passive one.</summary>
    public ActorMention? Patient => Roles.Patient;

    /// <summary>True when a cue of the set occurs in the sentence.</summary>
    public bool InSentence(CueSet set) => Lexicon.Anywhere(set, Words);

    /// <summary>True when a cue of the set occurs in the sentence or the one before it in the paragraph.</summary>
    public bool InContext(CueSet set) => InSentence(set) || Lexicon.Anywhere(set, Previous);

    /// <summary>True when a cue of the set occurs within a few words of the trigger, in its clause.</summary>
    public bool Near(CueSet set, int before = 4, int after = 5) =>
        Lexicon.Before(set, Words, Hit.Word, before) >= 0 || Lexicon.After(set, Words, Hit.LastWord + 1, after) >= 0;

    /// <summary>True when another trigger of the sentence is of one of the kinds.</summary>
    public bool SentenceHas(params ReadOnlySpan<TriggerKind> kinds)
    {
        foreach (var h in Hits)
            if (h != Hit && kinds.Contains(h.Kind))
                return true;
        return false;
    }

    /// <summary>True when the actor is of one of the kinds.</summary>
    public static bool Is(ActorMention? actor, params ReadOnlySpan<ActorKind> kinds) => actor is not null && kinds.Contains(actor.Kind);

    /// <summary>True when an actor of the sentence is of one of the kinds.</summary>
    public bool SentenceActorIs(params ReadOnlySpan<ActorKind> kinds) => SentenceActor(kinds) is not null;

    /// <summary>The first actor of the sentence of one of the kinds.</summary>
    public ActorMention? SentenceActor(params ReadOnlySpan<ActorKind> kinds)
    {
        foreach (var a in Roles.InSentence)
            if (kinds.Contains(a.Kind))
                return a;
        return null;
    }
}
