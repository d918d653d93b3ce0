using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Replies.Responses;

/// <summary>Runs the drafts' units of work, each in a fresh scope; transactions are tried again from scratch when another writer won.</summary>
internal sealed class DraftUnits(IServiceScopeFactory scopes)
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
                    // Another writer won (a second worker, a double click): start again with fresh data.
                }
            }
        }
    }
}
