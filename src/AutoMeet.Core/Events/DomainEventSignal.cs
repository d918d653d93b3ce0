namespace AutoMeet.Events;

/// <summary>
/// Wakes waiting subscribers when a store reports committed events. Each wait takes the current generation's task;
/// <see cref="Committed"/> completes it and starts a new generation, so a signal raised between a read and the wait is
/// never lost (the subscriber takes the task before it reads).
/// </summary>
internal sealed class DomainEventSignal : IDomainEventNotifier
{
    private TaskCompletionSource _current = NewSource();

    /// <summary>Gets the position last reported committed in this process.</summary>
    public long LastPosition => Interlocked.Read(ref _lastPosition);

    private long _lastPosition;

    /// <summary>Gets a task that completes at the next <see cref="Committed"/>.</summary>
    public Task NextAsync() => Volatile.Read(ref _current).Task;

    public void Committed(long lastPosition)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _lastPosition);
        }
        while (lastPosition > seen && Interlocked.CompareExchange(ref _lastPosition, lastPosition, seen) != seen);

        Interlocked.Exchange(ref _current, NewSource()).TrySetResult();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
