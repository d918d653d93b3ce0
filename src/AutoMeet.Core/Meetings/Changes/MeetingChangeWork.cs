namespace AutoMeet.Meetings.Changes;

/// <summary>The kinds of work items behind meeting changes.</summary>
public static class MeetingChangeWork
{
    /// <summary>
    /// A prospect's reply asks to move or cancel their meeting (queued by the reply pipeline); the key is the inbound
    /// message's id and the payload a <see cref="Replies.Pipeline.MeetingProposalRequest"/> as JSON.
    /// </summary>
    public const string FromReply = "meeting.change";

    /// <summary>Brings a meeting's calendar event in line with the meeting (patch its time, or cancel it); the payload is the meeting id.</summary>
    public const string SyncEvent = "meeting.event-sync";

    /// <summary>Moves a booked meeting the owner approved moving by link; the key is the approval request's id, the payload names the meeting and the new start.</summary>
    public const string ApprovedMove = "meeting.move";
}
