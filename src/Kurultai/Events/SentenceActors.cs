using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// A sentence's actors and clause marks, worked out once for all its triggers: the word each actor starts at, the
/// actors that can be doers (not "supporters of X", "loyal to X", "pro-X"), and where clauses open ("that",
/// "after", "said"): "Police said protesters had stormed…" → doers police and protesters, a clause opening at "said".
/// </summary>
public sealed class SentenceActors
{
    private readonly sbyte[] _opens;   // 1 opens a clause, -1 does not, 0 not yet known

    public SentenceActors(SentenceWords words, IReadOnlyList<ActorMention> actors)
    {
        Words = words;
        All = actors;
        int count = 0;
        Span<bool> supported = actors.Count <= 64 ? stackalloc bool[actors.Count] : new bool[actors.Count];
        for (int k = 0; k < actors.Count; k++)
        {
            supported[k] = IsSupported(words, actors[k]);
            count += supported[k] ? 0 : 1;
        }
        Doers = count == 0 ? [] : new ActorMention[count];
        DoerWords = count == 0 ? [] : new int[count];
        for (int k = 0, d = 0; k < actors.Count; k++)
        {
            if (supported[k])
                continue;
            Doers[d] = actors[k];
            DoerWords[d++] = words.IndexAt(actors[k].Start);
        }
        _opens = new sbyte[words.Count];
    }

    /// <summary>True when word <paramref name="i"/> opens a clause (worked out when first asked).</summary>
    private bool Opens(int i)
    {
        if (_opens[i] == 0)
            _opens[i] = IsSubordinator(Words, i) ? (sbyte)1 : (sbyte)-1;
        return _opens[i] > 0;
    }

    public SentenceWords Words { get; }

    /// <summary>Every actor of the sentence, in text order.</summary>
    public IReadOnlyList<ActorMention> All { get; }

    /// <summary>The actors that can be doers or the acted-on, in text order.</summary>
    public ActorMention[] Doers { get; }

    /// <summary>The word index of each of <see cref="Doers"/>.</summary>
    public int[] DoerWords { get; }

    /// <summary>The first word of the clause holding word <paramref name="trigger"/>.</summary>
    public int ClauseStart(int trigger)
    {
        for (int i = trigger - 1; i >= 0; i--)
        {
            if (!Words.IsWord(i) ? Words.Punctuation(i) is not ',' and not '.' : Opens(i))
                return i + 1;
        }
        return 0;
    }

    /// <summary>The token that ends the clause going on at word <paramref name="from"/> (the sentence's length when none does).</summary>
    public int ClauseEnd(int from)
    {
        for (int i = from; i < Words.Count; i++)
        {
            if (!Words.IsWord(i) ? Words.Punctuation(i) is not '.' : Opens(i))
                return i;
        }
        return Words.Count;
    }

    private static bool IsSubordinator(SentenceWords w, int i) =>
        w.Is(i, "that", "but", "while", "when", "after", "before", "until", "although", "though", "because", "since", "whereas", "if", "who", "which")
        || w.Is(i, "said", "says", "say", "told", "reported", "stated", "announced", "claimed", "added");

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
