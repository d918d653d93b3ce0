namespace AutoMeet.Replies.Pipeline;

/// <summary>The kinds of work items and notifications the reply pipeline creates.</summary>
public static class ReplyWork
{
    /// <summary>
    /// The <see cref="Work.WorkItem.Kind"/> handed to the meeting scheduler when a prospect agrees to meet; the item's
    /// key is the inbound message's id and its payload a <see cref="MeetingProposalRequest"/> as JSON.
    /// </summary>
    public const string MeetingPropose = "meeting.propose";

    /// <summary>The notification kind telling the owner that a reply names someone else to talk to.</summary>
    public const string ReferralNotification = "reply.referral";

    /// <summary>The notification kind telling the owner that a prospect agreed to meet.</summary>
    public const string MeetingIntentNotification = "reply.meeting-intent";

    /// <summary>The notification kind telling the owner that a prospect moved or cancelled a meeting.</summary>
    public const string MeetingChangeNotification = "reply.meeting-change";
}
