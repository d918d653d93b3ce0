using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents one engagement event of an outbound e-mail. Events are appended, never changed.</summary>
public sealed class EmailEvent : Entity<EmailEvent>
{
    /// <summary>Gets or sets what happened.</summary>
    public EmailEventKind Kind { get; set; }

    /// <summary>Gets or sets the instant it happened.</summary>
    public Instant OccurredAt { get; set; }

    /// <summary>Gets or sets the campaign, if any.</summary>
    public Id<Campaign>? CampaignId { get; set; }

    /// <summary>Gets or sets the prospect, if known.</summary>
    public Id<Prospect>? ProspectId { get; set; }

    /// <summary>Gets or sets the enrollment, if any.</summary>
    public Id<Enrollment>? EnrollmentId { get; set; }

    /// <summary>Gets or sets the message the event is about, if known.</summary>
    public Id<EmailMessage>? MessageId { get; set; }

    /// <summary>Gets or sets the sequence step position that sent the message, if any.</summary>
    public int? StepPosition { get; set; }

    /// <summary>Gets or sets the A/B variant of the message, if any.</summary>
    public string? Variant { get; set; }

    /// <summary>Gets or sets extra detail: the clicked URL, the bounce diagnostic, and so on.</summary>
    public string? Detail { get; set; }
}
