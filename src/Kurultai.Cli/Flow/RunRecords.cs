using Kurultai.Model;

namespace Kurultai.Cli.Flow;

/// <summary>
/// What an extract run needs to remember of the records it stored, without keeping them: the document ids, the number
/// of records per document key, and the countries they are in (fusion's partitions).
/// </summary>
internal sealed class RunRecords
{
    private readonly Dictionary<long, int> _countOfDocument = [];
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Countries => _countries;

    public int RecordCount { get; private set; }

    /// <summary>A document's records; a document coded again (e.g. once dated) replaces its count.</summary>
    public void Add(long documentKey, IReadOnlyList<EventRecord> records)
    {
        RecordCount += records.Count - _countOfDocument.GetValueOrDefault(documentKey);
        _countOfDocument[documentKey] = records.Count;
        foreach (var record in records)
        {
            _documentIds.Add(record.Doc);
            _countries.Add(record.Country);
        }
    }

    public bool HasDocument(string docId) => _documentIds.Contains(docId);
}
