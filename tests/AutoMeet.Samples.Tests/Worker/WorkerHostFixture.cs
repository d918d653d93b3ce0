using AutoMeet.Sample.Worker;
using AutoMeet.Sample.Worker.Work;
using AutoMeet.Samples.Tests.Infrastructure;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Samples.Tests.Worker;

/// <summary>Builds the worker host in-process on a temporary SQLite database with a fake clock.</summary>
internal sealed class WorkerHostFixture : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly TempDirectory _temp = new();

    public WorkerHostFixture(Action<IServiceCollection>? configure = null)
    {
        var builder = SampleWorker.CreateBuilder([], new HostApplicationBuilderSettings
        {
            ContentRootPath = _temp.Path,
            EnvironmentName = "Testing",
        });
        builder.Configuration["ConnectionStrings:AutoMeetSqlite"] = _temp.SqliteConnectionString();
        builder.Configuration["ConnectionStrings:AutoMeetPostgres"] = string.Empty;
        builder.Configuration["AutoMeet:JobInterval"] = Interval.ToString();
        builder.Configuration["AutoMeet:WorkerName"] = "test-worker";
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        configure?.Invoke(builder.Services);
        Host = builder.Build();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public IHost Host { get; }

    public string SqliteFile => Path.Combine(_temp.Path, "data", "automeet.db");

    public Instant Now => Time.GetUtcNow().ToInstant();

    public Task InitializeStoreAsync() => Host.Services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();

    public async Task<WorkItem> EnqueueAsync(string kind, string key)
    {
        var item = new WorkItem { Kind = kind, Key = key, DueAt = Now };
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().WorkQueue.EnqueueAsync(item));
        return item;
    }

    public async Task<WorkItem> FindAsync(Id<WorkItem> id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().WorkQueue.FindAsync(id);
        return item ?? throw new InvalidOperationException($"Work item {id} is gone.");
    }

    /// <summary>Polls (in real time) until the item is completed.</summary>
    public async Task<WorkItem> WaitUntilCompletedAsync(Id<WorkItem> id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var item = await FindAsync(id);
            if (item.CompletedAt is not null)
            {
                return item;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>Polls (in real time) until a log record with the event id was written.</summary>
    public async Task WaitForLogAsync(int eventId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var logs = Host.Services.GetFakeLogCollector();
        while (!logs.GetSnapshot().Any(r => r.Id.Id == eventId))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }

        _temp.Dispose();
    }
}
