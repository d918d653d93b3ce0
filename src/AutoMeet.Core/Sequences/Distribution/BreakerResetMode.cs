namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents what closes an open bounce circuit breaker.</summary>
public enum BreakerResetMode
{
    /// <summary>
    /// The breaker closes by itself once <see cref="DistributionOptions.BreakerCooldown"/> has passed since it opened; if the
    /// rates the caller passes still cross a threshold, it trips again at once.
    /// </summary>
    Cooldown = 0,

    /// <summary>The breaker stays open until the owner resets it (the caller clears <see cref="MailboxState.BreakerOpenedAt"/>).</summary>
    Manual = 1,
}
