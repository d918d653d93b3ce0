using System.Globalization;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Stopping and snoozing enrollments, and cancelling their pending sends.</summary>
internal sealed partial class ReplyActions
{
    private static bool IsLive(Enrollment enrollment) =>
        enrollment.Status is EnrollmentStatus.Active or EnrollmentStatus.Paused or EnrollmentStatus.Snoozed;

    private static string Name(StopReason reason) => reason switch
    {
        StopReason.CompanyReplied => "company replied",
        _ => reason.ToString().ToLowerInvariant(),
    };

    private static async Task StopAsync(IAutoMeetStore store, Enrollment? enrollment, StopReason reason, List<string> log, CancellationToken cancellationToken)
    {
        if (enrollment is null)
        {
            return;
        }

        log.Add(await TryStopAsync(store, enrollment, reason, cancellationToken).ConfigureAwait(false)
            ? $"enrollment stopped: {Name(reason)}"
            : $"enrollment already {enrollment.Status.ToString().ToLowerInvariant()}: not changed");
        await CancelPendingAsync(store, enrollment, "enrollment stopped: " + Name(reason), log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops a live enrollment; <see langword="false"/> when it had already ended.</summary>
    private static async Task<bool> TryStopAsync(IAutoMeetStore store, Enrollment enrollment, StopReason reason, CancellationToken cancellationToken)
    {
        if (!IsLive(enrollment))
        {
            return false;
        }

        enrollment.Status = EnrollmentStatus.Stopped;
        enrollment.StopReason = reason;
        enrollment.SnoozedUntil = null;
        enrollment.NextStepDueAt = null;
        await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task CancelPendingAsync(IAutoMeetStore store, Enrollment enrollment, string reason, List<string> log, CancellationToken cancellationToken)
    {
        var cancelled = await store.Outbox.CancelPendingAsync(enrollment.Id, reason, cancellationToken).ConfigureAwait(false);
        if (cancelled > 0)
        {
            log.Add(string.Create(CultureInfo.InvariantCulture, $"pending sends cancelled: {cancelled}"));
        }
    }

    private static async Task SnoozeAsync(IAutoMeetStore store, Enrollment? enrollment, Instant until, string why, List<string> log, CancellationToken cancellationToken)
    {
        if (enrollment is null)
        {
            return;
        }

        if (enrollment.Status is not (EnrollmentStatus.Active or EnrollmentStatus.Snoozed))
        {
            log.Add($"enrollment {enrollment.Status.ToString().ToLowerInvariant()}: not snoozed ({why})");
            return;
        }

        enrollment.Status = EnrollmentStatus.Snoozed;
        enrollment.SnoozedUntil = until;
        if (enrollment.NextStepDueAt is null || enrollment.NextStepDueAt < until)
        {
            enrollment.NextStepDueAt = until;
        }

        await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
        log.Add($"enrollment snoozed until {InstantPattern.ExtendedIso.Format(until)}: {why}");
        await CancelPendingAsync(store, enrollment, "enrollment snoozed: " + why, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An unsubscribe ends every live enrollment of the prospect, in every campaign of the owner.</summary>
    private static async Task StopEverywhereAsync(IAutoMeetStore store, ReplyContext context, Enrollment? enrollment, List<string> log, CancellationToken cancellationToken)
    {
        await StopAsync(store, enrollment, StopReason.Unsubscribed, log, cancellationToken).ConfigureAwait(false);
        var others = 0;
        foreach (var other in await store.Enrollments.ListByProspectAsync(context.Thread.ProspectId, cancellationToken).ConfigureAwait(false))
        {
            if (other.Id != enrollment?.Id && await TryStopAsync(store, other, StopReason.Unsubscribed, cancellationToken).ConfigureAwait(false))
            {
                others++;
                await store.Outbox.CancelPendingAsync(other.Id, "enrollment stopped: unsubscribed", cancellationToken).ConfigureAwait(false);
            }
        }

        if (others > 0)
        {
            log.Add(string.Create(CultureInfo.InvariantCulture, $"other campaigns' enrollments stopped: {others}"));
        }
    }

    /// <summary>When the sequence stops on a company reply, stops the campaign's enrollments of the replier's colleagues (same domain).</summary>
    private static async Task StopCompanyAsync(IAutoMeetStore store, ReplyContext context, Enrollment? enrollment, List<string> log, CancellationToken cancellationToken)
    {
        if (enrollment is null || context.Prospect is null)
        {
            return;
        }

        var sequence = await store.Sequences.FindAsync(enrollment.SequenceId, cancellationToken).ConfigureAwait(false);
        if (sequence is not { StopOnCompanyReply: true })
        {
            return;
        }

        var domain = FreeMailDomains.DomainOf(context.Prospect.Email);
        if (domain is null || FreeMailDomains.IsFreeMail(domain))
        {
            log.Add("company stop skipped: public mail domain");
            return;
        }

        var stopped = 0;
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await store.Enrollments.ListByCampaignAsync(enrollment.CampaignId, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            foreach (var other in page)
            {
                if (other.Id == enrollment.Id || !IsLive(other))
                {
                    continue;
                }

                var prospect = await store.Prospects.FindAsync(other.ProspectId, cancellationToken).ConfigureAwait(false);
                if (string.Equals(FreeMailDomains.DomainOf(prospect?.Email), domain, StringComparison.Ordinal)
                    && await TryStopAsync(store, other, StopReason.CompanyReplied, cancellationToken).ConfigureAwait(false))
                {
                    stopped++;
                    await store.Outbox.CancelPendingAsync(other.Id, "enrollment stopped: company replied", cancellationToken).ConfigureAwait(false);
                }
            }

            if (page.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        log.Add(string.Create(CultureInfo.InvariantCulture, $"company enrollments stopped: {stopped}"));
    }
}
