using Kurultai.Model;

namespace Kurultai.Events;

/// <summary>
/// Names the actors of a mention in FORMAT.md's style: named people and organisations as themselves, groups as
/// "Protesters (Kyrgyzstan)", "Rioters (Kyrgyzstan)", "Police Forces of Kyrgyzstan", "Government of Kyrgyzstan".
/// </summary>
/// <remarks>ACLED's convention: in a protest the demonstrators are "Protesters (Country)" and in a riot "Rioters
/// (Country)", whoever they are. The country is the event's place's, else the document's main country. An
/// event with no actor1 gets its type's usual one (protesters, rioters, the government, an unidentified armed
/// group).</remarks>
public sealed class ActorNamer(string mainCountry, EventGeography geography)
{
    // A document names few countries and few groups: each "Police Forces of X" is built once per document.
    private readonly Dictionary<(int Group, string Country), string> _groups = [];

    public void Name(EventMention m)
    {
        var country = geography.NameOf(m.Place.Country.Length > 0 ? m.Place.Country : mainCountry);
        var c = m.Coding;
        m.Actor1Kind = c.Actor1.Kind;
        m.Actor1 = Name(c.Actor1, c.EventType, country) ?? Default(c.EventType, country);
        m.Actor2 = Name(c.Actor2, c.EventType, country);
        if (m.Actor2 == m.Actor1 && c.EventType != Acled.Riots)
            m.Actor2 = null;
    }

    public string? Name(ActorChoice choice, string eventType, string country)
    {
        if (choice.IsNone)
            return null;
        var mention = choice.Mention;
        if (mention?.Country is { Length: 2 } code)
            country = geography.NameOf(code);
        return choice.Kind switch
        {
            ActorKind.Protesters or ActorKind.Rioters => eventType switch
            {
                Acled.Riots => Group(Rioters, country),
                Acled.Protests => Group(Protesters, country),
                _ => choice.Kind == ActorKind.Rioters ? Group(Rioters, country) : Group(Protesters, country),
            },
            ActorKind.Person or ActorKind.Organisation or ActorKind.Other when mention is { Name.Length: > 0 } => mention.Name,
            _ when mention is { Name.Length: > 0 } => mention.Name,
            ActorKind.Police => Group(Police, country),
            ActorKind.Military => Group(Military, country),
            ActorKind.Government => Group(Government, country),
            ActorKind.Opposition => Group(Opposition, country),
            ActorKind.Civilians => Group(Civilians, country),
            ActorKind.UnidentifiedArmedGroup => Group(Unidentified, country),
            _ => null,
        };
    }

    private string Default(string eventType, string country) => eventType switch
    {
        Acled.Protests => Group(Protesters, country),
        Acled.Riots => Group(Rioters, country),
        Acled.ViolenceAgainstCivilians => Group(Unidentified, country),
        Acled.Battles => Group(Military, country),
        _ => Group(Government, country),
    };

    private const int Rioters = 0, Protesters = 1, Police = 2, Military = 3, Government = 4, Opposition = 5, Civilians = 6, Unidentified = 7;

    /// <summary>A group's name in a country: "Rioters (Kyrgyzstan)", "Police Forces of Kyrgyzstan".</summary>
    private string Group(int group, string country)
    {
        if (_groups.TryGetValue((group, country), out var name))
            return name;
        name = group switch
        {
            Rioters => $"Rioters ({country})",
            Protesters => $"Protesters ({country})",
            Police => $"Police Forces of {country}",
            Military => $"Military Forces of {country}",
            Government => $"Government of {country}",
            Opposition => $"Opposition ({country})",
            Civilians => $"Civilians ({country})",
            _ => $"Unidentified Armed Group ({country})",
        };
        _groups[(group, country)] = name;
        return name;
    }
}
