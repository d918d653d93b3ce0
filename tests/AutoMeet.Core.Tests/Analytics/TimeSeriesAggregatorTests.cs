using AutoMeet.Analytics;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using NodaTime;
using static AutoMeet.Core.Tests.Analytics.AnalyticsFixtures;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class TimeSeriesAggregatorTests
{
    private const string Berlin = "Europe/Berlin";
    private static readonly DateTimeZone BerlinZone = DateTimeZoneProviders.Tzdb[Berlin];

    private static Instant Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        BerlinZone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    [Fact]
    public void Aggregate_DailyAcrossAutumnDstChange_ReportsA25HourDay()
    {
        var request = new TimeSeriesRequest(Local(2026, 10, 24), Local(2026, 10, 27), Berlin, TimeBucket.Day);
        EmailEvent[] events =
        [
            Event(EmailEventKind.Sent, 1, at: Local(2026, 10, 24, 12)),
            Event(EmailEventKind.Sent, 2, at: Local(2026, 10, 25, 23, 30)),
            Event(EmailEventKind.Sent, 3, at: Local(2026, 10, 26, 0, 30)),
            Event(EmailEventKind.Sent, 4, at: Local(2026, 10, 27, 0, 30)),
        ];

        var series = TimeSeriesAggregator.Aggregate(request, events, [Meeting(MeetingStatus.Completed, start: Local(2026, 10, 25, 10))]);

        Assert.Equal([24.0, 25.0, 24.0], series.Buckets.Select(b => b.LengthHours));
        Assert.Equal(
            new[] { new LocalDateTime(2026, 10, 24, 0, 0), new LocalDateTime(2026, 10, 25, 0, 0), new LocalDateTime(2026, 10, 26, 0, 0) },
            series.Buckets.Select(b => b.LocalStart));
        Assert.Equal([1L, 1L, 1L], series.Buckets.Select(b => b.Counts.Sent));
        Assert.Equal(1, series.Buckets[1].Counts.MeetingsHeld);
        Assert.Equal(Offset.FromHours(2), series.Buckets[1].StartOffset);
        Assert.Equal(Offset.FromHours(1), series.Buckets[2].StartOffset);
    }

    [Fact]
    public void Aggregate_DailyAcrossSpringDstChange_ReportsA23HourDay()
    {
        var request = new TimeSeriesRequest(Local(2026, 3, 29), Local(2026, 3, 30), Berlin, TimeBucket.Day);

        var bucket = Assert.Single(TimeSeriesAggregator.Aggregate(request, [], []).Buckets);

        Assert.Equal(23.0, bucket.LengthHours);
    }

    [Fact]
    public void Aggregate_HourlyAcrossSpringGap_SkipsTheMissingHour()
    {
        var request = new TimeSeriesRequest(Local(2026, 3, 29, 0), Local(2026, 3, 29, 4), Berlin, TimeBucket.Hour);
        EmailEvent[] events = [Event(EmailEventKind.Opened, 1, at: Local(2026, 3, 29, 1, 59)), Event(EmailEventKind.Opened, 2, at: Local(2026, 3, 29, 3, 0))];

        var series = TimeSeriesAggregator.Aggregate(request, events, []);

        Assert.Equal([0, 1, 3], series.Buckets.Select(b => b.LocalStart.Hour));
        Assert.All(series.Buckets, b => Assert.Equal(1.0, b.LengthHours));
        Assert.Equal([0L, 1L, 1L], series.Buckets.Select(b => b.Counts.Opened));
    }

    [Fact]
    public void Aggregate_HourlyAcrossAutumnOverlap_HasTwoBucketsAtTwoOClock()
    {
        var from = Instant.FromUtc(2026, 10, 24, 23, 0); // 01:00 CEST
        var to = Instant.FromUtc(2026, 10, 25, 3, 0); // 04:00 CET
        var request = new TimeSeriesRequest(from, to, Berlin, TimeBucket.Hour);

        var series = TimeSeriesAggregator.Aggregate(request, [], []);

        Assert.Equal([1, 2, 2, 3], series.Buckets.Select(b => b.LocalStart.Hour));
        Assert.Equal([2, 2, 1, 1], series.Buckets.Select(b => b.StartOffset.Milliseconds / 3_600_000));
    }

    [Fact]
    public void Aggregate_WeeklyAndMonthly_StartOnIsoMondayAndFirstOfMonth()
    {
        var weekly = TimeSeriesAggregator.Aggregate(new(Local(2026, 3, 25), Local(2026, 4, 2), Berlin, TimeBucket.Week), [], []);
        var monthly = TimeSeriesAggregator.Aggregate(new(Local(2026, 3, 15), Local(2026, 4, 15), Berlin, TimeBucket.Month), [], []);

        Assert.Equal([new LocalDate(2026, 3, 23), new LocalDate(2026, 3, 30)], weekly.Buckets.Select(b => b.LocalStart.Date));
        Assert.Equal(167.0, weekly.Buckets[0].LengthHours);
        Assert.Equal([new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 1)], monthly.Buckets.Select(b => b.LocalStart.Date));
        Assert.Equal((31 * 24) - 1, monthly.Buckets[0].LengthHours);
    }

    [Fact]
    public void Aggregate_EventsOutsideRange_AreIgnored()
    {
        var request = new TimeSeriesRequest(Local(2026, 10, 24, 12), Local(2026, 10, 24, 13), Berlin, TimeBucket.Day);
        EmailEvent[] events = [Event(EmailEventKind.Sent, 1, at: Local(2026, 10, 24, 11)), Event(EmailEventKind.Sent, 2, at: Local(2026, 10, 24, 12, 30))];

        var bucket = Assert.Single(TimeSeriesAggregator.Aggregate(request, events, []).Buckets);

        Assert.Equal(1, bucket.Counts.Sent);
    }

    public static TheoryData<string, int, TimeBucket, string> InvalidRequests => new()
    {
        { "Mars/Olympus", 1, TimeBucket.Day, "timeZoneId" },
        { Berlin, -1, TimeBucket.Day, "to" },
        { Berlin, 0, TimeBucket.Day, "to" },
        { Berlin, 401, TimeBucket.Day, "to" },
        { Berlin, 46, TimeBucket.Hour, "to" },
        { Berlin, 1, (TimeBucket)9, "bucket" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Aggregate_InvalidRequest_ThrowsNamingField(string zone, int days, TimeBucket bucket, string field)
    {
        var request = new TimeSeriesRequest(T0, T0 + Duration.FromDays(days), zone, bucket);

        var ex = Assert.Throws<AnalyticsValidationException>(() => TimeSeriesAggregator.Aggregate(request, [], []));

        Assert.Equal(field, ex.Field);
        Assert.NotNull(ex.Value);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_LongestAllowedDailyRange_Succeeds()
    {
        var request = new TimeSeriesRequest(Local(2026, 1, 1), Local(2026, 1, 1) + Duration.FromDays(400), Berlin, TimeBucket.Day);

        var series = TimeSeriesAggregator.Aggregate(request, [], []);

        Assert.Equal(400, series.Buckets.Count);
    }
}
