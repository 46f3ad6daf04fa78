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
                Acled.Riots => $"Rioters ({country})",
                Acled.Protests => $"Protesters ({country})",
                _ => choice.Kind == ActorKind.Rioters ? $"Rioters ({country})" : $"Protesters ({country})",
            },
            ActorKind.Person or ActorKind.Organisation or ActorKind.Other when mention is { Name.Length: > 0 } => mention.Name,
            _ when mention is { Name.Length: > 0 } => mention.Name,
            ActorKind.Police => $"Police Forces of {country}",
            ActorKind.Military => $"Military Forces of {country}",
            ActorKind.Government => $"Government of {country}",
            ActorKind.Opposition => $"Opposition ({country})",
            ActorKind.Civilians => $"Civilians ({country})",
            ActorKind.UnidentifiedArmedGroup => $"Unidentified Armed Group ({country})",
            _ => null,
        };
    }

    private static string Default(string eventType, string country) => eventType switch
    {
        Acled.Protests => $"Protesters ({country})",
        Acled.Riots => $"Rioters ({country})",
        Acled.ViolenceAgainstCivilians => $"Unidentified Armed Group ({country})",
        Acled.Battles => $"Military Forces of {country}",
        _ => $"Government of {country}",
    };
}
