using System.Collections.Immutable;
using Kurultai.Events.Rules;
using Kurultai.Model;
using Kurultai.Pipeline;

namespace Kurultai.Events;

/// <summary>
/// Codes the events a document reports as ACLED records with provenance: "Police opened fire on protesters in
/// Talas on 6 April, killing 3" → Protests / Excessive force against protesters, Talas, 2010-04-06, fatalities 3,
/// evidence the sentence, rule "lethal force against a crowd→…".
/// </summary>
/// <remarks>
/// <para>1. Triggers (verbs, nouns, passives, participles: <c>data/events/triggers.tsv</c>) are found in body
/// sentences; negated, modal, demanded, planned, denied or questioned ones are dropped (<see cref="FactualityFilter"/>),
/// and a nominal trigger needs support in its sentence (an attached place, a date, a crowd count, or a verb of
/// occurrence such as "broke out").</para>
/// <para>2. One rule family per kind of trigger types the event and chooses its actors
/// (<see cref="ProtestRule"/>, <see cref="RiotRule"/>, <see cref="SeizureRule"/>, <see cref="LootingRule"/>,
/// <see cref="ForceRule"/>, <see cref="ArrestRule"/>, <see cref="ReleaseRule"/>, <see cref="AuthorityRule"/>,
/// <see cref="AbductionRule"/>); every record carries the rule that decided its type.</para>
/// <para>3. <see cref="PlaceChooser"/> and <see cref="DateChooser"/> place and date each mention, one mention per
/// place of a listed series. Casualty reports and dispersals attach their numbers to the neighbouring event.</para>
/// <para>4. <see cref="MentionMerger"/> merges mentions of one happening (day, place, sub-event type, actors) and
/// <see cref="RecordBuilder"/> reduces their numbers, marks background and gives stable ids.</para>
/// </remarks>
public sealed partial class EventCoder : IStage
{
    private readonly EventLexicon _lexicon;
    private readonly TriggerFinder _finder;
    private readonly FactualityFilter _filter;
    private readonly PlaceChooser _places;
    private readonly DateChooser _dates;
    private readonly Dictionary<TriggerKind, IEventRule> _rules;
    private readonly EventGeography _geography;

    public EventCoder(EventLexicon lexicon, EventGeography? geography = null)
    {
        _lexicon = lexicon;
        _finder = new TriggerFinder(lexicon);
        _filter = new FactualityFilter(lexicon);
        _geography = geography ?? EventGeography.None;
        _places = new PlaceChooser(lexicon, _geography);
        _dates = new DateChooser(lexicon);
        IEventRule[] rules = [new ProtestRule(), new RiotRule(), new SeizureRule(), new LootingRule(), new ForceRule(),
            new ArrestRule(), new ReleaseRule(), new AuthorityRule(), new AbductionRule()];
        _rules = rules.SelectMany(r => r.Kinds.Select(k => (k, r))).ToDictionary(p => p.k, p => p.r);
    }

    public Layer Requires => Layer.Sentences | Layer.Dates | Layer.Quantities | Layer.Names | Layer.Places | Layer.Actors;

    public Layer Provides => Layer.Events;

    public Document Run(Document document) => document with { Events = Code(document) };

    public ImmutableArray<EventRecord> Code(Document document) => Code(document, null);

