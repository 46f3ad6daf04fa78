using System.Diagnostics;
using System.Text;
using CsCheck;
using Kurultai.Ingest;

namespace Kurultai.Tests.Ingest;

public sealed class BadInputTests
{
    private static readonly ArticleReader Reader = new();

    private static Rejection Rejected(IEnumerable<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.False(result.IsOk);
        return result.Rejection!;
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "binary file (looks like PNG)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "binary file (looks like PDF)")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "binary file (looks like ZIP (or DOCX/EPUB))")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 }, "binary file (looks like ELF executable)")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44, 0x00, 0x00, 0x01, 0x45, 0x46, 0x47, 0x48 }, "binary file (contains NUL bytes)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42 }, "binary file (many control characters)")]
    public void Rejects_binary_files(byte[] bytes, string reason)
    {
        using var dir = new TempDirectory();
        Assert.Equal(reason, Rejected(Reader.ReadFile(dir.Write("upload.txt", bytes))).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]   // only a byte-order mark
    public void Rejects_empty_files(string text)
    {
        using var dir = new TempDirectory();
        Assert.Equal("empty file", Rejected(Reader.ReadFile(dir.Write("empty.txt", text, new UTF8Encoding(false)))).Reason);
    }

    [Fact]
    public void Rejects_a_missing_file_and_a_directory()
    {
        using var dir = new TempDirectory();
        Assert.Equal("file not found", Rejected(Reader.ReadFile(Path.Combine(dir.Path, "nowhere.txt"))).Reason);
        Assert.Equal("is a directory, not a file", Rejected(Reader.ReadFile(dir.Path)).Reason);
    }

    [Fact]
    public void Rejects_an_unreadable_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        using var dir = new TempDirectory();
        var path = dir.Write("secret.txt", "Police detained ten people.");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.None);
        var results = Reader.ReadFile(path).ToList();
        Assert.SkipWhen(results[0].IsOk, "running as root: the file is readable anyway");
        Assert.Equal("permission denied", Rejected(results).Reason);
    }

    [Fact]
    public void Rejects_a_file_over_the_limit()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("big.txt", new string('a', 1024 * 1024 + 512 * 1024));
        var reader = new ArticleReader(new ReaderOptions { MaxBytes = 1024 * 1024 });
        Assert.Equal("file too large (1.5 MB > 1.0 MB limit)", Rejected(reader.ReadFile(path)).Reason);
    }

    [Fact]
    public void Rejects_a_file_over_the_default_limit_without_reading_it()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var stream = File.Create(path))
            stream.SetLength(ReaderOptions.DefaultMaxBytes + 6 * 1024 * 1024);   // sparse: nothing is written
        Assert.Equal("file too large (70.0 MB > 64.0 MB limit)", Rejected(Reader.ReadFile(path)).Reason);
    }

    [Fact]
    public void Rejects_a_stream_over_the_limit()
    {
        using var stream = new MemoryStream(new byte[3000]);
        var reader = new ArticleReader(new ReaderOptions { MaxBytes = 2000 });
        Assert.StartsWith("input too large", Rejected(reader.ReadStream(stream, "-")).Reason);
    }

    [Fact]
    public void Accepts_a_50_MB_text_file_in_reasonable_time()
    {
        // Given a 50 MB article made of repeated paragraphs
        using var dir = new TempDirectory();
        var paragraph = "Thousands of people marched through the capital on Saturday, and police said 14 were detained near the parliament.\n\n";
        var builder = new StringBuilder(50 * 1024 * 1024 + paragraph.Length);
        builder.Append("A Very Long Report\n\n");
        while (builder.Length < 50 * 1024 * 1024)
            builder.Append(paragraph);
        var path = dir.Write("long.txt", builder.ToString());

        // When
        var clock = Stopwatch.StartNew();
        var result = Assert.Single(Reader.ReadFile(path));
        clock.Stop();

        // Then
        Assert.True(result.IsOk, result.Rejection?.ToString());
        Assert.Equal(builder.Length, result.Article!.RawText.Length);
        Assert.Equal("A Very Long Report", result.Article.Metadata.Title?.Value);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Reading_never_throws_on_random_bytes() =>
        CsCheck.Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            using var stream = new MemoryStream(bytes);
            foreach (var result in Reader.ReadStream(stream, "-"))
                Assert.True(result.IsOk || result.Rejection!.Reason.Length > 0);
        }, iter: 1000);
}

public sealed class ReaderFuzzTests
{
    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.md")]
    [InlineData("x.html")]
    [InlineData("x.jsonl")]
    [InlineData("x.xml")]
    [InlineData("-")]
    public void Reading_never_throws_on_random_text(string name)
    {
        var reader = new ArticleReader();
        var pieces = CsCheck.Gen.OneOf("---\n", "title: x\n", "<p>", "</p>", "<rss>", "<item>", "{\"text\": \"", "\"}", "\n", "By A B\n", "17 May 2010\n", "word ", "[", "]", ":", "<", "&", "\uD800");
        pieces.Array[0, 40].Select(p => string.Concat(p)).Sample(text =>
        {
            foreach (var result in reader.ReadText(text, name))
                Assert.True(result.IsOk || result.Rejection!.Reason.Length > 0);
        }, iter: 500);
    }
}
