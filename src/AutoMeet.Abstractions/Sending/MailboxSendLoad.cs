using NodaTime;

namespace AutoMeet.Sending;

/// <summary>Represents how much one mailbox has sent or has planned in a period: the distributor's input for caps and spacing.</summary>
/// <param name="Total">Rows sent or still pending in the period (cancelled and failed rows do not count).</param>
/// <param name="FirstTouches">Of those, first e-mails to new prospects.</param>
/// <param name="LastDueAt">The latest planned or sent instant in the period, if any.</param>
public readonly record struct MailboxSendLoad(int Total, int FirstTouches, Instant? LastDueAt);
