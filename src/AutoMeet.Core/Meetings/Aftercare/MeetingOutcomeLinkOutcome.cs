namespace AutoMeet.Meetings.Aftercare;

/// <summary>Represents what an owner's post-meeting link led to; each outcome has its own page in a host.</summary>
public enum MeetingOutcomeLinkOutcome
{
    /// <summary>The link is valid and the meeting not marked yet: show the confirmation button (nothing was decided).</summary>
    Pending = 0,

    /// <summary>The meeting was marked as held now.</summary>
    Completed = 1,

    /// <summary>The meeting was marked as a no-show now.</summary>
    NoShow = 2,

    /// <summary>The link has expired (HTTP 410); nothing changed.</summary>
    Expired = 3,

    /// <summary>The meeting was marked before (by a link or the rule) or is no longer scheduled; nothing changed (see <see cref="MeetingOutcomeLinkResult.MeetingStatus"/>).</summary>
    AlreadyHandled = 4,

    /// <summary>The link is forged, garbled, for another purpose, or for a meeting that has since moved (HTTP 400); nothing changed.</summary>
    Invalid = 5,
}
