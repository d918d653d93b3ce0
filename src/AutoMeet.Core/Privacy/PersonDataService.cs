using System.Text.Json;
using AutoMeet.Compliance;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Privacy;

/// <summary>
/// The default <see cref="IPersonDataService"/>: reads through the store ports; erases in one store transaction, then
/// audits outside it (<see cref="IAuditTrail"/> opens its own scope).
/// </summary>
/// <remarks>
/// Erasure order, so that a crash at any point leaves a state a retry completes: (1) one transaction cancels the
/// person's pending sends, anonymises their domain events (prospect id, payload and entity id removed, positions kept), deletes their
/// records child-first (approvals, meetings, reply drafts, reply decisions, events, outbox
/// rows, enrollments, threads with their messages, notifications that mention them, suppression entries for the
/// address, the prospect) and adds the erased-address hash to the suppression list; (2) after it commits, the audit
/// entry <c>privacy.erased</c> is recorded unless one already exists for that hash. A crash inside (1) changes
/// nothing; a crash between (1) and (2) is completed by the retry, which finds only the hash and records the
/// missing audit entry. Audit entries already in the chain are kept: the chain is append-only and hash-linked, and
/// its entries name people only by ids and by this one-way hash, never by address or name.
/// </remarks>
internal sealed class PersonDataService : IPersonDataService
{
    internal const string ErasedAction = "privacy.erased";
    internal const string PersonEntityType = "Person";
    internal const string ErasureSource = "erasure";
    private const string CancelReason = "Cancelled: the prospect's data was erased on request.";

    private readonly IServiceScopeFactory _scopes;
    private readonly ISuppressionService _suppression;
    private readonly IAuditTrail _audit;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public PersonDataService(IServiceScopeFactory scopes, ISuppressionService suppression, IAuditTrail audit, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(suppression);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        _scopes = scopes;
        _suppression = suppression;
        _audit = audit;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PersonDataService>();
    }

