using AutoMeet.Messaging;
using AutoMeet.Prospects;

namespace AutoMeet.Replies.Responses;

/// <summary>Represents what a response generator needs: the situation, the decision, the thread and the people.</summary>
public sealed record ResponseRequest
{
    /// <summary>Gets the situation answered.</summary>
    public required ReplyDraftSituation Situation { get; init; }

    /// <summary>Gets the reply decision (label, objection, confidence, offered windows).</summary>
    public required ReplyDecision Decision { get; init; }

    /// <summary>Gets the prospect who wrote.</summary>
    public required Prospect Prospect { get; init; }

    /// <summary>Gets the thread, with its messages oldest first.</summary>
    public required EmailThread Thread { get; init; }

    /// <summary>Gets the reply's own new text (quotes and signature stripped). Personal data: never logged.</summary>
    public required string ReplyText { get; init; }

    /// <summary>Gets the language the reply is written in (ISO 639-1), or <see langword="null"/> when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the sender's display name (the owner's mailbox).</summary>
    public string SenderName { get; init; } = string.Empty;

    /// <summary>Gets the sender's address.</summary>
    public string SenderEmail { get; init; } = string.Empty;

    /// <summary>Gets the campaign's name, if any.</summary>
    public string CampaignName { get; init; } = string.Empty;
}
