namespace AutoMeet.Meetings;

/// <summary>What handling one <c>meeting.propose</c> item did.</summary>
internal enum ProposalOutcome
{
    /// <summary>K times were offered, each held.</summary>
    TimesOffered = 0,

    /// <summary>None of the prospect's times is free; the nearest alternatives were offered, each held.</summary>
    AlternativesOffered = 1,

    /// <summary>The prospect chose a free time; the owner was asked to approve it.</summary>
    ApprovalRequested = 2,

    /// <summary>The prospect chose a free time; autonomous mode queued the booking.</summary>
    BookingQueued = 3,

    /// <summary>The owner has no bookable time; they were told.</summary>
    NoAvailability = 4,

    /// <summary>The prospect already has a meeting being approved or booked; nothing changed.</summary>
    MeetingInProgress = 5,

    /// <summary>This reply was handled before; nothing changed.</summary>
    AlreadyHandled = 6,

    /// <summary>The reply, thread, prospect or mailbox no longer exists; nothing to do.</summary>
    Gone = 7,

    /// <summary>The owner has no calendar settings; they were told.</summary>
    NoCalendarSettings = 8,

    /// <summary>The prospect's address or domain is suppressed: nothing was proposed, held or sent.</summary>
    Suppressed = 20,

    /// <summary>A no-show follow-up whose meeting is no longer a no-show (or was erased); nothing to do.</summary>
    NotNoShow = 21,
}
