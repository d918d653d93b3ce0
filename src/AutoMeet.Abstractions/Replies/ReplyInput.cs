using NodaTime;

namespace AutoMeet.Replies;

/// <summary>One reply to classify: what the mailbox delivered, before any stripping.</summary>
public sealed record ReplyInput
{
    /// <summary>Gets the subject line.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Gets the sender (address, or display name and address).</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>Gets the message headers; names are compared case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the plain-text body, including any quoted text and signature. Personal data: never logged.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Gets the instant the reply was received; relative dates ("back Monday") resolve against it.</summary>
    public Instant ReceivedAt { get; init; }

    /// <summary>Gets the prospect's time zone, or <see langword="null"/> to use UTC.</summary>
    public DateTimeZone? ProspectZone { get; init; }
}
