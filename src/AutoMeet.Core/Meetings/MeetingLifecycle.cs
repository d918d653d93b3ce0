namespace AutoMeet.Meetings;

/// <summary>
/// The meeting lifecycle as a state machine: <c>Proposed</c> (times offered, each held) → <c>AwaitingApproval</c>
/// (the prospect chose; the owner or the autonomous rule decides) → <c>Scheduled</c> → <c>Completed</c> or
/// <c>NoShow</c>; <c>Declined</c> and <c>Cancelled</c> end it early. A proposal may be moved to another slot
/// (<c>Proposed</c> → <c>Proposed</c>), and a chosen slot taken meanwhile sends the meeting back to <c>Proposed</c>
/// with alternatives. <c>Declined</c>, <c>Cancelled</c>, <c>Completed</c> and <c>NoShow</c> are final.
/// </summary>
public static class MeetingLifecycle
{
    /// <summary>Returns whether a meeting may move from one status to another.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns><see langword="true"/> if the transition is allowed.</returns>
    public static bool CanMove(MeetingStatus from, MeetingStatus to) => Allowed(from).Contains(to);

    /// <summary>Moves a meeting to a status, or throws when its lifecycle does not allow it.</summary>
    /// <param name="meeting">The meeting (changed in place; not stored).</param>
    /// <param name="to">The new status.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidMeetingTransitionException">The transition is not allowed.</exception>
    public static void Move(Meeting meeting, MeetingStatus to)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (!CanMove(meeting.Status, to))
        {
            throw new InvalidMeetingTransitionException(meeting.Id, meeting.Status, to);
        }

        meeting.Status = to;
    }

    /// <summary>Returns whether a status is final (no transition leaves it).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> if nothing can follow it.</returns>
    public static bool IsFinal(MeetingStatus status) => Allowed(status).Length == 0;

    internal static string Describe(MeetingStatus from)
    {
        var allowed = Allowed(from);
        return allowed.Length == 0 ? "nothing (final)" : string.Join(", ", allowed);
    }

    private static MeetingStatus[] Allowed(MeetingStatus from) => from switch
    {
        MeetingStatus.Proposed => [MeetingStatus.Proposed, MeetingStatus.AwaitingApproval, MeetingStatus.Declined, MeetingStatus.Cancelled],
        MeetingStatus.AwaitingApproval => [MeetingStatus.Scheduled, MeetingStatus.Proposed, MeetingStatus.Declined, MeetingStatus.Cancelled],
        MeetingStatus.Scheduled => [MeetingStatus.Completed, MeetingStatus.NoShow, MeetingStatus.Cancelled],
        _ => [],
    };
}
