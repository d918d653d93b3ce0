using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Hosting;

/// <summary>
/// Creates or upgrades the store's schema when the host starts. It runs in <see cref="StartingAsync"/>, which the
/// host calls before any hosted service's <c>StartAsync</c>: the web server and the job loop see a ready store.
/// </summary>
internal sealed partial class StoreInitializerService(
    IAutoMeetStoreInitializer initializer,
    IOptions<EntityFrameworkStoreOptions> storeOptions,
    ILogger<StoreInitializerService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var provider = storeOptions.Value.Provider;
        LogInitializing(provider);
        await initializer.InitializeAsync(cancellationToken);
        LogInitialized(provider);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Initializing the AutoMeet store ({Provider})")]
    private partial void LogInitializing(StoreProvider provider);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "The AutoMeet store ({Provider}) is ready")]
    private partial void LogInitialized(StoreProvider provider);
}
