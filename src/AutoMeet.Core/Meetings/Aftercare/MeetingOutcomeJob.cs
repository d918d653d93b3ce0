using AutoMeet.Compliance;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// The post-meeting status updater. For scheduled meetings that ended at least
/// <see cref="MeetingAftercareOptions.OutcomeGracePeriod"/> ago: the owner is asked once (the time is recorded in
/// <see cref="Meeting.OutcomeRequestedAt"/>, audited, and the e-mail with the signed links queued in the same
/// transaction); when the owner has not decided <see cref="MeetingAftercareOptions.UnmarkedOutcomeAfter"/> later and
/// the rule is <see cref="UnmarkedOutcomeAction.AssumeCompleted"/>, the meeting becomes completed (a guarded, audited
/// transition). Each meeting is handled in its own transaction; one the owner marked meanwhile is left alone.
/// </summary>
internal sealed class MeetingOutcomeJob : IAutoMeetJob
{
    private const int PageSize = 200;
    private const int MaxPages = 20;
    private static readonly MeetingActor Rule = new(ActorKind.System, "meeting-outcome-rule");
    private readonly MeetingTransactions _units;
    private readonly IOptions<MeetingAftercareOptions> _options;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public MeetingOutcomeJob(MeetingTransactions units, IOptions<MeetingAftercareOptions> options, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _options = options;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingOutcomeJob>();
    }

    public string Name => "meeting-outcomes";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        var options = _options.Value;
        var now = _clock.GetCurrentInstant();
        var grace = Duration.FromTimeSpan(options.OutcomeGracePeriod);

        // Meetings that started in the look-back window: long enough for the rule to apply after the request, plus a day for the meeting itself.
        var lookBack = grace + Duration.FromTimeSpan(options.UnmarkedOutcomeAfter) + Duration.FromDays(3);
        var window = new Interval(now - lookBack, now - grace);
        var due = new List<Meeting>();
        for (var page = 0; page < MaxPages; page++)
        {
            var meetings = await store.Meetings.ListByStatusStartingWithinAsync(MeetingStatus.Scheduled, window, new PageRequest(page * PageSize, PageSize), cancellationToken).ConfigureAwait(false);
            due.AddRange(meetings.Where(m => IsDue(m, now, options)));
            if (meetings.Count < PageSize)
            {
                break;
            }
        }

        foreach (var meeting in due)
        {
            if (meeting.OutcomeRequestedAt is null)
            {
                if (await _units.RunAsync((unit, token) => RequestAsync(unit, meeting.Id, token), cancellationToken).ConfigureAwait(false))
                {
                    AftercareLog.OutcomeRequested(_logger, meeting.Id.Value);
                }
            }
            else if (await _units.RunAsync((unit, token) => AssumeCompletedAsync(unit, meeting.Id, token), cancellationToken).ConfigureAwait(false))
            {
                AftercareLog.OutcomeAssumed(_logger, meeting.Id.Value);
            }
        }
    }

    private static bool IsDue(Meeting meeting, Instant now, MeetingAftercareOptions options) => meeting.OutcomeRequestedAt is { } asked
        ? options.UnmarkedOutcomeAction == UnmarkedOutcomeAction.AssumeCompleted && asked + Duration.FromTimeSpan(options.UnmarkedOutcomeAfter) <= now
        : meeting.End + Duration.FromTimeSpan(options.OutcomeGracePeriod) <= now;

    private async Task<bool> RequestAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetCurrentInstant();
        if (meeting is not { Status: MeetingStatus.Scheduled, OutcomeRequestedAt: null } || !IsDue(meeting, now, _options.Value))
        {
            return false;
        }

        // Whole seconds: the links' expiry is derived from it and must come out the same on every retry of the e-mail.
        meeting.OutcomeRequestedAt = Instant.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        await store.Meetings.UpdateAsync(meeting, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, _clock, meeting.OwnerId, Rule, "meeting.outcome-requested", nameof(Meeting), meeting.Id.ToString(),
            MeetingAudit.Json(("start", meeting.Start.ToString()), ("end", meeting.End.ToString())), cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.OutcomeRequest, meeting.Start, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> AssumeCompletedAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var options = _options.Value;
        if (meeting is not { Status: MeetingStatus.Scheduled, OutcomeRequestedAt: not null } || !IsDue(meeting, _clock.GetCurrentInstant(), options))
        {
            return false;
        }

        await MeetingAudit.MoveAsync(
            store, _clock, meeting, MeetingStatus.Completed, Rule, $"not marked by the owner within {options.UnmarkedOutcomeAfter} of asking; assumed held", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
