namespace Kurultai.Events;

/// <summary>
/// Finds the triggers of a sentence and decides how each is read: verb or noun, active or passive, or an
/// attributive participle that reports nothing ("the arrested leaders", "the deposed governor").
/// </summary>
public sealed class TriggerFinder(EventLexicon lexicon)
{
    public List<TriggerHit> Find(SentenceWords words)
    {
        var hits = new List<TriggerHit>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!lexicon.Triggers.TryMatch(words, i, out var form, out int count))
                continue;
            int last = i + count - 1;
            if (form.Kind == TriggerKind.Ignore)
            {
                i = last;
                continue;
            }
            bool nominal = form.Nominal ? !ReadsAsVerb(words, i) : ReadsAsNoun(words, i, form);
            if (!form.Nominal && count == 1 && IsParticiple(words, i) && Has(CueSet.Attributive, words, i - 1)
                && !Has(CueSet.Auxiliary, words, i - 2))
            {
                i = last;   // "the arrested leaders": a description, not a report
                continue;
            }
            hits.Add(new TriggerHit(form.Kind, form.Form, i, count, words.Start(i), words.End(last) - words.Start(i),
                Passive: !nominal && IsPassive(words, i), Nominal: nominal));
            i = last;
        }
        return hits;
    }

    /// <summary>A nominal form used as a verb: "they protest", "to rally", "will strike".</summary>
    private bool ReadsAsVerb(SentenceWords words, int i) =>
        i > 0 && words.IsWord(i - 1) && (Has(CueSet.Subject, words, i - 1) || Has(CueSet.Modal, words, i - 1))
        && !Has(CueSet.Determiner, words, i - 1);

    /// <summary>A verbal form used as a noun: "the storming", "a shooting".</summary>
    private bool ReadsAsNoun(SentenceWords words, int i, TriggerForm form) =>
        form.Form.EndsWith("ing", StringComparison.Ordinal) && i > 0 && Has(CueSet.Attributive, words, i - 1);

    private bool IsPassive(SentenceWords words, int i)
    {
        if (!IsParticiple(words, i))
            return false;
        // "was torched", "have been seized", "was badly beaten", "were also released"
        for (int j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            if (!words.IsWord(j))
                return false;
            if (Has(CueSet.Auxiliary, words, j))
                return true;
            var w = words.Lower(j);
            if (!w.EndsWith("ly", StringComparison.Ordinal) && w is not ("just" or "also" or "then" or "soon" or "later" or "all" or "now" or "already" or "still"))
                return false;
        }
        return false;
    }

    private static bool IsParticiple(SentenceWords words, int i)
    {
        var w = words.Lower(i);
        return w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)
            || w is "shot" or "taken" or "held" or "set" or "beat" or "hurt" or "put" or "fled" or "fought" or "freed" or "broken" or "burnt" or "slain" or "overthrown" or "dead";
    }

    private bool Has(CueSet set, SentenceWords words, int i) => lexicon.Has(set, words, i);
}
