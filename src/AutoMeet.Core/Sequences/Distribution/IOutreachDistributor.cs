using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Decides which of an owner's mailboxes sends each due e-mail step and at what instant, or why not yet: per-mailbox daily caps, a
/// warm-up ramp, rotation (least-loaded first, ties by mailbox id), a minimum gap with deterministic jitter, a per-recipient-domain
/// throttle, a separate cap on new prospects (follow-ups go first) and a bounce circuit breaker. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// <para>Days are UTC days: the distribution day is the UTC day containing <c>now</c>, daily counts in <see cref="MailboxState"/> are for it,
/// and only sends before its end are assigned (later ones are <see cref="DeferralReason.NotDueToday"/>).</para>
/// <para>Candidates are placed in order: follow-ups first, then by earliest instant (to the second), then by a hash of the enrollment id, so the same input yields the
/// same output. A send is assigned within [earliest, latest], where latest is the close of the prospect's sending window on that local day
/// (computed from <see cref="OutreachCandidate.Context"/>), the end of the distribution day or the campaign's end, whichever is first.</para>
/// <para>Implementations are stateless and thread-safe; each call works on its own state.</para>
/// </remarks>
public interface IOutreachDistributor
{
    /// <summary>Distributes a batch of candidate sends of one owner across the owner's mailboxes.</summary>
    /// <param name="candidates">The due e-mail steps (of any of the owner's campaigns).</param>
    /// <param name="mailboxes">The owner's mailboxes with today's counts.</param>
    /// <param name="results">Receives one decision per candidate, at the same index; at least as long as <paramref name="candidates"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The totals and each mailbox's state after the distribution (breaker trips to store, among others).</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="results"/> is too short, a candidate has no planning context, a mailbox id repeats, or a mailbox's daily limit is below 1.
    /// </exception>
    DistributionSummary Distribute(
        ReadOnlySpan<OutreachCandidate> candidates, ReadOnlySpan<MailboxState> mailboxes, Span<DistributionDecision> results, Instant now);

    /// <summary>Says why one candidate is or is not going out today, as if it were distributed alone against the mailboxes' current state.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="mailboxes">The owner's mailboxes with today's counts.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The verdict and a sentence explaining it.</returns>
    /// <exception cref="ArgumentException">The candidate has no planning context, a mailbox id repeats, or a mailbox's daily limit is below 1.</exception>
    DistributionExplanation Explain(in OutreachCandidate candidate, ReadOnlySpan<MailboxState> mailboxes, Instant now);
}
