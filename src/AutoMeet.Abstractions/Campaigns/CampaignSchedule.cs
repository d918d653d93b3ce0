using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>
/// Represents when a campaign starts and in which local hours it sends. Sending hours are wall-clock times in
/// each prospect's zone (falling back to <see cref="TimeZoneId"/> when a prospect's zone is unknown).
/// </summary>
public sealed class CampaignSchedule : Entity<CampaignSchedule>
{
    /// <summary>Gets or sets the campaign this schedule belongs to (one schedule per campaign).</summary>
    public Id<Campaign> CampaignId { get; set; }

    /// <summary>Gets or sets the instant the campaign starts, or <see langword="null"/> to start on activation.</summary>
    public Instant? StartAt { get; set; }

    /// <summary>Gets or sets the instant after which nothing new is sent, if any.</summary>
    public Instant? EndAt { get; set; }

    /// <summary>Gets or sets the IANA zone of the schedule's own wall-clock rules.</summary>
    public string TimeZoneId { get; set; } = "Etc/UTC";

    /// <summary>Gets or sets the week days on which mail is sent.</summary>
    public SendingDays Days { get; set; } = SendingDays.Weekdays;

    /// <summary>Gets or sets the local time sending opens each sending day.</summary>
    public LocalTime WindowStart { get; set; } = new(9, 0);

    /// <summary>Gets or sets the local time sending closes each sending day (after <see cref="WindowStart"/>).</summary>
    public LocalTime WindowEnd { get; set; } = new(17, 0);

    /// <summary>Gets or sets when the 24-hour start notice was sent to the owner, so it goes out once.</summary>
    public Instant? StartNoticeSentAt { get; set; }
}
