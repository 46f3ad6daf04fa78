using Kurultai.Model;
using Kurultai.Storage;

namespace Kurultai.Tests.Storage;

/// <summary>The contract every store backend honours; closed once per backend.</summary>
public abstract class DocumentStoreTests : IDisposable
{
    private readonly Lazy<IDocumentStore> _store;

    protected DocumentStoreTests() => _store = new Lazy<IDocumentStore>(Open);

    protected IDocumentStore Store => _store.Value;

    protected abstract IDocumentStore Open();

    public virtual void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static Document Doc(string id, string text, string? url = null, string? title = null, DateOnly? published = null)
    {
        var meta = ArticleMetadata.Empty with
        {
            Url = url is null ? null : new Sourced<string>(url, MetaOrigin.FrontMatter),
            Title = new Sourced<string>(title ?? id, MetaOrigin.TextPattern, "first line"),
            Outlet = new Sourced<string>("Test Wire", MetaOrigin.FrontMatter),
            Published = published is { } p ? new Sourced<DateOnly>(p, MetaOrigin.HtmlMeta) : null,
        };
        return Document.FromText(text, id) with { Article = new Article(id, id + ".txt", SourceFormat.PlainText, text, meta) };
    }

    [Fact]
    public void Storing_the_same_article_twice_is_a_no_op()
    {
        Assert.Equal(PutOutcome.Ingested, Store.Put(Doc("a", "Protesters gathered in the square.")).Outcome);
        Assert.Equal(PutOutcome.Unchanged, Store.Put(Doc("a", "Protesters gathered in the square.")).Outcome);
        Assert.Single(Store.List(new DocumentQuery()));
    }

    [Fact]
    public void The_same_content_under_another_file_name_is_unchanged()
    {
        Store.Put(Doc("a", "Police detained 40 people."));
        Assert.Equal(PutOutcome.Unchanged, Store.Put(Doc("a", "Police detained 40 people.")).Outcome);
    }

    [Fact]
    public void A_changed_version_of_the_same_url_is_a_new_revision_not_a_duplicate()
    {
        // Given
        Store.Put(Doc("a", "Two people were injured.", url: "https://example.org/news/1"));

        // When
        var outcome = Store.Put(Doc("a", "Three people were injured.", url: "https://www.example.org/news/1/")).Outcome;

        // Then
        Assert.Equal(PutOutcome.Revised, outcome);
        var listed = Assert.Single(Store.List(new DocumentQuery()));
        Assert.Equal(2, listed.Revision);
        Assert.Equal("Three people were injured.", Store.Find("a")!.Document.Text);
        Assert.Equal("Two people were injured.", Store.Find("a@1")!.Document.Text);
    }

    [Fact]
    public void Events_of_a_document_that_is_not_stored_are_refused_and_nothing_is_kept()
    {
        var key = Store.Put(Doc("e", "Police fired on protesters.")).Key;

        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
            Store.ReplaceEvents([(key, [Record("e-1", "KG", 1)]), (key + 1000, [Record("x-1", "KG", 1, doc: "x")])]));

