namespace AutoMeet.Replies;

/// <summary>Represents where a <see cref="ReplyDraft"/> is between generation and the prospect's inbox.</summary>
public enum ReplyDraftStatus
{
    /// <summary>Waiting for the owner's decision through the signed links.</summary>
    Pending = 0,

    /// <summary>Approved (by the owner, or by the autonomous rule); the send is queued.</summary>
    Approved = 1,

    /// <summary>Rejected by the owner, or withdrawn by the system (for example the address was suppressed); never sent.</summary>
    Rejected = 2,

    /// <summary>Sent in the thread, exactly once.</summary>
    Sent = 3,

    /// <summary>The approval links expired without a decision; never sent.</summary>
    Expired = 4,
}
