using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Replies.Stripping;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Writes the draft answering one reply decision (<see cref="ReplyDraftWork.Create"/>): at most one per decision however
/// often it runs. No draft for a suppressed address, a situation that calls for none, or when drafts are off. A draft is
/// approved by the autonomous rule only when the campaign (or the owner's default) is autonomous, the draft's confidence
/// is at or above the threshold and it is not a referral (a referred person is enrolled only after the owner approves);
/// otherwise the owner gets it with signed Approve and Reject links.
/// </summary>
internal sealed class ReplyDrafter
{
    private readonly DraftUnits _units;
    private readonly IResponseGenerator _generator;
    private readonly ISuppressionService _suppression;
    private readonly IOptions<ResponseOptions> _options;
    private readonly IOptions<MeetingOptions> _meetings;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public ReplyDrafter(
        DraftUnits units, IResponseGenerator generator, ISuppressionService suppression, IOptions<ResponseOptions> options, IOptions<MeetingOptions> meetings, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _generator = generator;
        _suppression = suppression;
        _options = options;
        _meetings = meetings;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ReplyDrafter>();
    }

    /// <summary>Writes and stores the draft; returns it (or the one written earlier), or <see langword="null"/> when none is due.</summary>
    public async Task<ReplyDraft?> CreateAsync(Id<ReplyDecision> decisionId, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        var (context, existing) = await _units.ReadAsync(store => LoadAsync(store, decisionId, cancellationToken)).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var situation = context is null ? null : ReplyDraftSituations.For(context.Decision.Label, context.Decision.Objection);
        var skip = context is null ? "the decision, its thread or its prospect is gone"
            : !settings.Enabled ? "drafts are off"
            : situation is null ? "the situation calls for no written answer"
            : situation == ReplyDraftSituation.NotInterested && !settings.AnswerNotInterested ? "declines get no answer"
            : await _suppression.IsSuppressedAsync(context.Decision.OwnerId, context.Prospect.Email, cancellationToken).ConfigureAwait(false) ? "the address is suppressed"
            : null;
        if (skip is not null)
        {
            ResponsesLog.DraftSkipped(_logger, decisionId.Value, skip);
            return null;
        }

        var replyText = ReplyTextStripper.Strip(context!.Thread.Messages.FirstOrDefault(m => m.Id == context.Decision.MessageId)?.BodyText ?? string.Empty);
        var request = new ResponseRequest
        {
            Situation = situation!.Value,
            Decision = context.Decision,
            Prospect = context.Prospect,
            Thread = context.Thread,
            ReplyText = replyText,
            Language = ReplyLanguage.Detect(replyText),
            SenderName = context.Account?.DisplayName ?? string.Empty,
            SenderEmail = context.Account?.EmailAddress ?? string.Empty,
            CampaignName = context.Campaign?.Name ?? string.Empty,
        };
        var response = await _generator.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            ResponsesLog.DraftSkipped(_logger, decisionId.Value, "no template for the situation");
            return null;
        }

