namespace AutoMeet.Meetings;

/// <summary>The exception thrown when a meeting is asked to move between two statuses its lifecycle does not connect.</summary>
public sealed class InvalidMeetingTransitionException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidMeetingTransitionException"/> class.</summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="from">The meeting's current status.</param>
    /// <param name="to">The status asked for.</param>
    public InvalidMeetingTransitionException(Id<Meeting> meetingId, MeetingStatus from, MeetingStatus to)
        : base($"Meeting {meetingId} cannot go from {from} to {to}; allowed from {from}: {MeetingLifecycle.Describe(from)}.")
    {
        MeetingId = meetingId;
        From = from;
        To = to;
    }

    /// <summary>Gets the meeting.</summary>
    public Id<Meeting> MeetingId { get; }

    /// <summary>Gets the meeting's status when the transition was asked for.</summary>
    public MeetingStatus From { get; }

    /// <summary>Gets the status asked for.</summary>
    public MeetingStatus To { get; }
}