    /// <summary>Codes the document and writes one line per trigger to <paramref name="trace"/>: what it became or why it was dropped.</summary>
    public ImmutableArray<EventRecord> Code(Document document, ICollection<string>? trace)
    {
        if (document.Sentences.IsDefaultOrEmpty)
            return [];
        var view = new DocumentView(document);
        string country = view.MainCountry;
        var mentions = new List<EventMention>();
        var story = new Story();
        int section = -1;
        for (int s = 0; s < view.Count; s++)
        {
            if (view.Sentence(s).Section != section)
            {
                section = view.Sentence(s).Section;
                story = new Story { Prose = view.Sentence(s).Kind != SentenceKind.Timestamp };
            }
            if (view.Sentence(s).Kind is SentenceKind.Heading or SentenceKind.Timestamp)
                continue;
            int found = mentions.Count;
            FindMentions(view, s, country, story, trace, mentions);
            for (int k = found; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Date.Offset || m.Background)
                    continue;   // a flashback ("two weeks after protesters took over…") or a recollection does not move the story
                if (m.Date.Precision == 1 && m.Date.Source is not ContextSource.Anchor)
                    story.Day = m.Date.Date;
                if (story.Prose && !m.Coding.AttachOnly && m.Place.GeoPrecision < 3
                    && m.Place.Source is not (ContextSource.Document or ContextSource.Country))
                    story.Place = m.Place;
            }
        }
        FocusUndated(view, mentions);
        var strong = new MentionAttacher().Attach(view, mentions);
        new QuantityAssigner().Assign(view, mentions);
        var namer = new ActorNamer(country, _geography);
        foreach (var m in strong)
            namer.Name(m);
        var groups = new MentionMerger().Merge(view, strong);
        return new RecordBuilder(_lexicon).Build(view, groups);
    }

    /// <summary>Adds the mentions of sentence <paramref name="s"/> to <paramref name="found"/>.</summary>
    private void FindMentions(DocumentView view, int s, string country, Story story, ICollection<string>? trace, List<EventMention> found)
    {
        var words = view.Words[s];
        var hits = _finder.Find(words);
        if (hits.Count == 0)
            return;
        int previous = view.PreviousInParagraph(s);
        var previousActors = previous >= 0 ? view.Actors[previous] : [];
        SentenceActors? actors = null;
        foreach (var hit in hits)
        {
            string where = trace is null ? "" : $"[{s}] '{view.Document.Text.Substring(hit.Start, hit.Length)}' ({hit.Kind}{(hit.Nominal ? ", noun" : "")}{(hit.Passive ? ", passive" : "")})";
            if (_filter.Blocker(words, hit, explain: trace is not null) is { } blocker)
            {
                trace?.Add($"{where}: not an event ({blocker})");
                continue;
            }
            var context = new MentionContext
            {
                Document = view.Document,
                Lexicon = _lexicon,
                SentenceIndex = s,
                Words = words,
                Previous = previous >= 0 ? view.Words[previous] : null,
                Hit = hit,
                Hits = hits,
                Roles = ActorRoles.Find(actors ??= new SentenceActors(words, view.Actors[s]), hit, previousActors),
            };
            if (!_rules.TryGetValue(hit.Kind, out var rule) || rule.Code(context) is not { } coding)
            {
                trace?.Add($"{where}: no rule applies (agent {context.Agent?.Name ?? "-"}, patient {context.Patient?.Name ?? "-"})");
                continue;
            }
            if (hit.Nominal && !coding.AttachOnly && !Supported(view, s, hit, context))
            {
                trace?.Add($"{where}: a noun without support");
                continue;
            }
            if (_dates.Choose(view, s, hit, story.Day) is not { } date || (coding.NeedsDate && !date.IsLocal))
            {
                trace?.Add($"{where}: no usable date");
                continue;
            }
            if (view.Document.Anchor.Date is { } published && date.Date > published.AddDays(1))
            {
                trace?.Add($"{where}: dated after the report ({date.Date:yyyy-MM-dd}): a plan, not an event");
                continue;
            }
            bool recalled = Recalled(view.Document, date);
            trace?.Add($"{where}: {coding.Rule} on {date.Date:yyyy-MM-dd} ({date.Source}){(recalled ? ", recalled: background" : "")}");
            if (coding.AttachOnly)
            {
                found.Add(new EventMention(s, hit, coding, Nowhere, date) { Background = recalled });
                continue;
            }
            // A recollection is placed by its own sentence, else country-wide: the story's place belongs to the story's days.
            foreach (var place in _places.Choose(view, s, hit, recalled ? GeoScope.National : coding.Scope, country, recalled ? null : story.Place))
                found.Add(new EventMention(s, hit, coding, place, date) { Background = recalled });
        }
    }

    /// <summary>
    /// A recollection: dated by its own sentence with a month or year, or a part of one ("in April", "early April",
    /// "last month's protests"), that ended before the month of the report. It is coded as background, not dropped,
    /// so fusion can join it to the reports of the time.
    /// </summary>
    private static bool Recalled(Document document, DateChoice date) =>
        date.Coarse && date.Source == ContextSource.Sentence && document.Anchor.Date is { } anchor
        && (date.End ?? date.Date) < new DateOnly(anchor.Year, anchor.Month, 1);

    private static readonly PlaceChoice Nowhere = new("", "", "", 0, 0, 3, ContextSource.Country);

    /// <summary>A nominal trigger reports an event only with an attached place, a date, a count, or a verb of occurrence or declaration.</summary>
    private bool Supported(DocumentView view, int s, TriggerHit hit, MentionContext context) =>
        context.Near(CueSet.Occurrence, 4, 14) || context.Near(CueSet.Declare, 4, 8)
        || _dates.HasOwnDate(view, s) || HasCount(view.Quantities[s]) || HasAttachedPlace(view.Words[s], view.Places[s], hit);

    private static bool HasCount(IReadOnlyList<Quantity> quantities)
    {
        for (int i = 0; i < quantities.Count; i++)
            if (quantities[i].Counted is Counted.Participants or Counted.Dead or Counted.Injured or Counted.Arrested)
                return true;
        return false;
    }

    private static bool HasAttachedPlace(SentenceWords words, IReadOnlyList<PlaceMention> places, TriggerHit hit)
    {
        for (int i = 0; i < places.Count; i++)
            if (Attached(words, places[i], hit))
                return true;
        return false;
    }

    private static bool Attached(SentenceWords words, PlaceMention place, TriggerHit hit)
    {
        int i = words.IndexAt(place.Start);
        return (i > hit.LastWord && i <= hit.LastWord + 5) || (i < hit.Word && i >= hit.Word - 2);
    }
}