    public async Task<PersonExportResult> ExportAsync(UserId ownerId, string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        var address = SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress));
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var data = await PersonDataCollector.CollectAsync(store, ownerId, address, includeAudit: true, cancellationToken).ConfigureAwait(false);
            if (data.IsEmpty)
            {
                PrivacyLog.ExportNotFound(_logger, ownerId.Value);
                return PersonExportResult.NotFound;
            }

            var archive = new PersonDataArchive(ownerId, address, _clock.GetCurrentInstant(), data);
            PrivacyLog.Exported(_logger, ownerId.Value, data.Prospects.Count, data.Threads.Count, data.Events.Count);
            return PersonExportResult.Exported(archive);
        }
    }

    public async Task<PersonErasureResult> EraseAsync(UserId ownerId, string emailAddress, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var address = SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress));
        var hash = _suppression.HashAddress(ownerId, address);

        IReadOnlyDictionary<string, int>? removed;
        bool erasedBefore;
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            removed = await store.ExecuteInTransactionAsync(ct => EraseStoredAsync(store, ownerId, address, hash, ct), cancellationToken).ConfigureAwait(false);
            erasedBefore = removed is null && await HasHashEntryAsync(store, ownerId, address, hash, cancellationToken).ConfigureAwait(false);
        }

        if (removed is null && !erasedBefore)
        {
            PrivacyLog.EraseNotFound(_logger, ownerId.Value);
            return PersonErasureResult.NotFound;
        }

        // Outside the transaction: the audit trail opens its own scope (and on the in-memory store, its own gate).
        await EnsureAuditedAsync(ownerId, actor, hash, removed, cancellationToken).ConfigureAwait(false);
        if (removed is null)
        {
            PrivacyLog.AlreadyErased(_logger, ownerId.Value);
            return new PersonErasureResult(PersonErasureStatus.AlreadyErased, hash, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var records = removed.Values.Sum();
        PrivacyLog.Erased(_logger, ownerId.Value, records);
        return new PersonErasureResult(PersonErasureStatus.Erased, hash, removed);
    }

    /// <summary>Step 1, inside one transaction: deletes everything and adds the hash; <see langword="null"/> when nothing was held.</summary>
    private static async Task<IReadOnlyDictionary<string, int>?> EraseStoredAsync(IAutoMeetStore store, UserId ownerId, string address, string hash, CancellationToken cancellationToken)
    {
        var data = await PersonDataCollector.CollectAsync(store, ownerId, address, includeAudit: false, cancellationToken).ConfigureAwait(false);
        if (data.IsEmpty)
        {
            return null;
        }

        // Pending sends first, so that nothing more goes out even if a store cannot make the rest atomic.
        foreach (var enrollment in data.Enrollments)
        {
            await store.Outbox.CancelPendingAsync(enrollment.Id, CancelReason, cancellationToken).ConfigureAwait(false);
        }

        foreach (var approval in data.Approvals)
        {
            await store.Approvals.DeleteAsync(approval.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var meeting in data.Meetings)
        {
            await store.Meetings.DeleteAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var draft in data.ReplyDrafts)
        {
            await store.ReplyDrafts.DeleteAsync(draft.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var decision in data.ReplyDecisions)
        {
            await store.ReplyDecisions.DeleteAsync(decision.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var prospect in data.Prospects)
        {
            // The event log is append-only and positioned (readers and webhook cursors resume from positions): the
            // person's events are anonymised in place rather than deleted.
            await store.DomainEvents.AnonymizeProspectAsync(ownerId, prospect.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var emailEvent in data.Events)
        {
            await store.EmailEvents.DeleteAsync(emailEvent.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in data.Outbox)
        {
            await store.Outbox.DeleteAsync(row.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var enrollment in data.Enrollments)
        {
            await store.Enrollments.DeleteAsync(enrollment.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var thread in data.Threads)
        {
            await store.Threads.DeleteAsync(thread.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var notification in data.Notifications)
        {
            await store.Notifications.DeleteAsync(notification.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var entry in data.Suppressions)
        {
            await store.Suppressions.DeleteAsync(entry.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var prospect in data.Prospects)
        {
            await store.Prospects.DeleteAsync(prospect.Id, cancellationToken).ConfigureAwait(false);
        }

        await store.Suppressions.AddIfAbsentAsync(
            new SuppressionEntry { OwnerId = ownerId, Kind = SuppressionKind.AddressHash, Value = hash, Reason = SuppressionReason.Erased, Source = ErasureSource },
            cancellationToken).ConfigureAwait(false);
        return data.Counts();
    }

    private static async Task<bool> HasHashEntryAsync(IAutoMeetStore store, UserId ownerId, string address, string hash, CancellationToken cancellationToken)
    {
        var match = await store.Suppressions.FindMatchAsync(ownerId, address, hash, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return false;
        }

        if (match.Kind == SuppressionKind.AddressHash)
        {
            return true;
        }

        // The domain matched first: look for the hash itself.
        await foreach (var entry in PersonDataCollector.ListSuppressionsAsync(store, ownerId, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Kind == SuppressionKind.AddressHash && string.Equals(entry.Value, hash, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Step 2: records the erasure once (the retry of a crashed erasure records it if it is missing).</summary>
    private async Task EnsureAuditedAsync(UserId ownerId, string actor, string hash, IReadOnlyDictionary<string, int>? removed, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var log = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().AuditLog;
            var existing = await log.ListForEntityAsync(PersonEntityType, hash, cancellationToken).ConfigureAwait(false);
            if (existing.Any(e => e.OwnerId == ownerId && e.Action == ErasedAction))
            {
                return;
            }
        }

        var detail = JsonSerializer.Serialize(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["removed"] = removed ?? new Dictionary<string, int>(StringComparer.Ordinal),
            ["completedOnRetry"] = removed is null,
        });
        await _audit.RecordAsync(ownerId, ActorKind.User, actor, ErasedAction, PersonEntityType, hash, detail, cancellationToken).ConfigureAwait(false);
    }
}
