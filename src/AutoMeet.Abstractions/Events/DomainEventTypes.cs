namespace AutoMeet.Events;

/// <summary>The event types AutoMeet's engines append to the domain-event log.</summary>
public static class DomainEventTypes
{
    /// <summary>An outbound e-mail was sent.</summary>
    public const string EmailSent = "email.sent";

    /// <summary>An outbound e-mail was reported delivered.</summary>
    public const string EmailDelivered = "email.delivered";

    /// <summary>A tracking pixel was loaded (unreliable: privacy proxies load images).</summary>
    public const string EmailOpened = "email.opened";

    /// <summary>A tracked link was clicked.</summary>
    public const string EmailClicked = "email.clicked";

    /// <summary>A prospect replied.</summary>
    public const string EmailReplied = "email.replied";

    /// <summary>An e-mail bounced.</summary>
    public const string EmailBounced = "email.bounced";

    /// <summary>A recipient complained (marked as spam).</summary>
    public const string EmailComplained = "email.complained";

    /// <summary>A reply was classified by the reply pipeline.</summary>
    public const string ReplyClassified = "reply.classified";

    /// <summary>Meeting times were proposed to a prospect.</summary>
    public const string MeetingProposed = "meeting.proposed";

    /// <summary>A meeting waits for the owner's approval.</summary>
    public const string MeetingAwaitingApproval = "meeting.awaiting_approval";

    /// <summary>A meeting was booked on the calendar.</summary>
    public const string MeetingBooked = "meeting.booked";

    /// <summary>A meeting was declined (by the owner, a timeout or a lost slot).</summary>
    public const string MeetingDeclined = "meeting.declined";

    /// <summary>
    /// A booked meeting moved to another time: through AutoMeet (a reply, the API, an approved move) or by hand in the
    /// calendar. The payload holds the new <c>start</c> and <c>end</c> and the <c>previousStart</c>.
    /// </summary>
    public const string MeetingRescheduled = "meeting.rescheduled";

    /// <summary>A booked meeting was cancelled.</summary>
    public const string MeetingCancelled = "meeting.cancelled";

    /// <summary>A meeting took place.</summary>
    public const string MeetingCompleted = "meeting.completed";

    /// <summary>The prospect did not show up.</summary>
    public const string MeetingNoShow = "meeting.no_show";

    /// <summary>An approval request was decided (approved, declined, expired, or another time suggested by the owner).</summary>
    public const string ApprovalDecided = "approval.decided";

    /// <summary>
    /// An address was newly suppressed because the person unsubscribed (link, reply) or the owner suppressed it by hand:
    /// once per suppression. The event names the prospect by id when the owner has one at the address; its payload holds
    /// the <c>reason</c> (<c>unsubscribed</c> or <c>manual</c>) and the <c>source</c>, never the address.
    /// </summary>
    public const string ProspectUnsubscribed = "prospect.unsubscribed";

    /// <summary>A campaign retired one or more losing A/B variants after a winner was declared.</summary>
    public const string CampaignVariantRetired = "campaign.variant_retired";
}
