using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Sends the scheduler's queued e-mails exactly once, the way the outbox sender does: the Message-ID is fixed from the
/// request (meeting, kind, reference), the mailbox is asked for it before sending, and the sent e-mail is appended to
/// the thread idempotently. A request that went stale (the meeting moved on) is skipped.
/// </summary>
internal sealed partial class MeetingMailer
{
    private readonly MeetingTransactions _units;
    private readonly IMailbox _mailbox;
    private readonly MeetingEmailComposer _composer;
    private readonly Aftercare.AftercareEmails _aftercare;
    private readonly ILogger _logger;

    public MeetingMailer(MeetingTransactions units, IMailbox mailbox, MeetingEmailComposer composer, Aftercare.AftercareEmails aftercare, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _mailbox = mailbox;
        _composer = composer;
        _aftercare = aftercare;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingMailer>();
    }

    public async Task<bool> SendAsync(MeetingEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = await _units.ReadAsync(store => ComposeAsync(store, request, cancellationToken)).ConfigureAwait(false);
        if (email is null)
        {
            MeetingsLog.EmailSkipped(_logger, request.MeetingId, request.Kind);
            return false;
        }

        var (outgoing, threadId) = email.Value;
        var sent = await _mailbox.FindSentAsync(outgoing.MailboxAccountId, outgoing.RfcMessageId, cancellationToken).ConfigureAwait(false)
            ?? await _mailbox.SendAsync(outgoing, cancellationToken).ConfigureAwait(false);
        if (threadId is { } thread)
        {
            await _units.ReadAsync(store => store.Threads.AppendMessageAsync(
                new EmailMessage
                {
                    ThreadId = thread,
                    Direction = MessageDirection.Outbound,
                    RfcMessageId = sent.RfcMessageId,
                    ProviderMessageId = sent.ProviderMessageId,
                    InReplyTo = outgoing.InReplyTo,
                    From = string.Empty,
                    To = string.Join(", ", outgoing.To.Select(t => t.Address)),
                    Subject = outgoing.Subject,
                    BodyText = outgoing.TextBody,
                    OccurredAt = sent.SentAt,
                    ProcessedAt = sent.SentAt,
                },
                cancellationToken)).ConfigureAwait(false);
        }

        MeetingsLog.EmailSent(_logger, request.MeetingId, request.Kind);
        return true;
    }

