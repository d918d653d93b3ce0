using AutoMeet.Accounts;
using AutoMeet.Sequences.Internal;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>The working state of one <see cref="OutreachDistributor.Distribute"/> call.</summary>
internal sealed partial class DistributionRun
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;
    private readonly DistributionSettings _settings;
    private readonly MailboxRun[] _mailboxes;
    private readonly int[] _byLoad;
    private readonly Dictionary<Id<MailboxAccount>, int> _index;
    private readonly Dictionary<DomainKey, int> _domainCounts = new(DomainKey.Comparer);
    private readonly Dictionary<string, FenceList>? _domainFences;
    private readonly Dictionary<PlanningContext, LocaleCache> _locales = new(ReferenceEqualityComparer.Instance);
    private readonly Instant _now;
    private readonly Instant _dayEnd;
    private int _closedForNew;
    private DistributionDecision? _allClosedForNew;
    private PlanningContext? _lastContext;
    private LocaleCache? _lastCache;

    public DistributionRun(DistributionSettings settings, ReadOnlySpan<MailboxState> mailboxes, Instant now)
    {
        _settings = settings;
        _now = now;
        var ticks = now.ToUnixTimeTicks();
        var dayStart = ticks - (((ticks % TicksPerDay) + TicksPerDay) % TicksPerDay);
        _dayEnd = Instant.FromUnixTimeTicks(dayStart + TicksPerDay);
        _mailboxes = new MailboxRun[mailboxes.Length];
        _index = new Dictionary<Id<MailboxAccount>, int>(mailboxes.Length);
        for (var i = 0; i < mailboxes.Length; i++)
        {
            var state = mailboxes[i];
            if (state.DailySendLimit < 1)
            {
                throw new ArgumentException($"Mailbox {state.Id} has a daily send limit of {state.DailySendLimit}; it must be at least 1.", nameof(mailboxes));
            }

            if (!_index.TryAdd(state.Id, i))
            {
                throw new ArgumentException($"Mailbox {state.Id} is given more than once.", nameof(mailboxes));
            }

            _mailboxes[i] = CreateMailbox(state, dayStart);
        }

        _byLoad = new int[_mailboxes.Length];
        for (var i = 0; i < _byLoad.Length; i++)
        {
            _byLoad[i] = i;
        }

        Array.Sort(_byLoad, (a, b) => _mailboxes[a].CompareLoad(_mailboxes[b]));
        foreach (var m in _mailboxes)
        {
            _closedForNew += ClosedForNew(m) ? 1 : 0;
        }
        _domainFences = settings.DomainGapTicks > 0 ? new Dictionary<string, FenceList>(StringComparer.OrdinalIgnoreCase) : null;
    }

    public bool TryGetBounds(in OutreachCandidate c, out Instant start, out Instant limit)
    {
        ref var locale = ref Locale(in c);
        return CandidateWindow.TryGetBounds(c.Context, ref locale, c.EarliestAt, _now, _dayEnd, out start, out limit);
    }

    public DistributionDecision Place(in OutreachCandidate c, long start, long limit)
    {
        if (start >= _dayEnd.ToUnixTimeTicks())
        {
            return DistributionDecision.Deferred(DeferralReason.NotDueToday, Instant.FromUnixTimeTicks(start));
        }

        var domain = ThrottledDomain(c.RecipientDomain);
        var jitter = -1L; // computed on the first slot search
        if (c.RequiredMailbox is { } required)
        {
            if (!_index.TryGetValue(required, out var m))
            {
                return DistributionDecision.Deferred(DeferralReason.NoMailbox, null, required);
            }

            return TryMailbox(in c, m, domain, start, limit, ref jitter, out var decision)
                ? Commit(in c, m, domain, decision)
                : WithRetry(in c, decision, limit);
        }

        if (_mailboxes.Length == 0)
        {
            return DistributionDecision.Deferred(DeferralReason.NoMailbox, null);
        }

        // Once every mailbox refuses new prospects for good (caps, breaker, status), they all get the same answer without a search.
        if (!c.IsFollowUp && _closedForNew == _mailboxes.Length && _allClosedForNew is { } closed)
        {
            return WithRetry(in c, closed, limit);
        }

        DistributionDecision best = default;
        var hasBest = false;
        foreach (var m in _byLoad)
        {
            if (TryMailbox(in c, m, domain, start, limit, ref jitter, out var decision))
            {
                return Commit(in c, m, domain, decision);
            }

            if (!hasBest || decision.Reason < best.Reason)
            {
                best = decision;
                hasBest = true;
            }
            else if (decision.Reason == best.Reason && decision.RetryAt is { } r && (best.RetryAt is null || r < best.RetryAt.Value))
            {
                best = best with { RetryAt = r };
            }
        }

        // Several mailboxes refused: name one only when a single mailbox exists.
        best = _mailboxes.Length == 1 ? best : best with { Mailbox = null };
        if (!c.IsFollowUp && _closedForNew == _mailboxes.Length)
        {
            _allClosedForNew = best;
        }

        return WithRetry(in c, best, limit);
    }

    public DistributionSummary Summarize(int candidates)
    {
        var list = new MailboxSummary[_mailboxes.Length];
        var assigned = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var m = _mailboxes[i];
            assigned += m.Assigned;
            list[i] = new MailboxSummary(m.Id, m.Cap, m.Assigned, m.NewAssigned, m.Sent, m.Breaker, m.OpenUntil);
        }

        return new DistributionSummary(assigned, candidates - assigned, list);
    }

    private bool TryMailbox(in OutreachCandidate c, int index, string? domain, long start, long limit, ref long jitter, out DistributionDecision decision)
    {
        var m = _mailboxes[index];
        if (m.State.Status != AccountStatus.Connected)
        {
            decision = DistributionDecision.Deferred(DeferralReason.MailboxUnavailable, null, m.Id);
            return false;
        }

        if (m.Breaker != BreakerState.Closed)
        {
            decision = DistributionDecision.Deferred(DeferralReason.BreakerOpen, m.OpenUntil, m.Id);
            return false;
        }

        if (m.Sent >= m.Cap)
        {
            decision = DistributionDecision.Deferred(m.WarmupBound ? DeferralReason.WarmupCap : DeferralReason.CapReached, null, m.Id, m.Cap);
            return false;
        }

        if (!c.IsFollowUp && m.NewProspects >= _settings.NewProspectCap)
        {
            decision = DistributionDecision.Deferred(DeferralReason.NewProspectCapReached, null, m.Id, _settings.NewProspectCap);
            return false;
        }

        if (domain is not null && DomainCount(index, domain) >= _settings.PerDomainCap)
        {
            decision = DistributionDecision.Deferred(DeferralReason.DomainThrottled, null, m.Id, _settings.PerDomainCap);
            return false;
        }

        if (jitter < 0)
        {
            jitter = (long)(Jitter.Fraction(c.EnrollmentId.Value, c.StepPosition) * _settings.JitterFraction * _settings.MinGapTicks);
        }

        if (!TryFindSlot(m, domain, start, limit, jitter, out var at))
        {
            decision = DistributionDecision.Deferred(DeferralReason.WindowClosed, null, m.Id);
            return false;
        }

        decision = DistributionDecision.Assigned(m.Id, Instant.FromUnixTimeTicks(at));
        return true;
    }

    private bool TryFindSlot(MailboxRun m, string? domain, long start, long limit, long jitter, out long at)
    {
        var gap = _settings.MinGapTicks + jitter;
        var desired = start + jitter < limit ? start + jitter : start;
        var fences = domain is not null && _domainFences is not null && _domainFences.TryGetValue(domain, out var f) ? f : null;
        while (true)
        {
            if (!m.Fences.TryFit(desired, limit, gap, out at))
            {
                return false;
            }

            if (fences is null)
            {
                return true;
            }

            if (!fences.TryFit(at, limit, _settings.DomainGapTicks, out var domainAt))
            {
                return false;
            }

            if (domainAt == at)
            {
                return true;
            }

            desired = domainAt;
        }
    }

    private DistributionDecision Commit(in OutreachCandidate c, int index, string? domain, DistributionDecision decision)
    {
        var m = _mailboxes[index];
        var wasClosed = ClosedForNew(m);
        var ticks = decision.SendAt!.Value.ToUnixTimeTicks();
        m.Fences.Insert(ticks);
        m.Sent++;
        m.Assigned++;
        if (!c.IsFollowUp)
        {
            m.NewProspects++;
            m.NewAssigned++;
        }

        if (domain is not null)
        {
            var key = new DomainKey(index, domain);
            _domainCounts[key] = DomainCount(index, domain) + 1;
            if (_domainFences is not null)
            {
                if (!_domainFences.TryGetValue(domain, out var fences))
                {
                    fences = new FenceList(_settings.DomainGapTicks);
                    _domainFences[domain] = fences;
                }

                fences.Insert(ticks);
            }
        }

        _closedForNew += !wasClosed && ClosedForNew(m) ? 1 : 0;
        Reorder(index);
        return decision;
    }

    /// <summary>Moves a mailbox whose load grew to its place in the load order.</summary>
    private void Reorder(int index)
    {
        var p = Array.IndexOf(_byLoad, index);
        while (p + 1 < _byLoad.Length && _mailboxes[_byLoad[p]].CompareLoad(_mailboxes[_byLoad[p + 1]]) > 0)
        {
            (_byLoad[p], _byLoad[p + 1]) = (_byLoad[p + 1], _byLoad[p]);
            p++;
        }
    }

    /// <summary>Gets whether a mailbox refuses every new prospect for the rest of this distribution (these states never reopen within it).</summary>
    private bool ClosedForNew(MailboxRun m) => !m.CanSend || m.Sent >= m.Cap || m.NewProspects >= _settings.NewProspectCap;

    private int DomainCount(int index, string domain)
    {
        if (_domainCounts.TryGetValue(new DomainKey(index, domain), out var count))
        {
            return count;
        }

        var known = _mailboxes[index].State.DomainSendsToday;
        return known is not null && known.TryGetValue(domain, out var sent) ? sent : 0;
    }

    private string? ThrottledDomain(string? domain) =>
        string.IsNullOrEmpty(domain) || _settings.Exempt.Contains(domain) ? null : domain;

    /// <summary>Fills in when a deferred candidate may go out, computed once for the reason finally reported.</summary>
    private DistributionDecision WithRetry(in OutreachCandidate c, DistributionDecision decision, long limit)
    {
        Instant from;
        switch (decision.Reason)
        {
            case DeferralReason.WindowClosed:
                from = Instant.FromUnixTimeTicks(limit);
                break;
            case DeferralReason.CapReached or DeferralReason.WarmupCap or DeferralReason.NewProspectCapReached or DeferralReason.DomainThrottled:
                from = _dayEnd;
                break;
            default:
                return decision;
        }

        ref var locale = ref Locale(in c);
        return decision with { RetryAt = CandidateWindow.NextOpening(c.Context, ref locale, from) };
    }

    private ref LocaleState Locale(in OutreachCandidate c)
    {
        if (!ReferenceEquals(c.Context, _lastContext))
        {
            if (!_locales.TryGetValue(c.Context, out var cache))
            {
                cache = new LocaleCache(c.Context);
                _locales[c.Context] = cache;
            }

            _lastContext = c.Context;
            _lastCache = cache;
        }

        return ref _lastCache!.Get(c.TimeZoneId, c.CountryCode);
    }
}
