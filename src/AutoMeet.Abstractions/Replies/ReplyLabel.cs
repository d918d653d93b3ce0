namespace AutoMeet.Replies;

/// <summary>
/// The category of a reply, as defined in the product's reply-labels reference. The wire names (for JSON and the
/// command line) are the lowercase snake-case forms returned by <see cref="ReplyLabelNames.ToWireName(ReplyLabel)"/>.
/// </summary>
/// <remarks>Precedence when several apply: bounce, unsubscribe, cancel/reschedule, out_of_office, referral,
/// interested_meeting, interested_info, objection, not_interested, question.</remarks>
public enum ReplyLabel
{
    /// <summary><c>question</c>: a neutral question with no clear positive or negative signal.</summary>
    Question = 0,

    /// <summary><c>interested_meeting</c>: agrees to talk, asks to book, proposes or accepts times, or books.</summary>
    InterestedMeeting = 1,

    /// <summary><c>interested_info</c>: positive, but wants material (deck, case study, pricing sheet, trial) first.</summary>
    InterestedInfo = 2,

    /// <summary><c>not_interested</c>: a flat or final decline with no removal request and no handleable reason.</summary>
    NotInterested = 3,

    /// <summary><c>objection</c>: pushback with a reason that might be handled; see <see cref="ObjectionType"/>.</summary>
    Objection = 4,

    /// <summary><c>referral</c>: points to another named person or address.</summary>
    Referral = 5,

    /// <summary><c>out_of_office</c>: an auto-reply or a human note saying they are away.</summary>
    OutOfOffice = 6,

    /// <summary><c>unsubscribe</c>: asks to be removed or to stop.</summary>
    Unsubscribe = 7,

    /// <summary><c>bounce</c>: a delivery-failure notification from a mail server.</summary>
    Bounce = 8,

    /// <summary><c>reschedule</c>: moves an already scheduled meeting.</summary>
    Reschedule = 9,

    /// <summary><c>cancel</c>: cancels an already scheduled meeting.</summary>
    Cancel = 10,
}
