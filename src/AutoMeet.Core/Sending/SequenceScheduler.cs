using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>The default <see cref="ISequenceScheduler"/>.</summary>
internal sealed class SequenceScheduler : ISequenceScheduler
{
    private const int CampaignPage = 100;
    private readonly ISequencePlanner _planner;
    private readonly IHolidayProvider _holidays;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IOptions<SendingOptions> _options;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public SequenceScheduler(
        ISequencePlanner planner,
        IHolidayProvider holidays,
        IDateTimeZoneProvider zones,
        IOptions<SendingOptions> options,
        IClock clock,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _planner = planner;
        _holidays = holidays;
        _zones = zones;
        _options = options;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SequenceScheduler>();
    }

    public async Task<SchedulingReport> PlanDueAsync(IAutoMeetStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var report = new SchedulingReport(0, 0, 0, 0, 0);
        var campaigns = new List<Campaign>();
        for (var skip = 0; ; skip += CampaignPage)
        {
            var page = await store.Campaigns.ListByStatusAsync(CampaignStatus.Active, new PageRequest(skip, CampaignPage), cancellationToken).ConfigureAwait(false);
            campaigns.AddRange(page);
            if (page.Count < CampaignPage)
            {
                break;
            }
        }

        foreach (var campaign in campaigns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await PlanCampaignAsync(store, campaign, cancellationToken).ConfigureAwait(false);
            report = new SchedulingReport(
                report.Campaigns + 1,
                report.Planned + result.Planned,
                report.Finished + result.Finished,
                report.CompletedCampaigns + (result.CampaignCompleted ? 1 : 0),
                report.Skipped + (result.Skipped ? 1 : 0));
        }

        SendingTelemetry.PlannedRows(report.Planned);
        SendingLog.SchedulerRun(_logger, report.Campaigns, report.Planned, report.Finished);
        return report;
    }

    private async Task<CampaignResult> PlanCampaignAsync(IAutoMeetStore store, Campaign campaign, CancellationToken cancellationToken)
    {
        var options = _options.Value;
        var now = _clock.GetCurrentInstant();
        var horizon = now + Duration.FromTimeSpan(options.PlanningHorizon);

        var sequence = campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false) : null;
        var schedule = await store.CampaignSchedules.FindByCampaignAsync(campaign.Id, cancellationToken).ConfigureAwait(false);
        if (sequence is null || schedule is null)
        {
            SendingLog.CampaignSkipped(_logger, campaign.Id.Value, sequence is null ? "it has no sequence" : "it has no schedule");
            return CampaignResult.Skip;
        }

