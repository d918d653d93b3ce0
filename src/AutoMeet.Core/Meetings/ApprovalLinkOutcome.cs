namespace AutoMeet.Meetings;

/// <summary>Represents what an approval link led to; each outcome has its own page in a host.</summary>
public enum ApprovalLinkOutcome
{
    /// <summary>The link is valid and the request is waiting: show the confirmation button (nothing was decided).</summary>
    Pending = 0,

    /// <summary>The meeting was approved now (see <see cref="ApprovalLinkResult.Booking"/> for the booking).</summary>
    Approved = 1,

    /// <summary>The meeting was declined now.</summary>
    Declined = 2,

    /// <summary>The link has expired (HTTP 410); nothing changed.</summary>
    Expired = 3,

    /// <summary>The request was decided before, or the meeting is no longer open; nothing changed (see <see cref="ApprovalLinkResult.RequestStatus"/>).</summary>
    AlreadyHandled = 4,

    /// <summary>The link is forged, garbled, for another purpose or unknown (HTTP 400); nothing changed.</summary>
    Invalid = 5,

    /// <summary>
    /// The owner suggested another time now: it is held and proposed to the prospect in the thread, and the meeting is a
    /// proposal again (see <see cref="ApprovalLinkResult.SuggestedStart"/>).
    /// </summary>
    AlternativeSuggested = 6,

    /// <summary>The time chosen on a Suggest-another-time page is not bookable (any more); nothing changed and the link still works.</summary>
    SlotUnavailable = 7,
}
