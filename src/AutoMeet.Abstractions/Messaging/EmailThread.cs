using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents a conversation with a prospect in one mailbox, as tracked by AutoMeet.</summary>
public sealed class EmailThread : Entity<EmailThread>
{
    /// <summary>Gets or sets the mailbox the thread lives in.</summary>
    public Id<MailboxAccount> MailboxAccountId { get; set; }

    /// <summary>Gets or sets the prospect the thread is with.</summary>
    public Id<Prospect> ProspectId { get; set; }

    /// <summary>Gets or sets the campaign that started the thread, if any.</summary>
    public Id<Campaign>? CampaignId { get; set; }

    /// <summary>Gets or sets the mail provider's thread id (Gmail's <c>threadId</c>); unique per mailbox.</summary>
    public string? ProviderThreadId { get; set; }

    /// <summary>Gets or sets the subject of the first message.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Gets or sets the RFC 5322 Message-ID of the first message, for <c>References</c>.</summary>
    public string? RootMessageId { get; set; }

    /// <summary>Gets or sets the instant of the newest message.</summary>
    public Instant? LastMessageAt { get; set; }

    /// <summary>Gets or sets the instant of the newest message from the prospect.</summary>
    public Instant? LastInboundAt { get; set; }

    /// <summary>Gets the messages of the thread, oldest first. Stored and deleted with the thread.</summary>
    public IList<EmailMessage> Messages { get; init; } = [];
}
