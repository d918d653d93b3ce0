using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Represents a meeting between an owner and a prospect, from proposal to outcome.</summary>
public sealed class Meeting : Entity<Meeting>
{
    /// <summary>Gets or sets the owner (the host of the meeting).</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the prospect.</summary>
    public Id<Prospect> ProspectId { get; set; }

    /// <summary>Gets or sets the campaign the meeting came from, if any.</summary>
    public Id<Campaign>? CampaignId { get; set; }

    /// <summary>Gets or sets the thread the meeting was agreed in, if any.</summary>
    public Id<EmailThread>? ThreadId { get; set; }

    /// <summary>Gets or sets the account whose calendar holds the event.</summary>
    public Id<MailboxAccount>? CalendarAccountId { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public MeetingStatus Status { get; set; } = MeetingStatus.Proposed;

    /// <summary>Gets or sets the title of the calendar event.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the start.</summary>
    public Instant Start { get; set; }

    /// <summary>Gets or sets the end (after <see cref="Start"/>).</summary>
    public Instant End { get; set; }

    /// <summary>Gets or sets the prospect's IANA zone, in which times are shown to them.</summary>
    public string? ProspectTimeZoneId { get; set; }

    /// <summary>Gets or sets the calendar provider's event id, once booked.</summary>
    public string? CalendarEventId { get; set; }

    /// <summary>Gets or sets the video-conference link, once booked.</summary>
    public string? ConferenceUrl { get; set; }

    /// <summary>Gets or sets the instant a held (proposed) slot is released if not booked.</summary>
    public Instant? HoldExpiresAt { get; set; }

    /// <summary>
    /// Gets or sets every time offered to the prospect while the meeting is <see cref="MeetingStatus.Proposed"/>, in the
    /// order the offer lists them; the first is <see cref="Start"/>–<see cref="End"/>. Each one counts as busy for other
    /// proposals until the meeting is booked, declined, superseded or <see cref="HoldExpiresAt"/> passes. Decided once,
    /// when the times are offered, so the e-mail (and any retry of it) lists exactly these. Empty in any other status, and
    /// on meetings proposed before the list existed: then only <see cref="Start"/>–<see cref="End"/> is held.
    /// </summary>
    public IList<Interval> HeldSlots { get; set; } = [];

    /// <summary>
    /// Gets the reminders sent for the meeting, one entry per reminder: <c>{offset in seconds}@{start in Unix seconds}v{move version}</c>
    /// (for example <c>3600@1772528400v0</c>; the version counts the meeting's moves). An entry only counts for the start
    /// and version it names, so a moved meeting gets fresh reminders, also when it moves back to an earlier time. Entries
    /// written without a version (<c>3600@1772528400</c>) count for every version at their start.
    /// </summary>
    public IList<string> RemindersSent { get; init; } = [];

    /// <summary>Gets or sets when the owner was asked (by signed link) whether the meeting took place; <see langword="null"/> until then.</summary>
    public Instant? OutcomeRequestedAt { get; set; }
}
