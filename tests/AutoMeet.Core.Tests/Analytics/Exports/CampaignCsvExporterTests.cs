using System.Text;
using AutoMeet.Analytics;
using AutoMeet.Analytics.Exports;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Analytics.Exports;

public sealed class CampaignCsvExporterTests : IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private const string Multiline = "line one, \"quoted\"\r\nline two";
    private static readonly UserId Owner = new("owner-exports");
    private static readonly Instant T0 = Instant.FromUtc(2026, 10, 24, 22, 30);
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    private readonly FakeTimeProvider _time = new(Instant.FromUtc(2026, 11, 20, 12, 0).ToDateTimeOffset());
    private ServiceProvider _services = null!;
    private Campaign _campaign = null!;
    private Prospect _prospect = null!;

    private ICampaignCsvExporter Exporter => _services.GetRequiredService<ICampaignCsvExporter>();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
        _campaign = new Campaign { OwnerId = Owner, Name = "+Q4 push" };
        _prospect = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = Formula, LastName = "-Lovelace" };
        await InScopeAsync(s => s.Campaigns.AddAsync(_campaign));
        await InScopeAsync(s => s.Prospects.AddAsync(_prospect));
        await InScopeAsync(s => s.CalendarSettings.AddAsync(new CalendarSettings { OwnerId = Owner, TimeZoneId = "Europe/Berlin" }));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ActivityAsync_NastyCells_RoundTripThroughCsvReaderNeutralised()
    {
        var e = Event(EmailEventKind.Replied, T0, detail: Multiline, variant: "@variant");
        var click = Event(EmailEventKind.Clicked, T0 + Duration.FromHours(3), detail: "+1 (555) 010", variant: "-B");
        await InScopeAsync(s => s.EmailEvents.AddRangeAsync([e, click]));

        var rows = Parse(await ExportAsync(await Exporter.ActivityAsync(new ActivityExportRequest { CampaignId = _campaign.Id })), out var headers);

        Assert.Equal(ActivityCsv.Header, headers);
        Assert.Equal(2, rows.Count);
        var first = Row(headers, rows[0]);
        Assert.Equal("2026-10-25T00:30:00+02:00", first["occurred_at"]); // CEST, hours before the fall-back
        Assert.Equal("Europe/Berlin", first["time_zone"]);
        Assert.Equal("'" + Formula + " -Lovelace", first["prospect_name"]);
        Assert.Equal("'@variant", first["variant"]);
        Assert.Equal("replied", first["kind"]);
        Assert.Equal(Multiline, first["detail"]);
        Assert.Equal(_prospect.Id.ToString(), first["prospect_id"]);
        Assert.Equal("ada@example.com", first["prospect_email"]);
        var second = Row(headers, rows[1]);
        Assert.Equal("2026-10-25T02:30:00+01:00", second["occurred_at"]); // three hours later, after the fall-back: CET
        Assert.Equal("'+1 (555) 010", second["detail"]);
        Assert.Equal("'-B", second["variant"]);
        Assert.Equal("1", second["step"]);
    }

    [Fact]
    public async Task ActivityAsync_MoreThanOnePageWithTiedInstants_WritesEveryEventOnceInOrder()
    {
        var events = Enumerable.Range(0, 2_450)
            .Select(i => Event(EmailEventKind.Opened, T0 + Duration.FromMinutes(i / 700), detail: i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        await InScopeAsync(s => s.EmailEvents.AddRangeAsync(events));

        var rows = Parse(await ExportAsync(await Exporter.ActivityAsync(new ActivityExportRequest { CampaignId = _campaign.Id, TimeZoneId = "UTC" })), out var headers);

        var ids = rows.Select(r => Row(headers, r)["event_id"]).ToList();
        Assert.Equal(events.Count, ids.Count);
        Assert.Equal(events.Select(e => e.Id.ToString()).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal("2026-10-24T22:33:00Z", Row(headers, rows[^1])["occurred_at"]);
    }

    [Fact]
    public async Task ActivityAsync_ProspectOnly_KeepsTheProspectsEventsOfEveryCampaign()
    {
        var other = new Prospect { OwnerId = Owner, Email = "grace@example.com" };
        await InScopeAsync(s => s.Prospects.AddAsync(other));
        var otherEvent = Event(EmailEventKind.Sent, T0);
        otherEvent.ProspectId = other.Id;
        await InScopeAsync(s => s.EmailEvents.AddRangeAsync([Event(EmailEventKind.Sent, T0), otherEvent]));

        var export = await Exporter.ActivityAsync(new ActivityExportRequest { ProspectId = other.Id });
        var rows = Parse(await ExportAsync(export), out var headers);

        Assert.Equal("grace@example.com", Row(headers, Assert.Single(rows))["prospect_email"]);
        Assert.Equal($"prospect-{other.Id}-activity.csv", export.FileName);
    }

    [Fact]
    public async Task ActivityAsync_EmptyCampaign_WritesHeaderOnlyUtf8WithoutBom()
    {
        var bytes = await ExportAsync(await Exporter.ActivityAsync(new ActivityExportRequest { CampaignId = _campaign.Id }));

        Assert.Equal(string.Join(',', ActivityCsv.Header) + "\r\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Theory]
    [InlineData(true, false, null, "campaignId")]
    [InlineData(false, true, null, "prospectId")]
    [InlineData(false, false, null, "campaignId")]
    [InlineData(false, false, "Mars/Olympus", "timeZoneId")]
    public async Task ActivityAsync_BadRequest_ThrowsNamingTheField(bool unknownCampaign, bool unknownProspect, string? zone, string field)
    {
        var request = new ActivityExportRequest
        {
            CampaignId = unknownCampaign ? Id<Campaign>.New() : zone is null && !unknownProspect ? null : _campaign.Id,
            ProspectId = unknownProspect ? Id<Prospect>.New() : null,
            TimeZoneId = zone,
        };

        var exception = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Exporter.ActivityAsync(request));

        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public async Task MeetingsAsync_CampaignMeetings_RoundTripInOwnerZoneWithoutOtherCampaigns()
    {
        var other = new Campaign { OwnerId = Owner, Name = "Other" };
        await InScopeAsync(s => s.Campaigns.AddAsync(other));
        var meeting = Meeting(_campaign.Id, T0 + Duration.FromDays(3), MeetingStatus.NoShow);
        meeting.Title = Formula;
        meeting.ConferenceUrl = "https://meet.google.com/abc-defg-hij";
        var booked = Meeting(_campaign.Id, T0 + Duration.FromDays(1), MeetingStatus.Scheduled);
        await InScopeAsync(s => s.Meetings.AddRangeAsync([meeting, booked, Meeting(other.Id, T0, MeetingStatus.Scheduled)]));

        var export = await Exporter.MeetingsAsync(new MeetingsExportRequest(_campaign.Id));
        var rows = Parse(await ExportAsync(export), out var headers);

        Assert.Equal(MeetingsCsv.Header, headers);
        Assert.Equal([booked.Id.ToString(), meeting.Id.ToString()], rows.Select(r => Row(headers, r)["meeting_id"]));
        var last = Row(headers, rows[1]);
        Assert.Equal("'" + Formula, last["title"]);
        Assert.Equal("no_show", last["status"]);
        Assert.Equal("2026-10-27T23:30:00+01:00", last["start"]);
        Assert.Equal("2026-10-28T00:00:00+01:00", last["end"]);
        Assert.Equal("https://meet.google.com/abc-defg-hij", last["conference_url"]);
        Assert.Equal("'+Q4 push", last["campaign_name"]);
        Assert.Equal($"campaign-{_campaign.Id}-meetings.csv", export.FileName);
    }

    [Fact]
    public async Task MeetingsAsync_NoMeetings_WritesHeaderOnly()
    {
        var bytes = await ExportAsync(await Exporter.MeetingsAsync(new MeetingsExportRequest(_campaign.Id) { TimeZoneId = "Asia/Kolkata" }));

        Assert.Equal(string.Join(',', MeetingsCsv.Header) + "\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task MeetingsAsync_UnknownCampaign_ThrowsNamingCampaignId()
    {
        var exception = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Exporter.MeetingsAsync(new MeetingsExportRequest(Id<Campaign>.New())));

        Assert.Equal("campaignId", exception.Field);
    }

    [Fact]
    public async Task SummaryAsync_Campaign_WritesOneRowPerVariant()
    {
        await InScopeAsync(s => s.EmailEvents.AddRangeAsync([Event(EmailEventKind.Sent, T0, variant: "=A"), Event(EmailEventKind.Sent, T0, variant: "B")]));

        var rows = Parse(await ExportAsync(await Exporter.SummaryAsync(_campaign.Id, MetricsGrouping.Variant)), out var headers);

        Assert.Equal(["'=A", "B"], rows.Select(r => Row(headers, r)["variant"]));
    }

    [Fact]
    public async Task SummaryAsync_UnknownCampaign_ThrowsNamingCampaignId()
    {
        var exception = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Exporter.SummaryAsync(Id<Campaign>.New()));

        Assert.Equal("campaignId", exception.Field);
    }

    private static async Task<byte[]> ExportAsync(CsvExport export)
    {
        using var stream = new MemoryStream();
        await export.WriteToAsync(stream);
        return stream.ToArray();
    }

    private static List<string[]> Parse(byte[] bytes, out IReadOnlyList<string> headers)
    {
        using var reader = CsvReader.Create(bytes, ReaderOptions);
        headers = [.. reader.Headers];
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    private static Dictionary<string, string> Row(IReadOnlyList<string> headers, string[] cells) =>
        headers.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private EmailEvent Event(EmailEventKind kind, Instant at, string? detail = null, string? variant = "A") => new()
    {
        Kind = kind,
        OccurredAt = at,
        CampaignId = _campaign.Id,
        ProspectId = _prospect.Id,
        StepPosition = 1,
        Variant = variant,
        Detail = detail,
    };

    private Meeting Meeting(Id<Campaign> campaignId, Instant start, MeetingStatus status) => new()
    {
        OwnerId = Owner,
        ProspectId = _prospect.Id,
        CampaignId = campaignId,
        Status = status,
        Title = "Intro",
        Start = start,
        End = start + Duration.FromMinutes(30),
    };

    private async Task InScopeAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }
}
