using AutoMeet.Approvals;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Represents the result of opening or using an owner's approval link.</summary>
/// <param name="Outcome">What happened.</param>
public sealed record ApprovalLinkResult(ApprovalLinkOutcome Outcome)
{
    /// <summary>Gets what the link does (when it is authentic): approve, decline or suggest another time.</summary>
    public ApprovalDecision? Decision { get; init; }

    /// <summary>Gets the request's status after the call (for <see cref="ApprovalLinkOutcome.AlreadyHandled"/>, the earlier decision).</summary>
    public ApprovalStatus? RequestStatus { get; init; }

    /// <summary>Gets a one-line description of the meeting for the page (prospect and time in the owner's zone), when the link is authentic.</summary>
    public string? MeetingSummary { get; init; }

    /// <summary>Gets the booking made after an approval, when one was attempted.</summary>
    public BookingResult? Booking { get; init; }

    /// <summary>
    /// Gets the bookable times a Suggest-another-time link offers the owner (from <see cref="IMeetingApprovals.ListAlternativesAsync"/>),
    /// by start; empty when none is free, <see langword="null"/> when not asked for.
    /// </summary>
    public IReadOnlyList<ApprovalAlternative>? Alternatives { get; init; }

    /// <summary>Gets the start the owner suggested (for <see cref="ApprovalLinkOutcome.AlternativeSuggested"/>, and for <see cref="ApprovalLinkOutcome.SlotUnavailable"/> the refused one).</summary>
    public Instant? SuggestedStart { get; init; }

    /// <summary>Gets, for <see cref="ApprovalLinkOutcome.SlotUnavailable"/>, why the time cannot be booked (plain sentences); otherwise empty.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}
