using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents one e-mail message of a tracked thread.</summary>
public sealed class EmailMessage : Entity<EmailMessage>
{
    /// <summary>Gets or sets the thread.</summary>
    public Id<EmailThread> ThreadId { get; set; }

    /// <summary>Gets or sets which way the message travelled.</summary>
    public MessageDirection Direction { get; set; }

    /// <summary>Gets or sets the RFC 5322 Message-ID (without angle brackets); unique per thread.</summary>
    public string RfcMessageId { get; set; } = string.Empty;

    /// <summary>Gets or sets the provider's message id (Gmail's <c>id</c>), once known.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>Gets or sets the Message-ID this message replies to, if any.</summary>
    public string? InReplyTo { get; set; }

    /// <summary>Gets or sets the sender address.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>Gets or sets the recipient addresses, comma-separated.</summary>
    public string To { get; set; } = string.Empty;

    /// <summary>Gets or sets the subject.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the plain-text body. Personal data: never logged. <see langword="null"/> when the message had none or
    /// when the retention of message content redacted it (<see cref="IEmailThreadStore.RedactBodiesAsync"/>).
    /// </summary>
    public string? BodyText { get; set; }

    /// <summary>Gets or sets the instant the message was sent or received.</summary>
    public Instant OccurredAt { get; set; }

    /// <summary>Gets or sets the instant the reply pipeline processed the message, so it is processed once.</summary>
    public Instant? ProcessedAt { get; set; }
}
