using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>
/// Represents one planned send of one sequence step to one prospect: the outbox row. Its Message-ID is fixed when it
/// is planned, before anything is sent, so that after a crash the sender can ask the mailbox whether it went out
/// before sending again. At most one row exists per enrollment and step.
/// </summary>
public sealed class OutboxMessage : Entity<OutboxMessage>, ILeasedWork
{
    /// <summary>The <see cref="Kind"/> of every outbox row.</summary>
    public const string SendKind = "email.send";

    /// <summary>Gets or sets the owner (tenant) of the campaign.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the campaign.</summary>
    public Id<Campaign> CampaignId { get; set; }

    /// <summary>Gets or sets the enrollment whose step this is.</summary>
    public Id<Enrollment> EnrollmentId { get; set; }

    /// <summary>Gets or sets the prospect.</summary>
    public Id<Prospect> ProspectId { get; set; }

    /// <summary>Gets or sets the position of the e-mail step in the sequence.</summary>
    public int StepPosition { get; set; }

    /// <summary>Gets or sets a value indicating whether this is the prospect's first e-mail of the campaign (a new prospect, as opposed to a follow-up).</summary>
    public bool IsFirstTouch { get; set; }

    /// <summary>Gets or sets the mailbox that sends it.</summary>
    public Id<MailboxAccount> MailboxAccountId { get; set; }

    /// <summary>Gets or sets the Message-ID requested for the e-mail, without angle brackets; unique.</summary>
    public string RfcMessageId { get; set; } = string.Empty;

    /// <summary>Gets or sets the A/B variant, if any.</summary>
    public string? Variant { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public OutboxStatus Status { get; set; }

    /// <inheritdoc/>
    public string Kind { get; set; } = SendKind;

    /// <inheritdoc/>
    public Instant DueAt { get; set; }

    /// <inheritdoc/>
    public string? LeaseOwner { get; set; }

    /// <inheritdoc/>
    public Instant? LeaseExpiresAt { get; set; }

    /// <inheritdoc/>
    public int Attempts { get; set; }

    /// <inheritdoc/>
    public Instant? CompletedAt { get; set; }

    /// <inheritdoc/>
    public string? LastError { get; set; }

    /// <summary>Gets or sets when the provider accepted the e-mail.</summary>
    public Instant? SentAt { get; set; }

    /// <summary>Gets or sets the provider's message id.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>Gets or sets the provider's thread id.</summary>
    public string? ProviderThreadId { get; set; }

    /// <summary>Gets or sets the Message-ID the provider actually used (it may rewrite the requested one).</summary>
    public string? SentRfcMessageId { get; set; }
}
