namespace AutoMeet.Compliance;

/// <summary>Represents the outcome of <see cref="ISuppressionService.UnsubscribeAsync"/>.</summary>
public enum UnsubscribeOutcome
{
    /// <summary>The address is now suppressed across all the owner's campaigns and mailboxes.</summary>
    Unsubscribed = 0,

    /// <summary>The address was already suppressed; nothing changed.</summary>
    AlreadyUnsubscribed = 1,

    /// <summary>The link is forged, tampered, garbled or for another purpose; nothing changed.</summary>
    InvalidLink = 2,

    /// <summary>The link is authentic but expired; nothing changed.</summary>
    ExpiredLink = 3,
}
