using AutoMeet.Storage;

namespace AutoMeet.Campaigns;

/// <summary>
/// The scheduled-campaign checker: activates scheduled campaigns whose start has come (after re-checking that they
/// are ready), tells the owner when one cannot start and why, and queues a notice to the owner 24 hours before a
/// scheduled start. Idempotent: run it as often as you like (hourly is enough).
/// </summary>
public interface ICampaignActivator
{
    /// <summary>Checks every scheduled campaign.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="cancellationToken">Cancels the run between campaigns.</param>
    /// <returns>What the run did.</returns>
    Task<CampaignActivationReport> RunAsync(IAutoMeetStore store, CancellationToken cancellationToken = default);
}
