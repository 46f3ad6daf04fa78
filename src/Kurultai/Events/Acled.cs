namespace Kurultai.Events;

/// <summary>ACLED's event types and sub-event types, verbatim (see <c>shared/eval/FORMAT.md</c>).</summary>
public static class Acled
{
    public const string Battles = "Battles";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public const string ArmedClash = "Armed clash";
    public const string Attack = "Attack";
    public const string Abduction = "Abduction/forced disappearance";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string ExcessiveForce = "Excessive force against protesters";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string MobViolence = "Mob violence";
    public const string Arrests = "Arrests";
    public const string Looting = "Looting/property destruction";
    public const string NonViolentTransfer = "Non-violent transfer of territory";
    public const string Other = "Other";

    /// <summary>True for types whose records carry casualties and crowds (not strategic developments).</summary>
    public static bool IsViolentOrProtest(string eventType) => eventType is Battles or ViolenceAgainstCivilians or Protests or Riots;
}
