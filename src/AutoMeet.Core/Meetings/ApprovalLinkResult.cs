using AutoMeet.Approvals;

namespace AutoMeet.Meetings;

/// <summary>Represents the result of opening or using an owner's approval link.</summary>
/// <param name="Outcome">What happened.</param>
public sealed record ApprovalLinkResult(ApprovalLinkOutcome Outcome)
{
    /// <summary>Gets what the link does (when it is authentic): approve or decline.</summary>
    public ApprovalDecision? Decision { get; init; }

    /// <summary>Gets the request's status after the call (for <see cref="ApprovalLinkOutcome.AlreadyHandled"/>, the earlier decision).</summary>
    public ApprovalStatus? RequestStatus { get; init; }

    /// <summary>Gets a one-line description of the meeting for the page (prospect and time in the owner's zone), when the link is authentic.</summary>
    public string? MeetingSummary { get; init; }

    /// <summary>Gets the booking made after an approval, when one was attempted.</summary>
    public BookingResult? Booking { get; init; }
}
