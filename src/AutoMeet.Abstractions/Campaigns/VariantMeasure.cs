namespace AutoMeet.Campaigns;

/// <summary>The rate, over delivered messages, on which a campaign's A/B variants are judged for automatic retirement (higher is better).</summary>
public enum VariantMeasure
{
    /// <summary>Replies (excluding out-of-office and bounces) over delivered.</summary>
    ReplyRate = 0,

    /// <summary>Positive replies over delivered.</summary>
    PositiveReplyRate = 1,

    /// <summary>Messages clicked over delivered.</summary>
    ClickRate = 2,
}
