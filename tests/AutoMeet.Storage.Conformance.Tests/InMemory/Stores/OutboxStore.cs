using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class OutboxStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<OutboxMessage>(session), IOutboxStore
{
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(LeaseClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Session.Now;
        return Session.WriteAsync(
            t =>
            {
                var inFlight = t.Outbox.Rows
                    .Where(o => o.CompletedAt is null && o.LeaseOwner is not null && o.LeaseExpiresAt > now)
                    .Select(o => o.MailboxAccountId)
                    .ToHashSet();
                var firstPerMailbox = t.Outbox.Rows
                    .Where(o => o.CompletedAt is null && o.DueAt <= now && !(o.LeaseOwner is not null && o.LeaseExpiresAt > now))
                    .Where(o => !inFlight.Contains(o.MailboxAccountId))
                    .GroupBy(o => o.MailboxAccountId)
                    .Select(g => g.OrderBy(o => o.DueAt).ThenBy(o => o.Id).First().Id)
                    .ToHashSet();
                return LeasedWork.Claim(t.Outbox, claim, now, o => firstPerMailbox.Contains(o.Id));
            },
            cancellationToken);
    }

    public Task<bool> CompleteAsync(Id<OutboxMessage> id, string leaseOwner, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Complete(t.Outbox, id, leaseOwner, now), cancellationToken);
    }

    public Task<bool> RetryLaterAsync(Id<OutboxMessage> id, string leaseOwner, Instant dueAt, string? error, CancellationToken cancellationToken = default)
    {
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.RetryLater(t.Outbox, id, leaseOwner, now, dueAt, error), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(Id<OutboxMessage> id, string leaseOwner, Duration leaseDuration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, Duration.Zero);
        var now = Session.Now;
        return Session.WriteAsync(t => LeasedWork.Renew(t.Outbox, id, leaseOwner, now, leaseDuration), cancellationToken);
    }

    public Task<OutboxMessage?> FindByStepAsync(Id<Enrollment> enrollmentId, int stepPosition, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.Outbox.Rows.SingleOrDefault(o => o.EnrollmentId == enrollmentId && o.StepPosition == stepPosition && o.Status != OutboxStatus.Cancelled)), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListByEnrollmentAsync(Id<Enrollment> enrollmentId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(t.Outbox.Rows.Where(o => o.EnrollmentId == enrollmentId).OrderBy(o => o.StepPosition)), cancellationToken);

    public Task<bool> MarkSentAsync(Id<OutboxMessage> id, string leaseOwner, SentEmail sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var now = Session.Now;
        return Session.WriteAsync(
            t => LeasedWork.Complete(t.Outbox, id, leaseOwner, now, o =>
            {
                o.Status = OutboxStatus.Sent;
                o.SentAt = sent.SentAt;
                o.ProviderMessageId = sent.ProviderMessageId;
                o.ProviderThreadId = sent.ProviderThreadId;
                o.SentRfcMessageId = sent.RfcMessageId;
                o.LastError = null;
            }),
            cancellationToken);
    }

    public Task<bool> EndAsync(Id<OutboxMessage> id, string leaseOwner, OutboxStatus status, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (status is not (OutboxStatus.Cancelled or OutboxStatus.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An outbox row ends as Cancelled or Failed.");
        }

        var now = Session.Now;
        return Session.WriteAsync(
            t => LeasedWork.Complete(t.Outbox, id, leaseOwner, now, o =>
            {
                o.Status = status;
                o.LastError = reason;
            }),
            cancellationToken);
    }

    public Task<int> CancelPendingAsync(Id<Enrollment> enrollmentId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = Session.Now;
        return Session.WriteAsync(
            t =>
            {
                var pending = t.Outbox.Rows
                    .Where(o => o.EnrollmentId == enrollmentId && o.CompletedAt is null && !(o.LeaseExpiresAt > now))
                    .ToList();
                foreach (var row in pending)
                {
                    var changed = EntityCopy.Of(row);
                    changed.Status = OutboxStatus.Cancelled;
                    changed.LastError = reason;
                    changed.CompletedAt = now;
                    changed.LeaseOwner = null;
                    changed.LeaseExpiresAt = null;
                    changed.Version++;
                    changed.UpdatedAt = now;
                    t.Outbox.Put(changed);
                }

                return pending.Count;
            },
            cancellationToken);
    }

    public Task<IReadOnlyDictionary<Id<MailboxAccount>, MailboxSendLoad>> GetLoadAsync(
        IReadOnlyCollection<Id<MailboxAccount>> mailboxAccountIds, Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailboxAccountIds);
        return Session.ReadAsync<IReadOnlyDictionary<Id<MailboxAccount>, MailboxSendLoad>>(
            t => mailboxAccountIds.Distinct().ToDictionary(
                id => id,
                id =>
                {
                    var rows = t.Outbox.Rows
                        .Where(o => o.MailboxAccountId == id && o.DueAt >= from && o.DueAt < to && o.Status is OutboxStatus.Pending or OutboxStatus.Sent)
                        .ToList();
                    return new MailboxSendLoad(rows.Count, rows.Count(o => o.IsFirstTouch), rows.Count == 0 ? null : rows.Max(o => o.DueAt));
                }),
            cancellationToken);
    }

    protected override Table<OutboxMessage> TableOf(InMemoryTables tables) => tables.Outbox;

    protected override void CheckUnique(InMemoryTables tables, OutboxMessage row)
    {
        Unique(
            row.Status != OutboxStatus.Cancelled
                && tables.Outbox.Rows.Any(o => o.Id != row.Id && o.EnrollmentId == row.EnrollmentId && o.StepPosition == row.StepPosition && o.Status != OutboxStatus.Cancelled),
            $"step {row.StepPosition} of enrollment {row.EnrollmentId} is already planned.");
        Unique(
            tables.Outbox.Rows.Any(o => o.Id != row.Id && o.RfcMessageId == row.RfcMessageId),
            "another planned send already uses that Message-ID.");
    }
}
