using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Storage.Conformance;

/// <summary>
/// States the store contract of AutoMeet as tests. A store implementation proves it keeps the contract by deriving a
/// test class from this one and registering its <see cref="IAutoMeetStore"/> in <see cref="ConfigureStore"/>.
/// </summary>
/// <remarks>
/// Each test runs against a fresh, empty store: xUnit creates a new instance of the derived class per test, and
/// <see cref="InitializeAsync"/> builds a new service provider, calls <see cref="ConfigureStore"/> and initializes
/// the store. Time comes from <see cref="Time"/>, a <see cref="FakeTimeProvider"/> registered as both
/// <see cref="TimeProvider"/> and NodaTime <see cref="IClock"/>; the store must take the current time from one of them.
/// <para/>
/// Every store call that must observe stored state runs in a new scope (a new unit of work), so a test cannot pass by
/// reading back an instance the store still tracks.
/// </remarks>
public abstract partial class StoreConformanceTests : IAsyncLifetime
{
    /// <summary>The instant the fake clock starts at: 2026-06-01T12:00:00Z.</summary>
    public static readonly Instant StartInstant = Instant.FromUtc(2026, 6, 1, 12, 0);

    private ServiceProvider? _services;

    /// <summary>Gets the fake time provider that drives the store's clock; advance it to move time.</summary>
    protected FakeTimeProvider Time { get; } = new(StartInstant.ToDateTimeOffset());

    /// <summary>Gets the current instant of <see cref="Time"/>.</summary>
    protected Instant Now => Instant.FromDateTimeOffset(Time.GetUtcNow());

    /// <summary>Gets the root service provider built in <see cref="InitializeAsync"/>.</summary>
    /// <exception cref="InvalidOperationException">The test has not been initialized.</exception>
    protected IServiceProvider Services =>
        _services ?? throw new InvalidOperationException("The conformance suite is not initialized: xUnit calls InitializeAsync before each test.");

    /// <summary>
    /// Registers the store under test: <see cref="IAutoMeetStore"/> as a scoped service and
    /// <see cref="IAutoMeetStoreInitializer"/> as a singleton, against a fresh, empty database.
    /// </summary>
    /// <param name="services">The services; <see cref="TimeProvider"/> and <see cref="IClock"/> are already registered.</param>
    protected abstract void ConfigureStore(IServiceCollection services);

    /// <summary>Prepares what the store needs before <see cref="ConfigureStore"/> runs (for example, creates a database).</summary>
    /// <returns>A task that completes when the store's resources are ready.</returns>
    protected virtual Task InitializeStoreAsync() => Task.CompletedTask;

    /// <summary>Releases the store's resources after a test (for example, drops its database). Runs after the service provider is disposed.</summary>
    /// <returns>A task that completes when the resources are released.</returns>
    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    /// <summary>Builds the service provider and initializes the store. Called by xUnit before each test.</summary>
    /// <returns>A task that completes when the store is ready.</returns>
    public async Task InitializeAsync()
    {
        await InitializeStoreAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IClock>(Time.ToClock());
        services.AddSingleton<AutoMeet.Events.IDomainEventNotifier>(DomainEventNotifications);
        ConfigureStore(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
    }

    /// <summary>Disposes the service provider, then calls <see cref="DisposeStoreAsync"/>. Called by xUnit after each test.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
            _services = null;
        }

        await DisposeStoreAsync();
    }

    /// <summary>Opens a new scope, that is a new unit of work with its own <see cref="IAutoMeetStore"/>.</summary>
    /// <returns>The scope; dispose it when done.</returns>
    protected AsyncServiceScope OpenScope() => Services.CreateAsyncScope();

    /// <summary>Gets the store of a scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The scope's store.</returns>
    protected static IAutoMeetStore StoreOf(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();

    /// <summary>Runs one store call in a new scope and returns its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The call.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    protected async Task<T> InNewScopeAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = OpenScope();
        return await work(StoreOf(scope));
    }

    /// <summary>Runs one store call in a new scope.</summary>
    /// <param name="work">The call.</param>
    /// <returns>A task that completes when the call has completed and the scope is disposed.</returns>
    protected async Task InNewScopeAsync(Func<IAutoMeetStore, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = OpenScope();
        await work(StoreOf(scope));
    }

    /// <summary>Moves the fake clock forward.</summary>
    /// <param name="duration">How far.</param>
    protected void Advance(Duration duration) => Time.Advance(duration.ToTimeSpan());
}
