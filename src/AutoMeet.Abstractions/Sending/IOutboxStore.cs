using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>
/// Stores planned sends (the outbox) and hands them to senders with leases.
/// </summary>
/// <remarks>
/// <see cref="ILeasedWorkStore{TWork}.ClaimDueAsync"/> on the outbox claims at most one row per mailbox, and none
/// for a mailbox that already has a row under a live lease: one send in flight per mailbox at a time, across every
/// process that shares the store. Adding a second row for the same enrollment and step while the first is not
/// cancelled, or a second row with the same Message-ID, throws <see cref="DuplicateEntityException"/>.
/// </remarks>
public interface IOutboxStore : IEntityStore<OutboxMessage>, ILeasedWorkStore<OutboxMessage>
{
    /// <summary>Finds the live (not cancelled) row of one enrollment's step.</summary>
    /// <param name="enrollmentId">The enrollment.</param>
    /// <param name="stepPosition">The step's position.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    Task<OutboxMessage?> FindByStepAsync(Id<Enrollment> enrollmentId, int stepPosition, CancellationToken cancellationToken = default);

    /// <summary>Lists an enrollment's rows, by step.</summary>
    /// <param name="enrollmentId">The enrollment.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<OutboxMessage>> ListByEnrollmentAsync(Id<Enrollment> enrollmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a send: only while <paramref name="leaseOwner"/> holds a live lease on the row, sets it
    /// <see cref="OutboxStatus.Sent"/> with the provider's ids, completes it and releases the lease.
    /// </summary>
    /// <param name="id">The row.</param>
    /// <param name="leaseOwner">The sender that claimed it.</param>
    /// <param name="sent">What the provider recorded.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if recorded; <see langword="false"/> if the caller no longer holds the lease (nothing changed).</returns>
    Task<bool> MarkSentAsync(Id<OutboxMessage> id, string leaseOwner, SentEmail sent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends a row without sending it: only while <paramref name="leaseOwner"/> holds a live lease, sets the
    /// <paramref name="status"/> (<see cref="OutboxStatus.Cancelled"/> or <see cref="OutboxStatus.Failed"/>) with the
    /// reason, completes it and releases the lease.
    /// </summary>
    /// <param name="id">The row.</param>
    /// <param name="leaseOwner">The sender that claimed it.</param>
    /// <param name="status">Cancelled or Failed.</param>
    /// <param name="reason">Why (no personal data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if ended; <see langword="false"/> if the caller no longer holds the lease.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not Cancelled or Failed.</exception>
    Task<bool> EndAsync(Id<OutboxMessage> id, string leaseOwner, OutboxStatus status, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels an enrollment's pending rows that are not under a live lease (a stopped enrollment must not send).
    /// Rows under a live lease are left to their sender, which re-checks the enrollment before it sends.
    /// </summary>
    /// <param name="enrollmentId">The enrollment.</param>
    /// <param name="reason">Why (no personal data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many rows were cancelled.</returns>
    Task<int> CancelPendingAsync(Id<Enrollment> enrollmentId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Sums, per mailbox, the rows sent or pending whose due instant lies in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="mailboxAccountIds">The mailboxes.</param>
    /// <param name="from">The period's start.</param>
    /// <param name="to">The period's end (exclusive).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The load of each requested mailbox (zero when it has none).</returns>
    Task<IReadOnlyDictionary<Id<MailboxAccount>, MailboxSendLoad>> GetLoadAsync(
        IReadOnlyCollection<Id<MailboxAccount>> mailboxAccountIds, Instant from, Instant to, CancellationToken cancellationToken = default);
}
