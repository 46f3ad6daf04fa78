using Kurultai.Ingest;
using Kurultai.Storage;

namespace Kurultai.Cli.Flow;

/// <summary>Counts what a batch did: ingested, unchanged, revised, rejected.</summary>
public sealed class IngestTally
{
    private readonly List<Rejection> _rejections = [];

    public int Ingested { get; private set; }
    public int Unchanged { get; private set; }
    public int Revised { get; private set; }
    public IReadOnlyList<Rejection> Rejections => _rejections;

    public void Add(PutOutcome outcome)
    {
        switch (outcome)
        {
            case PutOutcome.Ingested: Ingested++; break;
            case PutOutcome.Unchanged: Unchanged++; break;
            case PutOutcome.Revised: Revised++; break;
        }
    }

    public void Add(Rejection rejection) => _rejections.Add(rejection);

    public override string ToString() =>
        $"{Ingested} ingested, {Unchanged} unchanged, {Revised} revised, {Rejections.Count} rejected";
}
