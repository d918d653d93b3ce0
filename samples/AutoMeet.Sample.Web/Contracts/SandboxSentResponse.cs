using AutoMeet.Sandbox;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>An e-mail a sandbox mailbox "sent".</summary>
/// <param name="MessageId">Its Message-ID (reply to it with <c>POST /api/sandbox/replies</c>).</param>
/// <param name="ThreadId">Its provider thread.</param>
/// <param name="MailboxAccountId">The sending mailbox.</param>
/// <param name="To">The recipients.</param>
/// <param name="Subject">The subject.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="InReplyTo">The Message-ID it answers, for follow-ups in a thread.</param>
/// <param name="Attachments">The attachments' file names (for example an invitation's <c>.ics</c>).</param>
/// <param name="SentAt">When it was sent.</param>
internal sealed record SandboxSentResponse(
    string MessageId, string ThreadId, Guid MailboxAccountId, IReadOnlyList<string> To, string Subject, string TextBody, string? InReplyTo, IReadOnlyList<string> Attachments, Instant SentAt)
{
    /// <summary>Maps a sandbox send.</summary>
    /// <param name="s">The send.</param>
    /// <returns>The response.</returns>
    public static SandboxSentResponse From(SandboxSentEmail s) => new(
        s.Result.RfcMessageId,
        s.Result.ProviderThreadId,
        s.Email.MailboxAccountId.Value,
        [.. s.Email.To.Select(t => t.Address)],
        s.Email.Subject,
        s.Email.TextBody,
        s.Email.InReplyTo,
        [.. s.Email.Attachments.Select(a => a.FileName)],
        s.Result.SentAt);
}
