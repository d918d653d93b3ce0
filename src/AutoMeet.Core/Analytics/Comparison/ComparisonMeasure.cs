namespace AutoMeet.Analytics.Comparison;

/// <summary>The rate a comparison ranks arms by; every measure is "higher is better" and is taken over delivered messages.</summary>
public enum ComparisonMeasure
{
    /// <summary>Replies (excluding out-of-office and bounces) over delivered.</summary>
    ReplyRate = 0,

    /// <summary>Positive replies over delivered.</summary>
    PositiveReplyRate = 1,

    /// <summary>Messages clicked over delivered.</summary>
    ClickRate = 2,

    /// <summary>Meetings booked over delivered (campaign comparisons only: meetings carry no step or variant).</summary>
    MeetingBookedRate = 3,

    /// <summary>Messages opened over delivered. Unreliable (privacy proxies open every message); reported with a warning.</summary>
    OpenRate = 4,
}
