using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>Represents one prospect's progress through a campaign's sequence. A prospect is enrolled in a campaign at most once.</summary>
public sealed class Enrollment : Entity<Enrollment>
{
    /// <summary>Gets or sets the campaign.</summary>
    public Id<Campaign> CampaignId { get; set; }

    /// <summary>Gets or sets the prospect.</summary>
    public Id<Prospect> ProspectId { get; set; }

    /// <summary>Gets or sets the sequence being followed.</summary>
    public Id<OutreachSequence> SequenceId { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public EnrollmentStatus Status { get; set; } = EnrollmentStatus.Active;

    /// <summary>Gets or sets the position of the next step to run.</summary>
    public int NextStepPosition { get; set; }

    /// <summary>Gets or sets the earliest instant the next step may run, once planned.</summary>
    public Instant? NextStepDueAt { get; set; }

    /// <summary>Gets or sets the instant the last step was sent, if any.</summary>
    public Instant? LastStepSentAt { get; set; }

    /// <summary>Gets or sets the instant a snoozed enrollment resumes.</summary>
    public Instant? SnoozedUntil { get; set; }

    /// <summary>Gets or sets why the enrollment stopped.</summary>
    public StopReason StopReason { get; set; }

    /// <summary>Gets or sets the mailbox the enrollment sends from, once assigned.</summary>
    public Id<MailboxAccount>? MailboxAccountId { get; set; }

    /// <summary>Gets or sets the thread the sequence's e-mails belong to, once the first is sent.</summary>
    public Id<EmailThread>? ThreadId { get; set; }

    /// <summary>Gets or sets the A/B variant assigned to the prospect, if the campaign has variants.</summary>
    public string? Variant { get; set; }
}
