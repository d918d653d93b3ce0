using AutoMeet.Storage.EFCore.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>A service provider with the EF Core store on one database and a fake clock, for the store's own tests.</summary>
internal sealed class StoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StoreHost(StoreProvider provider, string connectionString, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IClock>(Time.ToClock());
        new TestBuilder(services).AddEntityFrameworkStore(o =>
        {
            o.Provider = provider;
            o.ConnectionString = connectionString;
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; }

    public Instant Now => Time.GetUtcNow().ToInstant();

    public IServiceProvider Services => _services;

    public Task InitializeAsync() => _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();

    public async Task<T> InScopeAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task InScopeAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task<T> WithContextAsync<T>(Func<AutoMeetDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AutoMeetDbContext>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
