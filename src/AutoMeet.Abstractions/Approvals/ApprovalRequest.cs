using AutoMeet.Meetings;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Approvals;

/// <summary>Represents a request to the owner to approve booking a meeting, with its decision history.</summary>
public sealed class ApprovalRequest : Entity<ApprovalRequest>
{
    /// <summary>Gets or sets the meeting to approve.</summary>
    public Id<Meeting> MeetingId { get; set; }

    /// <summary>Gets or sets the owner asked to decide.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the state.</summary>
    public ApprovalStatus Status { get; set; } = ApprovalStatus.Pending;

    /// <summary>Gets or sets a one-way hash of the link token (the token itself is never stored); unique.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>Gets or sets the instant the request expires.</summary>
    public Instant ExpiresAt { get; set; }

    /// <summary>Gets or sets the classifier confidence that led to the request, if any.</summary>
    public double? Confidence { get; set; }

    /// <summary>Gets or sets the instant of the decision.</summary>
    public Instant? DecidedAt { get; set; }

    /// <summary>Gets or sets who decided (a user id, "system" or "timeout").</summary>
    public string? DecidedBy { get; set; }

    /// <summary>Gets or sets where the decision came from (link, API, timeout rule) and the client address.</summary>
    public string? DecisionSource { get; set; }

    /// <summary>
    /// Gets or sets the start the owner suggested instead, if any; for a request about a booked meeting (the prospect
    /// asked to move it), the start it would move to.
    /// </summary>
    public Instant? SuggestedStart { get; set; }
}
