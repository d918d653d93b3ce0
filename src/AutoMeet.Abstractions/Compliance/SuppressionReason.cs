namespace AutoMeet.Compliance;

/// <summary>Represents why an address or domain is suppressed.</summary>
public enum SuppressionReason
{
    /// <summary>Added by hand.</summary>
    Manual = 0,

    /// <summary>The person unsubscribed.</summary>
    Unsubscribed = 1,

    /// <summary>The address bounced permanently.</summary>
    Bounced = 2,

    /// <summary>The person marked mail as spam.</summary>
    Complained = 3,

    /// <summary>The person's data was erased on request.</summary>
    Erased = 4,
}
