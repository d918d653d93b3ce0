using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>Words for <see cref="DistributionDecision"/>s.</summary>
internal static class DecisionText
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm'Z'");

    public static string Describe(DistributionDecision d)
    {
        if (d.IsAssigned)
        {
            return Invariant($"scheduled from mailbox {d.Mailbox} at {Format(d.SendAt)}");
        }

        var retry = d.RetryAt is { } at ? Invariant($"; next try at {Format(at)}") : string.Empty;
        var mailbox = d.Mailbox is { } m ? Invariant($"mailbox {m}") : "every mailbox";
        var text = d.Reason switch
        {
            DeferralReason.NotDueToday => "not due today",
            DeferralReason.WindowClosed => "window closed: no free slot is left in today's sending window with the spacing rules",
            DeferralReason.DomainThrottled => Invariant($"domain throttled: {mailbox} already sent {d.Limit} e-mails to this recipient domain today"),
            DeferralReason.NewProspectCapReached => Invariant($"new-prospect cap reached: {mailbox} already e-mailed {d.Limit} new prospects today"),
            DeferralReason.WarmupCap => Invariant($"warm-up cap reached: {mailbox} is warming up and may send {d.Limit} e-mails today"),
            DeferralReason.CapReached => Invariant($"daily cap reached: {mailbox} has sent or scheduled its {d.Limit} e-mails today"),
            DeferralReason.BreakerOpen => Invariant($"breaker open: {mailbox} is paused because its bounce or complaint rate crossed the threshold"),
            DeferralReason.MailboxUnavailable => Invariant($"mailbox unavailable: {mailbox} is paused or disconnected"),
            DeferralReason.NoMailbox => "no mailbox: the owner has no mailbox that can send it (or the thread's mailbox is gone)",
            _ => "deferred",
        };
        return text + retry;
    }

    private static string Format(Instant? at) => at is { } value ? Pattern.Format(value) : "?";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
