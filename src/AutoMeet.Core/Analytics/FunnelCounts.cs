namespace AutoMeet.Analytics;

/// <summary>
/// The counts of one group of events and meetings. E-mail counts are unique per message (a message opened five times
/// counts one open); events without a message id count once each. See <see cref="CampaignMetricsCalculator"/> for the
/// rules that decide what counts as a reply, a positive reply and a delivery.
/// </summary>
public sealed record FunnelCounts
{
    /// <summary>Gets the messages handed to the mail provider.</summary>
    public long Sent { get; init; }

    /// <summary>Gets the delivered messages: the <c>Delivered</c> events when the group has any, otherwise sent − bounced (see <see cref="DeliveredInferred"/>).</summary>
    public long Delivered { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Delivered"/> was inferred as sent − bounced because the group has no delivery events.</summary>
    public bool DeliveredInferred { get; init; }

    /// <summary>Gets the bounced messages (<c>Bounced</c> events and replies labelled <c>bounce</c>).</summary>
    public long Bounced { get; init; }

    /// <summary>Gets the opened messages. Unreliable: privacy proxies open every message, and images may be blocked.</summary>
    public long Opened { get; init; }

    /// <summary>Gets the messages with at least one tracked click.</summary>
    public long Clicked { get; init; }

    /// <summary>Gets the replied messages, excluding out-of-office and bounce replies.</summary>
    public long Replied { get; init; }

    /// <summary>Gets the replies labelled positive (<c>interested_meeting</c>, <c>interested_info</c>, <c>referral</c>).</summary>
    public long PositiveReplies { get; init; }

    /// <summary>Gets the replies labelled <c>out_of_office</c>; they are not counted in <see cref="Replied"/>.</summary>
    public long OutOfOfficeReplies { get; init; }

    /// <summary>Gets the unsubscribes.</summary>
    public long Unsubscribed { get; init; }

    /// <summary>Gets the spam complaints.</summary>
    public long Complained { get; init; }

    /// <summary>Gets the meetings proposed (every meeting, whatever its status, since each starts as a proposal).</summary>
    public long MeetingsProposed { get; init; }

    /// <summary>Gets the meetings booked: status scheduled, completed or no-show.</summary>
    public long MeetingsBooked { get; init; }

    /// <summary>Gets the meetings held (status completed).</summary>
    public long MeetingsHeld { get; init; }

    /// <summary>Gets the meetings the prospect missed (status no-show).</summary>
    public long MeetingsNoShow { get; init; }

    /// <summary>Gets the meetings cancelled after booking or proposal.</summary>
    public long MeetingsCancelled { get; init; }
}
