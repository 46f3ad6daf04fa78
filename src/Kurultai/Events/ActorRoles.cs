using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Finds the actors around a trigger: the doer (agent) and the one acted on (patient), from word order and role
/// cues: "Police detained two students" (agent police, patient students), "Atambayev was released by the
/// protesters" (passive: agent after "by", patient the subject), "the arrest of Sherniyazov" (patient after "of").
/// </summary>
/// <remarks>
/// The search stays in the trigger's clause: it starts after the last hard boundary before the trigger (";", ":",
/// a dash, a bracket, a quotation mark, a subordinator such as "that", "after", "while", or a verb of saying: "the
/// ministry said 312 people had been arrested" does not make the ministry the arrested) and ends at the next
/// one or a comma. The subject is the first actor after the last comma before the trigger ("Although police used
/// tear gas, protesters took over…" → the protesters), else the clause's first actor ("Hundreds of supporters of
/// the former president attempted…" → the supporters, not the president). A pronoun subject takes an actor of the previous sentence:
/// "he"/"she" its last person-like actor, "they" its first actor. Actors named as the object of support ("supporters of X", "loyal to X",
/// "pro-X") are not doers.
/// </remarks>
public sealed class ActorRoles
{
    private static bool IsPronoun(SentenceWords w, int i) => w.Is(i, "he", "she", "they", "it", "his", "her", "their");

    public required IReadOnlyList<ActorMention> InSentence { get; init; }
    public ActorMention? Agent { get; init; }
    public ActorMention? Patient { get; init; }

    /// <param name="previous">The actors of the previous sentence of the paragraph, for a pronoun subject.</param>
    public static ActorRoles Find(SentenceWords words, TriggerHit hit, IReadOnlyList<ActorMention> actors, IReadOnlyList<ActorMention> previous) =>
        Find(new SentenceActors(words, actors), hit, previous);

    /// <param name="sentence">The sentence's words and actors, analysed once for all its triggers.</param>
    /// <param name="previous">The actors of the previous sentence of the paragraph, for a pronoun subject.</param>
    public static ActorRoles Find(SentenceActors sentence, TriggerHit hit, IReadOnlyList<ActorMention> previous)
    {
        var actors = sentence.All;
        if (actors.Count == 0 && previous.Count == 0)
            return new ActorRoles { InSentence = actors };
        var words = sentence.Words;
        var usable = sentence.Doers;
        var at = sentence.DoerWords;
        int clauseStart = sentence.ClauseStart(hit.Word);
        int clauseEnd = sentence.ClauseEnd(hit.LastWord + 1);
        int segmentStart = SegmentStart(words, hit.Word, clauseStart);
        bool Before(int k) => at[k] >= clauseStart && at[k] < hit.Word;
        bool After(int k) => at[k] > hit.LastWord && at[k] < clauseEnd;
        var byAgent = AfterWord(sentence, clauseEnd, hit, "by", 5);
        ActorMention? subject = null, firstBefore = null;
        for (int k = 0; k < usable.Length && subject is null; k++)
        {
            if (!Before(k))
                continue;
            firstBefore ??= usable[k];
            if (at[k] >= segmentStart)
                subject = usable[k];
        }
        subject ??= firstBefore ?? Antecedent(words, clauseStart, hit.Word, previous);
        if (subject is null && clauseStart > 0 && words.Is(clauseStart - 1, "who", "which"))
        {
            for (int k = usable.Length - 1; k >= 0 && subject is null; k--)
                if (at[k] < clauseStart)
                    subject = usable[k];
        }

        if (hit.Nominal)
        {
            var of = AfterWord(sentence, clauseEnd, hit, "of", 2);
            ActorMention? possessor = null;
            for (int k = usable.Length - 1; k >= 0 && possessor is null; k--)
                if (Before(k) && at[k] >= hit.Word - 2)
                    possessor = usable[k];
            return new ActorRoles { InSentence = actors, Agent = byAgent ?? (of is null ? null : possessor), Patient = of ?? possessor };
        }
        if (hit.Passive)
            return new ActorRoles { InSentence = actors, Agent = byAgent, Patient = subject };
        ActorMention? objectActor = null;
        for (int k = 0; k < usable.Length && objectActor is null; k++)
            if (After(k) && usable[k] != byAgent)
                objectActor = usable[k];
        return new ActorRoles { InSentence = actors, Agent = subject, Patient = objectActor };
    }

    /// <summary>The first actor of the trigger's clause within six words after <paramref name="word"/> ("by", "of") near the trigger.</summary>
    private static ActorMention? AfterWord(SentenceActors sentence, int clauseEnd, TriggerHit hit, string word, int maxDistance)
    {
        var words = sentence.Words;
        int from = hit.LastWord + 1;
        for (int i = from; i < words.Count && i < from + maxDistance; i++)
        {
            if (!words.Is(i, word))
                continue;
            for (int k = 0; k < sentence.Doers.Length; k++)
            {
                int w = sentence.DoerWords[k];
                if (w > hit.LastWord && w < clauseEnd && w > i && w <= i + 6)
                    return sentence.Doers[k];
            }
            return null;
        }
        return null;
    }

    /// <summary>The first word after the last comma before the trigger ("Although police fired tear gas, | protesters took over").</summary>
    private static int SegmentStart(SentenceWords words, int trigger, int clauseStart)
    {
        for (int i = trigger - 1; i >= clauseStart; i--)
            if (!words.IsWord(i) && words.Punctuation(i) == ',')
                return i + 1;
        return clauseStart;
    }

    /// <summary>"He" or "she": the last person-like actor of the previous sentence; "they": its first actor (its subject).</summary>
    private static ActorMention? Antecedent(SentenceWords words, int clauseStart, int trigger, IReadOnlyList<ActorMention> previous)
    {
        for (int i = clauseStart; i < trigger && i < clauseStart + 3; i++)
        {
            if (!IsPronoun(words, i))
                continue;
            if (words.Is(i, "they", "their"))
                return previous.Count > 0 ? previous[0] : null;
            for (int k = previous.Count - 1; k >= 0; k--)
                if (previous[k].Kind is ActorKind.Person or ActorKind.Police or ActorKind.Military or ActorKind.Government)
                    return previous[k];
            return null;
        }
        return null;
    }
}
