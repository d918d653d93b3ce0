using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>Represents the outcome of asking for a campaign transition: what changes, or why it is refused.</summary>
/// <param name="From">The status before.</param>
/// <param name="To">The status asked for.</param>
/// <param name="Error">Why the transition is refused, or <see langword="null"/> when it is allowed.</param>
/// <param name="StartedAt">The campaign's <see cref="Campaign.StartedAt"/> after the transition.</param>
/// <param name="EndedAt">The campaign's <see cref="Campaign.EndedAt"/> after the transition.</param>
public sealed record CampaignTransition(CampaignStatus From, CampaignStatus To, string? Error, Instant? StartedAt, Instant? EndedAt)
{
    /// <summary>Gets a value indicating whether the transition is allowed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Writes the transition's changes onto the campaign (status, start and end instants).</summary>
    /// <param name="campaign">The campaign the transition was computed for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The transition was refused, or the campaign is no longer in <see cref="From"/>.</exception>
    public void ApplyTo(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (Error is not null)
        {
            throw new InvalidCampaignTransitionException(From, To, Error);
        }

        if (campaign.Status != From)
        {
            throw new InvalidCampaignTransitionException(campaign.Status, To, $"the transition was computed from {From}.");
        }

        campaign.Status = To;
        campaign.StartedAt = StartedAt;
        campaign.EndedAt = EndedAt;
    }
}
