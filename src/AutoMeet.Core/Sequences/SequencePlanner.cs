using AutoMeet.Sequences.Internal;
using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>
/// The sequence planner. Walks each enrollment from its next step: wait steps add their delay, condition steps are
/// evaluated once their delay has elapsed (the sequence ends when one does not hold), and the first e-mail step is
/// placed at the earliest instant that is not before now, the delay or a snooze, inside the prospect's sending window.
/// </summary>
/// <remarks>Stateless and thread-safe; register it as a singleton. Allocates only a small per-call locale cache.</remarks>
public sealed partial class SequencePlanner : ISequencePlanner
{
    /// <inheritdoc/>
    public void Plan(PlanningContext context, ReadOnlySpan<PlannerEnrollment> enrollments, Span<PlannedStep> results, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (results.Length < enrollments.Length)
        {
            throw new ArgumentException(
                $"The results span holds {results.Length} items but {enrollments.Length} enrollments were given.", nameof(results));
        }

        var cache = new LocaleCache(context);
        for (var i = 0; i < enrollments.Length; i++)
        {
            ref readonly var e = ref enrollments[i];
            ref var locale = ref cache.Get(e.TimeZoneId, e.CountryCode);
            results[i] = Decide(context, in e, ref locale, now, out _);
        }
    }

    /// <inheritdoc/>
    public Instant? ShiftForResume(PlanningContext context, in PlannerEnrollment enrollment, Instant dueAt, Instant pausedAt, Instant resumedAt)
    {
        Span<Instant?> result = [null];
        ShiftForResume(context, [enrollment], [dueAt], result, pausedAt, resumedAt);
        return result[0];
    }

    /// <inheritdoc/>
    public void ShiftForResume(
        PlanningContext context, ReadOnlySpan<PlannerEnrollment> enrollments, ReadOnlySpan<Instant> dueAt, Span<Instant?> results, Instant pausedAt, Instant resumedAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (resumedAt < pausedAt)
        {
            throw new ArgumentException($"The resume instant {resumedAt} is before the pause instant {pausedAt}.", nameof(resumedAt));
        }

        if (dueAt.Length != enrollments.Length || results.Length < enrollments.Length)
        {
            throw new ArgumentException(
                $"Got {enrollments.Length} enrollments, {dueAt.Length} due instants and room for {results.Length} results.", nameof(results));
        }

        var paused = resumedAt - pausedAt;
        var cache = new LocaleCache(context);
        for (var i = 0; i < enrollments.Length; i++)
        {
            var shifted = dueAt[i] + paused;
            if (shifted < resumedAt)
            {
                shifted = resumedAt;
            }

            ref var locale = ref cache.Get(enrollments[i].TimeZoneId, enrollments[i].CountryCode);
            results[i] = WindowMath.TryFit(shifted, context.Window, ref locale, out var fitted) ? fitted : null;
        }
    }

    private static PlannedStep Decide(PlanningContext context, in PlannerEnrollment e, ref LocaleState locale, Instant now, out DecisionTrace trace)
    {
        trace = default;
        var steps = context.Steps;
        var position = e.StepPosition;
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        switch (e.Status)
        {
            case EnrollmentStatus.Completed:
                return new PlannedStep(PlanOutcome.Completed, Math.Max(position, steps.Length), null, StopReason.None);
            case EnrollmentStatus.Stopped:
                return new PlannedStep(PlanOutcome.Stopped, position, null, e.StopReason == StopReason.None ? StopReason.Manual : e.StopReason);
            case EnrollmentStatus.Paused:
                return new PlannedStep(PlanOutcome.Paused, position, null, StopReason.None);
        }

        var stop = StopFor(e.Engagement, context);
        if (stop != StopReason.None)
        {
            return new PlannedStep(PlanOutcome.Stopped, position, null, stop);
        }

        var reference = e.LastSentAt ?? e.EnrolledAt;
        trace.AfterSend = e.LastSentAt.HasValue;
        for (; position < steps.Length; position++)
        {
            ref readonly var step = ref steps[position];
            var due = WindowMath.AddDelay(reference, in step, ref locale);
            trace.DelayDue = due;
            trace.DelayStep = position;
            if (step.Kind == SequenceStepKind.Wait)
            {
                reference = due;
                continue;
            }

            if (step.Kind == SequenceStepKind.Condition)
            {
                if (due > now)
                {
                    return new PlannedStep(PlanOutcome.WaitingOnCondition, position, due, StopReason.None);
                }

                if (!Holds(step.Condition, e.Engagement))
                {
                    return new PlannedStep(PlanOutcome.ConditionNotMet, position, null, StopReason.None);
                }

                reference = due;
                continue;
            }

            return PlaceEmail(context, in e, ref locale, now, position, due, ref trace);
        }

        return new PlannedStep(PlanOutcome.Completed, steps.Length, null, StopReason.None);
    }

    private static PlannedStep PlaceEmail(
        PlanningContext context, in PlannerEnrollment e, ref LocaleState locale, Instant now, int position, Instant due, ref DecisionTrace trace)
    {
        var notBefore = due > now ? due : now;
        var snoozed = e.Status == EnrollmentStatus.Snoozed && e.SnoozedUntil is { } until && until > notBefore;
        if (snoozed)
        {
            notBefore = e.SnoozedUntil!.Value;
        }

        trace.NotBefore = notBefore;
        if (!WindowMath.TryFit(notBefore, context.Window, ref locale, out var at))
        {
            return new PlannedStep(PlanOutcome.NoSendingWindow, position, null, StopReason.None);
        }

        if (context.EndAt is { } end && at >= end)
        {
            return new PlannedStep(PlanOutcome.CampaignEnded, position, null, StopReason.None);
        }

        return new PlannedStep(snoozed ? PlanOutcome.Snoozed : PlanOutcome.Send, position, at, StopReason.None);
    }

    private static StopReason StopFor(EngagementFlags flags, PlanningContext context)
    {
        if (flags == EngagementFlags.None || flags == EngagementFlags.Opened)
        {
            return StopReason.None;
        }

        return (flags & EngagementFlags.Bounced) != 0 ? StopReason.Bounced
            : (flags & EngagementFlags.Unsubscribed) != 0 ? StopReason.Unsubscribed
            : (flags & EngagementFlags.MeetingBooked) != 0 ? StopReason.MeetingBooked
            : (flags & EngagementFlags.Replied) != 0 ? StopReason.Replied
            : (flags & EngagementFlags.CompanyReplied) != 0 && context.StopOnCompanyReply ? StopReason.CompanyReplied
            : (flags & EngagementFlags.Clicked) != 0 && context.StopOnClick ? StopReason.Clicked
            : StopReason.None;
    }

    private static bool Holds(EngagementCondition condition, EngagementFlags flags) => condition switch
    {
        EngagementCondition.Replied => (flags & EngagementFlags.Replied) != 0,
        EngagementCondition.NotReplied => (flags & EngagementFlags.Replied) == 0,
        EngagementCondition.Opened => (flags & EngagementFlags.Opened) != 0,
        EngagementCondition.NotOpened => (flags & EngagementFlags.Opened) == 0,
        EngagementCondition.Clicked => (flags & EngagementFlags.Clicked) != 0,
        EngagementCondition.NotClicked => (flags & EngagementFlags.Clicked) == 0,
        _ => true,
    };
}
