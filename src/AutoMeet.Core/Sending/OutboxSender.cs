using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>
/// The exactly-once sender (see <see cref="IOutboxSender"/>). How each failure point is healed:
/// <list type="bullet">
/// <item>Crash before the send: the lease expires, another sender claims the row (attempt 2), finds nothing at the mailbox under its Message-ID, and sends.</item>
/// <item>Crash (or lost response, or timeout) after the provider accepted it: the retry finds the message by its Message-ID and records it without sending again.</item>
/// <item>Crash inside the recording transaction: nothing of it is committed; the retry finds the message and records it.</item>
/// <item>A slow sender whose lease ran out: a send never takes longer than half the lease (<see cref="SendingOptions.SendTimeout"/>), the lease is renewed before each send when it would not cover it, and recording requires the live lease, so a takeover and a late record cannot both happen.</item>
/// </list>
/// One send is in flight per mailbox: the outbox claim hands out at most one row per mailbox and none while one is leased.
/// </summary>
internal sealed class OutboxSender : IOutboxSender
{
    private const int RecordAttempts = 4;
    private readonly IMailbox _mailbox;
    private readonly SendComposer _composer;
    private readonly ISuppressionService _suppression;
    private readonly ILinkSigner _signer;
    private readonly MailboxSendRateLimiter _rate;
    private readonly IOptions<SendingOptions> _options;
    private readonly IClock _clock;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public OutboxSender(
        IMailbox mailbox,
        SendComposer composer,
        ISuppressionService suppression,
        ILinkSigner signer,
        MailboxSendRateLimiter rate,
        IOptions<SendingOptions> options,
        IOptions<AutoMeetOptions> autoMeetOptions,
        IClock clock,
        TimeProvider time,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(suppression);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(autoMeetOptions);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(time);
        _mailbox = mailbox;
        _composer = composer;
        _suppression = suppression;
        _signer = signer;
        _rate = rate;
        _options = options;
        _clock = clock;
        _time = time;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<OutboxSender>();
        var name = autoMeetOptions.Value.WorkerName;
        LeaseOwner = (string.IsNullOrWhiteSpace(name) ? $"{Environment.MachineName}-{Environment.ProcessId}" : name) + "-sender-" + Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>Gets the name this sender claims rows under.</summary>
    public string LeaseOwner { get; }

    /// <summary>Gets or sets a hook called at each stage of the send path (tests inject crashes here; an exception it throws is not handled).</summary>
    internal Action<SendStage, OutboxMessage>? StageHook { get; set; }

    public async Task<OutboxSendReport> SendDueAsync(IAutoMeetStore store, int maxRows = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        var options = _options.Value;
        var report = OutboxSendReport.Empty;
        var lease = Duration.FromTimeSpan(options.LeaseDuration);
        while (report.Claimed < maxRows && !cancellationToken.IsCancellationRequested)
        {
            var batch = Math.Min(options.ClaimBatchSize, maxRows - report.Claimed);
            var claimed = await store.Outbox.ClaimDueAsync(new LeaseClaim(LeaseOwner, batch, lease, [OutboxMessage.SendKind]), cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            foreach (var row in claimed)
            {
                var outcome = await SendOneAsync(store, row, options, cancellationToken).ConfigureAwait(false);
                SendingTelemetry.Handled(outcome);
                report = report.Add(outcome);
            }
        }

        SendingLog.RunCompleted(_logger, report.Claimed, report.Sent, report.Recovered, report.Cancelled, report.Deferred, report.Failed, report.LeaseLost);
        return report;
    }

    private async Task<OutboxSendOutcome> SendOneAsync(IAutoMeetStore store, OutboxMessage row, SendingOptions options, CancellationToken cancellationToken)
    {
        using var activity = SendingTelemetry.Activities.StartActivity("outbox.send");
        activity?.SetTag("automeet.outbox.row", row.Id.Value);
        activity?.SetTag("automeet.outbox.attempt", row.Attempts);
        Hook(SendStage.Claimed, row);

        var context = await SendContext.LoadAsync(store, row, cancellationToken).ConfigureAwait(false);

        // A retried row may have gone out before a crash or a lost response: ask the mailbox before anything else.
        if (row.Attempts > 1)
        {
            var found = await _mailbox.FindSentAsync(row.MailboxAccountId, row.RfcMessageId, cancellationToken).ConfigureAwait(false);
            Hook(SendStage.LookedUp, row);
            if (found is not null)
            {
                var recoveredEmail = context.CanCompose ? Compose(row, context, options).Email : null;
                var recorded = await RecordAsync(store, row, context, found, recoveredEmail).ConfigureAwait(false);
                if (recorded)
                {
                    SendingLog.RowRecovered(_logger, row.Id.Value);
                }

                return recorded ? OutboxSendOutcome.Recovered : OutboxSendOutcome.LeaseLost;
            }
        }

        var verdict = await CheckAsync(context, row, cancellationToken).ConfigureAwait(false);
        if (verdict is { } stop)
        {
            return await StopAsync(store, row, stop, options, cancellationToken).ConfigureAwait(false);
        }

        var composed = Compose(row, context, options);
        if (composed.Email is not { } email)
        {
            return await EndAsync(store, row, OutboxStatus.Failed, composed.Error!, cancellationToken).ConfigureAwait(false);
        }

        if (!await EnsureLeaseCoversSendAsync(store, row, options, cancellationToken).ConfigureAwait(false))
        {
            SendingLog.LeaseLost(_logger, row.Id.Value);
            return OutboxSendOutcome.LeaseLost;
        }

        if (!_rate.TryAcquire(row.MailboxAccountId.Value))
        {
            return await StopAsync(store, row, new SendStop("the mailbox reached its per-minute send rate", IsDeferral: true, StopsEnrollment: false, Delay: Duration.FromMinutes(1)), options, cancellationToken).ConfigureAwait(false);
        }

        Hook(SendStage.Composed, row);
        SentEmail sent;
        using (var timeout = new CancellationTokenSource(options.SendTimeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken))
        {
            try
            {
                sent = await _mailbox.SendAsync(email, linked.Token).ConfigureAwait(false);
            }
            catch (ArgumentException exception)
            {
                // The adapter rejected the e-mail itself: retrying cannot help.
                return await EndAsync(store, row, OutboxStatus.Failed, "The mailbox rejected the e-mail: " + exception.Message, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested || timeout.IsCancellationRequested)
            {
                return await SendFailedAsync(store, row, options, exception).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception)
            {
                // The host is stopping mid-send: the outcome is unknown, so release the row; the next attempt looks it up.
                return await SendFailedAsync(store, row, options, exception).ConfigureAwait(false);
            }
        }

        Hook(SendStage.Sent, row);

        // The e-mail is out: record it whatever the caller's token says.
        if (!await RecordAsync(store, row, context, sent, email).ConfigureAwait(false))
        {
            return OutboxSendOutcome.LeaseLost;
        }

        SendingLog.RowSent(_logger, row.Id.Value, row.StepPosition, row.MailboxAccountId.Value);
        return OutboxSendOutcome.Sent;
    }

    private ComposedEmail Compose(OutboxMessage row, SendContext context, SendingOptions options)
    {
        var token = _suppression.CreateUnsubscribeToken(row.OwnerId, context.Prospect!.Email, Duration.FromTimeSpan(options.UnsubscribeLinkLifetime));
        var link = new Uri(options.PublicBaseUrl, "unsubscribe?token=" + Uri.EscapeDataString(token));
        var composed = _composer.Compose(row, context.Step!, context.Prospect, context.Mailbox!, context.Campaign!, context.Thread, link);
        if (composed.Email is { HtmlBody: { } html } email && (options.TrackClicks || options.TrackOpens))
        {
            var expires = _clock.GetCurrentInstant() + Duration.FromTimeSpan(options.TrackingLinkLifetime);
            var tracked = Tracking.TrackingRewriter.Rewrite(html, row.Id.Value.ToString(), options.PublicBaseUrl, _signer, expires, options.TrackClicks, options.TrackOpens);
            composed = composed with { Email = email with { HtmlBody = tracked } };
        }

        return composed;
    }

    /// <summary>Decides whether the row may still go out; returns why not, or <see langword="null"/> to send.</summary>
    private async Task<SendStop?> CheckAsync(SendContext context, OutboxMessage row, CancellationToken cancellationToken)
    {
        if (context.Enrollment is not { } enrollment)
        {
            return SendStop.Cancel("the enrollment no longer exists");
        }

        if (enrollment.Status != EnrollmentStatus.Active)
        {
            return SendStop.Cancel($"the enrollment is {enrollment.Status.ToString().ToLowerInvariant()}");
        }

        if (enrollment.NextStepPosition > row.StepPosition)
        {
            return SendStop.Cancel($"the enrollment is already past step {row.StepPosition}");
        }

        switch (context.Campaign?.Status)
        {
            case null:
                return SendStop.Cancel("the campaign no longer exists");
            case CampaignStatus.Paused or CampaignStatus.Draft or CampaignStatus.Scheduled:
                return SendStop.Defer($"the campaign is {context.Campaign.Status.ToString().ToLowerInvariant()}");
            case CampaignStatus.Completed or CampaignStatus.Cancelled or CampaignStatus.Archived:
                return SendStop.Cancel($"the campaign is {context.Campaign.Status.ToString().ToLowerInvariant()}");
        }

        if (context.Mailbox is not { } mailbox)
        {
            return SendStop.Cancel("the mailbox no longer exists");
        }

        if (mailbox.Status != AccountStatus.Connected)
        {
            return SendStop.Defer($"the mailbox is {mailbox.Status.ToString().ToLowerInvariant()}");
        }

        if (context.Prospect is not { } prospect)
        {
            return SendStop.Cancel("the prospect no longer exists");
        }

        if (context.Step is null)
        {
            return SendStop.Cancel($"the sequence no longer has step {row.StepPosition}");
        }

        if (await _suppression.IsSuppressedAsync(row.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            return SendStop.Suppressed();
        }

        return null;
    }

    private async Task<OutboxSendOutcome> StopAsync(IAutoMeetStore store, OutboxMessage row, SendStop stop, SendingOptions options, CancellationToken cancellationToken)
    {
        if (stop.IsDeferral)
        {
            var dueAt = _clock.GetCurrentInstant() + (stop.Delay ?? Duration.FromTimeSpan(options.PausedRecheckDelay));
            if (!await store.Outbox.RetryLaterAsync(row.Id, LeaseOwner, dueAt, stop.Reason, cancellationToken).ConfigureAwait(false))
            {
                return OutboxSendOutcome.LeaseLost;
            }

            SendingLog.RowDeferred(_logger, row.Id.Value, dueAt, stop.Reason);
            return OutboxSendOutcome.Deferred;
        }

        if (stop.StopsEnrollment)
        {
            // A suppressed address ends its enrollment too, in the same transaction as the cancelled row.
            return await store.ExecuteInTransactionAsync(
                async token =>
                {
                    var ended = await EndAsync(store, row, OutboxStatus.Cancelled, stop.Reason, token).ConfigureAwait(false);
                    if (ended == OutboxSendOutcome.Cancelled && await store.Enrollments.FindAsync(row.EnrollmentId, token).ConfigureAwait(false) is { Status: EnrollmentStatus.Active } enrollment)
                    {
                        enrollment.Status = EnrollmentStatus.Stopped;
                        enrollment.StopReason = StopReason.Unsubscribed;
                        enrollment.NextStepDueAt = null;
                        await store.Enrollments.UpdateAsync(enrollment, token).ConfigureAwait(false);
                    }

                    return ended;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return await EndAsync(store, row, OutboxStatus.Cancelled, stop.Reason, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OutboxSendOutcome> EndAsync(IAutoMeetStore store, OutboxMessage row, OutboxStatus status, string reason, CancellationToken cancellationToken)
    {
        if (!await store.Outbox.EndAsync(row.Id, LeaseOwner, status, reason, cancellationToken).ConfigureAwait(false))
        {
            SendingLog.LeaseLost(_logger, row.Id.Value);
            return OutboxSendOutcome.LeaseLost;
        }

        if (status == OutboxStatus.Failed)
        {
            SendingLog.RowFailed(_logger, row.Id.Value, row.Attempts, reason);
            return OutboxSendOutcome.Failed;
        }

        SendingLog.RowCancelled(_logger, row.Id.Value, reason);
        return OutboxSendOutcome.Cancelled;
    }

    private async Task<OutboxSendOutcome> SendFailedAsync(IAutoMeetStore store, OutboxMessage row, SendingOptions options, Exception exception)
    {
        SendingLog.SendFailed(_logger, row.Id.Value, row.Attempts, exception);
        if (row.Attempts >= options.MaxAttempts)
        {
            // Last chance: it may have gone out after all.
            var found = await _mailbox.FindSentAsync(row.MailboxAccountId, row.RfcMessageId, CancellationToken.None).ConfigureAwait(false);
            if (found is null)
            {
                return await EndAsync(store, row, OutboxStatus.Failed, $"Sending failed {row.Attempts} times; last error: {exception.GetType().Name}.", CancellationToken.None).ConfigureAwait(false);
            }
        }

        var delay = options.RetryBaseDelay * Math.Pow(2, Math.Min(row.Attempts - 1, 10));
        var dueAt = _clock.GetCurrentInstant() + Duration.FromTimeSpan(delay);
        var reason = $"Send outcome unknown after {exception.GetType().Name}; the next attempt looks the message up first.";
        if (!await store.Outbox.RetryLaterAsync(row.Id, LeaseOwner, dueAt, reason, CancellationToken.None).ConfigureAwait(false))
        {
            return OutboxSendOutcome.LeaseLost;
        }

        return OutboxSendOutcome.Deferred;
    }

    private async Task<bool> EnsureLeaseCoversSendAsync(IAutoMeetStore store, OutboxMessage row, SendingOptions options, CancellationToken cancellationToken)
    {
        var now = _clock.GetCurrentInstant();
        var needed = now + (Duration.FromTimeSpan(options.SendTimeout) * 2);
        if (row.LeaseExpiresAt is { } expires && expires >= needed)
        {
            return true;
        }

        var renewed = await store.Outbox.RenewLeaseAsync(row.Id, LeaseOwner, Duration.FromTimeSpan(options.LeaseDuration), cancellationToken).ConfigureAwait(false);
        if (renewed)
        {
            row.LeaseExpiresAt = now + Duration.FromTimeSpan(options.LeaseDuration);
        }

        return renewed;
    }

    /// <summary>
    /// Records a send in one transaction: the outbox row (only under the live lease), the thread and message, the
    /// Sent event and the enrollment's progress. A concurrent change to the enrollment (a reply stopped it meanwhile)
    /// is retried with fresh data: the e-mail is out, so the record must be written.
    /// </summary>
    private async Task<bool> RecordAsync(IAutoMeetStore store, OutboxMessage row, SendContext context, SentEmail sent, OutgoingEmail? email)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var recorded = await store.ExecuteInTransactionAsync(token => RecordOnceAsync(store, row, context, sent, email, token), CancellationToken.None).ConfigureAwait(false);
                if (recorded)
                {
                    Hook(SendStage.Recorded, row);
                }
                else
                {
                    SendingLog.LeaseLost(_logger, row.Id.Value);
                }

                return recorded;
            }
            catch (ConcurrencyConflictException) when (attempt < RecordAttempts)
            {
                SendingLog.RecordConflict(_logger, row.Id.Value, attempt);
            }
            catch (DuplicateEntityException) when (attempt < RecordAttempts)
            {
                // A concurrent writer created the prospect's thread first: the retry appends to it.
                SendingLog.RecordConflict(_logger, row.Id.Value, attempt);
            }
        }
    }

    private async Task<bool> RecordOnceAsync(IAutoMeetStore store, OutboxMessage row, SendContext context, SentEmail sent, OutgoingEmail? email, CancellationToken cancellationToken)
    {
        if (!await store.Outbox.MarkSentAsync(row.Id, LeaseOwner, sent, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        Hook(SendStage.RowMarked, row);
        var enrollment = await store.Enrollments.FindAsync(row.EnrollmentId, cancellationToken).ConfigureAwait(false);
        var mailboxAddress = context.Mailbox?.EmailAddress ?? string.Empty;
        var prospectAddress = context.Prospect?.Email ?? string.Empty;

        var thread = enrollment?.ThreadId is { } threadId ? await store.Threads.FindAsync(threadId, cancellationToken).ConfigureAwait(false) : null;
        if (thread is null || thread.ProviderThreadId != sent.ProviderThreadId)
        {
            thread = await store.Threads.FindByProviderThreadIdAsync(row.MailboxAccountId, sent.ProviderThreadId, cancellationToken).ConfigureAwait(false);
        }

        var message = new EmailMessage
        {
            Direction = MessageDirection.Outbound,
            RfcMessageId = sent.RfcMessageId,
            ProviderMessageId = sent.ProviderMessageId,
            InReplyTo = email?.InReplyTo,
            From = mailboxAddress,
            To = prospectAddress,
            Subject = email?.Subject ?? thread?.Subject ?? string.Empty,
            BodyText = email?.TextBody,
            OccurredAt = sent.SentAt,
        };

        if (thread is null)
        {
            thread = new EmailThread
            {
                MailboxAccountId = row.MailboxAccountId,
                ProspectId = row.ProspectId,
                CampaignId = row.CampaignId,
                ProviderThreadId = sent.ProviderThreadId,
                Subject = message.Subject,
                RootMessageId = sent.RfcMessageId,
                LastMessageAt = sent.SentAt,
            };
            message.ThreadId = thread.Id;
            thread.Messages.Add(message);
            await store.Threads.AddAsync(thread, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            message.ThreadId = thread.Id;
            var existing = thread.Messages.FirstOrDefault(m => m.RfcMessageId == sent.RfcMessageId);
            if (existing is null)
            {
                await store.Threads.AppendMessageAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                message = existing;
            }
        }

        Hook(SendStage.ThreadWritten, row);
        await Events.DomainEventRecorder.AddEmailEventAsync(
            store,
            new EmailEvent
            {
                Kind = EmailEventKind.Sent,
                OccurredAt = sent.SentAt,
                CampaignId = row.CampaignId,
                ProspectId = row.ProspectId,
                EnrollmentId = row.EnrollmentId,
                MessageId = message.Id,
                StepPosition = row.StepPosition,
                Variant = row.Variant,
            },
            cancellationToken).ConfigureAwait(false);

        if (enrollment is not null)
        {
            enrollment.NextStepPosition = Math.Max(enrollment.NextStepPosition, row.StepPosition + 1);
            enrollment.LastStepSentAt = enrollment.LastStepSentAt is { } last && last > sent.SentAt ? last : sent.SentAt;
            enrollment.ThreadId = thread.Id;
            enrollment.MailboxAccountId = row.MailboxAccountId;
            enrollment.NextStepDueAt = null;
            await store.Enrollments.UpdateAsync(enrollment, cancellationToken).ConfigureAwait(false);
        }

        Hook(SendStage.EnrollmentAdvanced, row);
        return true;
    }

    private void Hook(SendStage stage, OutboxMessage row) => StageHook?.Invoke(stage, row);

    /// <summary>Why a claimed row does not go out now.</summary>
    private sealed record SendStop(string Reason, bool IsDeferral, bool StopsEnrollment, Duration? Delay = null)
    {
        public static SendStop Cancel(string reason) => new(reason, false, false);

        public static SendStop Defer(string reason) => new(reason, true, false);

        public static SendStop Suppressed() => new("the address is on the suppression list", false, true);
    }

    /// <summary>Everything one send reads, loaded once.</summary>
    private sealed record SendContext(Enrollment? Enrollment, Campaign? Campaign, Prospect? Prospect, MailboxAccount? Mailbox, SequenceStep? Step, EmailThread? Thread)
    {
        public bool CanCompose => Campaign is not null && Prospect is not null && Mailbox is not null && Step is not null;

        public static async Task<SendContext> LoadAsync(IAutoMeetStore store, OutboxMessage row, CancellationToken cancellationToken)
        {
            var enrollment = await store.Enrollments.FindAsync(row.EnrollmentId, cancellationToken).ConfigureAwait(false);
            var campaign = await store.Campaigns.FindAsync(row.CampaignId, cancellationToken).ConfigureAwait(false);
            var prospect = await store.Prospects.FindAsync(row.ProspectId, cancellationToken).ConfigureAwait(false);
            var mailbox = await store.MailboxAccounts.FindAsync(row.MailboxAccountId, cancellationToken).ConfigureAwait(false);
            var sequence = enrollment is null ? null : await store.Sequences.FindAsync(enrollment.SequenceId, cancellationToken).ConfigureAwait(false);
            var step = sequence?.Steps.FirstOrDefault(s => s.Position == row.StepPosition);
            var thread = enrollment?.ThreadId is { } threadId ? await store.Threads.FindAsync(threadId, cancellationToken).ConfigureAwait(false) : null;
            return new SendContext(enrollment, campaign, prospect, mailbox, step, thread);
        }
    }
}
