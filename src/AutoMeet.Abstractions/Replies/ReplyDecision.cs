using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Replies;

/// <summary>
/// Represents what the reply pipeline decided about one inbound message, and what it did: the stored record that
/// makes a reply processed once, however often it is seen. At most one decision exists per message.
/// </summary>
public sealed class ReplyDecision : Entity<ReplyDecision>
{
    /// <summary>The longest <see cref="Reasons"/> and <see cref="Actions"/> kept, in characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Gets or sets the owner (tenant).</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the inbound message decided on; unique.</summary>
    public Id<EmailMessage> MessageId { get; set; }

    /// <summary>Gets or sets the thread.</summary>
    public Id<EmailThread> ThreadId { get; set; }

    /// <summary>Gets or sets the prospect who wrote, when known.</summary>
    public Id<Prospect>? ProspectId { get; set; }

    /// <summary>Gets or sets the campaign, when the thread belongs to one.</summary>
    public Id<Campaign>? CampaignId { get; set; }

    /// <summary>Gets or sets the enrollment acted on, if any.</summary>
    public Id<Enrollment>? EnrollmentId { get; set; }

    /// <summary>Gets or sets the category.</summary>
    public ReplyLabel Label { get; set; }

    /// <summary>Gets or sets the objection sub-type, for objections.</summary>
    public ObjectionType? Objection { get; set; }

    /// <summary>Gets or sets the sentiment in [-1, 1].</summary>
    public double Sentiment { get; set; }

    /// <summary>Gets or sets a value indicating whether the reply shows intent to meet.</summary>
    public bool MeetingIntent { get; set; }

    /// <summary>Gets or sets the confidence in [0, 1].</summary>
    public double Confidence { get; set; }

    /// <summary>Gets or sets which classifier decided (for example <c>offline</c>, <c>hard-signal</c>, <c>ai:gemini-2.0-flash</c>, or <c>offline (fallback: timeout)</c>).</summary>
    public string Classifier { get; set; } = string.Empty;

    /// <summary>Gets or sets why, as one reason per line (no message text).</summary>
    public string Reasons { get; set; } = string.Empty;

    /// <summary>Gets or sets the date an out-of-office reply says the person is back, if any.</summary>
    public LocalDate? ReturnDate { get; set; }

    /// <summary>Gets or sets the offered time windows the extractor found, as JSON (an array of <c>{"start","end"}</c> instants), if any.</summary>
    public string? OfferedWindowsJson { get; set; }

    /// <summary>Gets or sets what the pipeline did, one action per line (for example <c>enrollment stopped: replied</c>).</summary>
    public string Actions { get; set; } = string.Empty;

    /// <summary>Gets or sets when the decision was made.</summary>
    public Instant DecidedAt { get; set; }
}
