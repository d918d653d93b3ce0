using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents one of the owner's mailboxes in a <see cref="CampaignDryRun"/>.</summary>
/// <param name="Id">The mailbox.</param>
/// <param name="DailySendLimit">Its daily limit; at least 1.</param>
/// <param name="WarmupStartedAt">When its warm-up began, if it is warming up.</param>
/// <param name="BounceRate">The simulated share of its sends that bounce, in [0, 1]; which ones is decided by a hash, so runs repeat.</param>
/// <param name="ComplaintRate">The simulated share of its sends reported as spam, in [0, 1].</param>
/// <param name="Status">Its account status.</param>
public readonly record struct DryRunMailbox(
    Id<MailboxAccount> Id,
    int DailySendLimit,
    Instant? WarmupStartedAt = null,
    double BounceRate = 0,
    double ComplaintRate = 0,
    AccountStatus Status = AccountStatus.Connected);
