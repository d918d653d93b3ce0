namespace AutoMeet.Meetings.Aftercare;

/// <summary>Represents the result of opening or using an owner's post-meeting link.</summary>
/// <param name="Outcome">What happened.</param>
public sealed record MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome Outcome)
{
    /// <summary>Gets what the link says (when it is authentic): held or no-show.</summary>
    public MeetingOutcomeDecision? Decision { get; init; }

    /// <summary>Gets the meeting's status after the call (for <see cref="MeetingOutcomeLinkOutcome.AlreadyHandled"/>, what it became earlier).</summary>
    public MeetingStatus? MeetingStatus { get; init; }

    /// <summary>Gets a one-line description of the meeting for the page (prospect and time in the owner's zone), when the link is authentic.</summary>
    public string? MeetingSummary { get; init; }
}
