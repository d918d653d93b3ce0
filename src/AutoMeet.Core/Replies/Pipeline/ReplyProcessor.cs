using AutoMeet.Accounts;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// The default <see cref="IReplyProcessor"/>. Per mailbox: read the changes since the stored cursor; per message, in its
/// own unit of work: find the tracked thread, append the message (idempotent by Message-ID), skip it when a decision
/// exists, else analyse it (<see cref="ReplyAnalyzer"/>) and store the decision together with the actions
/// (<see cref="ReplyActions"/>) in one store transaction; finally advance the cursor if every message was stored.
/// </summary>
/// <remarks>
/// A cursor the provider rejects as too old comes back as a bounded re-sync (<see cref="MailboxChanges.IsFullResync"/>):
/// its messages go through the same steps, so those already decided are skipped and none is lost or decided twice.
/// A cursor the provider cannot read at all (the sandbox throws <see cref="ArgumentException"/>) fails the run and is
/// kept: resetting it would silently skip mail. Suppressions (bounce, unsubscribe) and the unsubscribe audit entry go
/// through <see cref="ISuppressionService"/> and <see cref="IAuditTrail"/>, which open their own units of work; they are
/// written just before the decision's transaction (never inside it: a second unit of work would wait on the open
/// transaction), so a crash in between leaves the address suppressed and the reply undecided, and the retry finds it
/// already suppressed (the audit entry may then be recorded twice, never lost).
/// </remarks>
internal sealed partial class ReplyProcessor : IReplyProcessor
{
    private const int MaxCursorAttempts = 5;
    private const int MaxDecisionAttempts = 3;

    private readonly IServiceScopeFactory _scopes;
    private readonly IMailbox _mailbox;
    private readonly ReplyAnalyzer _analyzer;
    private readonly ReplyActions _actions;
    private readonly ISuppressionService _suppression;
    private readonly IAuditTrail _audit;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IClock _clock;
    private readonly IOptions<AutoMeetOptions> _options;
    private readonly ReplyPipelineMetrics _metrics;
    private readonly ILogger _logger;

    public ReplyProcessor(
        IServiceScopeFactory scopes,
        IMailbox mailbox,
        ReplyAnalyzer analyzer,
        ReplyActions actions,
        ReplyProcessorServices services,
        ReplyPipelineMetrics metrics,
        ILogger logger)
    {
        _scopes = scopes;
        _mailbox = mailbox;
        _analyzer = analyzer;
        _actions = actions;
        _suppression = services.Suppression;
        _audit = services.Audit;
        _zones = services.Zones;
        _clock = services.Clock;
        _options = services.Options;
        _metrics = metrics;
        _logger = logger;
    }

    public async Task<ReplyProcessingResult> ProcessAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken = default)
    {
        var account = await ReadAccountAsync(accountId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Mailbox account {accountId} does not exist.");
        if (account.Status != AccountStatus.Connected)
        {
            ReplyPipelineLog.AccountSkipped(_logger, accountId.Value, account.Status);
            return new ReplyProcessingResult { Skipped = true };
        }

        var cursor = account.HistoryCursor;
        var changes = await _mailbox.GetChangesAsync(accountId, cursor, cancellationToken).ConfigureAwait(false);
        if (changes.IsFullResync)
        {
            ReplyPipelineLog.FullResync(_logger, accountId.Value, changes.Messages.Count);
        }

        var tally = new Tally();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var email in changes.Messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(email.ProviderMessageId))
            {
                tally.Count(MessageOutcome.AlreadyProcessed);
                continue;
            }

            try
            {
                tally.Count(await ProcessMessageAsync(account, email, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ReplyPipelineLog.MessageFailed(_logger, email.ProviderMessageId, accountId.Value, ex);
                _metrics.Failed();
                tally.Count(MessageOutcome.Failed);
            }
        }

        var advanced = false;
        if (tally.Failed == 0)
        {
            advanced = await AdvanceCursorAsync(accountId, cursor, changes.NextCursor, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            ReplyPipelineLog.CursorKept(_logger, accountId.Value, tally.Failed);
        }

        ReplyPipelineLog.AccountProcessed(_logger, accountId.Value, changes.Messages.Count, tally.Processed, tally.Already, tally.Ignored, tally.Failed, advanced);
        return new ReplyProcessingResult
        {
            Received = changes.Messages.Count,
            Processed = tally.Processed,
            AlreadyProcessed = tally.Already,
            Ignored = tally.Ignored,
            Failed = tally.Failed,
            IsFullResync = changes.IsFullResync,
            CursorAdvanced = advanced,
        };
    }

    private async Task<MailboxAccount?> ReadAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores the new cursor with optimistic concurrency: on a conflict (a token refresh, a status change) re-read and
    /// retry; if another worker already moved the cursor from where this run started, keep theirs (it too was stored only
    /// after what it covers), since re-reading is idempotent but overwriting could skip nothing and gain nothing.
    /// </summary>
    private async Task<bool> AdvanceCursorAsync(Id<MailboxAccount> accountId, string? from, string next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxCursorAttempts; attempt++)
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var accounts = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().MailboxAccounts;
                var account = await accounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
                if (account is null)
                {
                    return false;
                }

                if (string.Equals(account.HistoryCursor, next, StringComparison.Ordinal))
                {
                    return true;
                }

                if (!string.Equals(account.HistoryCursor, from, StringComparison.Ordinal))
                {
                    ReplyPipelineLog.CursorMovedByOther(_logger, accountId.Value);
                    return false;
                }

                account.HistoryCursor = next;
                try
                {
                    await accounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    ReplyPipelineLog.CursorConflict(_logger, accountId.Value, attempt);
                }
            }
        }

        return false;
    }

    private sealed class Tally
    {
        public int Processed { get; private set; }

        public int Already { get; private set; }

        public int Ignored { get; private set; }

        public int Failed { get; private set; }

        public void Count(MessageOutcome outcome)
        {
            switch (outcome)
            {
                case MessageOutcome.Processed: Processed++; break;
                case MessageOutcome.AlreadyProcessed: Already++; break;
                case MessageOutcome.Ignored: Ignored++; break;
                default: Failed++; break;
            }
        }
    }
}
