using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>"Why has this prospect not been e-mailed yet?": the scheduler's own inputs, run through the planner and the distributor's explainers.</summary>
internal sealed partial class SequenceScheduler
{
    public async Task<OutreachExplanation> ExplainAsync(IAutoMeetStore store, Id<Enrollment> enrollmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = _clock.GetCurrentInstant();
        var enrollment = await store.Enrollments.FindAsync(enrollmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Enrollment {enrollmentId} does not exist.");
        var campaign = await store.Campaigns.FindAsync(enrollment.CampaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Campaign {enrollment.CampaignId} of enrollment {enrollmentId} does not exist.");
        var prospect = await store.Prospects.FindAsync(enrollment.ProspectId, cancellationToken).ConfigureAwait(false);
        var blocked = new PlannedStep(PlanOutcome.NoSendingWindow, enrollment.NextStepPosition, null, enrollment.StopReason);
        if (prospect is null)
        {
            return new OutreachExplanation(OutreachState.Blocked, $"prospect {enrollment.ProspectId} no longer exists (erased?).", null, blocked, null);
        }

        var sequence = campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false) : null;
        var schedule = await store.CampaignSchedules.FindByCampaignAsync(campaign.Id, cancellationToken).ConfigureAwait(false);
        if (sequence is null || schedule is null)
        {
            return new OutreachExplanation(OutreachState.Blocked, $"campaign '{campaign.Name}' has no {(sequence is null ? "sequence" : "schedule")}.", null, blocked, null);
        }

        PlanningContext context;
        try
        {
            context = PlanningContext.Create(sequence, schedule, _zones, await _holidays.GetHolidaysAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false));
        }
        catch (SequenceValidationException exception)
        {
            return new OutreachExplanation(OutreachState.Blocked, exception.Message, null, blocked, null);
        }

        var hasConditions = sequence.StopOnClick || sequence.Steps.Any(s => s.Kind == SequenceStepKind.Condition);
        var engagement = hasConditions ? await EngagementAsync(store, enrollment, cancellationToken).ConfigureAwait(false) : EngagementFlags.None;
        var plan = _planner.Explain(context, PlannerInput(enrollment, prospect, engagement), now);
        if (enrollment.Status == EnrollmentStatus.Active && enrollment.NextStepDueAt is { } queued)
        {
            return new OutreachExplanation(
                OutreachState.Scheduled, $"step {enrollment.NextStepPosition} is in the outbox to go out at {queued}.", queued, plan.Decision, null);
        }

        OutreachState? campaignState = campaign.Status switch
        {
            CampaignStatus.Active => null,
            CampaignStatus.Paused => OutreachState.Paused,
            CampaignStatus.Completed or CampaignStatus.Cancelled or CampaignStatus.Archived => OutreachState.Finished,
            _ => OutreachState.Waiting,
        };
        if (campaignState is { } state && plan.Decision.Outcome is PlanOutcome.Send or PlanOutcome.Snoozed)
        {
            return new OutreachExplanation(state, $"campaign '{campaign.Name}' is {campaign.Status}; when it runs: {plan.Reason}", plan.Decision.EarliestAt, plan.Decision, null);
        }

        DistributionExplanation? distribution = null;
        if (plan.Decision is { Outcome: PlanOutcome.Send or PlanOutcome.Snoozed, EarliestAt: { } at })
        {
            var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false);
            if (mailboxes.Count == 0)
            {
                return new OutreachExplanation(OutreachState.Blocked, "the campaign's owner has no mailbox to send from.", null, plan.Decision, null);
            }

            var (_, states) = await MailboxStatesAsync(store, campaign, mailboxes, now, cancellationToken).ConfigureAwait(false);
            distribution = _distributor.Explain(Candidate(enrollment, prospect, plan.Decision.StepPosition, at, context), states, now);
        }

        return OutreachExplainer.Combine(plan, distribution, now);
    }

    private static PlannerEnrollment PlannerInput(Enrollment enrollment, Prospect prospect, EngagementFlags engagement) => new(
        enrollment.NextStepPosition,
        enrollment.Status,
        enrollment.CreatedAt,
        enrollment.LastStepSentAt,
        enrollment.SnoozedUntil,
        prospect.TimeZoneId,
        prospect.CountryCode,
        engagement,
        enrollment.StopReason);

    private static OutreachCandidate Candidate(Enrollment enrollment, Prospect prospect, int stepPosition, Instant at, PlanningContext context) => new(
        enrollment.Id,
        enrollment.ProspectId,
        stepPosition,
        IsFollowUp: enrollment.LastStepSentAt is not null,
        at,
        context,
        RecipientDomain: DomainOf(prospect.Email),
        prospect.TimeZoneId,
        prospect.CountryCode,
        RequiredMailbox: enrollment.ThreadId is not null ? enrollment.MailboxAccountId : null);
}
