using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>One mailbox's working state during one distribution.</summary>
internal sealed class MailboxRun(MailboxState state, int cap, bool warmupBound, BreakerState breaker, Instant? openUntil, long baseGap)
{
    public MailboxState State { get; } = state;

    public Id<MailboxAccount> Id => State.Id;

    public int Cap { get; } = cap;

    public bool WarmupBound { get; } = warmupBound;

    public BreakerState Breaker { get; } = breaker;

    public Instant? OpenUntil { get; } = openUntil;

    public FenceList Fences { get; } = new(baseGap);

    public int Sent { get; set; } = state.SentToday;

    public int NewProspects { get; set; } = state.NewProspectsToday;

    public int Assigned { get; set; }

    public int NewAssigned { get; set; }

    public bool CanSend => State.Status == AccountStatus.Connected && Breaker == BreakerState.Closed;

    /// <summary>Compares loads (share of the cap used), then ids, without floating point.</summary>
    public int CompareLoad(MailboxRun other)
    {
        var c = ((long)Sent * other.Cap).CompareTo((long)other.Sent * Cap);
        return c != 0 ? c : Id.CompareTo(other.Id);
    }
}
