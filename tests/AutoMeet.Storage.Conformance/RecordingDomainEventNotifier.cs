using System.Collections.Concurrent;
using AutoMeet.Events;

namespace AutoMeet.Storage.Conformance;

/// <summary>Records what a store reports to its <see cref="IDomainEventNotifier"/>, so tests can check it is told after commit.</summary>
public sealed class RecordingDomainEventNotifier : IDomainEventNotifier
{
    private readonly ConcurrentQueue<long> _positions = new();

    /// <summary>Gets the positions reported, in order.</summary>
    public IReadOnlyList<long> Positions => [.. _positions];

    /// <inheritdoc/>
    public void Committed(long lastPosition) => _positions.Enqueue(lastPosition);
}
