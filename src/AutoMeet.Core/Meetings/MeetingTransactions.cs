using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Meetings;

/// <summary>
/// Runs the scheduler's units of work, each in a fresh DI scope: reads, and transactions that are tried again (from
/// scratch, with fresh data) when another writer got there first.
/// </summary>
internal sealed class MeetingTransactions(IServiceScopeFactory scopes)
{
    private const int MaxAttempts = 4;

    public async Task<T> ReadAsync<T>(Func<IAutoMeetStore, Task<T>> read)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await read(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>()).ConfigureAwait(false);
        }
    }

    public async Task<T> RunAsync<T>(Func<IAutoMeetStore, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
                try
                {
                    return await store.ExecuteInTransactionAsync(token => work(store, token), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (attempt < MaxAttempts && ex is ConcurrencyConflictException or DuplicateEntityException)
                {
                    // Another writer (a booking of the same owner, an audit append) won: start again with fresh data.
                }
            }
        }
    }
}
