using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// The outbox. Claims take at most one row per mailbox and none from a mailbox with a row in flight; on PostgreSQL
/// the claim runs under a transaction-scoped advisory lock so that concurrent claimers see each other's leases.
/// </summary>
internal sealed class OutboxStore(StoreSession session) : LeasedWorkStore<OutboxMessage>(session), IOutboxStore
{
    /// <summary>The advisory-lock key that serializes outbox claims on PostgreSQL ("AMOUTBOX").</summary>
    private const long ClaimLockKey = 0x414D_4F55_5442_4F58;

    public override async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sql = ClaimSql.For<OutboxMessage>(Db, nameof(OutboxMessage.MailboxAccountId));
        if (Db.Provider != StoreProvider.PostgreSql)
        {
            return await ClaimAsync(claim, sql, cancellationToken).ConfigureAwait(false);
        }

        return await Session.InTransactionAsync(
            async token =>
            {
                await Db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [ClaimLockKey], token).ConfigureAwait(false);
                return await ClaimAsync(claim, sql, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<OutboxMessage?> FindByStepAsync(Id<Enrollment> enrollmentId, int stepPosition, CancellationToken cancellationToken = default)
    {
        var found = await Query.Where(o => o.EnrollmentId == enrollmentId && o.StepPosition == stepPosition && o.Status != OutboxStatus.Cancelled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<OutboxMessage>> ListByEnrollmentAsync(Id<Enrollment> enrollmentId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(o => o.EnrollmentId == enrollmentId).OrderBy(o => o.StepPosition), cancellationToken);

    public async Task<bool> MarkSentAsync(Id<OutboxMessage> id, string leaseOwner, SentEmail sent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        ArgumentNullException.ThrowIfNull(sent);
        var now = Session.Now();
        var changed = await HeldRow(id, leaseOwner, now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(o => o.Status, OutboxStatus.Sent)
                .SetProperty(o => o.SentAt, sent.SentAt)
                .SetProperty(o => o.ProviderMessageId, sent.ProviderMessageId)
                .SetProperty(o => o.ProviderThreadId, sent.ProviderThreadId)
                .SetProperty(o => o.SentRfcMessageId, sent.RfcMessageId)
                .SetProperty(o => o.LastError, (string?)null)
                .SetProperty(o => o.CompletedAt, now)
                .SetProperty(o => o.LeaseOwner, (string?)null)
                .SetProperty(o => o.LeaseExpiresAt, (Instant?)null)
                .SetProperty(o => o.Version, o => o.Version + 1)
                .SetProperty(o => o.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<bool> EndAsync(Id<OutboxMessage> id, string leaseOwner, OutboxStatus status, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (status is not (OutboxStatus.Cancelled or OutboxStatus.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An outbox row ends as Cancelled or Failed; a send is recorded with MarkSentAsync.");
        }

        var now = Session.Now();
        var changed = await HeldRow(id, leaseOwner, now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(o => o.Status, status)
                .SetProperty(o => o.LastError, reason)
                .SetProperty(o => o.CompletedAt, now)
                .SetProperty(o => o.LeaseOwner, (string?)null)
                .SetProperty(o => o.LeaseExpiresAt, (Instant?)null)
                .SetProperty(o => o.Version, o => o.Version + 1)
                .SetProperty(o => o.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<int> CancelPendingAsync(Id<Enrollment> enrollmentId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = Session.Now();
        return await Db.Set<OutboxMessage>()
            .Where(o => o.EnrollmentId == enrollmentId && o.CompletedAt == null && (o.LeaseExpiresAt == null || o.LeaseExpiresAt <= now))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(o => o.Status, OutboxStatus.Cancelled)
                    .SetProperty(o => o.LastError, reason)
                    .SetProperty(o => o.CompletedAt, now)
                    .SetProperty(o => o.LeaseOwner, (string?)null)
                    .SetProperty(o => o.LeaseExpiresAt, (Instant?)null)
                    .SetProperty(o => o.Version, o => o.Version + 1)
                    .SetProperty(o => o.UpdatedAt, now),
                cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<Id<MailboxAccount>, MailboxSendLoad>> GetLoadAsync(
        IReadOnlyCollection<Id<MailboxAccount>> mailboxAccountIds, Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailboxAccountIds);
        var ids = mailboxAccountIds.Distinct().ToList();
        var rows = await Db.Set<OutboxMessage>().AsNoTracking()
            .Where(o => ids.Contains(o.MailboxAccountId) && o.DueAt >= from && o.DueAt < to
                && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Sent))
            .GroupBy(o => o.MailboxAccountId)
            .Select(g => new { Mailbox = g.Key, Total = g.Count(), FirstTouches = g.Count(o => o.IsFirstTouch), Last = g.Max(o => (Instant?)o.DueAt) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = ids.ToDictionary(id => id, _ => default(MailboxSendLoad));
        foreach (var row in rows)
        {
            result[row.Mailbox] = new MailboxSendLoad(row.Total, row.FirstTouches, row.Last);
        }

        return result;
    }

    private IQueryable<OutboxMessage> HeldRow(Id<OutboxMessage> id, string leaseOwner, Instant now) =>
        Db.Set<OutboxMessage>().Where(o => o.Id == id && o.LeaseOwner == leaseOwner && o.LeaseExpiresAt > now && o.CompletedAt == null);
}
