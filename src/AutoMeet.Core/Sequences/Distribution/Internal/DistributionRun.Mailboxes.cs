using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <content>Caps, warm-up and the bounce circuit breaker of each mailbox.</content>
internal sealed partial class DistributionRun
{
    private MailboxRun CreateMailbox(MailboxState state, long dayStart)
    {
        var cap = Math.Min(state.DailySendLimit, _settings.Ceiling);
        var warmupBound = false;
        if (_settings.Warmup is { } ramp && state.WarmupStartedAt is { } started)
        {
            var startedTicks = started.ToUnixTimeTicks();
            var startedDay = startedTicks - (((startedTicks % TicksPerDay) + TicksPerDay) % TicksPerDay);
            var day = Math.Max(0, (dayStart - startedDay) / TicksPerDay);
            if (day < ramp.Length && ramp[day] < cap)
            {
                cap = ramp[day];
                warmupBound = true;
            }
        }

        var (breaker, openUntil) = Breaker(state);
        var run = new MailboxRun(state, cap, warmupBound, breaker, openUntil, _settings.MinGapTicks);
        if (state.LastSentAt is { } last)
        {
            run.Fences.Insert(last.ToUnixTimeTicks());
        }

        foreach (var scheduled in state.Scheduled.Span)
        {
            run.Fences.Insert(scheduled.ToUnixTimeTicks());
        }

        return run;
    }

    private (BreakerState State, Instant? OpenUntil) Breaker(MailboxState state)
    {
        if (state.BreakerOpenedAt is { } opened)
        {
            if (_settings.ManualReset)
            {
                return (BreakerState.Open, null);
            }

            var until = opened + _settings.Cooldown;
            if (_now < until)
            {
                return (BreakerState.Open, until);
            }
        }

        var sample = state.RecentSent;
        var trips = sample >= _settings.MinSample
            && (state.RecentBounces >= _settings.BounceThreshold * sample || state.RecentComplaints >= _settings.ComplaintThreshold * sample);
        return trips ? (BreakerState.TrippedNow, _settings.ManualReset ? null : _now + _settings.Cooldown) : (BreakerState.Closed, null);
    }
}
