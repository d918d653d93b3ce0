using Google.Apis.Util.Store;

namespace AutoMeet.Google.OAuth;

/// <summary>A data store that keeps nothing: AutoMeet stores tokens itself, encrypted, on the mailbox account.</summary>
internal sealed class NullDataStore : IDataStore
{
    public static NullDataStore Instance { get; } = new();

    public Task StoreAsync<T>(string key, T value) => Task.CompletedTask;

    public Task DeleteAsync<T>(string key) => Task.CompletedTask;

    public Task<T> GetAsync<T>(string key) => Task.FromResult(default(T)!);

    public Task ClearAsync() => Task.CompletedTask;
}
