using AutoMeet.Accounts;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Sends an approved draft in its thread exactly once, the way the outbox sender does: the Message-ID was fixed when the
/// draft was created, the mailbox is asked for it before sending, and only then is the draft marked sent (with the
/// message appended to the thread idempotently). A draft that is not approved, already sent, or whose address is now
/// suppressed is never sent (a suppressed one is withdrawn as rejected by the system).
/// </summary>
internal sealed class ReplyDraftSender
{
    private readonly DraftUnits _units;
    private readonly IMailbox _mailbox;
    private readonly ISuppressionService _suppression;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public ReplyDraftSender(DraftUnits units, IMailbox mailbox, ISuppressionService suppression, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _mailbox = mailbox;
        _suppression = suppression;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ReplyDraftSender>();
    }

    /// <summary>Sends the draft if it is approved and unsent; <see langword="true"/> when it was sent by this call.</summary>
    public async Task<bool> SendAsync(Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var loaded = await _units.ReadAsync(store => ComposeAsync(store, draftId, cancellationToken)).ConfigureAwait(false);
        if (loaded is null)
        {
            return false;
        }

        var (draft, email, threadId) = loaded.Value;
        if (await _suppression.IsSuppressedAsync(draft.OwnerId, email.To[0].Address, cancellationToken).ConfigureAwait(false))
        {
            await _units.RunAsync((store, token) => WithdrawAsync(store, draftId, token), cancellationToken).ConfigureAwait(false);
            ResponsesLog.DraftSuppressed(_logger, draftId.Value);
            return false;
        }

        var sent = await _mailbox.FindSentAsync(email.MailboxAccountId, email.RfcMessageId, cancellationToken).ConfigureAwait(false)
            ?? await _mailbox.SendAsync(email, cancellationToken).ConfigureAwait(false);
        await _units.RunAsync((store, token) => MarkSentAsync(store, draftId, threadId, email, sent, token), cancellationToken).ConfigureAwait(false);
        ResponsesLog.DraftSent(_logger, draftId.Value);
        return true;
    }

    private static async Task<(ReplyDraft Draft, OutgoingEmail Email, Id<EmailThread> ThreadId)?> ComposeAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is not { Status: ReplyDraftStatus.Approved })
        {
            return null;
        }

        var thread = await store.Threads.FindAsync(draft.ThreadId, cancellationToken).ConfigureAwait(false);
        var prospect = await store.Prospects.FindAsync(draft.ProspectId, cancellationToken).ConfigureAwait(false);
        if (thread is null || prospect is null)
        {
            return null;
        }

        var mailbox = await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false);
        if (mailbox is not { Status: AccountStatus.Connected })
        {
            // Retried by the work queue: the answer belongs in this thread, from this mailbox.
            throw new InvalidOperationException($"Mailbox {thread.MailboxAccountId} of thread {thread.Id} is not connected; reply draft {draft.Id} waits for it.");
        }

        var decision = await store.ReplyDecisions.FindAsync(draft.DecisionId, cancellationToken).ConfigureAwait(false);
        var answered = decision is null ? null : thread.Messages.FirstOrDefault(m => m.Id == decision.MessageId);
        var references = thread.Messages.Select(m => m.RfcMessageId).Where(id => id.Length > 0 && id != draft.RfcMessageId).ToList();
        var name = $"{prospect.FirstName} {prospect.LastName}".Trim();
        var email = new OutgoingEmail
        {
            MailboxAccountId = mailbox.Id,
            To = [new EmailAddress(prospect.Email, name.Length == 0 ? null : name)],
            Subject = draft.Subject,
            TextBody = draft.Body,
            RfcMessageId = draft.RfcMessageId,
            ProviderThreadId = thread.ProviderThreadId,
            InReplyTo = answered?.RfcMessageId ?? (references.Count > 0 ? references[^1] : null),
            References = references,
        };
        return (draft, email, thread.Id);
    }

    private async Task<bool> MarkSentAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, Id<EmailThread> threadId, OutgoingEmail email, SentEmail sent, CancellationToken cancellationToken)
    {
        await store.Threads.AppendMessageAsync(
            new EmailMessage
            {
                ThreadId = threadId,
                Direction = MessageDirection.Outbound,
                RfcMessageId = sent.RfcMessageId,
                ProviderMessageId = sent.ProviderMessageId,
                InReplyTo = email.InReplyTo,
                From = string.Empty,
                To = string.Join(", ", email.To.Select(t => t.Address)),
                Subject = email.Subject,
                BodyText = email.TextBody,
                OccurredAt = sent.SentAt,
                ProcessedAt = sent.SentAt,
            },
            cancellationToken).ConfigureAwait(false);
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is { Status: ReplyDraftStatus.Approved })
        {
            draft.Status = ReplyDraftStatus.Sent;
            draft.SentAt = sent.SentAt == default ? _clock.GetCurrentInstant() : sent.SentAt;
            await store.ReplyDrafts.UpdateAsync(draft, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<bool> WithdrawAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is not { Status: ReplyDraftStatus.Approved })
        {
            return false;
        }

        draft.Status = ReplyDraftStatus.Rejected;
        draft.DecidedAt = _clock.GetCurrentInstant();
        draft.DecidedBy = "system";
        draft.DecisionSource = "address suppressed before sending";
        await store.ReplyDrafts.UpdateAsync(draft, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
