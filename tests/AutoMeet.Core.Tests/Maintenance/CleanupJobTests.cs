using AutoMeet.Core.Tests.Compliance;
using AutoMeet.Maintenance;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Core.Tests.Maintenance;

public sealed class CleanupJobTests : IAsyncDisposable
{
    private readonly ComplianceHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Instant Now => Instant.FromDateTimeOffset(_host.Time.GetUtcNow());

    [Fact]
    public void AddAutoMeet_Registers_CleanupJobAndHandler()
    {
        Assert.Contains(_host.Services.GetServices<IAutoMeetJob>(), j => j is CleanupJob);
        Assert.Contains(_host.Services.GetServices<IWorkItemHandler>(), h => h.Kind == CleanupJob.WorkKind);
    }

    [Fact]
    public async Task RunAsync_SamePeriodTwice_QueuesOneCleanup()
    {
        var job = _host.Services.GetServices<IAutoMeetJob>().OfType<CleanupJob>().Single();

        await RunJobAsync(job);
        _host.Time.Advance(TimeSpan.FromHours(1));
        await RunJobAsync(job);
        var claimed = await _host.InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("w", 10, Duration.FromMinutes(5), [CleanupJob.WorkKind])));
        Assert.True(await _host.InStoreAsync(s => s.WorkQueue.CompleteAsync(claimed[0].Id, "w")));
        _host.Time.Advance(TimeSpan.FromDays(1));
        await RunJobAsync(job);
        var nextDay = await _host.InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("w", 10, Duration.FromMinutes(5), [CleanupJob.WorkKind])));

        Assert.Single(claimed);
        Assert.Single(nextDay);
        Assert.NotEqual(claimed[0].Key, nextDay[0].Key);
    }

    [Fact]
    public async Task Handler_OldCompletedWorkAndNotifications_DeletesOnlyWhatIsPastRetention()
    {
        var owner = new UserId("owner-cleanup");
        var oldItem = new WorkItem { Kind = "k", Key = "old", DueAt = Now };
        var openItem = new WorkItem { Kind = "k", Key = "open", DueAt = Now };
        var oldNote = new Notification { OwnerId = owner, Kind = "n", Subject = "s", Body = "b", DueAt = Now };
        var pendingNote = new Notification { OwnerId = owner, Kind = "n", Subject = "s", Body = "b", DueAt = Now + Duration.FromDays(365) };
        var oldEvent = new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = Now };
        await _host.InStoreAsync(async s =>
        {
            await s.WorkQueue.EnqueueAsync(oldItem);
            await s.WorkQueue.EnqueueAsync(openItem);
            await s.Notifications.EnqueueAsync(oldNote);
            await s.Notifications.EnqueueAsync(pendingNote);
            await s.EmailEvents.AddAsync(oldEvent);
            await s.WorkQueue.ClaimDueAsync(new LeaseClaim("w", 10, Duration.FromMinutes(5), ["k"]));
            await s.WorkQueue.CompleteAsync(oldItem.Id, "w");
            await s.Notifications.ClaimDueAsync(new LeaseClaim("w", 10, Duration.FromMinutes(5)));
            await s.Notifications.CompleteAsync(oldNote.Id, "w");
        });
        _host.Time.Advance(TimeSpan.FromDays(31));

        var handler = _host.Services.GetServices<IWorkItemHandler>().Single(h => h.Kind == CleanupJob.WorkKind);
        await handler.HandleAsync(new WorkItem { Kind = CleanupJob.WorkKind, Key = "cleanup:test" }, CancellationToken.None);

        Assert.Null(await _host.InStoreAsync(s => s.WorkQueue.FindAsync(oldItem.Id)));
        Assert.NotNull(await _host.InStoreAsync(s => s.WorkQueue.FindAsync(openItem.Id)));
        Assert.Null(await _host.InStoreAsync(s => s.Notifications.FindAsync(oldNote.Id)));
        Assert.NotNull(await _host.InStoreAsync(s => s.Notifications.FindAsync(pendingNote.Id)));
        Assert.NotNull(await _host.InStoreAsync(s => s.EmailEvents.FindAsync(oldEvent.Id))); // events are kept by default
    }

    [Fact]
    public async Task RunAsync_EventRetentionSet_DeletesOlderEventsInBatches()
    {
        await using var host = new ComplianceHost();
        var cleanup = new DataCleanup(Microsoft.Extensions.Options.Options.Create(new CleanupOptions { EmailEventRetention = TimeSpan.FromDays(90), BatchSize = 2 }), NodaTime.Extensions.TimeProviderExtensions.ToClock(host.Time));
        var start = Instant.FromDateTimeOffset(host.Time.GetUtcNow());
        var old = Enumerable.Range(0, 5).Select(i => new EmailEvent { Kind = EmailEventKind.Opened, OccurredAt = start + Duration.FromMinutes(i) }).ToList();
        var recent = new EmailEvent { Kind = EmailEventKind.Opened, OccurredAt = start + Duration.FromDays(60) };
        await host.InStoreAsync(s => s.EmailEvents.AddRangeAsync([.. old, recent]));
        host.Time.Advance(TimeSpan.FromDays(100));

        var report = await host.InStoreAsync(s => cleanup.RunAsync(s, CancellationToken.None));

        Assert.Equal(5, report.EmailEvents);
        Assert.Equal(1L, await host.InStoreAsync(s => s.EmailEvents.CountAsync(new EmailEventQuery())));
    }

    [Theory]
    [InlineData("Interval", "00:30:00")]
    [InlineData("Interval", "8.00:00:00")]
    [InlineData("CompletedWorkRetention", "00:00:01")]
    [InlineData("DeliveredNotificationRetention", "4000.00:00:00")]
    [InlineData("EmailEventRetention", "01:00:00")]
    public void Validate_OutOfRange_FailsNamingTheSetting(string setting, string value)
    {
        var options = new CleanupOptions();
        typeof(CleanupOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var result = new CleanupOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new CleanupOptionsValidator().Validate(null, new CleanupOptions()).Succeeded);

    [Fact]
    public void Options_InvalidAtStartup_ThrowsOnFirstRead()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        services.Configure<CleanupOptions>(o => o.BatchSize = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CleanupOptions>>().Value);
        Assert.Contains("BatchSize", error.Message, StringComparison.Ordinal);
    }

    private async Task RunJobAsync(CleanupJob job)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
