namespace AutoMeet.Compliance;

/// <summary>Represents who performed an audited action.</summary>
public enum ActorKind
{
    /// <summary>A user of the host application.</summary>
    User = 0,

    /// <summary>AutoMeet itself (a job or rule).</summary>
    System = 1,

    /// <summary>An AI model's decision.</summary>
    AI = 2,

    /// <summary>A prospect (for example through an unsubscribe link).</summary>
    Prospect = 3,
}
