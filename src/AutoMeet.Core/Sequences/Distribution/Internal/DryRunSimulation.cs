using AutoMeet.Accounts;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>The mutable state of one <see cref="CampaignDryRun"/> run.</summary>
internal sealed partial class DryRunSimulation
{
    private readonly ISequencePlanner _planner;
    private readonly IOutreachDistributor _distributor;
    private readonly DryRunScenario _scenario;
    private readonly Duration _breakerWindow;
    private readonly Duration _cooldown;
    private readonly bool _manualReset;
    private readonly PlannerEnrollment[] _enrollments;
    private readonly Id<Enrollment>[] _ids;
    private readonly Id<MailboxAccount>?[] _sticky;
    private readonly bool[] _finished;
    private readonly SimMailbox[] _mailboxes;
    private readonly Dictionary<Id<MailboxAccount>, int> _mailboxIndex = [];
    private readonly PlannedStep[] _plans;

    public DryRunSimulation(ISequencePlanner planner, IOutreachDistributor distributor, DistributionOptions options, DryRunScenario scenario)
    {
        _planner = planner;
        _distributor = distributor;
        _scenario = scenario;
        _breakerWindow = Duration.FromTimeSpan(options.BreakerWindow);
        _cooldown = Duration.FromTimeSpan(options.BreakerCooldown);
        _manualReset = options.BreakerReset == BreakerResetMode.Manual;
        var n = scenario.Enrollments.Count;
        _enrollments = new PlannerEnrollment[n];
        _ids = new Id<Enrollment>[n];
        _sticky = new Id<MailboxAccount>?[n];
        _finished = new bool[n];
        _plans = new PlannedStep[n];
        for (var i = 0; i < n; i++)
        {
            _enrollments[i] = scenario.Enrollments[i].Enrollment;
            _ids[i] = new Id<Enrollment>(new Guid(i, 0x6472, 0x7279, 0, 0, 0, 0, 0, 0, 0, 0)); // deterministic, so runs repeat
        }

        _mailboxes = new SimMailbox[scenario.Mailboxes.Count];
        for (var m = 0; m < _mailboxes.Length; m++)
        {
            _mailboxes[m] = new SimMailbox(scenario.Mailboxes[m]);
            _mailboxIndex[scenario.Mailboxes[m].Id] = m;
        }
    }

    public DryRunReport Run()
    {
        var days = new List<DryRunDay>(_scenario.Days);
        var firstDay = _scenario.Start.InUtc().Date;
        for (var d = 0; d < _scenario.Days; d++)
        {
            var date = firstDay.PlusDays(d);
            var dayStart = date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var dayEnd = dayStart + Duration.FromDays(1);
            ApplyReplies(d);
            var day = new DayLog(date);
            foreach (var mailbox in _mailboxes)
            {
                mailbox.StartDay();
            }

            for (var now = d == 0 ? _scenario.Start : dayStart; now < dayEnd; now += _scenario.TickInterval)
            {
                Tick(now, dayEnd, day);
            }

            days.Add(day.ToDay(_mailboxes));
        }

        var stopped = 0;
        var completed = 0;
        for (var i = 0; i < _enrollments.Length; i++)
        {
            if (_finished[i])
            {
                _ = _enrollments[i].Status == EnrollmentStatus.Stopped ? stopped++ : completed++;
            }
        }

        return new DryRunReport(days, completed, stopped, _enrollments.Length - completed - stopped);
    }

    private void ApplyReplies(int day)
    {
        foreach (var (index, replyDay) in _scenario.ReplyDays ?? new Dictionary<int, int>())
        {
            if (replyDay == day)
            {
                _enrollments[index] = _enrollments[index] with { Engagement = _enrollments[index].Engagement | EngagementFlags.Replied };
            }
        }
    }

