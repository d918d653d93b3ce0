using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Sandbox;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoMeet.Core.Tests.Calendars;

public sealed class CalendarSyncTests : IAsyncDisposable
{
    private static readonly Instant Nine = Instant.FromUtc(2026, 11, 3, 9, 0);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingListener _listener = new();
    private ServiceProvider _services = null!;

    private SandboxCalendar Calendar => _services.GetRequiredService<SandboxCalendar>();

    private ICalendarSync Sync => _services.GetRequiredService<ICalendarSync>();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<MailboxAccount> StartAsync(Action<IServiceCollection>? configure = null, AccountStatus status = AccountStatus.Connected)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddAutoMeet(o => o.CalendarSyncInterval = TimeSpan.FromMinutes(15));
        services.AddInMemoryAutoMeetStore();
        services.AddSingleton<ICalendarChangeListener>(_listener);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var account = new MailboxAccount { OwnerId = new UserId("owner-1"), EmailAddress = "owner@example.com", Status = status };
        await InStoreAsync(s => s.MailboxAccounts.AddAsync(account));
        return account;
    }

    private async Task<T> InStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    private async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    private Task<IReadOnlyList<CalendarBusyBlock>> StoredAsync(MailboxAccount account) =>
        InStoreAsync(s => s.CalendarBusy.ListBusyAsync(account.Id, [], new Interval(Nine - Duration.FromDays(1), Nine + Duration.FromDays(2))));

    private static CalendarEventRequest Event(string key, Instant start) => new()
    {
        Title = "Call",
        Start = start,
        End = start + Duration.FromMinutes(30),
        TimeZoneId = "Europe/Berlin",
        IdempotencyKey = key,
    };

    [Fact]
    public async Task SyncAsync_FirstRun_StoresEveryBusyEventAndNotifies()
    {
        var account = await StartAsync();
        Calendar.AddBusy(account.Id, new Interval(Nine, Nine + Duration.FromHours(1)), isTentative: true);
        var created = await Calendar.CreateEventAsync(account.Id, Event("k1", Nine + Duration.FromHours(2)));

        var result = await Sync.SyncAsync(account.Id, "primary");

        Assert.True(result.IsFullResync);
        var stored = await StoredAsync(account);
        Assert.Equal(2, stored.Count);
        Assert.True(stored[0].IsTentative);
        Assert.Equal(created.EventId, stored[1].EventId);
        Assert.Equal(result.SyncToken, (await InStoreAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary")))!.SyncToken);
        Assert.Equal([(account.Id, "primary")], _listener.Calls);
    }

    [Fact]
    public async Task SyncAsync_AfterMovesAndCancellations_AppliesOnlyTheDelta()
    {
        var account = await StartAsync();
        var moved = await Calendar.CreateEventAsync(account.Id, Event("k1", Nine));
        var cancelled = await Calendar.CreateEventAsync(account.Id, Event("k2", Nine + Duration.FromHours(3)));
        await Sync.SyncAsync(account.Id, "primary");

        await Calendar.UpdateEventAsync(account.Id, moved.EventId, Event("k1", Nine + Duration.FromHours(5)));
        await Calendar.CancelEventAsync(account.Id, cancelled.EventId);
        var result = await Sync.SyncAsync(account.Id, "primary");

        Assert.False(result.IsFullResync);
        Assert.Equal(2, result.EventCount);
        var stored = Assert.Single(await StoredAsync(account));
        Assert.Equal(moved.EventId, stored.EventId);
        Assert.Equal(Nine + Duration.FromHours(5), stored.Start);
    }

    [Fact]
    public async Task SyncAsync_TokenRejectedByProvider_ResyncsWholeCalendar()
    {
        var account = await StartAsync();
        var kept = await Calendar.CreateEventAsync(account.Id, Event("k1", Nine));
        var gone = await Calendar.CreateEventAsync(account.Id, Event("k2", Nine + Duration.FromHours(1)));
        await Sync.SyncAsync(account.Id, "primary");
        await Calendar.CancelEventAsync(account.Id, gone.EventId);

        Calendar.ExpireSyncTokens();
        var result = await Sync.SyncAsync(account.Id, "primary");

        Assert.True(result.IsFullResync);
        Assert.Equal([kept.EventId], (await StoredAsync(account)).Select(b => b.EventId));
    }

    [Fact]
    public async Task SyncAsync_NothingChanged_DoesNotNotify()
    {
        var account = await StartAsync();
        await Calendar.CreateEventAsync(account.Id, Event("k1", Nine));
        await Sync.SyncAsync(account.Id, "primary");
        _listener.Calls.Clear();

        var result = await Sync.SyncAsync(account.Id, "primary");

        Assert.Equal(0, result.EventCount);
        Assert.Empty(_listener.Calls);
    }

    [Fact]
    public async Task SyncAsync_ProviderFails_KeepsTokenAndBusyTime()
    {
        var failing = Substitute.For<ICalendar>();
        var account = await StartAsync(s => s.AddSingleton(failing));
        failing.GetChangesAsync(account.Id, "primary", null, Arg.Any<CancellationToken>())
            .Returns(new CalendarChanges([new CalendarEventChange("e1", new Interval(Nine, Nine + Duration.FromHours(1)))], "t1", true));
        await Sync.SyncAsync(account.Id, "primary");
        failing.GetChangesAsync(account.Id, "primary", "t1", Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("provider down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => Sync.SyncAsync(account.Id, "primary"));

        Assert.Equal("t1", (await InStoreAsync(s => s.CalendarBusy.FindSyncStateAsync(account.Id, "primary")))!.SyncToken);
        Assert.Single(await StoredAsync(account));
    }

    [Fact]
    public async Task SyncAsync_ListenerThrows_SyncIsStoredAndOtherListenersRun()
    {
        var second = new RecordingListener();
        var account = await StartAsync(s =>
        {
            s.AddSingleton<ICalendarChangeListener>(new ThrowingListener());
            s.AddSingleton<ICalendarChangeListener>(second);
        });
        await Calendar.CreateEventAsync(account.Id, Event("k1", Nine));

        await Sync.SyncAsync(account.Id, "primary");

        Assert.Single(await StoredAsync(account));
        Assert.Single(second.Calls);
    }

    [Fact]
    public async Task SyncAsync_UnknownAccount_ThrowsKeyNotFoundNamingIt()
    {
        await StartAsync();
        var unknown = Id<MailboxAccount>.New();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Sync.SyncAsync(unknown, "primary"));

        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_SyncJobThenWorkQueueJob_QueueOncePerIntervalAndSyncEveryBusyCalendar()
    {
        var account = await StartAsync();
        await InStoreAsync(s => s.CalendarSettings.AddAsync(new AutoMeet.Scheduling.CalendarSettings { OwnerId = account.OwnerId, BusyCalendarIds = ["primary", "team"] }));
        var disconnected = new MailboxAccount { OwnerId = new UserId("owner-2"), EmailAddress = "gone@example.com", Status = AccountStatus.Disconnected };
        await InStoreAsync(s => s.MailboxAccounts.AddAsync(disconnected));
        Calendar.AddBusy(account.Id, new Interval(Nine, Nine + Duration.FromHours(1)));
        Calendar.AddBusy(account.Id, new Interval(Nine, Nine + Duration.FromHours(2)), "team");
        Calendar.AddBusy(disconnected.Id, new Interval(Nine, Nine + Duration.FromHours(1)));
        var jobs = _services.GetServices<IAutoMeetJob>().ToDictionary(j => j.Name);

        await RunAsync(jobs["calendar-sync"]);
        await RunAsync(jobs["calendar-sync"]);
        var queued = await InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("probe", 100, Duration.FromSeconds(1), [CalendarSyncWork.Kind])));
        _time.Advance(TimeSpan.FromSeconds(2));
        await RunAsync(jobs["work-queue"]);

        Assert.Equal(2, queued.Count);
        Assert.Equal(["primary", "team"], (await StoredAsync(account)).Select(b => b.CalendarId).Order());
        Assert.Empty(await StoredAsync(disconnected));
        Assert.Empty(await InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("probe", 100, Duration.FromSeconds(1)))));

        _time.Advance(TimeSpan.FromMinutes(15));
        await RunAsync(jobs["calendar-sync"]);
        Assert.Equal(2, (await InStoreAsync(s => s.WorkQueue.ClaimDueAsync(new LeaseClaim("probe", 100, Duration.FromSeconds(1))))).Count);
    }

    private async Task RunAsync(IAutoMeetJob job)
    {
        await using var scope = _services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    private sealed class RecordingListener : ICalendarChangeListener
    {
        public List<(Id<MailboxAccount>, string)> Calls { get; } = [];

        public Task OnBusyTimeChangedAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default)
        {
            Calls.Add((accountId, calendarId));
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingListener : ICalendarChangeListener
    {
        public Task OnBusyTimeChangedAsync(Id<MailboxAccount> accountId, string calendarId, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("listener broke");
    }
}
