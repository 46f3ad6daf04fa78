namespace Kurultai.Events;

/// <summary>
/// Decides whether a trigger reports something that happened. A negated, modal, demanded, planned, threatened,
/// denied, rumoured or questioned event is not an event: "did not fire", "planned to march", "demanding the
/// resignation", "threatened to storm", "denied arresting", "Will they resign?", "a rally could take place".
/// </summary>
/// <remarks>
/// Cues are looked for in the trigger's clause (up to a comma, dash or "and"), up to four words before it (negation and modality), anywhere
/// before it in the sentence (denials and rumours), and, for a nominal trigger, in a following "was demanded",
/// "were planned" or modal ("a rally could take place"). Words inside date mentions are masked ("6 May"). An infinitive ("to storm") reports an event only under an implicative verb ("managed to",
/// "forced to", "attempted to"); "calls on workers to protest" and "in order to arrest" do not. A participle
/// followed by "earlier" ("leaders arrested earlier") describes an earlier event and reports nothing new; so does a
/// relative clause in the past perfect ("prisoners who had been jailed"), a noun framing a time ("after the
/// protests", "amid mass protests") and an aside in brackets (a citation, a title).
/// </remarks>
public sealed class FactualityFilter(EventLexicon lexicon)
{
    private const int Window = 4;

    /// <summary>Why the trigger reports no event ("modal 'planned to'"), or null when it does.</summary>
    public string? Blocker(SentenceWords words, TriggerHit hit) => Blocker(words, hit, explain: true);

    /// <param name="explain">False to skip quoting the cue: any blocked trigger then gives the same short reason.</param>
    public string? Blocker(SentenceWords words, TriggerHit hit, bool explain)
    {
        string Quote(string what, int at, string after = "") => explain ? $"{what} '{words.Lower(at)}{after}'" : what;

        if (IsQuestion(words))
            return "question";
        if (InBrackets(words, hit))
            return "aside in brackets";
        if (NearestBefore(words, hit.Word) is ({ } set, var at))
            return Quote(Names[(int)set], at);
        int denial = lexicon.Before(CueSet.Denial, words, hit.Word, 40, clause: false);
        if (denial >= 0)
            return Quote("denial", denial);
        if ((hit.Nominal || IsGerund(words, hit)) && lexicon.Before(CueSet.Frame, words, hit.Word, 3) is var frame && frame >= 0
            && !CountFollows(words, hit))
            return Quote("time frame", frame, " …");
        if (!hit.Nominal && TemporalClause(words, hit) is { } opener)
            return explain ? $"time frame '{opener} …'" : "time frame";
        if (lexicon.Before(CueSet.Backstory, words, hit.Word, 4) is var story && story >= 0)
            return Quote("backstory", story, " …");
        if (hit.Nominal && FollowedByDemand(words, hit))
            return "demanded or planned";
        if (hit.Nominal && lexicon.After(CueSet.Modal, words, hit.LastWord + 1, 4) is var modal && modal >= 0)
            return explain ? $"modal '{words.Lower(modal)}' after the noun" : "modal after the noun";
        if (!hit.Nominal && words.Is(hit.Word - 1, "to")
            && lexicon.Before(CueSet.Implicative, words, hit.Word - 1, 4) < 0)
            return "infinitive without an implicative verb";
        if (!hit.Passive && hit.LastWord + 1 < words.Count && lexicon.Has(CueSet.Earlier, words, hit.LastWord + 1)
            && hit.Word > 0 && words.IsWord(hit.Word - 1) && !lexicon.Has(CueSet.Subject, words, hit.Word - 1))
            return "earlier event described";
        return null;
    }

    private static readonly string[] Names = [.. Enum.GetValues<CueSet>().OrderBy(v => (int)v).Select(v => v.ToString().ToLowerInvariant())];

    /// <summary>
    /// The first of negation, modality and demand with a cue among the four words before the trigger in its clause
    /// (up to an "and"), and where its nearest cue is: one pass for what three <see cref="EventLexicon.Before"/> calls would find.
    /// </summary>
    private (CueSet? Set, int At) NearestBefore(SentenceWords words, int trigger)
    {
        int negation = -1, modal = -1, demand = -1, seen = 0;
        for (int i = trigger - 1; i >= 0 && seen < Window; i--)
        {
            if (words.IsBoundary(i))
                break;
            if (!words.IsWord(i))
                continue;
            if (words.Key(i).Equals("and", StringComparison.OrdinalIgnoreCase))
                break;
            seen++;
            if (negation < 0 && lexicon.Has(CueSet.Negation, words, i)) negation = i;
            if (modal < 0 && lexicon.Has(CueSet.Modal, words, i)) modal = i;
            if (demand < 0 && lexicon.Has(CueSet.Demand, words, i)) demand = i;
        }
        return negation >= 0 ? (CueSet.Negation, negation) : modal >= 0 ? (CueSet.Modal, modal)
            : demand >= 0 ? (CueSet.Demand, demand) : (null, -1);
    }

    private bool FollowedByDemand(SentenceWords words, TriggerHit hit)
    {
        int aux = lexicon.After(CueSet.Auxiliary, words, hit.LastWord + 1, 5);
        return aux >= 0 && (lexicon.Has(CueSet.Demand, words, aux + 1) || lexicon.Has(CueSet.Modal, words, aux + 1));
    }

    /// <summary>"Until Bakayev came to power, …", "since the army took over": a clause that frames a time, not a report.</summary>
    private static string? TemporalClause(SentenceWords words, TriggerHit hit)
    {
        for (int i = hit.Word - 1; i >= 0 && i >= hit.Word - 4; i--)
        {
            if (!words.IsWord(i))
                return null;
            if (words.Is(i, "until", "since", "before", "till"))
                return words.Lower(i);
        }
        return null;
    }

    /// <summary>"upon assuming office", "after taking over": an -ing form right after a preposition.</summary>
    private static bool IsGerund(SentenceWords words, TriggerHit hit) =>
        words.Key(hit.Word).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && words.Is(hit.Word - 1, "upon", "after", "before", "since", "following", "during", "while");

    /// <summary>"following street demonstrations by up to 20,000 voters": a framed event with its own count is reported.</summary>
    private static bool CountFollows(SentenceWords words, TriggerHit hit)
    {
        for (int i = hit.LastWord + 1; i < words.Count && i <= hit.LastWord + 6; i++)
            if (words.IsWord(i) && char.IsDigit(words.Key(i)[0]))
                return true;
        return false;
    }

    /// <summary>True when the trigger sits inside "( … )" or "[ … ]" within its sentence.</summary>
    private static bool InBrackets(SentenceWords words, TriggerHit hit)
    {
        int depth = 0;
        for (int i = 0; i < hit.Word; i++)
        {
            char c = words.Punctuation(i);
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static bool IsQuestion(SentenceWords words)
    {
        for (int i = words.Count - 1; i >= 0 && i >= words.Count - 3; i--)
            if (!words.IsWord(i) && words.Punctuation(i) == '?')
                return true;
        return false;
    }
}