    private void Tick(Instant now, Instant dayEnd, DayLog day)
    {
        var context = _scenario.Context;
        _planner.Plan(context, _enrollments, _plans, now);
        var candidates = new List<OutreachCandidate>();
        var owners = new List<int>();
        for (var i = 0; i < _enrollments.Length; i++)
        {
            if (_finished[i])
            {
                continue;
            }

            var plan = _plans[i];
            switch (plan.Outcome)
            {
                case PlanOutcome.Stopped:
                    Finish(i, EnrollmentStatus.Stopped, plan.StopReason, day);
                    continue;
                case PlanOutcome.Completed or PlanOutcome.ConditionNotMet or PlanOutcome.CampaignEnded or PlanOutcome.NoSendingWindow:
                    Finish(i, EnrollmentStatus.Completed, StopReason.None, day);
                    continue;
                case PlanOutcome.Send or PlanOutcome.Snoozed when plan.EarliestAt < dayEnd:
                    var e = _enrollments[i];
                    candidates.Add(new OutreachCandidate(
                        _ids[i], new Id<Prospect>(_ids[i].Value), plan.StepPosition, e.LastSentAt.HasValue, plan.EarliestAt!.Value, context,
                        _scenario.Enrollments[i].RecipientDomain, e.TimeZoneId, e.CountryCode, _sticky[i]));
                    owners.Add(i);
                    break;
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var states = new MailboxState[_mailboxes.Length];
        for (var m = 0; m < states.Length; m++)
        {
            states[m] = _mailboxes[m].State(now, _breakerWindow, _cooldown, _manualReset);
        }

        var decisions = new DistributionDecision[candidates.Count];
        var summary = _distributor.Distribute(candidates.ToArray(), states, decisions, now);
        for (var m = 0; m < summary.Mailboxes.Count; m++)
        {
            if (summary.Mailboxes[m].Breaker == BreakerState.TrippedNow)
            {
                _mailboxes[m].BreakerOpenedAt = now;
                day.Tripped.Add(_mailboxes[m].Id);
            }
        }

        for (var k = 0; k < decisions.Length; k++)
        {
            var i = owners[k];
            var decision = decisions[k];
            if (decision.IsAssigned)
            {
                Send(i, candidates[k], decision, day);
            }
            else
            {
                day.LastDeferral[i] = decision.Reason;
            }
        }
    }

    private void Send(int i, OutreachCandidate candidate, DistributionDecision decision, DayLog day)
    {
        var mailbox = _mailboxes[_mailboxIndex[decision.Mailbox!.Value]];
        var at = decision.SendAt!.Value;
        var bounced = Jitter.Fraction(_ids[i].Value, candidate.StepPosition, 0xB0) < mailbox.Definition.BounceRate;
        var complained = !bounced && Jitter.Fraction(_ids[i].Value, candidate.StepPosition, 0xC0) < mailbox.Definition.ComplaintRate;
        mailbox.Record(at, candidate.IsFollowUp, candidate.RecipientDomain, bounced, complained);
        var e = _enrollments[i];
        _enrollments[i] = e with
        {
            StepPosition = candidate.StepPosition + 1,
            LastSentAt = at,
            Status = e.Status == EnrollmentStatus.Snoozed ? EnrollmentStatus.Active : e.Status,
            Engagement = bounced ? e.Engagement | EngagementFlags.Bounced : e.Engagement,
        };
        _sticky[i] = mailbox.Id;
        day.Sends.Add(new DryRunSend(i, candidate.StepPosition, mailbox.Id, at, candidate.IsFollowUp, bounced));
        day.LastDeferral.Remove(i);
    }

    private void Finish(int i, EnrollmentStatus status, StopReason reason, DayLog day)
    {
        _finished[i] = true;
        _enrollments[i] = _enrollments[i] with { Status = status, StopReason = reason };
        _ = status == EnrollmentStatus.Stopped ? day.Stopped++ : day.Completed++;
        day.LastDeferral.Remove(i);
    }
}
