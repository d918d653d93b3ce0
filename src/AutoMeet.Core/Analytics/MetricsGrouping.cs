namespace AutoMeet.Analytics;

/// <summary>How <see cref="CampaignMetricsCalculator"/> and <see cref="ICampaignAnalytics"/> group events.</summary>
public enum MetricsGrouping
{
    /// <summary>One row per campaign.</summary>
    Campaign = 0,

    /// <summary>One row per campaign and sequence step position.</summary>
    Step = 1,

    /// <summary>One row per campaign, step position and A/B variant.</summary>
    Variant = 2,

    /// <summary>
    /// One row per campaign and sending mailbox (<see cref="MetricsKey.MailboxAccountId"/>): each event goes to the mailbox
    /// of the thread holding its message; events without a message, or whose message is not in a stored thread, go to a
    /// row with a <see langword="null"/> mailbox. Only <see cref="ICampaignAnalytics.GetMetricsAsync"/> supports it: it
    /// reads the campaign's raw events a page at a time instead of the store's rollup, so it is slower than the other
    /// groupings on large campaigns.
    /// </summary>
    Mailbox = 3,
}
