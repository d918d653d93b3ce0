namespace AutoMeet.Replies.Responses;

/// <summary>Represents what an owner decides about a reply draft.</summary>
public enum ReplyDraftDecision
{
    /// <summary>Send the draft in the thread (and, for a referral, add and enroll the referred person).</summary>
    Approve = 0,

    /// <summary>Do not send it.</summary>
    Reject = 1,
}
