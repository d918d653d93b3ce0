namespace AutoMeet.Analytics;

/// <summary>The counts and rates of one group (a campaign, a step or a variant).</summary>
/// <param name="Key">The group.</param>
/// <param name="Counts">The counts.</param>
public sealed record CampaignMetrics(MetricsKey Key, FunnelCounts Counts)
{
    /// <summary>Gets delivered over sent.</summary>
    public Rate DeliveryRate => Rate.Of(Counts.Delivered, Counts.Sent, "sent");

    /// <summary>Gets bounced over sent.</summary>
    public Rate BounceRate => Rate.Of(Counts.Bounced, Counts.Sent, "sent");

    /// <summary>Gets opened over delivered. Unreliable (privacy proxies, blocked images): do not steer by it alone.</summary>
    public Rate OpenRate => Rate.Of(Counts.Opened, Counts.Delivered, "delivered");

    /// <summary>Gets a value indicating that <see cref="OpenRate"/> is unreliable; always <see langword="true"/>.</summary>
    public bool OpenRateIsUnreliable { get; } = true;

    /// <summary>Gets clicked over delivered.</summary>
    public Rate ClickRate => Rate.Of(Counts.Clicked, Counts.Delivered, "delivered");

    /// <summary>Gets replied (excluding out-of-office and bounces) over delivered.</summary>
    public Rate ReplyRate => Rate.Of(Counts.Replied, Counts.Delivered, "delivered");

    /// <summary>Gets positive replies over delivered.</summary>
    public Rate PositiveReplyRate => Rate.Of(Counts.PositiveReplies, Counts.Delivered, "delivered");

    /// <summary>Gets positive replies over replies.</summary>
    public Rate PositiveShareOfReplies => Rate.Of(Counts.PositiveReplies, Counts.Replied, "replied");

    /// <summary>Gets unsubscribes over delivered.</summary>
    public Rate UnsubscribeRate => Rate.Of(Counts.Unsubscribed, Counts.Delivered, "delivered");

    /// <summary>Gets meetings booked over delivered (campaign grouping only; meetings carry no step or variant).</summary>
    public Rate MeetingBookedRate => Rate.Of(Counts.MeetingsBooked, Counts.Delivered, "delivered");

    /// <summary>Gets meetings held over meetings booked.</summary>
    public Rate ShowRate => Rate.Of(Counts.MeetingsHeld, Counts.MeetingsBooked, "booked");
}
