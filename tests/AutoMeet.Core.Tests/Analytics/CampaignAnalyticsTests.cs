using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class CampaignAnalyticsTests : IAsyncLifetime
{
    private static readonly UserId Owner = new("owner-analytics");
    private readonly FakeTimeProvider _time = new(Instant.FromUtc(2026, 11, 20, 12, 0).ToDateTimeOffset());
    private ServiceProvider _services = null!;
    private Campaign _campaign = null!;

    private ICampaignAnalytics Analytics => _services.GetRequiredService<ICampaignAnalytics>();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
        _campaign = await AddCampaignAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task GetTimeSeriesAsync_DailySeriesOverDstChange_MatchesPureAggregator()
    {
        var (events, meetings) = History(_campaign.Id, Instant.FromUtc(2026, 10, 20, 0, 0), days: 10);
        await SeedAsync(events, meetings);
        var request = new TimeSeriesRequest(Instant.FromUtc(2026, 10, 20, 5, 0), Instant.FromUtc(2026, 10, 29, 0, 0), "Europe/Berlin", TimeBucket.Day);

        var series = await Analytics.GetTimeSeriesAsync(_campaign.Id, request);

        var expected = TimeSeriesAggregator.Aggregate(request, events, meetings);
        Assert.Equal(expected.Buckets, series.Buckets);
        var dstDay = Assert.Single(series.Buckets, b => b.LocalStart.Date == new LocalDate(2026, 10, 25));
        Assert.Equal(25, dstDay.LengthHours);
        Assert.True(series.Buckets.Sum(b => b.Counts.Sent) > 0);
    }

    [Theory]
    [InlineData(TimeBucket.Hour, "Asia/Kathmandu")]
    [InlineData(TimeBucket.Week, "America/St_Johns")]
    [InlineData(TimeBucket.Month, "Australia/Lord_Howe")]
    public async Task GetTimeSeriesAsync_OddOffsetZones_MatchesPureAggregator(TimeBucket bucket, string zone)
    {
        var (events, meetings) = History(_campaign.Id, Instant.FromUtc(2026, 9, 28, 0, 0), days: 9);
        await SeedAsync(events, meetings);
        var request = new TimeSeriesRequest(Instant.FromUtc(2026, 9, 28, 0, 0), Instant.FromUtc(2026, 10, 7, 0, 0), zone, bucket);

        var series = await Analytics.GetTimeSeriesAsync(_campaign.Id, request);

        Assert.Equal(TimeSeriesAggregator.Aggregate(request, events, meetings).Buckets, series.Buckets);
    }

    [Theory]
    [InlineData(MetricsGrouping.Campaign)]
    [InlineData(MetricsGrouping.Step)]
    [InlineData(MetricsGrouping.Variant)]
    public async Task GetMetricsAsync_HistoryWithBouncesAndOutOfOffice_MatchesCalculator(MetricsGrouping grouping)
    {
        var (events, meetings) = History(_campaign.Id, Instant.FromUtc(2026, 10, 1, 0, 0), days: 5);
        await SeedAsync(events, meetings);

        var metrics = await Analytics.GetMetricsAsync(_campaign.Id, grouping);

        var expected = CampaignMetricsCalculator.Calculate(events, meetings, grouping);
        Assert.Equal(expected, metrics);
        var total = CampaignMetricsCalculator.Summarize(events, meetings).Counts;
        Assert.True(total.Bounced > 0 && total.OutOfOfficeReplies > 0 && total.PositiveReplies > 0);
    }

    [Fact]
    public async Task GetMetricsAsync_CampaignWithoutEvents_ReturnsOneRowOfZeros()
    {
        var metrics = await Analytics.GetMetricsAsync(_campaign.Id);

        var row = Assert.Single(metrics);
        Assert.Equal(0, row.Counts.Sent);
        Assert.Null(row.ReplyRate.Value);
    }

    [Fact]
    public async Task GetMetricsAsync_UnknownCampaign_ThrowsNamingCampaignId()
    {
        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.GetMetricsAsync(Id<Campaign>.New()));
        Assert.Equal("campaignId", error.Field);
    }

    [Theory]
    [InlineData("Mars/Olympus", TimeBucket.Day, 0, 1, "timeZoneId")]
    [InlineData("UTC", (TimeBucket)42, 0, 1, "bucket")]
    [InlineData("UTC", TimeBucket.Day, 5, 1, "to")]
    [InlineData("UTC", TimeBucket.Day, 0, 500, "to")]
    [InlineData("UTC", TimeBucket.Hour, 0, 50, "to")]
    public async Task GetTimeSeriesAsync_BadInput_ThrowsNamingField(string zone, TimeBucket bucket, int fromDay, int toDay, string field)
    {
        var t0 = Instant.FromUtc(2026, 1, 1, 0, 0);
        var request = new TimeSeriesRequest(t0 + Duration.FromDays(fromDay), t0 + Duration.FromDays(toDay), zone, bucket);

        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.GetTimeSeriesAsync(_campaign.Id, request));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task CompareAsync_VariantsWithClearDifference_DeclaresWinner()
    {
        var events = new List<EmailEvent>();
        var message = 0;
        void Add(string variant, int sent, int replied)
        {
            for (var i = 0; i < sent; i++)
            {
                message++;
                events.Add(AnalyticsFixtures.Event(EmailEventKind.Sent, message, campaign: _campaign.Id, variant: variant));
                if (i < replied)
                {
                    events.Add(AnalyticsFixtures.Event(EmailEventKind.Replied, message, "question", _campaign.Id, AnalyticsFixtures.T0 + Duration.FromHours(1), variant: variant));
                }
            }
        }

        Add("A", 200, 40);
        Add("B", 200, 10);
        await SeedAsync(events, []);

        var result = await Analytics.CompareAsync(new CampaignComparisonRequest { CampaignIds = [_campaign.Id], Dimension = MetricsGrouping.Variant, Measure = ComparisonMeasure.ReplyRate });

        Assert.Equal(AbDecision.WinnerDeclared, result.Decision);
        Assert.Equal("A", result.Winner);
        Assert.Equal(0.2, result.Arms.Single(a => a.Name == "A").Rate);
    }

    [Fact]
    public async Task CompareAsync_CampaignsWithOneUnknown_ThrowsNamingCampaignIds()
    {
        var request = new CampaignComparisonRequest { CampaignIds = [_campaign.Id, Id<Campaign>.New()] };

        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.CompareAsync(request));

        Assert.Equal("campaignIds", error.Field);
    }

    [Fact]
    public async Task CompareAsync_CampaignDimensionWithOneCampaign_ThrowsNamingCampaignIds()
    {
        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.CompareAsync(new CampaignComparisonRequest { CampaignIds = [_campaign.Id] }));
        Assert.Equal("campaignIds", error.Field);
    }

    [Fact]
    public async Task CompareAsync_TwoCampaigns_ComparesTheirTotals()
    {
        var other = await AddCampaignAsync();
        var events = new List<EmailEvent>();
        for (var i = 1; i <= 20; i++)
        {
            events.Add(AnalyticsFixtures.Event(EmailEventKind.Sent, i, campaign: _campaign.Id));
            events.Add(AnalyticsFixtures.Event(EmailEventKind.Sent, 100 + i, campaign: other.Id));
        }

        events.Add(AnalyticsFixtures.Event(EmailEventKind.Replied, 1, "interested_meeting", _campaign.Id));
        await SeedAsync(events, []);

        var result = await Analytics.CompareAsync(new CampaignComparisonRequest { CampaignIds = [_campaign.Id, other.Id], Measure = ComparisonMeasure.PositiveReplyRate });

        Assert.Equal(_campaign.Id.ToString(), result.Leader);
        Assert.Equal(AbDecision.InsufficientSample, result.Decision);
        Assert.Null(result.Winner);
    }

    // A history in which each message has at most one reply, so store-side and event-by-event counting agree exactly.
    private static (List<EmailEvent> Events, List<Meeting> Meetings) History(Id<Campaign> campaign, Instant start, int days)
    {
        string?[] labels = ["interested_meeting", "not_interested", "out_of_office", "bounce", null, "question", "referral"];
        var events = new List<EmailEvent>();
        var meetings = new List<Meeting>();
        var message = 1000;
        for (var i = 0; i < days * 24; i += 1)
        {
            message++;
            var at = start + Duration.FromMinutes((i * 60) + (i * 7 % 45));
            var step = 1 + (i % 3);
            var variant = i % 2 == 0 ? "A" : "B";
            EmailEvent E(EmailEventKind kind, Duration after, string? detail = null) =>
                AnalyticsFixtures.Event(kind, message, detail, campaign, at + after, step, variant);
            events.Add(E(EmailEventKind.Sent, Duration.Zero));
            if (i % 5 == 0)
            {
                events.Add(E(EmailEventKind.Bounced, Duration.FromMinutes(2)));
                continue;
            }

            if (i % 4 == 0)
            {
                events.Add(E(EmailEventKind.Opened, Duration.FromMinutes(30)));
                events.Add(E(EmailEventKind.Opened, Duration.FromMinutes(50)));
            }

            if (i % 6 == 1)
            {
                events.Add(E(EmailEventKind.Clicked, Duration.FromHours(3), "https://example.com/x"));
            }

            if (i % 3 == 1)
            {
                events.Add(E(EmailEventKind.Replied, Duration.FromHours(5), labels[i % labels.Length]));
            }

            if (i % 17 == 0)
            {
                events.Add(E(EmailEventKind.Unsubscribed, Duration.FromHours(6)));
            }

            if (i % 11 == 0)
            {
                meetings.Add(AnalyticsFixtures.Meeting((MeetingStatus)(i % 7), campaign, at + Duration.FromDays(1)));
            }
        }

        var withoutMessage = AnalyticsFixtures.Event(EmailEventKind.Clicked, 0, "https://example.com/y", campaign, start + Duration.FromHours(30));
        withoutMessage.MessageId = null;
        events.Add(withoutMessage);
        return (events, meetings);
    }

    private async Task<Campaign> AddCampaignAsync()
    {
        var campaign = new Campaign { OwnerId = Owner, Name = "Analytics" };
        await InScopeAsync(s => s.Campaigns.AddAsync(campaign));
        return campaign;
    }

    private async Task SeedAsync(IReadOnlyCollection<EmailEvent> events, IReadOnlyCollection<Meeting> meetings)
    {
        foreach (var e in events)
        {
            e.Id = Id<EmailEvent>.New();
        }

        await InScopeAsync(s => s.EmailEvents.AddRangeAsync(events));
        foreach (var m in meetings)
        {
            m.OwnerId = Owner;
            m.ProspectId = Id<AutoMeet.Prospects.Prospect>.New();
            await InScopeAsync(s => s.Meetings.AddAsync(m));
        }
    }

    private async Task InScopeAsync(Func<IAutoMeetStore, Task> work)
    {
        var scope = _services.CreateAsyncScope();
        await using (scope)
        {
            await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
        }
    }
}
