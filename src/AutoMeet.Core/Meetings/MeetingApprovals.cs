using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>The default <see cref="IMeetingApprovals"/>.</summary>
internal sealed partial class MeetingApprovals : IMeetingApprovals
{
    private readonly MeetingTransactions _units;
    private readonly ApprovalTokens _tokens;
    private readonly IMeetingBooker _booker;
    private readonly ApprovalSuggestions _suggestions;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public MeetingApprovals(
        MeetingTransactions units, ApprovalTokens tokens, IMeetingBooker booker, ApprovalSuggestions suggestions, IDateTimeZoneProvider zones, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _suggestions = suggestions;
        _units = units;
        _tokens = tokens;
        _booker = booker;
        _zones = zones;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingApprovals>();
    }

    public async Task<ApprovalLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default)
    {
        var verification = _tokens.Verify(token, ApprovalDecision.Approve);
        var decision = ApprovalDecision.Approve;
        if (verification.Status == LinkVerificationStatus.WrongPurpose)
        {
            verification = _tokens.Verify(token, ApprovalDecision.Decline);
            decision = ApprovalDecision.Decline;
        }

        if (verification.Status == LinkVerificationStatus.WrongPurpose)
        {
            verification = _tokens.Verify(token, ApprovalDecision.SuggestAnotherTime);
            decision = ApprovalDecision.SuggestAnotherTime;
        }

        var found = await FindAsync(verification, cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = decision };
        }

        return new ApprovalLinkResult(ApprovalLinkOutcome.Pending) { Decision = decision, RequestStatus = ApprovalStatus.Pending, MeetingSummary = found.Summary };
    }

    public async Task<ApprovalLinkResult> DecideAsync(string? token, ApprovalDecision decision, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(decision) || decision == ApprovalDecision.SuggestAnotherTime)
        {
            // Suggesting needs a start: SuggestAsync.
            return new ApprovalLinkResult(ApprovalLinkOutcome.Invalid);
        }

        var found = await FindAsync(_tokens.Verify(token, decision), cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = decision };
        }

        var source = "link" + (string.IsNullOrWhiteSpace(clientAddress) ? string.Empty : "; " + clientAddress.Trim());
        var requestId = found.Request!.Id;
        var result = await _units.RunAsync((store, token) => DecideOnceAsync(store, requestId, decision, source, token), cancellationToken).ConfigureAwait(false);
        var outcome = result with { Decision = decision, MeetingSummary = found.Summary };
        MeetingsLog.ApprovalDecided(_logger, requestId.Value, outcome.Outcome);
        if (outcome.Outcome != ApprovalLinkOutcome.Approved || found.Request.SuggestedStart is not null)
        {
            // A move of a booked meeting is queued by its decision (Changes.MeetingMoveApprovals): nothing to book.
            return outcome;
        }

        try
        {
            return outcome with { Booking = await _booker.BookAsync(found.Request.MeetingId, cancellationToken).ConfigureAwait(false) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The approval is stored and its booking queued: the work queue completes it.
            MeetingsLog.InlineBookingFailed(_logger, found.Request.MeetingId.Value, ex);
            return outcome;
        }
    }

    private async Task<ApprovalLinkResult> DecideOnceAsync(IAutoMeetStore store, Id<ApprovalRequest> requestId, ApprovalDecision decision, string source, CancellationToken cancellationToken)
    {
        var request = await store.Approvals.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.Invalid);
        }

        if (request.Status != ApprovalStatus.Pending)
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.AlreadyHandled) { RequestStatus = request.Status };
        }

        if (request.ExpiresAt <= _clock.GetCurrentInstant())
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.Expired) { RequestStatus = request.Status };
        }

        var meeting = await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (Changes.MeetingMoveApprovals.IsMove(request, meeting))
        {
            return await Changes.MeetingMoveApprovals.DecideAsync(store, _clock, request, meeting!, decision, source, cancellationToken).ConfigureAwait(false);
        }

        if (meeting is not { Status: MeetingStatus.AwaitingApproval })
        {
            return new ApprovalLinkResult(ApprovalLinkOutcome.AlreadyHandled) { RequestStatus = request.Status };
        }

        var status = decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Declined;
        await ApprovalRequests.DecideAsync(store, _clock, request, meeting, status, MeetingActor.Owner(request.OwnerId), source, cancellationToken).ConfigureAwait(false);
        return new ApprovalLinkResult(decision == ApprovalDecision.Approve ? ApprovalLinkOutcome.Approved : ApprovalLinkOutcome.Declined) { RequestStatus = status };
    }

    /// <summary>Verifies the link and finds its request; <c>Result</c> is set when the link cannot be acted on.</summary>
    private async Task<(ApprovalLinkResult? Result, ApprovalRequest? Request, string? Summary)> FindAsync(LinkVerification verification, CancellationToken cancellationToken)
    {
        if (verification.Status is not (LinkVerificationStatus.Valid or LinkVerificationStatus.Expired) || verification.Payload is null)
        {
            return (new ApprovalLinkResult(ApprovalLinkOutcome.Invalid), null, null);
        }

        var key = ApprovalTokens.KeyOf(verification.Payload, out var requestId);
        if (key is null)
        {
            return (new ApprovalLinkResult(ApprovalLinkOutcome.Invalid), null, null);
        }

        return await _units.ReadAsync<(ApprovalLinkResult?, ApprovalRequest?, string?)>(async store =>
        {
            var request = await store.Approvals.FindByTokenHashAsync(key, cancellationToken).ConfigureAwait(false);
            if (request is null || request.Id != requestId)
            {
                // Either forged subjects under a valid key (impossible without the key), or links replaced by a reminder.
                return (verification.Status == LinkVerificationStatus.Expired ? new ApprovalLinkResult(ApprovalLinkOutcome.Expired) : new ApprovalLinkResult(ApprovalLinkOutcome.Invalid), null, null);
            }

            // An expired link is expired whatever became of its request (a timeout may have decided it since).
            var summary = await SummaryAsync(store, request, cancellationToken).ConfigureAwait(false);
            if (verification.Status == LinkVerificationStatus.Expired || (request.Status == ApprovalStatus.Pending && request.ExpiresAt <= _clock.GetCurrentInstant()))
            {
                return (new ApprovalLinkResult(ApprovalLinkOutcome.Expired) { RequestStatus = request.Status, MeetingSummary = summary }, request, summary);
            }

            if (request.Status != ApprovalStatus.Pending)
            {
                return (new ApprovalLinkResult(ApprovalLinkOutcome.AlreadyHandled) { RequestStatus = request.Status, MeetingSummary = summary }, request, summary);
            }

            return (null, request, summary);
        }).ConfigureAwait(false);
    }

    private async Task<string?> SummaryAsync(IAutoMeetStore store, ApprovalRequest request, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return null;
        }

        var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        var zone = _zones.GetZoneOrNull(settings?.TimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var who = prospect is null ? "A prospect" : MeetingEmailComposer.ProspectName(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");
        return $"{who}, {MeetingTimeText.Format(meeting.Start, meeting.End, zone)}";
    }
}
