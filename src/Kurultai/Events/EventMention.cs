using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>One trigger coded, placed and dated: a candidate record before merging.</summary>
public sealed record EventMention(int Sentence, TriggerHit Hit, EventCoding Coding, PlaceChoice Place, DateChoice Date)
{
    /// <summary>Quantities of the sentence that belong to this mention (and those handed over by attached mentions).</summary>
    public List<Quantity> Quantities { get; } = [];

    /// <summary>Mentions that only add numbers or actors here ("four dead" after "snipers fired into the crowd").</summary>
    public List<EventMention> Attached { get; } = [];

    public string Actor1 { get; set; } = "";
    public string? Actor2 { get; set; }
    public ActorKind? Actor1Kind { get; set; }
    public bool Background { get; set; }
}
