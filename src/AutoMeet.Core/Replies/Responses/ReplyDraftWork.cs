namespace AutoMeet.Replies.Responses;

/// <summary>The kinds of work items behind reply drafts. Each is idempotent: running one twice changes nothing more.</summary>
public static class ReplyDraftWork
{
    /// <summary>Writes the draft answering a reply; queued by the reply pipeline with the inbound message's id as key and the decision's id as payload.</summary>
    public const string Create = "reply.draft";

    /// <summary>Sends an approved draft in its thread, exactly once; key and payload are the draft's id.</summary>
    public const string Send = "reply.draft.send";

    /// <summary>E-mails the owner the draft with its Approve and Reject links; the payload is the draft's id.</summary>
    public const string ApprovalEmail = "reply.draft.approval";

    /// <summary>Adds the person an approved referral draft points to as a prospect and enrolls them; key and payload are the draft's id.</summary>
    public const string ReferralEnroll = "reply.referral.enroll";
}
