namespace AutoMeet.Compliance;

/// <summary>The purposes of the links AutoMeet signs.</summary>
public static class LinkPurposes
{
    /// <summary>A one-click unsubscribe link; subjects are the owner id and the normalised address.</summary>
    public const string Unsubscribe = "unsubscribe";

    /// <summary>The purpose of a tracked link's redirect token (subjects: outbox row id, target URL).</summary>
    public const string TrackClick = "track-click";

    /// <summary>The purpose of an open-tracking pixel's token (subject: outbox row id).</summary>
    public const string TrackOpen = "track-open";

    /// <summary>An owner's link to approve booking a meeting; subjects are the approval request id and the owner id.</summary>
    public const string ApproveMeeting = "meeting-approve";

    /// <summary>An owner's link to decline booking a meeting; subjects are the approval request id and the owner id.</summary>
    public const string DeclineMeeting = "meeting-decline";

    /// <summary>An owner's link to suggest another time for a meeting awaiting approval; subjects are the approval request id and the owner id.</summary>
    public const string SuggestMeetingTime = "meeting-suggest";
}
