using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Applies <see cref="MeetingOptions.ApprovalTimeoutAction"/> to approval requests whose links expired unanswered:
/// decline (the slot is released), approve (the booking is queued, with the usual re-check), or remind the owner
/// with fresh links up to <see cref="MeetingOptions.MaxApprovalReminders"/> times and then decline. Each request is
/// handled in its own transaction; one the owner decided meanwhile is left alone.
/// </summary>
internal sealed partial class ApprovalTimeoutJob : IAutoMeetJob
{
    private const int PageSize = 100;
    private readonly MeetingTransactions _units;
    private readonly IOptions<MeetingOptions> _options;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public ApprovalTimeoutJob(MeetingTransactions units, IOptions<MeetingOptions> options, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _options = options;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ApprovalTimeoutJob>();
    }

    public string Name => "approval-timeout";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        var due = await store.Approvals.ListPendingExpiringAsync(_clock.GetCurrentInstant(), new PageRequest(0, PageSize), cancellationToken).ConfigureAwait(false);
        foreach (var request in due)
        {
            var action = await _units.RunAsync((unit, token) => ExpireAsync(unit, request.Id, token), cancellationToken).ConfigureAwait(false);
            MeetingsLog.ApprovalTimedOut(_logger, request.Id.Value, action);
        }
    }

    private async Task<string> ExpireAsync(IAutoMeetStore store, Id<ApprovalRequest> requestId, CancellationToken cancellationToken)
    {
        var request = await store.Approvals.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetCurrentInstant();
        if (request is null || request.Status != ApprovalStatus.Pending || request.ExpiresAt > now)
        {
            return "none (decided or renewed meanwhile)";
        }

        var meeting = await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var options = _options.Value;
        if (meeting is not { Status: MeetingStatus.AwaitingApproval })
        {
            // The meeting moved on without the owner (cancelled, or re-proposed): the request just lapses.
            request.Status = ApprovalStatus.Expired;
            request.DecidedAt = now;
            request.DecidedBy = "timeout";
            request.DecisionSource = "timeout: meeting no longer awaiting approval";
            await store.Approvals.UpdateAsync(request, cancellationToken).ConfigureAwait(false);
            await MeetingAudit.RecordAsync(store, _clock, request.OwnerId, MeetingActor.Timeout, "approval.expired", nameof(ApprovalRequest), request.Id.ToString(), null, cancellationToken).ConfigureAwait(false);
            return "lapsed";
        }

        switch (options.ApprovalTimeoutAction)
        {
            case ApprovalTimeoutAction.Approve:
                await ApprovalRequests.DecideAsync(store, _clock, request, meeting, ApprovalStatus.Approved, MeetingActor.Timeout, "timeout: approve", cancellationToken).ConfigureAwait(false);
                return "approved";
            case ApprovalTimeoutAction.Remind:
                var sent = (await store.AuditLog.ListForEntityAsync(nameof(ApprovalRequest), request.Id.ToString(), cancellationToken).ConfigureAwait(false))
                    .Count(e => e.Action == "approval.reminded");
                if (sent < options.MaxApprovalReminders)
                {
                    await ApprovalRequests.RenewAsync(store, _clock, request, Duration.FromTimeSpan(options.ApprovalLinkLifetime), sent + 1, cancellationToken).ConfigureAwait(false);
                    return "reminded";
                }

                await ApprovalRequests.DecideAsync(store, _clock, request, meeting, ApprovalStatus.Expired, MeetingActor.Timeout, "timeout: declined after reminders", cancellationToken).ConfigureAwait(false);
                return "declined after reminders";
            default:
                await ApprovalRequests.DecideAsync(store, _clock, request, meeting, ApprovalStatus.Expired, MeetingActor.Timeout, "timeout: decline", cancellationToken).ConfigureAwait(false);
                return "declined";
        }
    }
}
