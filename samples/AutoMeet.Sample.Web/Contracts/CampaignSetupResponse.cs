using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A campaign's set-up as the API returns it.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="SequenceId">Its sequence.</param>
/// <param name="MailboxAccountId">Its mailbox, or <see langword="null"/> to rotate.</param>
/// <param name="TimeZone">The schedule's zone.</param>
/// <param name="Days">The sending days.</param>
/// <param name="WindowStart">The window's start.</param>
/// <param name="WindowEnd">The window's end.</param>
/// <param name="StartAt">The start instant.</param>
/// <param name="EndAt">The end instant.</param>
/// <param name="Readiness">Why the campaign cannot be scheduled yet, or <see langword="null"/> when it can.</param>
/// <param name="Variants">Its A/B variants and whether losers are retired automatically.</param>
internal sealed record CampaignSetupResponse(
    CampaignResponse Campaign, Guid? SequenceId, Guid? MailboxAccountId, string TimeZone, IReadOnlyList<string> Days,
    LocalTime WindowStart, LocalTime WindowEnd, Instant? StartAt, Instant? EndAt, string? Readiness, CampaignVariantsResponse Variants)
{
    /// <summary>Maps a campaign and its schedule.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="schedule">Its schedule.</param>
    /// <param name="readiness">Why it is not ready, or <see langword="null"/>.</param>
    /// <returns>The response.</returns>
    public static CampaignSetupResponse From(Campaign campaign, CampaignSchedule schedule, string? readiness) => new(
        CampaignResponse.From(campaign), campaign.SequenceId?.Value, campaign.MailboxAccountId?.Value, schedule.TimeZoneId,
        [.. WeekDays.Names(schedule.Days)], schedule.WindowStart, schedule.WindowEnd, schedule.StartAt, schedule.EndAt, readiness,
        CampaignVariantsResponse.From(campaign));
}
