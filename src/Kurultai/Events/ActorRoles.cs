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
    private static bool IsSubordinator(SentenceWords w, int i) =>
        w.Is(i, "that", "but", "while", "when", "after", "before", "until", "although", "though", "because", "since", "whereas", "if", "who", "which")
        || w.Is(i, "said", "says", "say", "told", "reported", "stated", "announced", "claimed", "added");

    private static bool IsPronoun(SentenceWords w, int i) => w.Is(i, "he", "she", "they", "it", "his", "her", "their");

    public required IReadOnlyList<ActorMention> InSentence { get; init; }
    public ActorMention? Agent { get; init; }
    public ActorMention? Patient { get; init; }

    /// <param name="previous">The actors of the previous sentence of the paragraph, for a pronoun subject.</param>
    public static ActorRoles Find(SentenceWords words, TriggerHit hit, IReadOnlyList<ActorMention> actors, IReadOnlyList<ActorMention> previous)
    {
        if (actors.Count == 0 && previous.Count == 0)
            return new ActorRoles { InSentence = actors };
        var usable = actors.Where(a => !IsSupported(words, a)).ToList();
        int clauseStart = ClauseStart(words, hit.Word);
        int clauseEnd = ClauseEnd(words, hit.LastWord + 1);
        var before = usable.Where(a => Word(words, a) >= clauseStart && Word(words, a) < hit.Word).ToList();
        var after = usable.Where(a => Word(words, a) > hit.LastWord && Word(words, a) < clauseEnd).ToList();
        var byAgent = AfterWord(words, after, hit.LastWord + 1, "by", 5);
        int segmentStart = SegmentStart(words, hit.Word, clauseStart);
        ActorMention? subject = before.FirstOrDefault(a => Word(words, a) >= segmentStart) ?? before.FirstOrDefault()
            ?? Antecedent(words, clauseStart, hit.Word, previous)
            ?? (clauseStart > 0 && words.Is(clauseStart - 1, "who", "which")
                ? usable.LastOrDefault(a => Word(words, a) < clauseStart) : null);

        if (hit.Nominal)
        {
            var of = AfterWord(words, after, hit.LastWord + 1, "of", 2);
            var possessor = before.LastOrDefault(a => Word(words, a) >= hit.Word - 2);
            return new ActorRoles { InSentence = actors, Agent = byAgent ?? (of is null ? null : possessor), Patient = of ?? possessor };
        }
        if (hit.Passive)
            return new ActorRoles { InSentence = actors, Agent = byAgent, Patient = subject };
        var objectActor = after.FirstOrDefault(a => a != byAgent);
        return new ActorRoles { InSentence = actors, Agent = subject, Patient = objectActor };
    }

    private static int Word(SentenceWords words, ActorMention actor) => words.IndexAt(actor.Start);

    private static ActorMention? AfterWord(SentenceWords words, List<ActorMention> after, int from, string word, int maxDistance)
    {
        for (int i = from; i < words.Count && i < from + maxDistance; i++)
        {
            if (words.Is(i, word))
                return after.FirstOrDefault(a => Word(words, a) > i && Word(words, a) <= i + 6);
        }
        return null;
    }

    private static int ClauseStart(SentenceWords words, int trigger)
    {
        for (int i = trigger - 1; i >= 0; i--)
        {
            if (!words.IsWord(i) ? words.Punctuation(i) is not ',' and not '.' : IsSubordinator(words, i))
                return i + 1;
        }
        return 0;
    }

    /// <summary>The first word after the last comma before the trigger ("Although police fired tear gas, | protesters took over").</summary>
    private static int SegmentStart(SentenceWords words, int trigger, int clauseStart)
    {
        for (int i = trigger - 1; i >= clauseStart; i--)
            if (!words.IsWord(i) && words.Punctuation(i) == ',')
                return i + 1;
        return clauseStart;
    }

    private static int ClauseEnd(SentenceWords words, int from)
    {
        for (int i = from; i < words.Count; i++)
        {
            if (!words.IsWord(i) ? words.Punctuation(i) is not '.' : IsSubordinator(words, i))
                return i;
        }
        return words.Count;
    }

    /// <summary>"He" or "she": the last person-like actor of the previous sentence; "they": its first actor (its subject).</summary>
    private static ActorMention? Antecedent(SentenceWords words, int clauseStart, int trigger, IReadOnlyList<ActorMention> previous)
    {
        for (int i = clauseStart; i < trigger && i < clauseStart + 3; i++)
        {
            if (!IsPronoun(words, i))
                continue;
            return words.Is(i, "they", "their")
                ? previous.FirstOrDefault()
                : previous.LastOrDefault(a => a.Kind is ActorKind.Person or ActorKind.Police or ActorKind.Military or ActorKind.Government);
        }
        return null;
    }

    /// <summary>"supporters of X", "loyal to X", "pro-X": X is supported, not the doer.</summary>
    private static bool IsSupported(SentenceWords words, ActorMention actor)
    {
        int i = words.IndexAt(actor.Start);
        if (i < words.Count && words.IsWord(i) && words.Start(i) < actor.Start
            && words.Key(i).StartsWith("pro-", StringComparison.OrdinalIgnoreCase))
            return true;
        for (int j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            if (!words.IsWord(j))
                return false;
            if (words.Is(j, "supporters", "loyal", "allies", "ally", "loyalists", "pro"))
                return true;
        }
        return false;
    }
}
