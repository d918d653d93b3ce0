using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Represents one of the owner's mailboxes as input to the <see cref="IOutreachDistributor"/>. Daily counts are per distribution day: the
/// UTC day that contains the distribution's <c>now</c> (a send counts on the UTC day of its send instant).
/// </summary>
/// <param name="Id">The mailbox.</param>
/// <param name="Status">The account's status; only <see cref="AccountStatus.Connected"/> mailboxes send.</param>
/// <param name="DailySendLimit">The mailbox's daily limit (<see cref="MailboxAccount.DailySendLimit"/>); at least 1.</param>
/// <param name="WarmupStartedAt">When its warm-up began (<see cref="MailboxAccount.WarmupStartedAt"/>); <see langword="null"/> for an established mailbox.</param>
/// <param name="SentToday">E-mails sent or scheduled (outbox) from it on the distribution day.</param>
/// <param name="NewProspectsToday">Of those, first e-mails to new prospects.</param>
/// <param name="LastSentAt">When it last sent, if ever; the next send keeps the minimum gap from it.</param>
/// <param name="Scheduled">
/// Send instants already scheduled (outbox rows not yet sent); new sends keep the minimum gap from each. They are not counted again: include
/// them in <paramref name="SentToday"/>.
/// </param>
/// <param name="RecentSent">E-mails sent over the rolling window (<see cref="DistributionOptions.BreakerWindow"/>), counted from the last breaker reset if later.</param>
/// <param name="RecentBounces">Of those, how many bounced.</param>
/// <param name="RecentComplaints">Of those, how many were reported as spam.</param>
/// <param name="BreakerOpenedAt">When the breaker last tripped, as stored by the caller after a <see cref="BreakerState.TrippedNow"/>; cleared by a manual reset.</param>
/// <param name="DomainSendsToday">E-mails sent or scheduled today per recipient domain (case-insensitive keys), for the per-domain cap; <see langword="null"/> when none.</param>
public readonly record struct MailboxState(
    Id<MailboxAccount> Id,
    AccountStatus Status,
    int DailySendLimit,
    Instant? WarmupStartedAt = null,
    int SentToday = 0,
    int NewProspectsToday = 0,
    Instant? LastSentAt = null,
    ReadOnlyMemory<Instant> Scheduled = default,
    int RecentSent = 0,
    int RecentBounces = 0,
    int RecentComplaints = 0,
    Instant? BreakerOpenedAt = null,
    IReadOnlyDictionary<string, int>? DomainSendsToday = null)
{
    /// <summary>Creates the state of a stored mailbox account with no activity counted yet.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The state; set the counters with <see langword="with"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is <see langword="null"/>.</exception>
    public static MailboxState From(MailboxAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new MailboxState(account.Id, account.Status, account.DailySendLimit, account.WarmupStartedAt);
    }
}
