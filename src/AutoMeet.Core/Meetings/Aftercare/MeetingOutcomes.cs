using AutoMeet.Compliance;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>The default <see cref="IMeetingOutcomes"/>: the same GET-shows / POST-decides rules as the approval links.</summary>
internal sealed class MeetingOutcomes : IMeetingOutcomes
{
    private readonly MeetingTransactions _units;
    private readonly OutcomeTokens _tokens;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IClock _clock;
    private readonly IOptions<MeetingAftercareOptions> _options;
    private readonly ILogger _logger;

    public MeetingOutcomes(
        MeetingTransactions units, OutcomeTokens tokens, IDateTimeZoneProvider zones, IClock clock, IOptions<MeetingAftercareOptions> options, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _tokens = tokens;
        _zones = zones;
        _clock = clock;
        _options = options;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingOutcomes>();
    }

    public async Task<MeetingOutcomeLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default)
    {
        var verification = _tokens.Verify(token, out var decision);
        var found = await FindAsync(verification, cancellationToken).ConfigureAwait(false);
        return (found.Result ?? new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Pending) { MeetingStatus = MeetingStatus.Scheduled, MeetingSummary = found.Summary })
            with { Decision = found.Result?.Outcome == MeetingOutcomeLinkOutcome.Invalid ? null : decision };
    }

    public async Task<MeetingOutcomeLinkResult> DecideAsync(string? token, MeetingOutcomeDecision decision, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(decision))
        {
            return new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Invalid);
        }

        var found = await FindAsync(_tokens.Verify(token, decision), cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = early.Outcome == MeetingOutcomeLinkOutcome.Invalid ? null : decision };
        }

        var source = "link" + (string.IsNullOrWhiteSpace(clientAddress) ? string.Empty : "; " + clientAddress.Trim());
        var (meetingId, start) = found.Meeting!.Value;
        var result = await _units.RunAsync((store, ct) => DecideOnceAsync(store, meetingId, start, decision, source, ct), cancellationToken).ConfigureAwait(false);
        AftercareLog.OutcomeDecided(_logger, meetingId.Value, result.Outcome);
        return result with { Decision = decision, MeetingSummary = found.Summary };
    }

    private async Task<MeetingOutcomeLinkResult> DecideOnceAsync(
        IAutoMeetStore store, Id<Meeting> meetingId, Instant start, MeetingOutcomeDecision decision, string source, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null || meeting.Start != start)
        {
            return new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Invalid);
        }

        if (meeting.Status != MeetingStatus.Scheduled)
        {
            return new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.AlreadyHandled) { MeetingStatus = meeting.Status };
        }

        var to = decision == MeetingOutcomeDecision.NoShow ? MeetingStatus.NoShow : MeetingStatus.Completed;
        var why = (decision == MeetingOutcomeDecision.NoShow ? "the owner marked a no-show; " : "the owner marked it as held; ") + (source.Length > 200 ? source[..200] : source);
        await MeetingAudit.MoveAsync(store, _clock, meeting, to, MeetingActor.Owner(meeting.OwnerId), why, cancellationToken).ConfigureAwait(false);
        var options = _options.Value;
        if (to == MeetingStatus.NoShow && options.NoShowFollowUpEnabled)
        {
            await store.WorkQueue.EnqueueAsync(
                new WorkItem
                {
                    Kind = AftercareWork.NoShowFollowUp,
                    Key = meeting.Id.ToString(),
                    Payload = meeting.Id.ToString(),
                    DueAt = _clock.GetCurrentInstant() + Duration.FromTimeSpan(options.NoShowFollowUpDelay),
                },
                cancellationToken).ConfigureAwait(false);
        }

        return new MeetingOutcomeLinkResult(to == MeetingStatus.NoShow ? MeetingOutcomeLinkOutcome.NoShow : MeetingOutcomeLinkOutcome.Completed) { MeetingStatus = to };
    }

    /// <summary>Verifies the link and finds its meeting; <c>Result</c> is set when the link cannot be acted on.</summary>
    private async Task<(MeetingOutcomeLinkResult? Result, (Id<Meeting> Id, Instant Start)? Meeting, string? Summary)> FindAsync(LinkVerification verification, CancellationToken cancellationToken)
    {
        if (verification.Status is not (LinkVerificationStatus.Valid or LinkVerificationStatus.Expired)
            || verification.Payload is null
            || !OutcomeTokens.TryRead(verification.Payload, out var meetingId, out var ownerId, out var start))
        {
            return (new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Invalid), null, null);
        }

        return await _units.ReadAsync<(MeetingOutcomeLinkResult?, (Id<Meeting>, Instant)?, string?)>(async store =>
        {
            var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
            if (meeting is null || meeting.OwnerId != ownerId || meeting.Start != start)
            {
                // Deleted (erased), or moved since the link was sent: the link is for an occurrence that no longer exists.
                return (new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Invalid), null, null);
            }

            var summary = await SummaryAsync(store, meeting, cancellationToken).ConfigureAwait(false);
            if (verification.Status == LinkVerificationStatus.Expired)
            {
                return (new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.Expired) { MeetingStatus = meeting.Status, MeetingSummary = summary }, null, summary);
            }

            if (meeting.Status != MeetingStatus.Scheduled)
            {
                return (new MeetingOutcomeLinkResult(MeetingOutcomeLinkOutcome.AlreadyHandled) { MeetingStatus = meeting.Status, MeetingSummary = summary }, null, summary);
            }

            return (null, (meeting.Id, meeting.Start), summary);
        }).ConfigureAwait(false);
    }

    private async Task<string> SummaryAsync(IAutoMeetStore store, Meeting meeting, CancellationToken cancellationToken)
    {
        var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        var zone = _zones.GetZoneOrNull(settings?.TimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var who = prospect is null ? "A prospect" : MeetingEmailComposer.ProspectName(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");
        return $"{who}, {MeetingTimeText.Format(meeting.Start, meeting.End, zone)}";
    }
}
