namespace AutoMeet.Replies.Offline;

/// <summary>
/// The confidence reported for each <see cref="DecisionPath"/>: roughly the accuracy of that path on the splits of the
/// evaluation set that were not tuned on (holdout and blind2 in tests/AutoMeet.Core.Tests/Replies/Evaluation), where the
/// development split would overstate it. Competing signals (a decision made by precedence) lower it.
/// </summary>
internal static class ConfidenceTable
{
    /// <summary>Gets the base confidence of a path.</summary>
    public static double For(DecisionPath path) => path switch
    {
        DecisionPath.Bounce => 0.99,
        DecisionPath.AutoReplyHeader => 0.97,
        DecisionPath.Unsubscribe => 0.95,
        DecisionPath.CalendarNotice => 0.97,
        DecisionPath.CancelOrReschedule => 0.85,
        DecisionPath.OutOfOfficeText => 0.85,
        DecisionPath.Referral => 0.8,
        DecisionPath.MeetingStrong => 0.8,
        DecisionPath.MeetingWeak => 0.65,
        DecisionPath.Info => 0.8,
        DecisionPath.ObjectionSingle => 0.75,
        DecisionPath.ObjectionMixed => 0.6,
        DecisionPath.NotInterested => 0.8,
        DecisionPath.Question => 0.7,
        DecisionPath.NaiveBayes => 0.7,
        _ => 0.2,
    };

    /// <summary>The factor applied when another category's signals were also present (precedence decided).</summary>
    public const double CompetingFactor = 0.85;
}
