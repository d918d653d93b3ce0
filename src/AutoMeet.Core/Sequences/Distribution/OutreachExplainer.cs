using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Combines <see cref="ISequencePlanner.Explain"/> (window closed, waiting on a delay, paused, stopped…) with
/// <see cref="IOutreachDistributor.Explain"/> (cap reached, warm-up, throttled, breaker open…) into one explanation.
/// </summary>
public static class OutreachExplainer
{
    /// <summary>Combines the two verdicts on one enrollment's next step.</summary>
    /// <param name="plan">The planner's explanation.</param>
    /// <param name="distribution">The distributor's explanation, or <see langword="null"/> when the step was not distributed (not an e-mail due today).</param>
    /// <param name="now">The instant both were computed at.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static OutreachExplanation Combine(PlanExplanation plan, DistributionExplanation? distribution, Instant now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var step = plan.Decision;
        switch (step.Outcome)
        {
            case PlanOutcome.Paused:
                return new OutreachExplanation(OutreachState.Paused, plan.Reason, null, step, null);
            case PlanOutcome.WaitingOnCondition:
                return new OutreachExplanation(OutreachState.Waiting, plan.Reason, step.EarliestAt, step, null);
            case PlanOutcome.NoSendingWindow:
                return new OutreachExplanation(OutreachState.Blocked, plan.Reason, null, step, null);
            case PlanOutcome.Completed or PlanOutcome.ConditionNotMet or PlanOutcome.Stopped or PlanOutcome.CampaignEnded:
                return new OutreachExplanation(OutreachState.Finished, plan.Reason, null, step, null);
        }

        if (distribution is null || distribution.Decision.Reason == DeferralReason.NotDueToday)
        {
            return new OutreachExplanation(OutreachState.Waiting, plan.Reason, step.EarliestAt, step, distribution?.Decision);
        }

        var d = distribution.Decision;
        var notYetDue = step.EarliestAt is { } at && at > now;
        var reason = notYetDue ? plan.Reason + ", then " + distribution.Reason : distribution.Reason;
        return d.IsAssigned
            ? new OutreachExplanation(OutreachState.Scheduled, reason, d.SendAt, step, d)
            : new OutreachExplanation(OutreachState.Deferred, reason, d.RetryAt, step, d);
    }
}
