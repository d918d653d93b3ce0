using AutoMeet.Storage;

namespace AutoMeet.Campaigns;

/// <summary>The campaign status tracker: where a campaign stands (enrollments by status, sends made and planned, what comes next).</summary>
public interface ICampaignStatusTracker
{
    /// <summary>Reads a campaign's progress.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    Task<CampaignProgress> GetAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);
}
