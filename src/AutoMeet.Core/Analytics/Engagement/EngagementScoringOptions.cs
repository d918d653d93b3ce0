using NodaTime;

namespace AutoMeet.Analytics.Engagement;

/// <summary>The points and decay of <see cref="EngagementScorer"/>. Points are before decay; negative points lower the score.</summary>
public sealed record EngagementScoringOptions
{
    /// <summary>Gets the default options.</summary>
    public static EngagementScoringOptions Default { get; } = new();

    /// <summary>Gets the half-life of a signal: its points halve every half-life of age.</summary>
    /// <value>The default value is 14 days.</value>
    public Duration HalfLife { get; init; } = Duration.FromDays(14);

    /// <summary>Gets the points of a positive reply (interested in a meeting or more information, or a referral).</summary>
    /// <value>The default value is 30.</value>
    public double PositiveReplyPoints { get; init; } = 30;

    /// <summary>Gets the points of a neutral reply (a question, an objection, a reschedule), before the sentiment adjustment.</summary>
    /// <value>The default value is 10.</value>
    public double NeutralReplyPoints { get; init; } = 10;

    /// <summary>Gets the points a neutral reply gains per unit of classifier sentiment (−1 … +1).</summary>
    /// <value>The default value is 10.</value>
    public double SentimentPoints { get; init; } = 10;

    /// <summary>Gets the points of a negative reply (not interested, unsubscribe request, cancellation).</summary>
    /// <value>The default value is −20.</value>
    public double NegativeReplyPoints { get; init; } = -20;

    /// <summary>Gets the points of an unsubscribe or spam complaint event.</summary>
    /// <value>The default value is −40.</value>
    public double UnsubscribePoints { get; init; } = -40;

    /// <summary>Gets the points of a clicked message.</summary>
    /// <value>The default value is 8.</value>
    public double ClickPoints { get; init; } = 8;

    /// <summary>Gets the points of an opened message; low because opens are unreliable (privacy proxies, blocked images).</summary>
    /// <value>The default value is 1.</value>
    public double OpenPoints { get; init; } = 1;

    /// <summary>Gets the points of a booked meeting (scheduled).</summary>
    /// <value>The default value is 40.</value>
    public double MeetingBookedPoints { get; init; } = 40;

    /// <summary>Gets the points of a held meeting (completed).</summary>
    /// <value>The default value is 50.</value>
    public double MeetingHeldPoints { get; init; } = 50;

    /// <summary>Gets the points of a missed meeting (no-show).</summary>
    /// <value>The default value is −10.</value>
    public double NoShowPoints { get; init; } = -10;

    /// <summary>Gets the most opened messages that count (the most recent ones), so a proxy that opens everything cannot dominate.</summary>
    /// <value>The default value is 5.</value>
    public int MaxOpensCounted { get; init; } = 5;

    /// <summary>Gets the most clicked messages that count (the most recent ones).</summary>
    /// <value>The default value is 5.</value>
    public int MaxClicksCounted { get; init; } = 5;
}
