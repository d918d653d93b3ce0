namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/sandbox/replies</c>: a prospect's reply to an e-mail a sandbox mailbox sent.</summary>
/// <param name="MessageId">The Message-ID of the sent e-mail being answered.</param>
/// <param name="Body">The reply's plain text.</param>
/// <param name="From">The replying address (one of the recipients); omitted: the first recipient.</param>
/// <param name="AutoSubmitted">Whether the reply carries <c>Auto-Submitted: auto-replied</c> (an auto-responder).</param>
internal sealed record SandboxReplyRequest(string? MessageId, string? Body, string? From, bool AutoSubmitted);
