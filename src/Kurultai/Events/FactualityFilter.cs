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
/// followed by "earlier" ("leaders arrested earlier") describes an earlier event and reports nothing new.
/// </remarks>
public sealed class FactualityFilter(EventLexicon lexicon)
{
    private const int Window = 4;

    /// <summary>Why the trigger reports no event ("modal 'planned to'"), or null when it does.</summary>
    public string? Blocker(SentenceWords words, TriggerHit hit)
    {
        if (IsQuestion(words))
            return "question";
        foreach (var set in (ReadOnlySpan<CueSet>)[CueSet.Negation, CueSet.Modal, CueSet.Demand])
        {
            int at = lexicon.Before(set, words, hit.Word, Window, stopAtAnd: true);
            if (at >= 0)
                return $"{set.ToString().ToLowerInvariant()} '{words.Lower(at)}'";
        }
        int denial = lexicon.Before(CueSet.Denial, words, hit.Word, 40, clause: false);
        if (denial >= 0)
            return $"denial '{words.Lower(denial)}'";
        if (hit.Nominal && FollowedByDemand(words, hit))
            return "demanded or planned";
        if (hit.Nominal && lexicon.After(CueSet.Modal, words, hit.LastWord + 1, 4) is var modal && modal >= 0)
            return $"modal '{words.Lower(modal)}' after the noun";
        if (!hit.Nominal && hit.Word > 0 && words.IsWord(hit.Word - 1) && words.Lower(hit.Word - 1) == "to"
            && lexicon.Before(CueSet.Implicative, words, hit.Word - 1, 4) < 0)
            return "infinitive without an implicative verb";
        if (!hit.Passive && hit.LastWord + 1 < words.Count && lexicon.Has(CueSet.Earlier, words, hit.LastWord + 1)
            && hit.Word > 0 && words.IsWord(hit.Word - 1) && !lexicon.Has(CueSet.Subject, words, hit.Word - 1))
            return "earlier event described";
        return null;
    }

    private bool FollowedByDemand(SentenceWords words, TriggerHit hit)
    {
        int aux = lexicon.After(CueSet.Auxiliary, words, hit.LastWord + 1, 5);
        return aux >= 0 && (lexicon.Has(CueSet.Demand, words, aux + 1) || lexicon.Has(CueSet.Modal, words, aux + 1));
    }

    private static bool IsQuestion(SentenceWords words)
    {
        for (int i = words.Count - 1; i >= 0 && i >= words.Count - 3; i--)
            if (!words.IsWord(i) && words.Punctuation(i) == '?')
                return true;
        return false;
    }
}
