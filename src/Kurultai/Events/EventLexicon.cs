using System.Collections.Frozen;

namespace Kurultai.Events;

/// <summary>
/// The event coder's word lists, loaded once from <c>data/events/</c>: triggers by kind (verbal and nominal
/// forms) and context cues by set, e.g. Storm: "stormed", "broke through"; Modal: "planned to", "could".
/// </summary>
/// <remarks>
/// <c>triggers.tsv</c>: kind, verbal forms, nominal forms (tab-separated; forms separated by '|').
/// <c>cues.tsv</c>: set, phrases. Lines starting with '#' are comments. Unknown kinds or sets are reported in
/// <see cref="Problems"/> and skipped, so a data typo never stops the pipeline.
/// </remarks>
public sealed partial class EventLexicon
{
    private readonly CueTable _cues;

    private EventLexicon(PhraseTable<TriggerForm> triggers, Dictionary<CueSet, List<string>> cues, IReadOnlyList<string> problems)
    {
        Triggers = triggers;
        _cues = new CueTable(cues.SelectMany(c => c.Value.Select(p => (p, c.Key))));
        Problems = problems;
    }

    /// <summary>Every trigger form, longest first at each word.</summary>
    public PhraseTable<TriggerForm> Triggers { get; }

    /// <summary>Lines of the data files that were skipped, e.g. "triggers.tsv:12: unknown kind 'Protset'".</summary>
    public IReadOnlyList<string> Problems { get; }


    /// <summary>Loads <c>triggers.tsv</c> and <c>cues.tsv</c> from a directory (usually <c>data/events</c>).</summary>
    public static EventLexicon Load(string directory) =>
        Parse(File.ReadAllText(Path.Combine(directory, "triggers.tsv")), File.ReadAllText(Path.Combine(directory, "cues.tsv")));

    /// <summary>Builds a lexicon from the two files' contents.</summary>
    public static EventLexicon Parse(string triggersTsv, string cuesTsv)
    {
        var problems = new List<string>();
        var forms = new List<(string, TriggerForm)>();
        foreach (var (number, columns) in Rows(triggersTsv))
        {
            if (!Enum.TryParse<TriggerKind>(columns[0], ignoreCase: false, out var kind))
            {
                problems.Add($"triggers.tsv:{number}: unknown kind '{columns[0]}'");
                continue;
            }
            for (int column = 1; column < Math.Min(columns.Length, 3); column++)
            {
                foreach (var form in Forms(columns[column]))
                    forms.Add((form, new TriggerForm(kind, form, Nominal: column == 2)));
            }
        }
        var cues = new Dictionary<CueSet, List<string>>();
        foreach (var (number, columns) in Rows(cuesTsv))
        {
            if (!Enum.TryParse<CueSet>(columns[0], ignoreCase: false, out var set))
            {
                problems.Add($"cues.tsv:{number}: unknown cue set '{columns[0]}'");
                continue;
            }
            if (!cues.TryGetValue(set, out var list))
                cues[set] = list = [];
            list.AddRange(columns.Skip(1).SelectMany(Forms));
        }
        return new EventLexicon(new PhraseTable<TriggerForm>(forms), cues, problems);
    }

    private static IEnumerable<string> Forms(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<(int Number, string[] Columns)> Rows(string tsv)
    {
        int number = 0;
        foreach (var line in tsv.Split('\n'))
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            yield return (number, trimmed.Split('\t'));
        }
    }
}

/// <summary>One surface form of a trigger, e.g. "took over" (TakeOver, verbal) or "protests" (Protest, nominal).</summary>
public sealed record TriggerForm(TriggerKind Kind, string Form, bool Nominal);
