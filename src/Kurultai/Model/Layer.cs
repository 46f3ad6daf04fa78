namespace Kurultai.Model;

/// <summary>The annotation layers a document can carry; stages declare which they need and which they add.</summary>
[Flags]
public enum Layer
{
    None = 0,
    CleanText = 1 << 0,
    Sentences = 1 << 1,
    Tokens = 1 << 2,
    Dates = 1 << 3,
    Quantities = 1 << 4,
    Names = 1 << 5,
    Places = 1 << 6,
    Actors = 1 << 7,
    Events = 1 << 8,

    /// <summary>The document's anchor date (<see cref="Document.Anchor"/>), set by the anchor resolver.</summary>
    Anchor = 1 << 9,
}
