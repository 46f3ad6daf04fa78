using Kurultai.Dates;
using Kurultai.Model;
using Kurultai.Names;
using Kurultai.Numbers;
using Kurultai.Segment;

namespace Kurultai.Tests.Language;

/// <summary>Runs the language layer's stages, in pipeline order, over a short text written for a test.</summary>
public static class LanguageDocs
{
    private static readonly SentenceSplitter s_splitter = new();
    private static readonly Tokenizer s_tokenizer = new();
    private static readonly AnchorResolver s_anchor = new();
    private static readonly DateRecognizer s_dates = new();
    private static readonly QuantityRecognizer s_quantities = new();
    private static readonly NameRecognizer s_names = new();

    public static Document Segmented(string text) => s_tokenizer.Run(s_splitter.Run(Document.FromText(text)));

    public static Document Dated(string text, DateOnly? published = null) =>
        s_dates.Run(s_anchor.Run(s_tokenizer.Run(s_splitter.Run(Document.FromText(text, published: published)))));

    public static Document WithQuantities(string text, DateOnly? published = null) => s_quantities.Run(Dated(text, published));

    public static Document Named(string text) => s_names.Run(Segmented(text));

    public static Document All(string text, DateOnly? published = null) => s_names.Run(WithQuantities(text, published));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
