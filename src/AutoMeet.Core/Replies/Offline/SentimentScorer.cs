namespace AutoMeet.Replies.Offline;

/// <summary>Scores sentiment in [-1, 1] from tone words and the decided label.</summary>
internal static class SentimentScorer
{
    /// <summary>Blends a lexical score (tone and intent words) with the label's typical tone.</summary>
    public static double Score(ref ReplyFeatures f, ReplyLabel label)
    {
        var lexical = f[Signal.Positive] + (0.8 * f[Signal.Affirm]) + (0.6 * f[Signal.Meeting]) + (0.3 * f[Signal.Info])
            - f[Signal.Negative] - (1.2 * f[Signal.NotInterested]) - (0.8 * f[Signal.Decline]) - (1.5 * f[Signal.Sarcasm])
            - (1.5 * f[Signal.Unsubscribe]);
        var prior = label switch
        {
            ReplyLabel.InterestedMeeting => 0.6,
            ReplyLabel.InterestedInfo => 0.4,
            ReplyLabel.Reschedule => 0.2,
            ReplyLabel.Referral => 0.1,
            ReplyLabel.Objection => -0.3,
            ReplyLabel.Cancel => -0.3,
            ReplyLabel.NotInterested => -0.5,
            ReplyLabel.Unsubscribe => -0.7,
            _ => 0.0,
        };
        return Math.Round(Math.Clamp((0.5 * prior) + (0.5 * Math.Tanh(lexical / 2)), -1, 1), 3);
    }
}
