namespace AutoMeet.Events;

/// <summary>
/// Stores the ordered domain-event log. Engines append in the transaction of the change the event reports; readers
/// page through it by position.
/// </summary>
/// <remarks>
/// The ordering contract readers rely on: once a reader has seen position <c>p</c>, no event with a position lower
/// than <c>p</c> becomes visible later. Positions are therefore assigned in commit order (a store serializes appends
/// until commit, or an equivalent), and may have gaps (a rolled-back append). After a transaction that appended events
/// commits, the store calls every registered <see cref="IDomainEventNotifier"/>.
/// </remarks>
public interface IDomainEventStore
{
    /// <summary>
    /// Appends an event (in the caller's transaction when one is open) and sets its <see cref="DomainEvent.Position"/>.
    /// </summary>
    /// <param name="domainEvent">The event; its position is ignored and overwritten.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the event is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The type is empty or longer than <see cref="DomainEvent.MaxTypeLength"/>, or the payload is longer than <see cref="DomainEvent.MaxPayloadLength"/>.</exception>
    Task AppendAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default);

    /// <summary>Lists committed events after a position, in position order.</summary>
    /// <param name="afterPosition">The position after which to start (0 for the beginning of the log).</param>
    /// <param name="filter">Which events to return; <see langword="null"/> for all.</param>
    /// <param name="maxItems">How many at most (1 to 1000).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events, ascending by position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterPosition"/> is negative, or <paramref name="maxItems"/> is out of range.</exception>
    Task<IReadOnlyList<DomainEvent>> ListAfterAsync(long afterPosition, DomainEventFilter? filter, int maxItems, CancellationToken cancellationToken = default);

    /// <summary>Gets the position of the newest committed event, or 0 when the log is empty.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The newest position.</returns>
    Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="maxItems"/> of the oldest events, lowest position first, stopping at the first event
    /// that occurred at or after <paramref name="occurredBefore"/>: the retention of the log. Only a prefix of the log is
    /// ever deleted (an event appended late with an earlier instant waits for the events before it), and the newest
    /// event is never deleted, so <see cref="GetLastPositionAsync"/> never goes back and positions are never handed out again.
    /// </summary>
    /// <remarks>
    /// Positions stay valid after a deletion: <see cref="ListAfterAsync"/> returns what is kept after the position, so a
    /// reader resuming from a position older than the retention continues at the oldest kept event (the deleted ones
    /// are lost to it, never replayed out of order).
    /// </remarks>
    /// <param name="occurredBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most events deleted by this call (1 to <see cref="Work.LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> DeleteBeforeAsync(NodaTime.Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default);

    /// <summary>
    /// Anonymises every event of one person (GDPR erasure): the events of <paramref name="ownerId"/> naming
    /// <paramref name="prospectId"/> lose that prospect id, their payload, and their entity id (which becomes
    /// <see cref="ErasedEntityId"/>); type, instant, owner, campaign and position stay, so positions, webhook cursors and
    /// campaign-level counts are unaffected.
    /// </summary>
    /// <param name="ownerId">The owner whose events are anonymised.</param>
    /// <param name="prospectId">The erased prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many events were anonymised (0 when none named the prospect, so a retry changes nothing).</returns>
    Task<int> AnonymizeProspectAsync(UserId ownerId, Id<Prospects.Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>The entity id an anonymised event carries (<see cref="AnonymizeProspectAsync"/>).</summary>
    public const string ErasedEntityId = "erased";

    /// <summary>Checks an event before it is appended; stores call it first.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The type is empty or too long, or the payload is too long.</exception>
    public static void Validate(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (string.IsNullOrWhiteSpace(domainEvent.Type) || domainEvent.Type.Length > DomainEvent.MaxTypeLength)
        {
            throw new ArgumentException($"A domain event type must have 1 to {DomainEvent.MaxTypeLength} characters; '{domainEvent.Type}' does not.", nameof(domainEvent));
        }

        if (domainEvent.Payload is { Length: > DomainEvent.MaxPayloadLength })
        {
            throw new ArgumentException($"A domain event payload may have at most {DomainEvent.MaxPayloadLength} characters; the payload of '{domainEvent.Type}' has {domainEvent.Payload.Length}.", nameof(domainEvent));
        }
    }

    /// <summary>Checks the arguments of <see cref="ListAfterAsync"/>; stores call it first.</summary>
    /// <param name="afterPosition">The position.</param>
    /// <param name="maxItems">The page size.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static void ValidateList(long afterPosition, int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Storage.PageRequest.MaxTake);
    }
}
