namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents whether a candidate send was given a mailbox and an instant.</summary>
public enum DistributionOutcome
{
    /// <summary>Not now: <see cref="DistributionDecision.Reason"/> says why, <see cref="DistributionDecision.RetryAt"/> when to look again (when known). The default, so an unfilled decision never reads as a send.</summary>
    Deferred = 0,

    /// <summary>Assigned: send from <see cref="DistributionDecision.Mailbox"/> at <see cref="DistributionDecision.SendAt"/>.</summary>
    Assigned = 1,
}
