using Kurultai.Model;

namespace Kurultai.Pipeline;

/// <summary>One step of the pipeline: a pure function from a document to an annotated document.</summary>
public interface IStage
{
    /// <summary>The layers this stage reads; the pipeline checks at construction that earlier stages provide them.</summary>
    Layer Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    Layer Provides { get; }

    /// <summary>Returns the document with this stage's layers added; never changes its input, never throws on odd text.</summary>
    Document Run(Document document);
}
