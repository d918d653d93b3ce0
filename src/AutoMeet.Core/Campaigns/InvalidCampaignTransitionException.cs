namespace AutoMeet.Campaigns;

/// <summary>The exception thrown when a campaign cannot move from one status to another.</summary>
public sealed class InvalidCampaignTransitionException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCampaignTransitionException"/> class.</summary>
    /// <param name="from">The campaign's current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="reason">Why the transition is refused.</param>
    public InvalidCampaignTransitionException(CampaignStatus from, CampaignStatus to, string reason)
        : base($"A campaign cannot go from {from} to {to}: {reason}")
    {
        From = from;
        To = to;
        Reason = reason;
    }

    /// <summary>Gets the campaign's status when the transition was asked for.</summary>
    public CampaignStatus From { get; }

    /// <summary>Gets the status asked for.</summary>
    public CampaignStatus To { get; }

    /// <summary>Gets why the transition was refused.</summary>
    public string Reason { get; }
}
