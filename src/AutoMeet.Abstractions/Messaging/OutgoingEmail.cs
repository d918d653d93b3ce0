using AutoMeet.Accounts;

namespace AutoMeet.Messaging;

/// <summary>Represents an e-mail to send from a connected mailbox. Its Message-ID is fixed before sending, so a retry can look it up.</summary>
public sealed record OutgoingEmail
{
    /// <summary>Gets the mailbox to send from.</summary>
    public required Id<MailboxAccount> MailboxAccountId { get; init; }

    /// <summary>Gets the recipients.</summary>
    public required IReadOnlyList<EmailAddress> To { get; init; }

    /// <summary>Gets the subject.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the plain-text body.</summary>
    public required string TextBody { get; init; }

    /// <summary>Gets the HTML body, if any.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>Gets the RFC 5322 Message-ID to use, without angle brackets (for example <c>abc@mail.example.com</c>).</summary>
    public required string RfcMessageId { get; init; }

    /// <summary>Gets the provider thread to send in (follow-ups), if any.</summary>
    public string? ProviderThreadId { get; init; }

    /// <summary>Gets the Message-ID this e-mail replies to, if any.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>Gets the Message-IDs of the thread so far, oldest first, for the <c>References</c> header.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Gets extra headers (for example <c>List-Unsubscribe</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the files attached to the e-mail, in order; empty for none.</summary>
    /// <remarks>Providers send them as <c>multipart/mixed</c> parts after the body. Keep them small (a few kilobytes): they count towards the provider's message size limit.</remarks>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}
