namespace AutoMeet.Replies.Responses;

/// <summary>Represents what a reply draft's link led to; each outcome has its own page in a host.</summary>
public enum ReplyDraftLinkOutcome
{
    /// <summary>The link is valid and the draft is waiting: show it with the confirmation button (nothing was decided).</summary>
    Pending = 0,

    /// <summary>The draft was approved now; it is sent (or its send is queued).</summary>
    Approved = 1,

    /// <summary>The draft was rejected now; nothing is sent.</summary>
    Rejected = 2,

    /// <summary>The link has expired (HTTP 410); nothing is sent.</summary>
    Expired = 3,

    /// <summary>The draft was decided before; nothing changed (see <see cref="ReplyDraftLinkResult.Status"/>).</summary>
    AlreadyHandled = 4,

    /// <summary>The link is forged, garbled, for another purpose or unknown (HTTP 400); nothing changed.</summary>
    Invalid = 5,
}
