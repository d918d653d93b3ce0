using System.Globalization;
using AutoMeet.Sequences.Internal;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sequences;

/// <content>Explains one decision in words.</content>
public sealed partial class SequencePlanner
{
    private static readonly ZonedDateTimePattern LocalPattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm z", null);

    /// <inheritdoc/>
    public PlanExplanation Explain(PlanningContext context, in PlannerEnrollment enrollment, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var locale = new LocaleCache(context).Get(enrollment.TimeZoneId, enrollment.CountryCode);
        var decision = Decide(context, in enrollment, ref locale, now, out var trace);
        return new PlanExplanation(decision, Reason(context, in enrollment, decision, trace, locale.Zone, now));
    }

    private static string Reason(
        PlanningContext context, in PlannerEnrollment e, PlannedStep decision, DecisionTrace trace, DateTimeZone zone, Instant now)
    {
        string Local(Instant instant) => LocalPattern.Format(instant.InZone(zone));

        switch (decision.Outcome)
        {
            case PlanOutcome.Stopped:
                return "stopped: " + Words(decision.StopReason);
            case PlanOutcome.Paused:
                return "paused: the enrollment or its campaign is paused";
            case PlanOutcome.Completed:
                return "completed: every step has run";
            case PlanOutcome.ConditionNotMet:
                return string.Create(CultureInfo.InvariantCulture, $"condition '{Words(context.Steps[decision.StepPosition].Condition)}' of step {decision.StepPosition} did not hold: the sequence ends");
            case PlanOutcome.WaitingOnCondition:
                return string.Create(CultureInfo.InvariantCulture, $"waiting {Delay(context, trace)} {After(trace)} to evaluate condition '{Words(context.Steps[decision.StepPosition].Condition)}' (at {Local(decision.EarliestAt!.Value)})");
            case PlanOutcome.CampaignEnded:
                return string.Create(CultureInfo.InvariantCulture, $"the campaign ends at {Local(context.EndAt!.Value)}, before step {decision.StepPosition} could be sent");
            case PlanOutcome.NoSendingWindow:
                return string.Create(CultureInfo.InvariantCulture, $"no sending window opens within {WindowMath.MaxSearchDays} days in {zone.Id}");
        }

        var at = decision.EarliestAt!.Value;
        if (at <= now)
        {
            return string.Create(CultureInfo.InvariantCulture, $"due now: step {decision.StepPosition} can be sent");
        }

        var windowMoved = at > trace.NotBefore;
        var window = string.Create(CultureInfo.InvariantCulture, $"window closed until {Local(at)}");
        if (decision.Outcome == PlanOutcome.Snoozed)
        {
            var snooze = string.Create(CultureInfo.InvariantCulture, $"snoozed until {Local(e.SnoozedUntil!.Value)}");
            return windowMoved ? snooze + ", then " + window : snooze;
        }

        if (trace.DelayDue > now)
        {
            var waiting = string.Create(CultureInfo.InvariantCulture, $"waiting {Delay(context, trace)} {After(trace)} (until {Local(trace.DelayDue)})");
            return windowMoved ? waiting + ", then " + window : waiting;
        }

        return window;
    }

    private static string Delay(PlanningContext context, DecisionTrace trace)
    {
        var step = context.Steps[trace.DelayStep];
        return step.DelayUnit == DelayUnit.Hours
            ? string.Create(CultureInfo.InvariantCulture, $"{step.DelayAmount} hour{(step.DelayAmount == 1 ? string.Empty : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{step.DelayAmount} business day{(step.DelayAmount == 1 ? string.Empty : "s")}");
    }

    private static string After(DecisionTrace trace) =>
        trace.AfterSend ? "after the last step" : "after enrollment";

    private static string Words(StopReason reason) => reason switch
    {
        StopReason.Replied => "replied",
        StopReason.CompanyReplied => "someone at the company replied",
        StopReason.MeetingBooked => "meeting booked",
        StopReason.Clicked => "clicked a link",
        StopReason.Unsubscribed => "unsubscribed",
        StopReason.Bounced => "bounced",
        _ => "stopped by hand",
    };

    private static string Words(EngagementCondition condition) => condition switch
    {
        EngagementCondition.Replied => "replied",
        EngagementCondition.NotReplied => "not replied",
        EngagementCondition.Opened => "opened",
        EngagementCondition.NotOpened => "not opened",
        EngagementCondition.Clicked => "clicked",
        EngagementCondition.NotClicked => "not clicked",
        _ => "none",
    };
}
