using AutoMeet.Campaigns;

namespace AutoMeet.Storage.EFCore.Model.Rollups;

/// <summary>
/// Marks a campaign whose hourly rollup (<see cref="EmailEventHourCount"/>) is complete. The row is written with the
/// campaign, deleted by database triggers when one of the campaign's events is deleted or changed (a prospect or
/// message deletion, for example), and written again when the initializer rebuilds the rollup. Without it, queries
/// count the raw events.
/// </summary>
internal sealed class CampaignEventRollup
{
    public Id<Campaign> CampaignId { get; set; }

    /// <summary>Gets or sets the number of events rolled up (also what event inserts lock on PostgreSQL).</summary>
    public long Events { get; set; }
}
