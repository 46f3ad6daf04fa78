namespace Kurultai.Ingest;

/// <summary>How <see cref="ArticleReader"/> reads: the size limit, and whether to look for metadata in the text.</summary>
public sealed record ReaderOptions
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    /// <summary>Inputs larger than this are rejected ("file too large (70.0 MB > 64.0 MB limit)").</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Fill metadata gaps from text patterns (title line, "By …", date lines, "Source URL:" footers).</summary>
    public bool TextMetadata { get; init; } = true;

    /// <summary>For HTML, extract the main content with SmartReader (Readability); when false, the whole body minus navigation.</summary>
    public bool MainContent { get; init; } = true;
}
