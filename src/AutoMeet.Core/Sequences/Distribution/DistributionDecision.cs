using AutoMeet.Accounts;
using AutoMeet.Sequences.Distribution.Internal;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents the distributor's verdict for one candidate: which mailbox sends it and when, or why not yet.</summary>
/// <param name="Outcome">Assigned or deferred.</param>
/// <param name="Mailbox">The mailbox that sends it (assigned), or the one that refused it (deferred, when one mailbox decided).</param>
/// <param name="SendAt">The instant to send at (assigned only).</param>
/// <param name="Reason">Why it was deferred; <see cref="DeferralReason.None"/> when assigned.</param>
/// <param name="RetryAt">When it may go out at the earliest (deferred, when known): the next window opening, the next day's, or the breaker's cool-down end.</param>
/// <param name="Limit">The cap that was hit (for cap reasons), for the human sentence.</param>
public readonly record struct DistributionDecision(
    DistributionOutcome Outcome,
    Id<MailboxAccount>? Mailbox,
    Instant? SendAt,
    DeferralReason Reason,
    Instant? RetryAt,
    int Limit = 0)
{
    /// <summary>Gets a value indicating whether the send was assigned.</summary>
    public bool IsAssigned => Outcome == DistributionOutcome.Assigned;

    /// <summary>Creates an assignment.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="sendAt">The send instant.</param>
    /// <returns>The decision.</returns>
    public static DistributionDecision Assigned(Id<MailboxAccount> mailbox, Instant sendAt) =>
        new(DistributionOutcome.Assigned, mailbox, sendAt, DeferralReason.None, null);

    /// <summary>Creates a deferral.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="retryAt">When to look again, if known.</param>
    /// <param name="mailbox">The mailbox that refused it, if one decided.</param>
    /// <param name="limit">The cap that was hit, for cap reasons.</param>
    /// <returns>The decision.</returns>
    public static DistributionDecision Deferred(DeferralReason reason, Instant? retryAt, Id<MailboxAccount>? mailbox = null, int limit = 0) =>
        new(DistributionOutcome.Deferred, mailbox, null, reason, retryAt, limit);

    /// <summary>Describes the decision in one sentence, for example "daily cap reached: mailbox … has sent or scheduled its 50 e-mails today".</summary>
    /// <returns>The sentence (allocated on each call).</returns>
    public string Describe() => DecisionText.Describe(this);
}