        PlanningContext context;
        try
        {
            var holidays = await _holidays.GetHolidaysAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false);
            context = PlanningContext.Create(sequence, schedule, _zones, holidays);
        }
        catch (SequenceValidationException exception)
        {
            SendingLog.CampaignSkipped(_logger, campaign.Id.Value, exception.Message);
            return CampaignResult.Skip;
        }

        var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(campaign.OwnerId, cancellationToken).ConfigureAwait(false);
        var defaultMailbox = mailboxes.FirstOrDefault(m => m.Id == campaign.MailboxAccountId)
            ?? mailboxes.FirstOrDefault(m => m.Status == AccountStatus.Connected);
        var hasConditions = sequence.Steps.Any(s => s.Kind == SequenceStepKind.Condition);

        var planned = 0;
        var finished = 0;
        var total = 0;
        var open = 0;
        var batch = options.PlanningBatchSize;
        for (var skip = 0; ; skip += batch)
        {
            var enrollments = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(skip, batch), cancellationToken).ConfigureAwait(false);
            total += enrollments.Count;
            var work = new List<(Enrollment Enrollment, Prospect Prospect)>(enrollments.Count);
            foreach (var enrollment in enrollments)
            {
                if (enrollment.Status is EnrollmentStatus.Completed or EnrollmentStatus.Stopped)
                {
                    continue;
                }

                open++;
                if (enrollment.Status == EnrollmentStatus.Paused || enrollment.NextStepDueAt is not null)
                {
                    continue; // paused by hand, or a send is already planned
                }

                if (await store.Prospects.FindAsync(enrollment.ProspectId, cancellationToken).ConfigureAwait(false) is { } prospect)
                {
                    work.Add((enrollment, prospect));
                }
            }

            if (work.Count > 0)
            {
                var inputs = new PlannerEnrollment[work.Count];
                for (var i = 0; i < work.Count; i++)
                {
                    var (enrollment, prospect) = work[i];
                    var engagement = hasConditions ? await EngagementAsync(store, enrollment, cancellationToken).ConfigureAwait(false) : EngagementFlags.None;
                    inputs[i] = new PlannerEnrollment(
                        enrollment.NextStepPosition,
                        enrollment.Status,
                        enrollment.CreatedAt,
                        enrollment.LastStepSentAt,
                        enrollment.SnoozedUntil,
                        prospect.TimeZoneId,
                        prospect.CountryCode,
                        engagement,
                        enrollment.StopReason);
                }

                var results = new PlannedStep[work.Count];
                _planner.Plan(context, inputs, results, now);
                for (var i = 0; i < work.Count; i++)
                {
                    var (enrollment, _) = work[i];
                    var decision = results[i];
                    switch (decision.Outcome)
                    {
                        case PlanOutcome.Send or PlanOutcome.Snoozed when decision.EarliestAt is { } at && at <= horizon:
                            var mailbox = mailboxes.FirstOrDefault(m => m.Id == enrollment.MailboxAccountId) ?? defaultMailbox;
                            if (mailbox is not null && await WriteRowAsync(store, campaign, enrollment, decision.StepPosition, mailbox, at, cancellationToken).ConfigureAwait(false))
                            {
                                planned++;
                            }

                            break;
                        case PlanOutcome.Completed or PlanOutcome.ConditionNotMet or PlanOutcome.CampaignEnded:
                            finished += await FinishAsync(store, enrollment, EnrollmentStatus.Completed, StopReason.None, cancellationToken).ConfigureAwait(false);
                            open--;
                            break;
                        case PlanOutcome.Stopped:
                            finished += await FinishAsync(store, enrollment, EnrollmentStatus.Stopped, decision.StopReason, cancellationToken).ConfigureAwait(false);
                            open--;
                            break;
                    }
                }
            }

            if (enrollments.Count < batch)
            {
                break;
            }
        }

        var completed = false;
        if (total > 0 && open == 0)
        {
            var transition = CampaignLifecycle.Check(campaign, CampaignStatus.Completed, new CampaignTransitionContext(schedule, sequence, mailboxes.Count, now));
            if (transition.Succeeded)
            {
                transition.ApplyTo(campaign);
                try
                {
                    await store.Campaigns.UpdateAsync(campaign, cancellationToken).ConfigureAwait(false);
                    completed = true;
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone changed the campaign meanwhile; the next run looks again.
                }
            }
        }

        return new CampaignResult(planned, finished, completed, false);
    }

    private static async Task<bool> WriteRowAsync(IAutoMeetStore store, Campaign campaign, Enrollment enrollment, int stepPosition, MailboxAccount mailbox, Instant dueAt, CancellationToken cancellationToken)
    {
        var row = new OutboxMessage
        {
            OwnerId = campaign.OwnerId,
            CampaignId = campaign.Id,
            EnrollmentId = enrollment.Id,
            ProspectId = enrollment.ProspectId,
            StepPosition = stepPosition,
            IsFirstTouch = enrollment.LastStepSentAt is null,
            MailboxAccountId = mailbox.Id,
            RfcMessageId = MessageIds.New(mailbox.EmailAddress),
            Variant = enrollment.Variant,
            DueAt = dueAt,
        };

        try
        {
            return await store.ExecuteInTransactionAsync(
                async token =>
                {
                    await store.Outbox.AddAsync(row, token).ConfigureAwait(false);
                    enrollment.NextStepDueAt = dueAt;
                    if (enrollment.Status == EnrollmentStatus.Snoozed)
                    {
                        enrollment.Status = EnrollmentStatus.Active;
                        enrollment.SnoozedUntil = null;
                    }

                    await store.Enrollments.UpdateAsync(enrollment, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return false; // the enrollment changed meanwhile (a reply?): nothing was written; the next run re-plans it
        }
        catch (DuplicateEntityException)
        {
            // Another scheduler planned this step first; make sure the enrollment knows, so it is not planned again.
            if (await store.Outbox.FindByStepAsync(enrollment.Id, stepPosition, cancellationToken).ConfigureAwait(false) is { Status: OutboxStatus.Pending } existing
                && await store.Enrollments.FindAsync(enrollment.Id, cancellationToken).ConfigureAwait(false) is { NextStepDueAt: null } fresh)
            {
                fresh.NextStepDueAt = existing.DueAt;
                try
                {
                    await store.Enrollments.UpdateAsync(fresh, cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException)
                {
                    // Changed again meanwhile: the next run looks again.
                }
            }

            return false;
        }
    }

    private static async Task<int> FinishAsync(IAutoMeetStore store, Enrollment enrollment, EnrollmentStatus status, StopReason reason, CancellationToken cancellationToken)
    {
        enrollment.Status = status;
        enrollment.StopReason = reason;
        enrollment.NextStepDueAt = null;
        try
        {
            await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
            return 1;
        }
        catch (ConcurrencyConflictException)
        {
            return 0;
        }
    }

    private static async Task<EngagementFlags> EngagementAsync(IAutoMeetStore store, Enrollment enrollment, CancellationToken cancellationToken)
    {
        var events = await store.EmailEvents.ListAsync(
            new EmailEventQuery
            {
                CampaignId = enrollment.CampaignId,
                ProspectId = enrollment.ProspectId,
                Kinds = [EmailEventKind.Opened, EmailEventKind.Clicked, EmailEventKind.Replied],
            },
            new PageRequest(0, PageRequest.MaxTake),
            cancellationToken).ConfigureAwait(false);
        var flags = EngagementFlags.None;
        foreach (var e in events)
        {
            flags |= e.Kind switch
            {
                EmailEventKind.Opened => EngagementFlags.Opened,
                EmailEventKind.Clicked => EngagementFlags.Clicked,
                EmailEventKind.Replied => EngagementFlags.Replied,
                _ => EngagementFlags.None,
            };
        }

        return flags;
    }

    private sealed record CampaignResult(int Planned, int Finished, bool CampaignCompleted, bool Skipped)
    {
        public static CampaignResult Skip { get; } = new(0, 0, false, true);
    }
}
