using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>The numbers of a record: the counts its mentions carry, reduced by <see cref="Figures"/>.</summary>
public sealed partial class RecordBuilder
{
    private sealed record Counts((int Value, int? Max)? Dead, (int Value, int? Max)? Injured, (int Value, int? Max)? Arrested, (int Value, int? Max)? Crowd);

    private static Counts Count(DocumentView view, List<EventMention> all, EventCoding coding)
    {
        Figures dead = new(), injured = new(), crowd = new(), arrested = new();
        List<(int Sentence, Quantity Quantity)>? arrests = null;
        for (int i = 0; i < all.Count; i++)
        {
            var m = all[i];
            for (int j = 0; j < m.Quantities.Count; j++)
            {
                var q = m.Quantities[j];
                if (q.Counted == Counted.Arrested && !(arrests ??= []).Contains((m.Sentence, q)))
                    arrests.Add((m.Sentence, q));
                if (SeenBefore(all, i, j))
                    continue;
                switch (q.Counted)
                {
                    case Counted.Dead: dead.Add(q); break;
                    case Counted.Injured: injured.Add(q); break;
                    case Counted.Participants: crowd.Add(q); break;
                }
            }
        }
        // "7 key figures and dozens of activists were detained": the counts of one sentence add up.
        for (int i = 0; i < (arrests?.Count ?? 0); i++)
        {
            if (IndexOfSentence(arrests!, arrests![i].Sentence) < i)
                continue;
            long sum = 0;
            bool vague = true;
            foreach (var (sentence, q) in arrests)
            {
                if (sentence != arrests[i].Sentence)
                    continue;
                sum += q.Min;
                vague &= q.Vague;
            }
            arrested.Add(arrests[i].Quantity.Start, sum, null, vague);
        }
        foreach (var m in all)
        {
            var words = view.Words[m.Sentence];
            if (m.Hit.Kind == TriggerKind.Kill && dead.Count == 0 && m.Hit.Passive && LoneSubject(words, m.Hit))
                dead.Add(m.Hit.Start, 1, null, false);
            if (m.Hit.Kind == TriggerKind.Beat && injured.Count == 0 && m.Hit.Passive && LoneSubject(words, m.Hit))
                injured.Add(m.Hit.Start, 1, null, false);
            if (m.Hit.Kind == TriggerKind.Arrest && arrested.Count == 0 && m.Coding.Actor2.Mention is { Kind: ActorKind.Person })
                arrested.Add(m.Hit.Start, 1, null, false);
        }
        bool violent = Acled.IsViolentOrProtest(coding.EventType);
        return new Counts(violent ? dead.Reduce() : null, violent ? injured.Reduce() : null,
            coding.SubEventType is Acled.Arrests or Acled.ProtestWithIntervention ? arrested.Reduce() : null,
            crowd.Reduce());
    }

    /// <summary>True when quantity <paramref name="j"/> of mention <paramref name="i"/> was already given by an earlier one.</summary>
    private static bool SeenBefore(List<EventMention> all, int i, int j)
    {
        var q = all[i].Quantities[j];
        for (int k = 0; k <= i; k++)
        {
            var quantities = all[k].Quantities;
            for (int l = 0; l < (k == i ? j : quantities.Count); l++)
                if (quantities[l] == q)
                    return true;
        }
        return false;
    }

    private static int IndexOfSentence(List<(int Sentence, Quantity Quantity)> arrests, int sentence)
    {
        for (int i = 0; i < arrests.Count; i++)
            if (arrests[i].Sentence == sentence)
                return i;
        return -1;
    }

    /// <summary>"a 19-year-old man was killed", "He has been badly beaten": one victim, no number.</summary>
    private static bool LoneSubject(SentenceWords words, TriggerHit hit)
    {
        for (int i = hit.Word - 1; i >= 0 && i >= hit.Word - 7; i--)
        {
            if (!words.IsWord(i))
                return false;
            if (words.Is(i, "a", "an", "one", "he", "she"))
                return true;
        }
        return false;
    }
}
