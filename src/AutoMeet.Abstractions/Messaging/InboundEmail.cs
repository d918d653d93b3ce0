using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents an e-mail that arrived in a connected mailbox.</summary>
public sealed record InboundEmail
{
    /// <summary>Gets the provider's message id.</summary>
    public required string ProviderMessageId { get; init; }

    /// <summary>Gets the provider's thread id.</summary>
    public required string ProviderThreadId { get; init; }

    /// <summary>Gets the RFC 5322 Message-ID, without angle brackets.</summary>
    public required string RfcMessageId { get; init; }

    /// <summary>Gets the Message-ID it replies to, if any.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>Gets the References header's Message-IDs.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Gets the sender.</summary>
    public required EmailAddress From { get; init; }

    /// <summary>Gets the recipients.</summary>
    public IReadOnlyList<EmailAddress> To { get; init; } = [];

    /// <summary>Gets the subject.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Gets the plain-text body.</summary>
    public string TextBody { get; init; } = string.Empty;

    /// <summary>Gets the headers (names compared case-insensitively by consumers).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the instant the provider received it.</summary>
    public required Instant ReceivedAt { get; init; }
}