        var referred = situation == ReplyDraftSituation.Referral
            ? ReferralAddressFinder.Find(replyText, [context.Prospect.Email, .. context.Account is null ? [] : new[] { context.Account.EmailAddress }])
            : null;
        var draft = await _units.RunAsync((store, token) => StoreAsync(store, context, request.Situation, response, referred, token), cancellationToken).ConfigureAwait(false);
        ResponsesLog.DraftCreated(_logger, draft.Id.Value, decisionId.Value, draft.Situation, draft.Status);
        return draft;
    }

    private static async Task<(DraftContext? Context, ReplyDraft? Existing)> LoadAsync(IAutoMeetStore store, Id<ReplyDecision> decisionId, CancellationToken cancellationToken)
    {
        if (await store.ReplyDrafts.FindByDecisionAsync(decisionId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (null, existing);
        }

        var decision = await store.ReplyDecisions.FindAsync(decisionId, cancellationToken).ConfigureAwait(false);
        var thread = decision is null ? null : await store.Threads.FindAsync(decision.ThreadId, cancellationToken).ConfigureAwait(false);
        var prospect = thread is null ? null : await store.Prospects.FindAsync(thread.ProspectId, cancellationToken).ConfigureAwait(false);
        if (decision is null || thread is null || prospect is null)
        {
            return (null, null);
        }

        var account = await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false);
        var campaign = thread.CampaignId is { } campaignId ? await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false) : null;
        return (new DraftContext(decision, thread, prospect, account, campaign), null);
    }

    private async Task<ReplyDraft> StoreAsync(
        IAutoMeetStore store, DraftContext context, ReplyDraftSituation situation, GeneratedResponse response, string? referred, CancellationToken cancellationToken)
    {
        if (await store.ReplyDrafts.FindByDecisionAsync(context.Decision.Id, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var now = _clock.GetCurrentInstant();
        var draft = new ReplyDraft
        {
            OwnerId = context.Decision.OwnerId,
            ProspectId = context.Prospect.Id,
            ThreadId = context.Thread.Id,
            CampaignId = context.Thread.CampaignId,
            DecisionId = context.Decision.Id,
            Situation = situation,
            Language = response.Language,
            Subject = Limit(response.Subject, ReplyDraft.MaxSubjectLength),
            Body = Limit(response.Body, ReplyDraft.MaxBodyLength),
            Generator = Limit(response.Generator, 500),
            Confidence = Math.Clamp(response.Confidence, 0, 1),
            ReferredEmail = referred,
            ExpiresAt = ReplyDraftTokens.Expiry(now + Duration.FromTimeSpan(_options.Value.ApprovalLinkLifetime)),
        };
        draft.TokenHash = ReplyDraftTokens.Key(draft.Id, draft.OwnerId, draft.ExpiresAt);
        draft.RfcMessageId = MessageIdFor(draft.Id, context.Account?.EmailAddress);

        var (mode, threshold) = Mode(context.Campaign);
        if (mode == ApprovalMode.Autonomous && draft.Confidence >= threshold && situation != ReplyDraftSituation.Referral)
        {
            draft.Status = ReplyDraftStatus.Approved;
            draft.DecidedAt = now;
            draft.DecidedBy = "autonomous";
            draft.DecisionSource = "autonomous: confidence at or above the threshold";
            await store.ReplyDrafts.AddAsync(draft, cancellationToken).ConfigureAwait(false);
            await store.WorkQueue.EnqueueAsync(SendItem(draft.Id, now), cancellationToken).ConfigureAwait(false);
            return draft;
        }

        await store.ReplyDrafts.AddAsync(draft, cancellationToken).ConfigureAwait(false);
        var payload = draft.Id.ToString();
        await store.WorkQueue.EnqueueAsync(
            new WorkItem { Kind = ReplyDraftWork.ApprovalEmail, Key = payload + ":" + draft.ExpiresAt.ToUnixTimeSeconds(), Payload = payload, DueAt = now },
            cancellationToken).ConfigureAwait(false);
        return draft;
    }

    internal static WorkItem SendItem(Id<ReplyDraft> draftId, Instant now) =>
        new() { Kind = ReplyDraftWork.Send, Key = draftId.ToString(), Payload = draftId.ToString(), DueAt = now };

    /// <summary>Fixed when the draft is created, on the sending mailbox's domain, so a retried send finds an earlier one.</summary>
    internal static string MessageIdFor(Id<ReplyDraft> draftId, string? mailboxAddress)
    {
        var at = mailboxAddress?.LastIndexOf('@') ?? -1;
        var domain = at > 0 && at < mailboxAddress!.Length - 1 ? mailboxAddress[(at + 1)..].ToLowerInvariant() : "automeet.invalid";
        return $"draft-{draftId.Value:N}.am@{domain}";
    }

    private (ApprovalMode Mode, double Threshold) Mode(Campaign? campaign)
    {
        var options = _meetings.Value;
        var mode = campaign?.ApprovalMode is { } m && m != ApprovalMode.Inherit ? m : options.DefaultApprovalMode;
        return (mode, campaign?.AutonomousConfidenceThreshold ?? options.DefaultAutonomousConfidenceThreshold);
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
