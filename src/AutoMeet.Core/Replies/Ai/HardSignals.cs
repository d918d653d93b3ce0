using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Signals;

namespace AutoMeet.Replies.Ai;

/// <summary>The decisions no model may make or override: bounces, auto-reply headers, removal requests, calendar notices.</summary>
internal static class HardSignals
{
    /// <summary>Gets whether <paramref name="offline"/> rests on a hard signal of <paramref name="reply"/>, in which case it is final.</summary>
    public static bool Decide(ReplyInput reply, ReplyClassification offline) =>
        offline.Label is ReplyLabel.Bounce or ReplyLabel.Unsubscribe
        || DeliveryFailureDetector.IsDeliveryFailure(reply, out _)
        || AutoReplyDetector.HasAutoReplyHeaders(reply.Headers, out _)
        || CalendarNotices.Classify(reply.Subject) is not null;
}
