using System.Globalization;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Analytics;

/// <summary>
/// Buckets events and meetings by local hour, day, ISO week or month in the owner's zone; pure, computed on demand
/// over the events given (one pass, a binary search per event). Events count by <see cref="EmailEvent.OccurredAt"/>,
/// meetings by <see cref="Meeting.Start"/>, and only those in [From, To). The first and last buckets are whole local
/// periods, so they may start before <c>From</c> or end after <c>To</c>; a DST day is 23 or 25 hours long.
/// </summary>
public static class TimeSeriesAggregator
{
    /// <summary>The longest range of an hourly series, in days.</summary>
    public const int MaxHourlyDays = 45;

    /// <summary>The longest range of a daily series, in days.</summary>
    public const int MaxDailyDays = 400;

    /// <summary>The longest range of a weekly series, in days.</summary>
    public const int MaxWeeklyDays = 1_100;

    /// <summary>The longest range of a monthly series, in days.</summary>
    public const int MaxMonthlyDays = 3_700;

    /// <summary>Builds the series.</summary>
    /// <param name="request">The range, zone and bucket.</param>
    /// <param name="events">The events (any order; those outside the range are ignored).</param>
    /// <param name="meetings">The meetings (any order; those starting outside the range are ignored).</param>
    /// <param name="zones">The zone provider; the TZDB provider when <see langword="null"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="AnalyticsValidationException">The zone is unknown, the range is inverted or too long, or the bucket is not supported.</exception>
    public static TimeSeries Aggregate(TimeSeriesRequest request, IEnumerable<EmailEvent> events, IEnumerable<Meeting> meetings, IDateTimeZoneProvider? zones = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(meetings);
        var zone = Validate(request, zones ?? DateTimeZoneProviders.Tzdb);
        var starts = Boundaries(request, zone);
        var accumulators = new FunnelAccumulator[starts.Count - 1];
        for (var i = 0; i < accumulators.Length; i++)
        {
            accumulators[i] = new FunnelAccumulator();
        }

        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (IndexOf(request, starts, e.OccurredAt) is { } index)
            {
                accumulators[index].Add(e);
            }
        }

        foreach (var meeting in meetings)
        {
            ArgumentNullException.ThrowIfNull(meeting, nameof(meetings));
            if (IndexOf(request, starts, meeting.Start) is { } index)
            {
                accumulators[index].Add(meeting);
            }
        }

        var buckets = new TimeSeriesBucket[accumulators.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            var zoned = starts[i].InZone(zone);
            buckets[i] = new TimeSeriesBucket(zoned.LocalDateTime, zoned.Offset, starts[i], starts[i + 1], accumulators[i].ToCounts());
        }

        return new TimeSeries(request, buckets);
    }

    internal static DateTimeZone Validate(TimeSeriesRequest request, IDateTimeZoneProvider zones)
    {
        if (string.IsNullOrWhiteSpace(request.TimeZoneId) || zones.GetZoneOrNull(request.TimeZoneId) is not { } zone)
        {
            throw new AnalyticsValidationException("timeZoneId", request.TimeZoneId, "The time zone is not a known IANA zone id.");
        }

        if (!Enum.IsDefined(request.Bucket))
        {
            throw new AnalyticsValidationException("bucket", request.Bucket.ToString(), "The bucket is not supported; use hour, day, week or month.");
        }

        if (request.To <= request.From)
        {
            throw new AnalyticsValidationException("to", request.To.ToString(), $"The end must be after the start ({request.From}).");
        }

        var maxDays = request.Bucket switch
        {
            TimeBucket.Hour => MaxHourlyDays,
            TimeBucket.Day => MaxDailyDays,
            TimeBucket.Week => MaxWeeklyDays,
            _ => MaxMonthlyDays,
        };
        if (request.To - request.From > Duration.FromDays(maxDays))
        {
            var days = (request.To - request.From).TotalDays.ToString("0.##", CultureInfo.InvariantCulture);
            throw new AnalyticsValidationException("to", request.To.ToString(), $"The range is {days} days; a {request.Bucket.ToString().ToLowerInvariant()} series covers at most {maxDays} days.");
        }

        return zone;
    }

    internal static List<Instant> Boundaries(TimeSeriesRequest request, DateTimeZone zone)
    {
        var starts = new List<Instant>();
        if (request.Bucket == TimeBucket.Hour)
        {
            var start = TruncateToHour(request.From, zone);
            starts.Add(start);
            while (start < request.To)
            {
                var next = TruncateToHour(start + Duration.FromHours(1), zone);
                start = next > start ? next : start + Duration.FromHours(1);
                starts.Add(start);
            }

            return starts;
        }

        var date = PeriodStart(request.From.InZone(zone).Date, request.Bucket);
        while (true)
        {
            var instant = zone.AtStartOfDay(date).ToInstant();
            starts.Add(instant);
            if (instant >= request.To)
            {
                return starts;
            }

            date = request.Bucket switch
            {
                TimeBucket.Day => date.PlusDays(1),
                TimeBucket.Week => date.PlusWeeks(1),
                _ => date.PlusMonths(1),
            };
        }
    }

    private static Instant TruncateToHour(Instant instant, DateTimeZone zone)
    {
        var time = instant.InZone(zone).TimeOfDay;
        var intoHour = Duration.FromMinutes(time.Minute) + Duration.FromSeconds(time.Second) + Duration.FromNanoseconds(time.NanosecondOfSecond);
        return instant - intoHour;
    }

    private static LocalDate PeriodStart(LocalDate date, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Week => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        TimeBucket.Month => date.With(DateAdjusters.StartOfMonth),
        _ => date,
    };

    private static int? IndexOf(TimeSeriesRequest request, List<Instant> starts, Instant at)
    {
        if (at < request.From || at >= request.To)
        {
            return null;
        }

        var index = starts.BinarySearch(at);
        return index >= 0 ? index : ~index - 1;
    }
}
