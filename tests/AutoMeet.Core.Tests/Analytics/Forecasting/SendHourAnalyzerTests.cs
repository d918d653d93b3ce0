using AutoMeet.Analytics;
using AutoMeet.Analytics.Forecasting;
using NodaTime;

namespace AutoMeet.Core.Tests.Analytics.Forecasting;

public sealed class SendHourAnalyzerTests
{
    private static IEnumerable<SendObservation> Sends(string segment, string zone, LocalDateTime local, int sent, int replied)
    {
        var at = local.InZoneStrictly(DateTimeZoneProviders.Tzdb[zone]).ToInstant();
        return Enumerable.Range(0, sent).Select(i => new SendObservation(segment, at + Duration.FromMinutes(i % 50), zone, i < replied));
    }

    [Fact]
    public void BestHours_MorningRepliesMore_PicksMorningInProspectZone()
    {
        var observations = Sends("saas", "America/New_York", new LocalDateTime(2026, 1, 13, 9, 0), 100, 20)
            .Concat(Sends("saas", "America/New_York", new LocalDateTime(2026, 1, 13, 15, 0), 100, 5))
            .Concat(Sends("saas", "Asia/Kolkata", new LocalDateTime(2026, 1, 13, 9, 0), 40, 8)); // 09:00 in Kolkata is 03:30 UTC

        var result = Assert.Single(SendHourAnalyzer.BestHours(observations));

        Assert.Equal(9, result.BestHour);
        Assert.False(result.DataTooThin);
        Assert.Equal(140, result.Hours.Single(h => h.Hour == 9).Sent);
        Assert.StartsWith("09:00 local: 28 replies from 140 sends", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BestHours_SmallLuckyHour_LosesToWellMeasuredHour()
    {
        var observations = Sends("a", "UTC", new LocalDateTime(2026, 1, 13, 8, 0), 30, 15) // 50 % of 30
            .Concat(Sends("a", "UTC", new LocalDateTime(2026, 1, 13, 10, 0), 400, 160)); // 40 % of 400

        var result = Assert.Single(SendHourAnalyzer.BestHours(observations));

        Assert.Equal(10, result.BestHour);
    }

    [Fact]
    public void BestHours_FewSends_SaysTooThinWithoutBestHour()
    {
        var observations = Sends("fintech", "Europe/Paris", new LocalDateTime(2026, 1, 13, 9, 0), 10, 3)
            .Concat(Sends("fintech", "Europe/Paris", new LocalDateTime(2026, 1, 13, 14, 0), 10, 1));

        var result = Assert.Single(SendHourAnalyzer.BestHours(observations));

        Assert.Null(result.BestHour);
        Assert.True(result.DataTooThin);
        Assert.StartsWith("Data is too thin", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BestHours_NoReplies_SaysTooThin()
    {
        var result = Assert.Single(SendHourAnalyzer.BestHours(Sends("x", "UTC", new LocalDateTime(2026, 1, 13, 9, 0), 50, 0)));

        Assert.True(result.DataTooThin);
        Assert.Contains("no replies yet", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BestHours_UnknownZone_ThrowsNamingTimeZoneId()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => SendHourAnalyzer.BestHours([new SendObservation("x", Instant.FromUtc(2026, 1, 1, 0, 0), "Mars/Base", true)]));
        Assert.Equal("timeZoneId", error.Field);
    }
}
