using AutoMeet.Accounts;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>Represents an outbound campaign: a sequence sent to a set of prospects from an owner's mailboxes.</summary>
public sealed class Campaign : Entity<Campaign>
{
    /// <summary>The longest campaign name accepted, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Gets or sets the owner.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the display name (1 to <see cref="MaxNameLength"/> characters).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets an optional description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the lifecycle status.</summary>
    public CampaignStatus Status { get; set; } = CampaignStatus.Draft;

    /// <summary>Gets or sets the sequence the campaign sends, once chosen.</summary>
    public Id<OutreachSequence>? SequenceId { get; set; }

    /// <summary>Gets or sets the mailbox it sends from; <see langword="null"/> rotates across the owner's mailboxes.</summary>
    public Id<MailboxAccount>? MailboxAccountId { get; set; }

    /// <summary>Gets or sets how accepted meetings are booked for this campaign.</summary>
    public ApprovalMode ApprovalMode { get; set; } = ApprovalMode.Inherit;

    /// <summary>Gets or sets the classifier confidence, in [0, 1], above which autonomous mode books directly.</summary>
    public double? AutonomousConfidenceThreshold { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the campaign asks for losing A/B variants to be retired automatically,
    /// once a winner is declared on <see cref="VariantRetirementMeasure"/> with the required evidence.
    /// </summary>
    /// <value>The default value is <see langword="false"/> (opt-in).</value>
    public bool AutoRetireLosingVariants { get; set; }

    /// <summary>Gets or sets the measure on which losing variants are retired (used when <see cref="AutoRetireLosingVariants"/> is set).</summary>
    /// <value>The default value is <see cref="VariantMeasure.ReplyRate"/>.</value>
    public VariantMeasure VariantRetirementMeasure { get; set; } = VariantMeasure.ReplyRate;

    /// <summary>
    /// Gets or sets the A/B variants retired from this campaign: new enrollments, and the next unsent step of existing
    /// ones, get one of the remaining variants. Never holds every variant.
    /// </summary>
    public IList<string> RetiredVariants { get; set; } = [];

    /// <summary>Gets or sets the instant the campaign became active for the first time.</summary>
    public Instant? StartedAt { get; set; }

    /// <summary>Gets or sets the instant the campaign completed, was cancelled or archived.</summary>
    public Instant? EndedAt { get; set; }
}
