using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents what one distribution did with one mailbox.</summary>
/// <param name="Id">The mailbox.</param>
/// <param name="Cap">Its effective cap for the day: the least of its daily limit, today's warm-up step and <see cref="DistributionOptions.MaxDailySendsPerMailbox"/>.</param>
/// <param name="Assigned">Sends assigned to it by this distribution.</param>
/// <param name="NewProspectsAssigned">Of those, first e-mails to new prospects.</param>
/// <param name="SentToday">Sends made or scheduled today, including this distribution's.</param>
/// <param name="Breaker">Its breaker state; on <see cref="BreakerState.TrippedNow"/> store <see cref="MailboxState.BreakerOpenedAt"/> = now.</param>
/// <param name="BreakerOpenUntil">When an open breaker closes by itself (cool-down), if it does.</param>
public readonly record struct MailboxSummary(
    Id<MailboxAccount> Id, int Cap, int Assigned, int NewProspectsAssigned, int SentToday, BreakerState Breaker, Instant? BreakerOpenUntil);
