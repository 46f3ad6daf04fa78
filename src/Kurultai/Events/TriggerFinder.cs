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
            if (!words.Key(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                && !words.Is(j, "just", "also", "then", "soon", "later", "all", "now", "already", "still"))
                return false;
        }
        return false;
    }

    private static bool IsParticiple(SentenceWords words, int i)
    {
        var w = words.Key(i);
        return w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || words.Is(i, "shot", "taken", "held", "set", "beat", "hurt", "put", "fled", "fought", "freed", "broken", "burnt", "slain", "overthrown", "dead");
    }

    private bool Has(CueSet set, SentenceWords words, int i) => lexicon.Has(set, words, i);
}
