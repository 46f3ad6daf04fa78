using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// A document cut by sentence: each sentence's words, places, dates, quantities and actors, so the coder looks
/// them up without scanning the whole document each time.
/// </summary>
public sealed class DocumentView
{
    public DocumentView(Document document)
    {
        Document = document;
        var sentences = document.Sentences;
        Words = new SentenceWords[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
            Words[i] = new SentenceWords(document.Text, sentences[i].Span);
        Places = Group(sentences, document.Places, static p => p.Place is not null, static p => p.Start);
        Dates = Group(sentences, document.Dates, null, static d => d.Start);
        Quantities = Group(sentences, document.Quantities, null, static q => q.Start);
        Actors = Group(sentences, document.Actors, null, static a => a.Start);
        for (int i = 0; i < Words.Length; i++)
            if (Dates[i].Count > 0)
                Words[i].Mask(Dates[i] is ArraySegment<DateMention> slice ? slice.AsSpan() : (DateMention[])Dates[i]);
        MainCountry = PlaceChooser.MainCountry(document);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in document.Places)
            if (p.Place is { Feature: FeatureType.Country } country)
                named.Add(country.Country);
        NamedCountries = named;
    }

    /// <summary>The country most places and actors of the document are in (ISO code), "" when unknown.</summary>
    public string MainCountry { get; }

    /// <summary>Per-sentence memo of the places that can locate an event (filled by <see cref="PlaceChooser"/>).</summary>
    internal List<PlaceMention>?[] UsablePlaces => _usablePlaces ??= new List<PlaceMention>?[Count];

    /// <summary>Per-sentence memo of the dates that can date an event (filled by <see cref="DateChooser"/>).</summary>
    internal List<DateMention>?[] UsableDates => _usableDates ??= new List<DateMention>?[Count];

    /// <summary>Per-sentence memo of the section timestamp in force (filled by <see cref="DateChooser"/>).</summary>
    internal DateMention?[]? SectionTimestamps { get; set; }

    /// <summary>Memo of each section's lead place (filled by <see cref="PlaceChooser"/>).</summary>
    internal Dictionary<int, GazetteerEntry?> SectionPlaces { get; } = [];

    /// <summary>Memo of the document's main place (filled by <see cref="PlaceChooser"/>).</summary>
    internal (bool Known, GazetteerEntry? Entry) MainPlace { get; set; }

    private List<PlaceMention>?[]? _usablePlaces;
    private List<DateMention>?[]? _usableDates;

    /// <summary>The countries the document names as such ("Kazakhstan"), as ISO codes.</summary>
    public IReadOnlySet<string> NamedCountries { get; }

    public Document Document { get; }
    public SentenceWords[] Words { get; }
    public IReadOnlyList<PlaceMention>[] Places { get; }
    public IReadOnlyList<DateMention>[] Dates { get; }
    public IReadOnlyList<Quantity>[] Quantities { get; }
    public IReadOnlyList<ActorMention>[] Actors { get; }

    public int Count => Words.Length;

    public Sentence Sentence(int i) => Document.Sentences[i];

    /// <summary>The previous sentence of the same paragraph, or -1.</summary>
    public int PreviousInParagraph(int i) =>
        i > 0 && Sentence(i - 1).Paragraph == Sentence(i).Paragraph ? i - 1 : -1;

    /// <summary>The next sentence of the same paragraph, or -1.</summary>
    public int NextInParagraph(int i) =>
        i + 1 < Count && Sentence(i + 1).Paragraph == Sentence(i).Paragraph ? i + 1 : -1;

    /// <summary>
    /// Each sentence's items in text order; sentences without any share one empty array. Where a sentence's items
    /// already lie together and in order in the layer, the sentence gets a slice of the layer instead of a copy.
    /// </summary>
    private static IReadOnlyList<T>[] Group<T>(IReadOnlyList<Sentence> sentences, ImmutableArray<T> layer, Func<T, bool>? keep, Func<T, int> start)
    {
        var items = layer.AsSpan();
        // Two passes over the items: count per sentence, then fill; no list regrowth, no iterator.
        var sentenceOf = items.Length <= 256 ? stackalloc int[items.Length] : new int[items.Length];
        var counts = new int[sentences.Count];
        for (int k = 0; k < items.Length; k++)
        {
            int index = keep is null || keep(items[k]) ? Find(sentences, start(items[k])) : -1;
            sentenceOf[k] = index;
            if (index >= 0)
                counts[index]++;
        }
        var groups = new IReadOnlyList<T>[sentences.Count];
        if (keep is null && Slices(items, sentenceOf, counts, start))
        {
            var array = ImmutableCollectionsMarshal.AsArray(layer)!;
            for (int k = 0; k < items.Length; k++)
                if (sentenceOf[k] is var index and >= 0 && groups[index] is null)
                    groups[index] = new ArraySegment<T>(array, k, counts[index]);
            for (int i = 0; i < groups.Length; i++)
                groups[i] ??= Array.Empty<T>();
            return groups;
        }
        var arrays = new T[sentences.Count][];
        for (int i = 0; i < arrays.Length; i++)
            arrays[i] = counts[i] == 0 ? [] : new T[counts[i]];
        Array.Clear(counts);
        for (int k = 0; k < items.Length; k++)
            if (sentenceOf[k] is var index and >= 0)
                arrays[index][counts[index]++] = items[k];
        for (int i = 0; i < groups.Length; i++)
        {
            // The same unstable sort List<T>.Sort ran on the same sequence: equal starts keep the order they had.
            if (arrays[i].Length > 1)
                Array.Sort(arrays[i], (a, b) => start(a).CompareTo(start(b)));
            groups[i] = arrays[i];
        }
        return groups;
    }

    /// <summary>
    /// Whether every sentence's items lie together in the layer, in the order sorting them by start would give: starts
    /// rising, or not falling in a group of at most 16 (the sort keeps equal starts in place there: insertion sort).
    /// </summary>
    private static bool Slices<T>(ReadOnlySpan<T> items, ReadOnlySpan<int> sentenceOf, int[] counts, Func<T, int> start)
    {
        int previous = -1;
        for (int k = 0; k < items.Length; k++)
        {
            int index = sentenceOf[k];
            if (index < 0)
                return false;
            if (index == previous)
            {
                int a = start(items[k - 1]), b = start(items[k]);
                if (a > b || (a == b && counts[index] > 16))
                    return false;
            }
            else if (index < previous)
                return false;
            previous = index;
        }
        return true;
    }

    /// <summary>The sentence containing an offset (sentences are in text order), or -1.</summary>
    private static int Find(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
