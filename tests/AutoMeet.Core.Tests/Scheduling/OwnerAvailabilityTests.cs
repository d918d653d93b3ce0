using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class OwnerAvailabilityTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-1");
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Monday 2 November 2026, 08:00 UTC; the owner works 09:00-12:00 in New York (14:00-17:00 UTC).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;
    private readonly Interval _tuesday = new(Instant.FromUtc(2026, 11, 3, 0, 0), Instant.FromUtc(2026, 11, 4, 0, 0));

    public OwnerAvailabilityTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private IOwnerAvailability Sut => _services.GetRequiredService<IOwnerAvailability>();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    private Task SaveSettingsAsync(int bufferMinutes = 0) => InStoreAsync(s => s.CalendarSettings.AddAsync(new CalendarSettings
    {
        OwnerId = Owner,
        TimeZoneId = "America/New_York",
        MeetingDuration = Duration.FromMinutes(60),
        SlotInterval = Duration.FromMinutes(60),
        BufferBefore = Duration.FromMinutes(bufferMinutes),
        MinimumNotice = Duration.FromHours(1),
        BookingHorizonDays = 14,
        Rules = [new AvailabilityRule { Kind = AvailabilityRuleKind.Weekly, Days = SendingDays.Weekdays, Start = new LocalTime(9, 0), End = new LocalTime(12, 0) }],
    }));

    private static Instant Utc(int hour) => Instant.FromUtc(2026, 11, 3, hour, 0);

    [Fact]
    public async Task GetSlotsAsync_NoBusyTime_OffersEveryWorkingHour()
    {
        await SaveSettingsAsync();

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(14), Utc(15), Utc(16)], result.Slots.Select(s => s.Start));
        Assert.Equal(DateTimeZoneProviders.Tzdb.VersionId, result.TzdbVersion);
    }

    [Fact]
    public async Task GetSlotsAsync_SyncedBusyTimeAndMeetings_BlockTheirSlots()
    {
        await SaveSettingsAsync();
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@example.com" };
        var prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
        await InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            await s.Prospects.AddAsync(prospect);
            await s.CalendarBusy.ApplySyncAsync(new CalendarSyncUpdate(account.Id, "primary", null, new CalendarChanges(
                [new CalendarEventChange("e1", new Interval(Utc(14), Utc(15)))], "t1", true)));
            await s.Meetings.AddAsync(new Meeting { OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Proposed, Start = Utc(15), End = Utc(16), HoldExpiresAt = Utc(12) });
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(16)], result.Slots.Select(s => s.Start));
        var held = await Sut.ExplainAsync(Owner, Berlin, Utc(15));
        Assert.False(held.IsBookable);
        Assert.Contains(held.Blockers, b => b.Reason == SlotBlockReason.HeldByPendingProposal);
    }

    [Fact]
    public async Task GetSlotsAsync_ProposalHoldingSeveralTimes_BlocksEveryHeldTimeEvenWhenItsFirstLiesOutsideTheWindow()
    {
        await SaveSettingsAsync();
        var prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
        var thursday = Instant.FromUtc(2026, 11, 5, 14, 0);
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Meetings.AddAsync(new Meeting
            {
                OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Proposed, Start = thursday, End = thursday + Duration.FromHours(1),
                HeldSlots = [new Interval(thursday, thursday + Duration.FromHours(1)), new Interval(Utc(16), Utc(17))], HoldExpiresAt = Utc(12),
            });
            await s.Meetings.AddAsync(new Meeting
            {
                OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Proposed, Start = Utc(14), End = Utc(15),
                HeldSlots = [new Interval(Utc(14), Utc(15))], HoldExpiresAt = Utc(12),
            });
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(15)], result.Slots.Select(s => s.Start));
        Assert.Contains((await Sut.ExplainAsync(Owner, Berlin, Utc(16))).Blockers, b => b.Reason == SlotBlockReason.HeldByPendingProposal);
    }

    [Fact]
    public async Task GetSlotsAsync_ProposalHeldTimesAfterItsHoldExpired_DoNotBlock()
    {
        await SaveSettingsAsync();
        var prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Meetings.AddAsync(new Meeting
            {
                OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Proposed, Start = Utc(14), End = Utc(15),
                HeldSlots = [new Interval(Utc(14), Utc(15)), new Interval(Utc(16), Utc(17))], HoldExpiresAt = Instant.FromUtc(2026, 11, 2, 7, 0),
            });
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(14), Utc(15), Utc(16)], result.Slots.Select(s => s.Start));
    }

    [Fact]
    public async Task GetSlotsAsync_ExpiredHoldAndTransparentEvent_DoNotBlock()
    {
        await SaveSettingsAsync();
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@example.com" };
        var prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
        await InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            await s.Prospects.AddAsync(prospect);
            await s.CalendarBusy.ApplySyncAsync(new CalendarSyncUpdate(account.Id, "primary", null, new CalendarChanges(
                [new CalendarEventChange("free", new Interval(Utc(14), Utc(15)), IsTransparent: true)], "t1", true)));
            await s.Meetings.AddAsync(new Meeting { OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Proposed, Start = Utc(15), End = Utc(16), HoldExpiresAt = Instant.FromUtc(2026, 11, 2, 7, 0) });
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(14), Utc(15), Utc(16)], result.Slots.Select(s => s.Start));
    }

    [Fact]
    public async Task GetSlotsAsync_MeetingAwaitingApprovalWithoutHold_StaysHeldAndBookedMeetingBlocks()
    {
        await SaveSettingsAsync();
        var prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Meetings.AddAsync(new Meeting { OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.AwaitingApproval, Start = Utc(14), End = Utc(15) });
            await s.Meetings.AddAsync(new Meeting { OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Scheduled, Start = Utc(15), End = Utc(16) });
            await s.Meetings.AddAsync(new Meeting { OwnerId = Owner, ProspectId = prospect.Id, Status = MeetingStatus.Cancelled, Start = Utc(16), End = Utc(17) });
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(16)], result.Slots.Select(s => s.Start));
    }

    [Fact]
    public async Task GetSlotsAsync_BusyJustBeforeWorkingHours_BlocksThroughTheBuffer()
    {
        await SaveSettingsAsync(bufferMinutes: 30);
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@example.com" };
        await InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(account);
            await s.CalendarBusy.ApplySyncAsync(new CalendarSyncUpdate(account.Id, "primary", null, new CalendarChanges(
                [new CalendarEventChange("early", new Interval(Utc(12), Utc(13) + Duration.FromMinutes(45)))], "t1", true)));
        });

        var result = await Sut.GetSlotsAsync(Owner, Berlin, _tuesday);

        Assert.Equal([Utc(15), Utc(16)], result.Slots.Select(s => s.Start));
    }

    [Fact]
    public async Task GetSlotsAsync_NoSettings_ThrowsKeyNotFoundNamingTheOwner()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Sut.GetSlotsAsync(Owner, Berlin, _tuesday));

        Assert.Contains("owner-1", error.Message, StringComparison.Ordinal);
    }
}
