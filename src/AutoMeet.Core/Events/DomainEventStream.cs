using System.Runtime.CompilerServices;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Events;

/// <summary>
/// Reads the log in pages from the last position yielded (one store scope per read), and between reads waits for the
/// in-process commit signal or the poll interval, whichever comes first.
/// </summary>
internal sealed class DomainEventStream(
    IServiceScopeFactory scopes, DomainEventSignal signal, IOptions<DomainEventStreamOptions> options, TimeProvider time) : IDomainEventStream
{
    public IAsyncEnumerable<DomainEvent> SubscribeAsync(DomainEventFilter? filter, long? afterPosition, CancellationToken cancellationToken = default)
    {
        if (afterPosition is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(afterPosition), afterPosition, "The position to resume after must be 0 or more.");
        }

        return StreamAsync(filter, afterPosition, cancellationToken);
    }

    private async IAsyncEnumerable<DomainEvent> StreamAsync(DomainEventFilter? filter, long? afterPosition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var position = afterPosition ?? await ReadAsync(s => s.DomainEvents.GetLastPositionAsync(cancellationToken)).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Take the wake-up task before reading, so a commit signalled during the read is not missed.
            var wake = signal.NextAsync();
            IReadOnlyList<DomainEvent> batch;
            try
            {
                batch = await ReadAsync(s => s.DomainEvents.ListAfterAsync(position, filter, settings.BatchSize, cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            foreach (var domainEvent in batch)
            {
                position = domainEvent.Position;
                yield return domainEvent;
            }

            if (batch.Count == settings.BatchSize)
            {
                continue;
            }

            if (!await WaitAsync(wake, settings.PollInterval, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>Waits for the signal or the poll interval; returns <see langword="false"/> when cancelled.</summary>
    private async Task<bool> WaitAsync(Task wake, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(pollInterval, time, poll.Token);
        await Task.WhenAny(wake, delay).ConfigureAwait(false);
        await poll.CancelAsync().ConfigureAwait(false);
        return !cancellationToken.IsCancellationRequested;
    }

    private async Task<T> ReadAsync<T>(Func<IAutoMeetStore, Task<T>> read)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await read(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>()).ConfigureAwait(false);
        }
    }
}