        Assert.Empty(Store.Events(new EventQuery { IncludeBackground = true }));
    }

    [Fact]
    public void An_article_keeps_the_events_of_the_revision_coded_last()
    {
        var first = Store.Put(Doc("a", "Two people were injured.", url: "https://example.org/news/1")).Key;
        var second = Store.Put(Doc("a", "Three people were injured.", url: "https://example.org/news/1")).Key;
        var other = Store.Put(Doc("b", "Police fired on protesters.")).Key;
        Store.ReplaceEvents([(first, [Record("a-1", "KG", 0, doc: "a")]), (other, [Record("b-1", "KG", 0, doc: "b")])]);

        Store.ReplaceEvents(second, [Record("a-2", "KG", 0, doc: "a")]);

        Assert.Equal(["a-2", "b-1"], Store.Events(new EventQuery()).Select(e => e.Id).Order());
    }

    [Fact]
    public void Finds_a_document_with_its_metadata_origins_and_offset_map()
    {
        var doc = Doc("b", "Crowds marched.", published: new DateOnly(2020, 10, 5)) with
        {
            Map = new OffsetMap([(0, 0), (6, 9)], 15, 18),
            CleaningNotes = ["debris: Subscribe"],
        };
        Store.Put(doc);

        var found = Store.Find("b")!.Document;

        Assert.Equal(new DateOnly(2020, 10, 5), found.Metadata.Published!.Value);
        Assert.Equal(MetaOrigin.HtmlMeta, found.Metadata.Published.Origin);
        Assert.Equal("first line", found.Metadata.Title!.Detail);
        Assert.Equal(10, found.Map.ToRaw(7));
        Assert.Equal(["debris: Subscribe"], found.CleaningNotes);
        Assert.Null(Store.Find("missing"));
    }

    [Fact]
    public void Lists_with_filters()
    {
        Store.Put(Doc("x", "One.", title: "Rally in the capital", published: new DateOnly(2010, 4, 7)));
        Store.Put(Doc("y", "Two.", title: "Strike at the mine", published: new DateOnly(2020, 10, 6)));

        Assert.Equal(["y"], Store.List(new DocumentQuery { PublishedFrom = new DateOnly(2015, 1, 1) }).Select(d => d.DocId));
        Assert.Equal(["x"], Store.List(new DocumentQuery { TitleContains = "rally" }).Select(d => d.DocId));
    }

    [Fact]
    public void Search_finds_documents_stored_after_an_earlier_search_once_each()
    {
        Store.Put(Doc("p", "Demonstrators stormed the parliament building at night."));
        Assert.Single(Store.Search("parliament", 10));

        Store.Put(Doc("q", "The parliament met again on Monday."));

        Assert.Equal(["p", "q"], Store.Search("parliament", 10).Select(h => h.DocId).Order());
        Assert.Equal(2, Store.Search("parliament", 10).Count);
    }

    [Fact]
    public void Searches_titles_and_text_with_highlighted_snippets()
    {
        Store.Put(Doc("p", "Demonstrators stormed the parliament building at night."));
        Store.Put(Doc("q", "The harvest was good this year."));

        var hit = Assert.Single(Store.Search("parliament", 10));
        Assert.Equal("p", hit.DocId);
        Assert.Contains("[parliament]", hit.Snippet);
        Assert.Single(Store.Search("storm*", 10));
        Assert.Empty(Store.Search("\"parliament harvest\"", 10));
        Assert.Empty(Store.Search("AND OR (", 10)); // FTS syntax typed by a user is not an error
    }

    internal static EventRecord Record(string id, string country, int dead, bool background = false, string doc = "e") => new()
    {
        Id = id,
        Doc = doc,
        EventDate = new DateOnly(2010, 4, 7),
        TimePrecision = 1,
        EventType = "Protests",
        SubEventType = "Excessive force against protesters",
        Actor1 = "Police Forces of Kyrgyzstan",
        Country = country,
        Location = "Bishkek",
        GeoPrecision = 1,
        Fatalities = dead,
        Evidence = "Police fired",
        EvidenceSpans = [new Span(0, 12)],
        Background = background,
    };

    [Fact]
    public void Links_records_to_fused_events_and_forgets_the_links_of_recoded_documents()
    {
        var first = Store.Put(Doc("e", "Police fired on protesters.")).Key;
        var second = Store.Put(Doc("f", "Troops shot at the crowd.")).Key;
        Store.ReplaceEvents([(first, [Record("e-1", "KG", 56), Record("e-2", "KG", 0)]), (second, [Record("f-1", "KG", 80, doc: "f")])]);
        Store.SetEventIds(new Dictionary<string, string> { ["e-1"] = "E1", ["f-1"] = "E1", ["e-2"] = "E2" });

        string? EventIdOf(string id) => Store.Events(new EventQuery { IncludeBackground = true }).Single(e => e.Id == id).EventId;
        Assert.Equal("E1", EventIdOf("f-1"));
        Assert.Equal("E2", EventIdOf("e-2"));

        // Re-coding a document drops its records' links (until fusion runs again); the other document keeps its own.
        Store.ReplaceEvents(first, [Record("e-1", "KG", 56)]);
        Assert.Null(EventIdOf("e-1"));
        Assert.Equal("E1", EventIdOf("f-1"));

        // Setting links replaces those of the given records and keeps the others.
        Store.SetEventIds(new Dictionary<string, string> { ["e-1"] = "E3", ["f-1"] = "E3" });
        Store.SetEventIds(new Dictionary<string, string> { ["e-1"] = "E4" });
        Assert.Equal("E4", EventIdOf("e-1"));
        Assert.Equal("E3", EventIdOf("f-1"));
    }

    [Fact]
    public void Stores_and_filters_events_linked_to_their_document()
    {
        Store.Put(Doc("e", "Police fired on protesters."));
        var key = Store.List(new DocumentQuery()).Single().Key;
        Store.ReplaceEvents(key, [Record("e-1", "KG", 56), Record("e-2", "KZ", 0), Record("e-3", "KG", 0, background: true)]);

        Assert.Equal(["e-1"], Store.Events(new EventQuery { Country = "kg" }).Select(e => e.Id));
        Assert.Equal(["e-1"], Store.Events(new EventQuery { MinFatalities = 1 }).Select(e => e.Id));
        Assert.Equal(3, Store.Events(new EventQuery { IncludeBackground = true }).Count);
        Assert.Equal(new Span(0, 12), Store.Events(new EventQuery { Country = "KG" })[0].EvidenceSpans[0]);

        Store.ReplaceEvents(key, [Record("e-9", "KG", 1)]);
        Assert.Equal(["e-9"], Store.Events(new EventQuery { IncludeBackground = true }).Select(e => e.Id));
    }
}
