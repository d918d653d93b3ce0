namespace AutoMeet.Meetings;

/// <summary>The kinds of work items the meeting scheduler queues (and handles) besides <c>meeting.propose</c>.</summary>
public static class MeetingWork
{
    /// <summary>Books an approved meeting (<see cref="IMeetingBooker.BookAsync"/>); key and payload are the meeting id.</summary>
    public const string Book = "meeting.book";

    /// <summary>Sends one e-mail of the scheduler (proposal, alternatives, confirmation, approval request) exactly once; the payload names the meeting and the e-mail.</summary>
    public const string Email = "meeting.email";
}
