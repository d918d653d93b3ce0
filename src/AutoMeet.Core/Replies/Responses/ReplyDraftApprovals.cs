using AutoMeet.Compliance;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Replies.Responses;

/// <summary>The default <see cref="IReplyDraftApprovals"/>: the meeting approvals' token rules, applied to reply drafts.</summary>
/// <remarks>
/// An approval queues the send (and, for a referral, the enrollment of the referred person) in the same transaction as
/// the decision, then sends straight away; the queued send is due a little later and finds the draft sent, so a
/// failure is retried and a success is not repeated.
/// </remarks>
internal sealed class ReplyDraftApprovals : IReplyDraftApprovals
{
    /// <summary>How long the queued backup of an inline send waits, so that the two do not race.</summary>
    internal static readonly Duration BackupDelay = Duration.FromMinutes(5);

    private readonly DraftUnits _units;
    private readonly ReplyDraftTokens _tokens;
    private readonly ReplyDraftSender _sender;
    private readonly ReferralEnroller _referrals;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public ReplyDraftApprovals(DraftUnits units, ReplyDraftTokens tokens, ReplyDraftSender sender, ReferralEnroller referrals, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _tokens = tokens;
        _sender = sender;
        _referrals = referrals;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ReplyDraftApprovals>();
    }

    public async Task<ReplyDraftLinkResult> InspectAsync(string? token, CancellationToken cancellationToken = default)
    {
        var decision = ReplyDraftDecision.Approve;
        var verification = _tokens.Verify(token, decision);
        if (verification.Status == LinkVerificationStatus.WrongPurpose)
        {
            decision = ReplyDraftDecision.Reject;
            verification = _tokens.Verify(token, decision);
        }

        var found = await FindAsync(verification, cancellationToken).ConfigureAwait(false);
        return (found.Result ?? Describe(new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Pending), found.Draft!, found.Summary)) with { Decision = decision };
    }

    public async Task<ReplyDraftLinkResult> DecideAsync(string? token, ReplyDraftDecision decision, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(decision))
        {
            return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Invalid);
        }

        var found = await FindAsync(_tokens.Verify(token, decision), cancellationToken).ConfigureAwait(false);
        if (found.Result is { } early)
        {
            return early with { Decision = decision };
        }

        var source = "link" + (string.IsNullOrWhiteSpace(clientAddress) ? string.Empty : "; " + clientAddress.Trim());
        var draftId = found.Draft!.Id;
        var outcome = await _units.RunAsync((store, ct) => DecideOnceAsync(store, draftId, decision, source, ct), cancellationToken).ConfigureAwait(false);
        ResponsesLog.DraftDecided(_logger, draftId.Value, outcome.Outcome);
        var result = Describe(outcome, found.Draft, found.Summary) with { Decision = decision };
        if (outcome.Outcome != ReplyDraftLinkOutcome.Approved)
        {
            return result;
        }

        try
        {
            await _sender.SendAsync(draftId, cancellationToken).ConfigureAwait(false);
            await _referrals.EnrollAsync(draftId, cancellationToken).ConfigureAwait(false);
            var after = await _units.ReadAsync(store => store.ReplyDrafts.FindAsync(draftId, cancellationToken)).ConfigureAwait(false);
            return result with { Status = after?.Status ?? result.Status };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The approval and the queued work are stored: the work queue completes them.
            ResponsesLog.InlineSendFailed(_logger, draftId.Value, ex);
            return result;
        }
    }

    private async Task<ReplyDraftLinkResult> DecideOnceAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, ReplyDraftDecision decision, string source, CancellationToken cancellationToken)
    {
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Invalid);
        }

        if (draft.Status != ReplyDraftStatus.Pending)
        {
            return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.AlreadyHandled) { Status = draft.Status };
        }

        var now = _clock.GetCurrentInstant();
        draft.DecidedAt = now;
        draft.DecisionSource = source.Length > 200 ? source[..200] : source;
        if (draft.ExpiresAt <= now)
        {
            draft.Status = ReplyDraftStatus.Expired;
            draft.DecidedBy = "timeout";
            await store.ReplyDrafts.UpdateAsync(draft, cancellationToken).ConfigureAwait(false);
            return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Expired) { Status = draft.Status };
        }

        draft.DecidedBy = draft.OwnerId.Value;
        draft.Status = decision == ReplyDraftDecision.Approve ? ReplyDraftStatus.Approved : ReplyDraftStatus.Rejected;
        await store.ReplyDrafts.UpdateAsync(draft, cancellationToken).ConfigureAwait(false);
        if (decision == ReplyDraftDecision.Reject)
        {
            return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Rejected) { Status = draft.Status };
        }

        var due = now + BackupDelay;
        await store.WorkQueue.EnqueueAsync(ReplyDrafter.SendItem(draft.Id, due), cancellationToken).ConfigureAwait(false);
        if (draft.ReferredEmail is not null)
        {
            await store.WorkQueue.EnqueueAsync(
                new WorkItem { Kind = ReplyDraftWork.ReferralEnroll, Key = draft.Id.ToString(), Payload = draft.Id.ToString(), DueAt = due }, cancellationToken).ConfigureAwait(false);
        }

        return new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Approved) { Status = draft.Status };
    }

    /// <summary>Verifies the link and finds its draft; <c>Result</c> is set when the link cannot be acted on.</summary>
    private async Task<(ReplyDraftLinkResult? Result, ReplyDraft? Draft, string? Summary)> FindAsync(LinkVerification verification, CancellationToken cancellationToken)
    {
        if (verification.Status is not (LinkVerificationStatus.Valid or LinkVerificationStatus.Expired) || verification.Payload is null)
        {
            return (new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Invalid), null, null);
        }

        var key = ReplyDraftTokens.KeyOf(verification.Payload, out var draftId);
        if (key is null)
        {
            return (new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Invalid), null, null);
        }

        return await _units.ReadAsync<(ReplyDraftLinkResult?, ReplyDraft?, string?)>(async store =>
        {
            var draft = await store.ReplyDrafts.FindByTokenHashAsync(key, cancellationToken).ConfigureAwait(false);
            if (draft is null || draft.Id != draftId)
            {
                return (new ReplyDraftLinkResult(verification.Status == LinkVerificationStatus.Expired ? ReplyDraftLinkOutcome.Expired : ReplyDraftLinkOutcome.Invalid), null, null);
            }

            var prospect = await store.Prospects.FindAsync(draft.ProspectId, cancellationToken).ConfigureAwait(false);
            var summary = $"Answer to {(prospect is null ? "a prospect" : ReplyDraftText.Who(prospect))}: {ReplyDraftText.Situation(draft.Situation)}";
            if (verification.Status == LinkVerificationStatus.Expired || (draft.Status == ReplyDraftStatus.Pending && draft.ExpiresAt <= _clock.GetCurrentInstant()))
            {
                return (Describe(new ReplyDraftLinkResult(ReplyDraftLinkOutcome.Expired) { Status = draft.Status }, draft, summary), draft, summary);
            }

            if (draft.Status != ReplyDraftStatus.Pending)
            {
                return (Describe(new ReplyDraftLinkResult(ReplyDraftLinkOutcome.AlreadyHandled) { Status = draft.Status }, draft, summary), draft, summary);
            }

            return (null, draft, summary);
        }).ConfigureAwait(false);
    }

    private static ReplyDraftLinkResult Describe(ReplyDraftLinkResult result, ReplyDraft draft, string? summary) => result with
    {
        Status = result.Status ?? draft.Status,
        Summary = summary,
        Subject = draft.Subject,
        Body = draft.Body,
        ReferredEmail = draft.ReferredEmail,
    };
}
