namespace AutoMeet.Events;

/// <summary>
/// Streams the domain-event log in-process: what is stored after a position first (catch-up), then new events as they
/// are committed, for as long as the caller enumerates.
/// </summary>
/// <remarks>
/// Every event is yielded once, in position order. A subscriber that stops can resume without loss or duplicates by
/// passing the last <see cref="DomainEvent.Position"/> it handled. New events wake subscribers as soon as their
/// transaction commits in this process; events written by another process (another worker on the same database) are
/// picked up by polling every <see cref="DomainEventStreamOptions.PollInterval"/>.
/// <para>
/// Positions survive the retention of the log (<c>CleanupOptions.DomainEventRetention</c>): a subscriber resuming from a
/// position whose events were deleted continues at the oldest kept event, in order; the deleted events are not replayed.
/// </para>
/// </remarks>
public interface IDomainEventStream
{
    /// <summary>Subscribes to the log.</summary>
    /// <param name="filter">Which events to yield; <see langword="null"/> for all.</param>
    /// <param name="afterPosition">
    /// Yield events after this position (0 for the whole log); <see langword="null"/> to start at the current end of
    /// the log and yield only events committed from now on.
    /// </param>
    /// <param name="cancellationToken">Ends the subscription (the enumeration then stops without an exception).</param>
    /// <returns>The events, ascending by position; the sequence ends only when <paramref name="cancellationToken"/> is cancelled.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterPosition"/> is negative.</exception>
    IAsyncEnumerable<DomainEvent> SubscribeAsync(DomainEventFilter? filter, long? afterPosition, CancellationToken cancellationToken = default);
}
