using AutoMeet.Compliance;

namespace AutoMeet.Meetings.Changes;

/// <summary>How one cancellation is carried out: who, why, and which effects it has besides the status change.</summary>
/// <param name="Actor">Who cancels, from the meeting.</param>
/// <param name="Reason">The audit reason.</param>
/// <param name="ProspectNote">The note the prospect gets in the thread, if any.</param>
/// <param name="CancelEvent">Whether the calendar event is cancelled (not when it is already gone, or left to the owner).</param>
/// <param name="OwnerMessage">The owner notification's first sentence (the prospect's name is put in front).</param>
internal sealed record CancelPlan(Func<Meeting, MeetingActor> Actor, string Reason, MeetingEmailKind? ProspectNote, bool CancelEvent, string OwnerMessage)
{
    public static CancelPlan ForActor(MeetingChangeActor actor, string reason) => actor switch
    {
        MeetingChangeActor.Prospect => new(m => ProspectActor(m), reason, MeetingEmailKind.CancellationConfirmed, true, "cancelled your meeting"),
        MeetingChangeActor.Owner => new(m => MeetingActor.Owner(m.OwnerId), reason, MeetingEmailKind.Cancelled, true, "was told the meeting is cancelled"),
        _ => new(_ => Host, reason, MeetingEmailKind.Cancelled, true, "was told the meeting is cancelled"),
    };

    /// <summary>The prospect's reply asked to cancel: confirmed to them, event cancelled.</summary>
    public static CancelPlan FromReply { get; } = new(m => ProspectActor(m), "the prospect asked to cancel by reply", MeetingEmailKind.CancellationConfirmed, true, "asked to cancel your meeting; it is cancelled");

    /// <summary>The event was deleted in the calendar: nothing to delete, nothing to announce (the calendar told the guests).</summary>
    public static CancelPlan EventDeleted { get; } = new(_ => Calendar, "the calendar event was deleted", null, false, "no longer has a meeting with you: its calendar event was deleted");

    /// <summary>The prospect declined the invitation: the event stays for the owner to remove (deleting it would mail the prospect again).</summary>
    public static CancelPlan AttendeeDeclined { get; } = new(m => ProspectActor(m), "the prospect declined the calendar invitation", null, false, "declined the calendar invitation, so the meeting is cancelled; the event is still in your calendar");

    private static MeetingActor Host => new(ActorKind.System, "host");

    private static MeetingActor Calendar => new(ActorKind.System, "calendar-sync");

    private static MeetingActor ProspectActor(Meeting meeting) => new(ActorKind.Prospect, meeting.ProspectId.ToString());
}
