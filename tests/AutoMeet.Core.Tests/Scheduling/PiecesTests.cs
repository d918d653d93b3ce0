using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using AutoMeet.Scheduling.Internal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class PiecesTests
{
    [Fact]
    public void WorkingHoursEnforcer_GapStart_MovesForwardByTheGap()
    {
        var interval = WorkingHoursEnforcer.ToInstants(D("2026-03-08"), new WorkingRange(T("02:30"), T("04:00")), Zone("America/New_York"));

        Assert.Equal(Utc("2026-03-08T07:30:00Z"), Instant.FromUnixTimeTicks(interval.Start));
        Assert.Equal(Utc("2026-03-08T08:00:00Z"), Instant.FromUnixTimeTicks(interval.End));
    }

    [Fact]
    public void WorkingHoursEnforcer_CrossingMidnight_EndsNextDay()
    {
        var interval = WorkingHoursEnforcer.ToInstants(D("2026-01-05"), new WorkingRange(T("22:00"), T("02:00")), Zone("Asia/Kathmandu"));

        Assert.Equal(Utc("2026-01-05T16:15:00Z"), Instant.FromUnixTimeTicks(interval.Start));
        Assert.Equal(Utc("2026-01-05T20:15:00Z"), Instant.FromUnixTimeTicks(interval.End));
    }

    [Fact]
    public void BufferCalculator_BlockedStarts_AreBusyWidenedByBuffersAndDuration()
    {
        var blocked = BufferCalculator.BlockedStarts(busyStart: 100, busyEnd: 200, duration: 30, bufferBefore: 10, bufferAfter: 5);

        Assert.Equal(new TickInterval(66, 210), blocked);
        Assert.False(BufferCalculator.Conflicts(65, 100, 200, 30, 10, 5));
        Assert.True(BufferCalculator.Conflicts(66, 100, 200, 30, 10, 5));
        Assert.True(BufferCalculator.Conflicts(209, 100, 200, 30, 10, 5));
        Assert.False(BufferCalculator.Conflicts(210, 100, 200, 30, 10, 5));
    }

    [Fact]
    public void CalendarSettingsMapper_StoredSettings_MapToEngineInput()
    {
        var settings = new CalendarSettings
        {
            TimeZoneId = "Europe/Berlin",
            BufferBefore = Duration.FromMinutes(5),
            MaxMeetingsPerDay = 3,
            BusyCalendarIds = ["work"],
            Rules =
            {
                new AvailabilityRule { Kind = AvailabilityRuleKind.Weekly, Days = SendingDays.Weekdays, Start = T("09:00"), End = T("17:00") },
                new AvailabilityRule { Kind = AvailabilityRuleKind.MonthlyNthWeekday, Days = SendingDays.Saturday, WeekOfMonth = 1, Start = T("10:00"), End = T("12:00") },
                new AvailabilityRule { Kind = AvailabilityRuleKind.DateOverride, Date = D("2026-01-06"), IsUnavailable = true },
            },
        };

        var schedule = CalendarSettingsMapper.ToWorkingSchedule(settings, DateTimeZoneProviders.Tzdb);
        var meeting = CalendarSettingsMapper.ToMeetingSettings(settings);
        var busy = CalendarSettingsMapper.ToBusyTimes(
            [new BusyInterval(new Interval(Utc("2026-01-05T10:00:00Z"), Utc("2026-01-05T11:00:00Z")), "work", IsTentative: true), new BusyInterval(new Interval(Utc("2026-01-05T12:00:00Z"), Utc("2026-01-05T13:00:00Z")), "private")],
            settings);

        Assert.Equal("Europe/Berlin", schedule.Zone.Id);
        Assert.Empty(schedule.GetRanges(D("2026-01-06")));
        Assert.Single(schedule.GetRanges(D("2026-01-03")));
        Assert.Empty(schedule.GetRanges(D("2026-01-10")));
        Assert.Equal(Duration.FromMinutes(5), meeting.BufferBefore);
        Assert.Equal(30, meeting.RollingWindowDays);
        Assert.Equal(3, meeting.MaxMeetingsPerDay);
        Assert.Equal(BusyStatus.Tentative, Assert.Single(busy).Status);
        CalendarSettingsMapper.Validate(settings, DateTimeZoneProviders.Tzdb);
    }

    [Fact]
    public void CalendarSettingsMapper_NoticeLongerThanHorizon_IsRejectedOnSave()
    {
        var settings = new CalendarSettings { BookingHorizonDays = 1, MinimumNotice = Duration.FromDays(2), Rules = { new AvailabilityRule { Days = SendingDays.Weekdays, Start = T("09:00"), End = T("17:00") } } };

        Assert.Equal("meeting.minimumNoticeMinutes", Assert.Throws<AvailabilityValidationException>(() => CalendarSettingsMapper.Validate(settings, DateTimeZoneProviders.Tzdb)).Field);
    }

    [Fact]
    public void CalendarSettingsMapper_UnknownZone_IsRejected() =>
        Assert.Equal("timeZoneId", Assert.Throws<AvailabilityValidationException>(() => CalendarSettingsMapper.ToWorkingSchedule(new CalendarSettings { TimeZoneId = "Nowhere/Land" }, DateTimeZoneProviders.Tzdb)).Field);

    [Fact]
    public void AddAutoMeet_RegistersTheAvailabilityEngine()
    {
        using var provider = new ServiceCollection().AddAutoMeet().Services.BuildServiceProvider();

        Assert.IsType<AvailabilityEngine>(provider.GetRequiredService<IAvailabilityEngine>());
    }
}
