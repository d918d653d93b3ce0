namespace AutoMeet.Replies.Responses;

/// <summary>Represents the result of opening or using a reply draft's link.</summary>
/// <param name="Outcome">What happened.</param>
public sealed record ReplyDraftLinkResult(ReplyDraftLinkOutcome Outcome)
{
    /// <summary>Gets what the link does (when it is authentic): approve or reject.</summary>
    public ReplyDraftDecision? Decision { get; init; }

    /// <summary>Gets the draft's status after the call.</summary>
    public ReplyDraftStatus? Status { get; init; }

    /// <summary>Gets a one-line description for the page (who the draft answers and the situation), when the link is authentic.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the draft's subject, when the link is authentic.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the draft's body, when the link is authentic.</summary>
    public string? Body { get; init; }

    /// <summary>Gets the address a referral draft points to, if any (added and enrolled on approval).</summary>
    public string? ReferredEmail { get; init; }
}