    private async Task<(OutgoingEmail Email, Id<EmailThread>? ThreadId)?> ComposeAsync(IAutoMeetStore store, MeetingEmailRequest request, CancellationToken cancellationToken)
    {
        if (Aftercare.AftercareEmails.Handles(request.Kind))
        {
            // Reminders, the owner's post-meeting links and the no-show follow-up (with their own staleness and suppression checks).
            return await _aftercare.ComposeAsync(store, request, cancellationToken).ConfigureAwait(false);
        }

        var meeting = await store.Meetings.FindAsync(new Id<Meeting>(request.MeetingId), cancellationToken).ConfigureAwait(false);
        if (meeting is null || !IsCurrent(meeting, request) || await IsSupersededAsync(store, meeting, request, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var thread = meeting.ThreadId is { } threadId ? await store.Threads.FindAsync(threadId, cancellationToken).ConfigureAwait(false) : null;
        var mailbox = await SenderAsync(store, meeting, thread, cancellationToken).ConfigureAwait(false);
        if (prospect is null)
        {
            return null;
        }

        if (mailbox is null)
        {
            // Retried later by the work queue: the e-mail is still owed once a mailbox is connected again.
            throw new InvalidOperationException($"Owner '{meeting.OwnerId}' has no connected mailbox to send the {request.Kind} e-mail of meeting {meeting.Id} from.");
        }

        if (request.Kind is MeetingEmailKind.ApprovalRequest or MeetingEmailKind.ApprovalReminder)
        {
            var approval = (await store.Approvals.ListByMeetingAsync(meeting.Id, cancellationToken).ConfigureAwait(false))
                .LastOrDefault(a => a.Status == ApprovalStatus.Pending && a.ExpiresAt.ToUnixTimeSeconds() == request.Reference);
            if (approval is null)
            {
                return null;
            }

            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
            var email = _composer.Approval(request, meeting, approval, prospect, mailbox, settings?.TimeZoneId);
            return (email, null);
        }

        if (thread is null)
        {
            return null;
        }

        if (await MeetingSuppression.IsSuppressedAsync(store, meeting.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            // Nothing goes to a suppressed address or domain (unsubscribed, bounced, erased): the e-mail is dropped, not retried.
            Aftercare.AftercareLog.EmailSuppressed(_logger, meeting.Id.Value, request.Kind);
            return null;
        }

        var message = request.Kind switch
        {
            MeetingEmailKind.Confirmation => _composer.Confirmation(request, meeting, prospect, mailbox, thread),
            MeetingEmailKind.Proposal or MeetingEmailKind.Alternatives or MeetingEmailKind.SuggestedTime => await _composer.OfferAsync(store, request, meeting, prospect, mailbox, thread, cancellationToken).ConfigureAwait(false),
            _ => await _composer.ChangeAsync(store, request, meeting, prospect, mailbox, thread, cancellationToken).ConfigureAwait(false),
        };
        return (message, thread.Id);
    }

    private static bool IsCurrent(Meeting meeting, MeetingEmailRequest request) => request.Kind switch
    {
        MeetingEmailKind.Proposal or MeetingEmailKind.Alternatives or MeetingEmailKind.SuggestedTime => meeting.Status == MeetingStatus.Proposed && meeting.Start.ToUnixTimeSeconds() == request.Reference,
        MeetingEmailKind.Confirmation => meeting.Status == MeetingStatus.Scheduled && meeting.CalendarEventId is not null && meeting.Start.ToUnixTimeSeconds() == request.Reference,
        MeetingEmailKind.Rescheduled => meeting.Status == MeetingStatus.Scheduled && meeting.CalendarEventId is not null && meeting.Start.ToUnixTimeSeconds() == Changes.MeetingChangeVersion.Unpack(request.Reference).StartSeconds,
        MeetingEmailKind.RescheduleOptions => meeting.Status == MeetingStatus.Scheduled && meeting.Start.ToUnixTimeSeconds() == Changes.MeetingChangeVersion.Unpack(request.Reference).StartSeconds,
        MeetingEmailKind.Cancelled or MeetingEmailKind.CancellationConfirmed => meeting.Status == MeetingStatus.Cancelled,
        _ => meeting.Status is MeetingStatus.AwaitingApproval or MeetingStatus.Scheduled, // Scheduled: a request to move it (a pending approval is looked up too)
    };

    /// <summary>A move notice of a version that later moves replaced (A→B, then B→A and A→B before it went out): only the latest move is announced.</summary>
    private static async Task<bool> IsSupersededAsync(IAutoMeetStore store, Meeting meeting, MeetingEmailRequest request, CancellationToken cancellationToken)
    {
        if (request.Kind != MeetingEmailKind.Rescheduled || Changes.MeetingChangeVersion.Unpack(request.Reference).Version is not { } version)
        {
            return false;
        }

        var history = await Changes.MeetingChangeVersion.HistoryAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false);
        return Changes.MeetingChangeVersion.Moves(history) != version;
    }

    /// <summary>The thread's mailbox (the owner's own), else the owner's first connected one.</summary>
    private static async Task<MailboxAccount?> SenderAsync(IAutoMeetStore store, Meeting meeting, EmailThread? thread, CancellationToken cancellationToken)
    {
        if (thread is not null && await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false) is { Status: AccountStatus.Connected } own)
        {
            return own;
        }

        var accounts = await store.MailboxAccounts.ListByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        return accounts.FirstOrDefault(a => a.Status == AccountStatus.Connected);
    }
}
