using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Variants;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>The default <see cref="ISequenceScheduler"/>.</summary>
internal sealed partial class SequenceScheduler : ISequenceScheduler
{
    private const int CampaignPage = 100;
    private readonly ISequencePlanner _planner;
    private readonly IOutreachDistributor _distributor;
    private readonly IHolidayProvider _holidays;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IOptions<SendingOptions> _options;
    private readonly IOptions<DistributionOptions> _distribution;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public SequenceScheduler(
        ISequencePlanner planner,
        IOutreachDistributor distributor,
        IHolidayProvider holidays,
        IDateTimeZoneProvider zones,
        IOptions<SendingOptions> options,
        IOptions<DistributionOptions> distribution,
        IClock clock,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(distributor);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(clock);
        _planner = planner;
        _distributor = distributor;
        _holidays = holidays;
        _zones = zones;
        _options = options;
        _distribution = distribution;
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
        var hasConditions = sequence.StopOnClick || sequence.Steps.Any(s => s.Kind == SequenceStepKind.Condition);

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
                if (enrollment.Status == EnrollmentStatus.Paused || (enrollment.Status == EnrollmentStatus.Active && enrollment.NextStepDueAt is not null))
                {
                    continue; // paused by hand, or a send is already planned (a snoozed one is re-planned: its rows were cancelled)
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
                    inputs[i] = PlannerInput(enrollment, prospect, engagement);
                }

                var results = new PlannedStep[work.Count];
                _planner.Plan(context, inputs, results, now);
                var candidates = new List<(OutreachCandidate Candidate, Enrollment Enrollment)>();
                for (var i = 0; i < work.Count; i++)
                {
                    var (enrollment, prospect) = work[i];
                    var decision = results[i];
                    switch (decision.Outcome)
                    {
                        case PlanOutcome.Send or PlanOutcome.Snoozed when decision.EarliestAt is { } at && at <= horizon:
                            candidates.Add((
                                Candidate(enrollment, prospect, decision.StepPosition, at, context),
                                enrollment));
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

                planned += await DistributeAndWriteAsync(store, campaign, mailboxes, candidates, now, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Asks the distributor which mailbox sends each due candidate and when (caps, warm-up, spacing, domain throttle,
    /// new-prospect cap, breaker), with each mailbox's load for the current UTC day read from the outbox; writes a
    /// row for every assignment. Deferred candidates are simply looked at again on the next run.
    /// </summary>
    private async Task<int> DistributeAndWriteAsync(
        IAutoMeetStore store, Campaign campaign, IReadOnlyList<MailboxAccount> mailboxes, List<(OutreachCandidate Candidate, Enrollment Enrollment)> candidates, Instant now, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0 || mailboxes.Count == 0)
        {
            return 0;
        }

        var (ordered, states) = await MailboxStatesAsync(store, campaign, mailboxes, now, cancellationToken).ConfigureAwait(false);

        var decisions = new DistributionDecision[candidates.Count];
        _distributor.Distribute([.. candidates.Select(c => c.Candidate)], states, decisions, now);
        var written = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (decisions[i] is { IsAssigned: true, Mailbox: { } mailboxId, SendAt: { } sendAt }
                && ordered.FirstOrDefault(m => m.Id == mailboxId) is { } mailbox
                && await WriteRowAsync(store, campaign, candidates[i].Enrollment, candidates[i].Candidate.StepPosition, mailbox, sendAt, cancellationToken).ConfigureAwait(false))
            {
                written++;
            }
        }

        return written;
    }

    /// <summary>
    /// The distributor's view of the owner's mailboxes: the campaign's own mailbox first (rotation is least-loaded,
    /// ties by order), then the others, each with its load for the current UTC day and its recent health.
    /// </summary>
    private async Task<(List<MailboxAccount> Ordered, MailboxState[] States)> MailboxStatesAsync(
        IAutoMeetStore store, Campaign campaign, IReadOnlyList<MailboxAccount> mailboxes, Instant now, CancellationToken cancellationToken)
    {
        var ordered = mailboxes.OrderBy(m => m.Id == campaign.MailboxAccountId ? 0 : 1).ToList();
        var dayStart = now.InUtc().Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var load = await store.Outbox.GetLoadAsync([.. ordered.Select(m => m.Id)], dayStart, dayStart + Duration.FromDays(1), cancellationToken).ConfigureAwait(false);
        var health = await MailboxHealthAsync(store, campaign, ordered, now, cancellationToken).ConfigureAwait(false);
        var states = ordered.Select(m =>
        {
            var today = load.GetValueOrDefault(m.Id);
            var recent = health.GetValueOrDefault(m.Id);
            return MailboxState.From(m) with
            {
                SentToday = today.Total,
                NewProspectsToday = today.FirstTouches,
                LastSentAt = today.LastDueAt,
                RecentSent = recent.Sent,
                RecentBounces = recent.Bounces,
                RecentComplaints = recent.Complaints,
            };
        }).ToArray();
        return (ordered, states);
    }

    /// <summary>
    /// The breaker's inputs per mailbox over the distributor's rolling window: sends from the outbox, and bounces and
    /// complaints recorded for this campaign's enrollments, attributed to the mailbox each enrollment sends from.
    /// Without a stored trip time the breaker is a rolling one: it stays open while the window's rates are too high.
    /// </summary>
    private async Task<Dictionary<Id<MailboxAccount>, (int Sent, int Bounces, int Complaints)>> MailboxHealthAsync(
        IAutoMeetStore store, Campaign campaign, IReadOnlyList<MailboxAccount> mailboxes, Instant now, CancellationToken cancellationToken)
    {
        var from = now - Duration.FromTimeSpan(_distribution.Value.BreakerWindow);
        var sent = await store.Outbox.GetLoadAsync([.. mailboxes.Select(m => m.Id)], from, now, cancellationToken).ConfigureAwait(false);
        var health = mailboxes.ToDictionary(m => m.Id, m => (sent.GetValueOrDefault(m.Id).Total, 0, 0));
        var problems = await store.EmailEvents.ListAsync(
            new EmailEventQuery { CampaignId = campaign.Id, Kinds = [EmailEventKind.Bounced, EmailEventKind.Complained], From = from },
            new PageRequest(0, PageRequest.MaxTake),
            cancellationToken).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            if (problem.EnrollmentId is { } enrollmentId
                && await store.Enrollments.FindAsync(enrollmentId, cancellationToken).ConfigureAwait(false) is { MailboxAccountId: { } mailboxId }
                && health.TryGetValue(mailboxId, out var counts))
            {
                health[mailboxId] = problem.Kind == EmailEventKind.Bounced
                    ? (counts.Item1, counts.Item2 + 1, counts.Item3)
                    : (counts.Item1, counts.Item2, counts.Item3 + 1);
            }
        }

        return health;
    }

    private static string? DomainOf(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? null : email[(at + 1)..].Trim().ToLowerInvariant();
    }

    private static async Task<bool> WriteRowAsync(IAutoMeetStore store, Campaign campaign, Enrollment enrollment, int stepPosition, MailboxAccount mailbox, Instant dueAt, CancellationToken cancellationToken)
    {
        // A/B: an enrollment on a variant the campaign retired switches to a remaining one for its next step (kept on
        // the enrollment, written in the same version-checked transaction as the row).
        if (CampaignVariants.IsRetired(campaign, enrollment.Variant))
        {
            enrollment.Variant = CampaignVariants.Assign(campaign, enrollment.ProspectId);
        }

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
