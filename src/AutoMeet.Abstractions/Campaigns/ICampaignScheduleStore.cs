using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>Stores campaign schedules (one per campaign).</summary>
public interface ICampaignScheduleStore : IEntityStore<CampaignSchedule>
{
    /// <summary>Finds a campaign's schedule.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The schedule, or <see langword="null"/>.</returns>
    Task<CampaignSchedule?> FindByCampaignAsync(Id<Campaign> campaignId, CancellationToken cancellationToken = default);

    /// <summary>Lists schedules whose <see cref="CampaignSchedule.StartAt"/> lies in [<paramref name="from"/>, <paramref name="to"/>), earliest first.</summary>
    /// <param name="from">The inclusive lower bound.</param>
    /// <param name="to">The exclusive upper bound.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The schedules of the page.</returns>
    Task<IReadOnlyList<CampaignSchedule>> ListStartingAsync(Instant from, Instant to, PageRequest page, CancellationToken cancellationToken = default);
}
